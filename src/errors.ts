/**
 * The one error vocabulary: every error a caller can be answered with is one of these codes, with
 * the HTTP status it travels as. Services, the pipeline and the data layer throw these; only
 * `src/http/problem.ts` knows how they look on the wire (RFC 9457 problem+json).
 */
export const ERRORS = {
  VALIDATION_FAILED: { status: 400, title: 'The request is not valid' },
  BAD_REQUEST: { status: 400, title: 'The request cannot be processed' },
  UNAUTHENTICATED: { status: 401, title: 'Authentication is required' },
  FORBIDDEN: { status: 403, title: 'You are not allowed to do this' },
  NOT_FOUND: { status: 404, title: 'Not found' },
  METHOD_NOT_ALLOWED: { status: 405, title: 'Method not allowed' },
  NOT_ACCEPTABLE: { status: 406, title: 'No acceptable representation' },
  CONFLICT: { status: 409, title: 'Conflict with the current state' },
  PRECONDITION_FAILED: { status: 412, title: 'The resource has changed' },
  PAYLOAD_TOO_LARGE: { status: 413, title: 'The upload is too large' },
  URI_TOO_LONG: { status: 414, title: 'The request path is too long' },
  UNSUPPORTED_MEDIA_TYPE: { status: 415, title: 'Unsupported media type' },
  IDEMPOTENCY_KEY_REUSED: { status: 422, title: 'Idempotency key reused with a different request' },
  UNPROCESSABLE: { status: 422, title: 'The request cannot be applied' },
  PRECONDITION_REQUIRED: { status: 428, title: 'If-Match is required' },
  RATE_LIMITED: { status: 429, title: 'Too many requests' },
  HEADERS_TOO_LARGE: { status: 431, title: 'The request headers are too large' },
  INTERNAL: { status: 500, title: 'Internal server error' },
  BAD_GATEWAY: { status: 502, title: 'A server this service depends on failed' },
  UNAVAILABLE: { status: 503, title: 'Service unavailable' },
} as const

export type ErrorCode = keyof typeof ERRORS

export interface FieldError {
  field: string
  message: string
}

export class AppError extends Error {
  readonly code: ErrorCode
  readonly status: number
  readonly errors: FieldError[] | undefined
  readonly headers: Record<string, string>

  constructor(code: ErrorCode, detail: string, options: { errors?: FieldError[]; headers?: Record<string, string> } = {}) {
    super(detail)
    this.name = 'AppError'
    this.code = code
    this.status = ERRORS[code].status
    this.errors = options.errors
    this.headers = options.headers ?? {}
  }
}

export const notFound = (what: string) => new AppError('NOT_FOUND', `${what} was not found`)
export const forbidden = (detail: string) => new AppError('FORBIDDEN', detail)
export const conflict = (detail: string) => new AppError('CONFLICT', detail)
export const invalid = (field: string, message: string) =>
  new AppError('VALIDATION_FAILED', `${field}: ${message}`, { errors: [{ field, message }] })
