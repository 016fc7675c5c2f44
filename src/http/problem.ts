import { Type } from 'typebox'
import { ERRORS, type ErrorCode, type FieldError } from '../errors.ts'

/** How an error of the vocabulary (`src/errors.ts`) looks on the wire: RFC 9457 problem details. */
export function problemType(code: ErrorCode): string {
  return `/problems/${code.toLowerCase().replaceAll('_', '-')}`
}

export interface ProblemBody {
  type: string
  title: string
  status: number
  detail: string
  instance?: string
  requestId?: string
  errors?: FieldError[]
}

export function problemBody(code: ErrorCode, detail: string, extra: Partial<ProblemBody> = {}): ProblemBody {
  return { type: problemType(code), title: ERRORS[code].title, status: ERRORS[code].status, detail, ...extra }
}

export const ProblemSchema = Type.Object(
  {
    type: Type.Unsafe<string>({
      type: 'string',
      enum: (Object.keys(ERRORS) as ErrorCode[]).map(problemType),
      description: 'Stable identifier of the kind of error',
      examples: ['/problems/validation-failed'],
    }),
    title: Type.String(),
    status: Type.Integer(),
    detail: Type.String(),
    instance: Type.Optional(Type.String()),
    requestId: Type.Optional(Type.String()),
    errors: Type.Optional(
      Type.Array(Type.Object({ field: Type.String(), message: Type.String() }), {
        description: 'The failing fields, for validation errors',
      }),
    ),
  },
  { $id: 'Problem', title: 'Problem', description: 'RFC 9457 problem details' },
)
