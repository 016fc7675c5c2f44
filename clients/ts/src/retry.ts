import { setTimeout as sleep } from 'node:timers/promises'
import { retryAfterSeconds } from './problem.ts'

export interface RetryOptions {
  /** Further attempts after the first; 0 turns retrying off. Default 3. */
  retries?: number
  /** The longest wait the client accepts: a Retry-After beyond it ends the retries with the 429/503. Default 60 s. */
  maxDelayMs?: number
  /** The wait when the service names none, doubled each attempt. Default 1 s. */
  baseDelayMs?: number
}

/** Only these mean "the same request may succeed later": the rate limit (429) and the service or its database being unavailable (503). */
const RETRIED = new Set([429, 503])

/**
 * How long to wait before attempt `attempt + 1`, or null to give up. A Retry-After is honoured as
 * given: waiting less would only meet the same refusal, so one longer than `maxDelayMs` ends the retries.
 */
export function retryDelayMs(response: Response, attempt: number, options: Required<RetryOptions>, now = Date.now()): number | null {
  if (!RETRIED.has(response.status) || attempt >= options.retries) return null
  const asked = retryAfterSeconds(response.headers.get('retry-after'), now)
  const delay = asked === undefined ? options.baseDelayMs * 2 ** attempt : asked * 1000
  return delay > options.maxDelayMs ? null : delay
}

export function retryDefaults(options: RetryOptions = {}): Required<RetryOptions> {
  return { retries: options.retries ?? 3, maxDelayMs: options.maxDelayMs ?? 60_000, baseDelayMs: options.baseDelayMs ?? 1000 }
}

/**
 * A fetch that sends a request again on 429/503. The request is cloned before each attempt, so its
 * body must be replayable (JSON, bytes); `makeRequest` is called afresh per attempt for bodies that
 * are not (a streamed upload reopens its files).
 */
export async function fetchWithRetry(makeRequest: () => Request, options: Required<RetryOptions>, fetchImpl: typeof fetch = fetch): Promise<Response> {
  for (let attempt = 0; ; attempt++) {
    const request = makeRequest()
    const response = await fetchImpl(request)
    const delay = retryDelayMs(response, attempt, options)
    if (delay === null) return response
    await response.body?.cancel()
    await sleep(delay, undefined, { signal: request.signal })
  }
}
