import { setTimeout as sleep } from 'node:timers/promises'
import { EventSourceParserStream } from 'eventsource-parser/stream'
import type { Client } from 'openapi-fetch'
import type { paths } from './generated/openapi.ts'
import { ProblemError } from './problem.ts'
import type { Job, JobEvent, JobStatus } from './types.ts'

/** One message of a job's event stream (operation streamJobEvents). */
export type JobStreamMessage =
  | { event: 'status'; job: Job }
  | { event: 'log'; id: number; logEvent: JobEvent }
  | { event: 'end'; status: JobStatus }

export interface FollowOptions {
  /** Resume after this log event id (as the `log` messages carry it). */
  lastEventId?: number
  signal?: AbortSignal
  /** Reconnections in a row after the stream broke off before `end`. Default 5. */
  reconnects?: number
  /** Wait before reconnecting. Default 1 s. */
  reconnectDelayMs?: number
}

/**
 * A job's live status, progress and log, until the stream's `end` (the job finished or waits for a
 * person). A stream that breaks off before `end` — the server restarting, a proxy timing out — is
 * opened again after the last `log` received, so no log event is lost or repeated.
 */
export async function* followJob(api: Client<paths>, jobId: string, options: FollowOptions = {}): AsyncGenerator<JobStreamMessage, void, undefined> {
  let lastEventId = options.lastEventId
  let failures = 0
  const reconnects = options.reconnects ?? 5
  for (;;) {
    let broke: unknown = null
    try {
      const { response } = await api.GET('/v1/jobs/{id}/events/stream', {
        params: { path: { id: jobId }, header: lastEventId === undefined ? {} : { 'last-event-id': String(lastEventId) } },
        headers: { accept: 'text/event-stream' },
        parseAs: 'stream',
        ...(options.signal === undefined ? {} : { signal: options.signal }),
      })
      if (!response.ok) throw await ProblemError.fromResponse(response)
      if (response.body === null) throw new Error('the event stream has no body')
      const messages = response.body.pipeThrough(new TextDecoderStream()).pipeThrough(new EventSourceParserStream())
      for await (const message of messages) {
        failures = 0
        const parsed = parseMessage(message.event, message.data, message.id)
        if (parsed === null) continue
        if (parsed.event === 'log') lastEventId = parsed.id
        yield parsed
        if (parsed.event === 'end') return
      }
    } catch (error) {
      if (error instanceof ProblemError || options.signal?.aborted === true) throw error
      broke = error
    }
    failures += 1
    if (failures > reconnects) throw new Error(`the event stream of job ${jobId} broke off ${failures} times`, { cause: broke })
    await sleep(options.reconnectDelayMs ?? 1000, undefined, options.signal === undefined ? {} : { signal: options.signal })
  }
}

function parseMessage(event: string | undefined, data: string, id: string | undefined): JobStreamMessage | null {
  switch (event) {
    case 'status':
      return { event, job: JSON.parse(data) as Job }
    case 'log':
      return { event, id: Number(id), logEvent: JSON.parse(data) as JobEvent }
    case 'end':
      return { event, status: (JSON.parse(data) as { status: JobStatus }).status }
    default:
      // A message type this client does not know yet: newer services may add some.
      return null
  }
}
