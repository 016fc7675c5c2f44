import { insertEvent, lockJob, type JobRow, updateJob } from '../db/repositories/jobs.repository.ts'
import type { Executor } from '../db/database.ts'
import type { JobEvent } from '../domain/jobs/events.ts'
import { assertTransition, FINISHED_STATUSES, type JobStatus } from '../domain/jobs/lifecycle.ts'

/**
 * The only way a job changes status: the row is locked, the move is checked against the lifecycle
 * table, and the status, its timestamps and an event are written in the caller's transaction —
 * together with whatever data the new status reflects.
 */
export async function transitionJob(
  trx: Executor,
  jobId: string,
  to: JobStatus,
  event: JobEvent,
  changes: { failure_reason?: string | null; files_total?: number; records_total?: number } = {},
): Promise<JobRow> {
  const job = await lockJob(trx, jobId)
  if (job === undefined) throw new Error(`job ${jobId} does not exist`)
  assertTransition(job.status as JobStatus, to)
  const now = new Date()
  const updated = await updateJob(trx, jobId, {
    ...changes,
    status: to,
    ...(to === 'INITIALIZING' ? { started_at: now } : {}),
    ...((FINISHED_STATUSES as readonly string[]).includes(to) ? { ended_at: now } : {}),
  })
  await insertEvent(trx, jobId, to, event)
  return updated
}
