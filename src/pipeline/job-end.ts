import type { Executor } from '../db/database.ts'
import { insertEvent, lockJob, type JobRow } from '../db/repositories/jobs.repository.ts'
import { JOB_STATUS_LABELS } from '../domain/jobs/lifecycle.ts'

/**
 * What happens when a job ends — completed, failed or cancelled — in the transaction that ends it
 * (transitionJob), after its last event is written. The one place another module hooks into the end
 * of a job (notifications, webhooks): add a hook to the list. A hook runs for every kind of job and
 * picks its own; it must not make network calls (it is inside a transaction) — queue them instead.
 */
export type JobEndHook = (trx: Executor, job: JobRow) => Promise<void>

/** An FTP load job's end is written into its fetch job's log, so the run's whole outcome reads in one place. */
const ftpLoadEnded: JobEndHook = async (trx, job) => {
  if (job.parent_link !== 'FTP_LOAD_OF' || job.parent_job_id === null) return
  // The parent's row lock orders this event with any other writer of its log (as createJob does).
  const parent = await lockJob(trx, job.parent_job_id)
  if (parent === undefined) return
  await insertEvent(trx, parent.id, parent.status, {
    severity: job.status === 'FAILED' || job.status === 'COMPLETED_WITH_ERRORS' ? 'WARNING' : 'INFO',
    module: 'FTP',
    description: `Load job ${job.id} ended: ${JOB_STATUS_LABELS[job.status]}`,
    createdBy: null,
  })
}

export const JOB_END_HOOKS: readonly JobEndHook[] = [ftpLoadEnded]

export async function jobEnded(trx: Executor, job: JobRow): Promise<void> {
  for (const hook of JOB_END_HOOKS) await hook(trx, job)
}
