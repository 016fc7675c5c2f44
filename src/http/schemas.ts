import { Type } from 'typebox'
import { ERRORS, type ErrorCode } from '../errors.ts'

const problemRef = { $ref: 'Problem#' }

/** OpenAPI responses for the given error statuses, all problem+json. */
export function problemResponses(...statuses: number[]) {
  const responses: Record<number, { description: string; content: Record<string, { schema: typeof problemRef }> }> = {}
  for (const status of statuses) {
    const titles = (Object.keys(ERRORS) as ErrorCode[])
      .filter((code) => ERRORS[code].status === status)
      .map((code) => ERRORS[code].title)
    responses[status] = {
      description: titles.join(' / '),
      content: { 'application/problem+json': { schema: problemRef } },
    }
  }
  return responses
}

/** The errors every authenticated route can answer. */
export const AUTHENTICATED_ERRORS = [400, 401, 403, 429] as const

export const Uuid = Type.String({ format: 'uuid' })
export const IdParams = Type.Object({ id: Uuid }, { additionalProperties: false })

export const Cursor = Type.Optional(
  Type.String({ description: 'Opaque cursor from the previous page\'s `nextCursor`', maxLength: 512 }),
)
export const Limit = Type.Integer({ minimum: 1, maximum: 200, default: 50, description: 'Page size' })

/** A string code list as `{ type: 'string', enum }`, typed as the union of its values. */
export function StringEnum<const T extends readonly string[]>(values: T, options: { description?: string; default?: T[number] } = {}) {
  return Type.Unsafe<T[number]>({ type: 'string', enum: [...values], ...options })
}

/**
 * Every problem of a record that could not be read, in record order (issue 14): a user fixes them
 * all before loading the record again. Rows stored before the list have their one problem, without a field.
 */
export function RecordProblems(description: string) {
  return Type.Array(
    Type.Object({
      code: Type.String({ description: 'What is wrong (BAD_INDICATOR, BAD_SUBFIELD_CODE, …)' }),
      message: Type.String({ description: 'The field, position or byte that is wrong, for cataloguing staff' }),
      field: Type.Union([Type.Integer({ minimum: 0 }), Type.Null()], {
        description: '1-based position of the field it concerns (directory or element order), null when it concerns no one field',
      }),
    }),
    { description },
  )
}
