import { setTimeout as sleep } from 'node:timers/promises'
import type { Executor } from '../db/database.ts'
import * as jobs from '../db/repositories/jobs.repository.ts'
import { FINISHED_STATUSES, type JobStatus } from '../domain/jobs/lifecycle.ts'
import { toJob, toJobEvent } from './jobs.service.ts'

export interface StreamTiming {
  /** How often the database is asked for the job's changes. */
  pollMs: number
  /** Longest silence before a comment line keeps proxies and clients from timing out. */
  heartbeatMs: number
}

export const DEFAULT_STREAM_TIMING: StreamTiming = { pollMs: 500, heartbeatMs: 15_000 }

/** The statuses after which a stream ends: nothing more happens without a person. */
export const STREAM_END_STATUSES: readonly JobStatus[] = [...FINISHED_STATUSES, 'MANUAL_HANDLING_REQUIRED']

export type StreamEnd = 'finished' | 'stopped'

const EVENTS_PER_POLL = 500

function message(event: string, data: unknown, id?: number): string {
  return `${id === undefined ? '' : `id: ${id}\n`}event: ${event}\ndata: ${JSON.stringify(data)}\n\n`
}

/**
 * A job's progress as Server-Sent Events, read from the database rather than from this process:
 * the worker changing the job may be another process on another machine. Every `pollMs` it reads
 * the job row and the events after the last one sent; it sends `status` (the job) whenever the
 * job changed, then `log` (one per event, `id:` its event id, so a reconnecting client's
 * Last-Event-ID resumes after it) and, once the job has reached a status it will not leave on its own, `end`.
 *
 * Why "events after the last id sent" loses none: identity ids are taken at insert but become
 * visible at commit, so a later id can commit first. Every writer of a job's events holds the job
 * row lock until it commits (transitionJob, a bulk file's counters, a re-run's note on the job it
 * re-runs), so one job's events commit in id order and a poll never sees a later one before an
 * earlier one.
 */
export async function* jobEventStream(
  db: Executor,
  job: { institutionId: string; id: string },
  options: { afterEventId: number; signal: AbortSignal; timing?: StreamTiming; onEnd?: (how: StreamEnd) => void },
): AsyncGenerator<string> {
  const timing = options.timing ?? DEFAULT_STREAM_TIMING
  let end: StreamEnd = 'stopped'
  try {
    let lastEventId = options.afterEventId
    let lastStatus = ''
    let lastWrite = Date.now()
    while (!options.signal.aborted) {
      // The job first, then the events after the last one sent. Read in that order, the events
      // include the event of the status just read (they commit together): the stream ends with the
      // final status, the events up to and including its own, then `end`.
      const row = await jobs.findJob(db, job.institutionId, job.id)
      if (row === undefined) return
      const events = await jobs.listEvents(db, job.id, { afterId: lastEventId }, EVENTS_PER_POLL)
      const caughtUp = events.length <= EVENTS_PER_POLL
      const status = JSON.stringify(toJob(row))
      if (status !== lastStatus) {
        yield `event: status\ndata: ${status}\n\n`
        lastStatus = status
        lastWrite = Date.now()
      }
      for (const event of events.slice(0, EVENTS_PER_POLL)) {
        yield message('log', toJobEvent(event), event.id)
        lastEventId = event.id
        lastWrite = Date.now()
      }
      if (caughtUp && STREAM_END_STATUSES.includes(row.status)) {
        yield message('end', { status: row.status })
        end = 'finished'
        return
      }
      if (Date.now() - lastWrite >= timing.heartbeatMs) {
        yield ': heartbeat\n\n'
        lastWrite = Date.now()
      }
      if (!caughtUp) continue
      try {
        await sleep(timing.pollMs, undefined, { signal: options.signal })
      } catch {
        return
      }
    }
  } finally {
    options.onEnd?.(end)
  }
}
