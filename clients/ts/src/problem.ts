import type { Problem } from './types.ts'

export interface InvalidField {
  field: string
  message: string
}

/** A problem of the service, or `about:blank` (RFC 9457 §4.2.1) for a failed response that carried none. */
type ProblemDetails = Omit<Problem, 'type'> & { type: Problem['type'] | 'about:blank' }

/** An RFC 9457 problem the service answered, or one the client made up for a response that was not one. */
export class ProblemError extends Error {
  readonly type: ProblemDetails['type']
  readonly title: string
  readonly status: number
  readonly detail: string
  readonly instance: string | undefined
  readonly requestId: string | undefined
  /** The failing fields of a validation error; empty otherwise. */
  readonly errors: InvalidField[]
  /** Seconds the service asked to wait (429, 503), when it said. */
  readonly retryAfter: number | undefined

  constructor(problem: ProblemDetails, retryAfter?: number) {
    super(`${problem.title}: ${problem.detail}`)
    this.name = 'ProblemError'
    this.type = problem.type
    this.title = problem.title
    this.status = problem.status
    this.detail = problem.detail
    this.instance = problem.instance
    this.requestId = problem.requestId
    this.errors = problem.errors ?? []
    this.retryAfter = retryAfter
  }

  /** The problem a failed response carries; a body that is not problem+json still gives status and text. */
  static async fromResponse(response: Response, body?: unknown): Promise<ProblemError> {
    const parsed = body === undefined ? await readBody(response) : body
    const retryAfter = retryAfterSeconds(response.headers.get('retry-after'), Date.now())
    if (isProblem(parsed)) return new ProblemError(parsed, retryAfter)
    const text = typeof parsed === 'string' && parsed !== '' ? parsed : response.statusText
    return new ProblemError({ type: 'about:blank', title: response.statusText || `HTTP ${response.status}`, status: response.status, detail: text }, retryAfter)
  }
}

async function readBody(response: Response): Promise<unknown> {
  const text = await response.text().catch(() => '')
  try {
    return JSON.parse(text) as unknown
  } catch {
    return text
  }
}

function isProblem(body: unknown): body is Problem {
  if (typeof body !== 'object' || body === null) return false
  const { type, title, status, detail } = body as Record<string, unknown>
  return typeof type === 'string' && typeof title === 'string' && typeof status === 'number' && typeof detail === 'string'
}

/** `Retry-After` as seconds from `now`: delta-seconds or an HTTP date (RFC 9110 §10.2.3); undefined when absent or unreadable. */
export function retryAfterSeconds(header: string | null, now: number): number | undefined {
  if (header === null || header.trim() === '') return undefined
  const value = header.trim()
  if (/^\d+$/.test(value)) return Number(value)
  const date = Date.parse(value)
  if (Number.isNaN(date)) return undefined
  return Math.max(0, Math.ceil((date - now) / 1000))
}

/**
 * The data of a generated call, or its problem thrown as a ProblemError:
 * `const job = await ok(api.GET('/v1/jobs/{id}', { params: { path: { id } } }))`.
 */
export async function ok<Data>(call: Promise<{ data?: Data; error?: unknown; response: Response }>): Promise<Data> {
  const { data, error, response } = await call
  if (!response.ok) throw await ProblemError.fromResponse(response, error)
  return data as Data
}
