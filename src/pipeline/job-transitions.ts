import { closeOpenIssues } from '../db/repositories/issues.repository.ts'
import { insertEvent, lockJob, type JobRow, updateJob } from '../db/repositories/jobs.repository.ts'
import type { Db, Executor } from '../db/database.ts'
import type { JobEvent } from '../domain/jobs/events.ts'
import { countOf } from '../wording.ts'
import { jobEnded } from './job-end.ts'
import { ABANDONED_STATUSES, assertTransition, canTransition, isFinished, type JobStatus } from '../domain/jobs/lifecycle.ts'

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
  assertTransition(job.status, to)
  const now = new Date()
  const updated = await updateJob(trx, jobId, {
    ...changes,
    status: to,
    ...(to === 'INITIALIZING' ? { started_at: now } : {}),
    ...(isFinished(to) ? { ended_at: now } : {}),
  })
  await insertEvent(trx, jobId, to, event)
  if (ABANDONED_STATUSES.includes(to)) await closeOpenIssues(trx, jobId)
  if (isFinished(to)) await jobEnded(trx, updated)
  return updated
}

/**
 * The first half of finalizing a job done in parts (bulk files, revert batches): the job locked
 * and, once its last part is done, moved to FINALIZING. Answers the job when it is FINALIZING —
 * whichever call moved it — and undefined while parts remain or once it has moved on.
 */
export async function lockForFinalizing(trx: Executor, jobId: string, describe: (job: JobRow) => string): Promise<JobRow | undefined> {
  const job = await lockJob(trx, jobId)
  if (job === undefined) return undefined
  if (job.status === 'RUNNING') {
    if (job.files_done < job.files_total) return undefined
    return transitionJob(trx, jobId, 'FINALIZING', { severity: 'INFO', module: 'SYSTEM', description: describe(job), createdBy: null })
  }
  return job.status === 'FINALIZING' ? job : undefined
}

/**
 * An import whose every record has its final outcome (at the end of the run, or when its last import
 * issue is resolved) completes: with errors when any record was not imported for a data reason
 * (skipped records are the profile's or a person's choice), successfully otherwise.
 */
export async function completeImportJob(trx: Executor, job: Pick<JobRow, 'id' | 'counters' | 'records_total' | 'dry_run'>): Promise<JobRow> {
  const count = (name: string) => job.counters[name] ?? 0
  const notImported = count('NOT_IMPORTED')
  // Items the order data asked for that could not be created (unknown location, duplicate barcode).
  const itemsNotCreated = count('INVENTORY_ITEMS_NOT_IMPORTED')
  // Update Inventory items whose new barcode was another item's: updated otherwise, still an error.
  const barcodesRefused = count('INVENTORY_BARCODES_REFUSED')
  const imported = count('ADDED') + count('MERGED') + count('OVERLAID')
  const waiting = count('PENDING_MANUAL')
  const summary =
    `${countOf(job.records_total, 'record')} processed: ${imported} imported, ${count('DELETED')} deleted, ` +
    `${count('SKIPPED')} skipped, ${notImported} not imported${itemsNotCreated > 0 ? `; ${countOf(itemsNotCreated, 'item')} not created` : ''}` +
    `${barcodesRefused > 0 ? `; ${countOf(barcodesRefused, 'barcode')} refused` : ''}`
  const errors = notImported > 0 || itemsNotCreated > 0 || barcodesRefused > 0
  return transitionJob(trx, job.id, errors ? 'COMPLETED_WITH_ERRORS' : 'COMPLETED_SUCCESS', {
    severity: errors ? 'WARNING' : 'INFO',
    module: 'SYSTEM',
    description: job.dry_run
      ? `Dry run, nothing written to the repository. It would have: ${summary}${waiting > 0 ? `, ${waiting} waiting for manual handling` : ''}`
      : summary,
    createdBy: null,
  })
}

/**
 * A job whose work failed for good (a step out of retries, a fault in a request that runs it): FAILED
 * with the reason, when the lifecycle still lets it fail — a job finished or cancelled meanwhile
 * keeps its status.
 */
export async function failJob(trx: Executor, jobId: string, reason: string): Promise<void> {
  const job = await lockJob(trx, jobId)
  if (job === undefined || !canTransition(job.status, 'FAILED')) return
  await transitionJob(trx, jobId, 'FAILED', { severity: 'ERROR', module: 'SYSTEM', description: reason, createdBy: null }, { failure_reason: reason })
}

/**
 * A job's first step claims it: PENDING moves to INITIALIZING with `event`, in a transaction of its
 * own so the claim is visible while the step works. Answers whether the step should go on: also
 * when the job is INITIALIZING already (a retry of a step that crashed before it committed).
 */
export async function claimFirstStep(db: Db, jobId: string, event: Pick<JobEvent, 'module' | 'description'>): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    const job = await lockJob(trx, jobId)
    if (job === undefined) return false
    if (job.status === 'PENDING') {
      await transitionJob(trx, jobId, 'INITIALIZING', { severity: 'INFO', ...event, createdBy: null })
      return true
    }
    return job.status === 'INITIALIZING'
  })
}
