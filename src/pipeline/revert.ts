import type { Db } from '../db/database.ts'
import { getJob, insertEvent, lockJob } from '../db/repositories/jobs.repository.ts'
import { type InventoryTakenBack, recordsWithInventoryOf, revertInventory } from '../db/repositories/inventory-revert.repository.ts'
import { planRevert } from '../db/repositories/revert.repository.ts'
import { IllegalTransitionError } from '../domain/jobs/lifecycle.ts'
import { REVERT_BATCH_SIZE, revertStatus } from '../domain/revert/revert.ts'
import { claimFirstStep, lockForFinalizing, transitionJob } from './job-transitions.ts'
import { QUEUES, type RevertBatchMessage, type StepQueue } from './steps.ts'
import { countOf } from '../wording.ts'

const plural = (n: number, word: string) => countOf(n, word, word === 'batch' ? 'batches' : `${word}s`)

/**
 * A revert's first step: plans one item per record the reverted import touched, in batches, and
 * queues the batches — in one transaction with the move to RUNNING, like an import's split. A crash
 * before the commit plans again from scratch; after it, this step finds the job RUNNING and stops.
 */
export async function planRevertJob(db: Db, queue: StepQueue, jobId: string, batchSize = REVERT_BATCH_SIZE): Promise<void> {
  if (!(await claimFirstStep(db, jobId, { module: 'SYSTEM', description: 'Revert started' }))) return

  try {
    await db.transaction().execute(async (trx) => {
      const job = await getJob(trx, jobId)
      if (job.reverts_job === null) throw new Error(`job ${jobId} is not a revert`)
      const plan = await planRevert(trx, jobId, job.reverts_job, batchSize)
      if (plan.records === 0) {
        // No record to write back, but an Update Inventory job that left its records as they were
        // still changed their items: those are put back here, with no batch to do it.
        const inventory = await revertInventory(trx, job.reverts_job, await recordsWithInventoryOf(trx, job.reverts_job))
        const left = describeLeftAlone(inventory)
        await transitionJob(trx, jobId, 'COMPLETED_NO_BULKS', {
          severity: left === null ? 'INFO' : 'WARNING',
          module: 'SYSTEM',
          description:
            `Job ${job.reverts_job} left no records to revert` +
            (inventory.takenBack > 0 ? '; its inventory and orders were taken back' : '') +
            (left === null ? '' : `; ${left}`),
          createdBy: null,
        })
        return
      }
      const count = (change: string) => plan.byChange[change] ?? 0
      await transitionJob(
        trx,
        jobId,
        'RUNNING',
        {
          severity: 'INFO',
          module: 'SYSTEM',
          description:
            `${plural(plan.records, 'record')} to revert in ${plural(plan.batches, 'batch')}: ${count('ADDED')} added, ` +
            `${count('MERGED')} merged, ${count('OVERLAID')} overlaid and ${count('DELETED')} deleted by job ${job.reverts_job}`,
          createdBy: null,
        },
        // A revert's "files" are its batches: the unit of its progress and of crash recovery.
        { files_total: plan.batches, records_total: plan.records },
      )
      await queue.enqueueMany(
        QUEUES.revertBatch,
        Array.from({ length: plan.batches }, (_, batch) => ({ jobId, batch }) satisfies RevertBatchMessage),
        trx,
      )
    })
  } catch (error) {
    // Cancelled while we were planning: the cancel won, our plan rolled back.
    if (error instanceof IllegalTransitionError && error.from === 'CANCELLED') return
    throw error
  }
}

/** The inventory a revert left where it was, changed since by another job, or null when none. */
function describeLeftAlone(inventory: InventoryTakenBack): string | null {
  if (inventory.recordsLeftAlone.size === 0) return null
  const records = [...inventory.recordsLeftAlone.keys()].sort((a, b) => a - b)
  return (
    `${plural(inventory.itemsLeftAlone, 'item')} on ${plural(records.length, 'record')} (${records.slice(0, 20).join(', ')}` +
    `${records.length > 20 ? ', …' : ''}) changed since by another job, left alone with their holdings and PO lines`
  )
}

/** Every batch is done: the counters are final and decide the revert's completed status. */
export async function finalizeRevertJob(db: Db, jobId: string): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const job = await lockForFinalizing(trx, jobId, (running) => `All ${plural(running.files_total, 'batch')} reverted`)
    if (job === undefined) return
    // What the batches did not reach: inventory the job left on records it merged without a change.
    const inventory = job.reverts_job === null ? null : await revertInventory(trx, job.reverts_job, await recordsWithInventoryOf(trx, job.reverts_job, jobId))
    const left = inventory === null ? null : describeLeftAlone(inventory)
    if (left !== null) await insertEvent(trx, jobId, 'RUNNING', { severity: 'WARNING', module: 'SYSTEM', description: `Left alone: ${left}`, createdBy: null })
    const count = (name: string) => job.counters[name] ?? 0
    const status = left === null ? revertStatus(job.counters) : 'COMPLETED_WITH_ERRORS'
    const summary =
      `${plural(job.records_total, 'record')} of job ${job.reverts_job}: ${count('DELETED')} deleted, ${count('RESTORED')} restored, ` +
      `${count('UNDELETED')} undeleted, ${count('LEFT_ALONE')} left alone`
    await transitionJob(trx, jobId, status, {
      severity: status === 'COMPLETED_SUCCESS' ? 'INFO' : 'WARNING',
      module: 'SYSTEM',
      description: count('LEFT_ALONE') > 0 ? `${summary} (changed since; see the revert report)` : summary,
      createdBy: null,
    })
    if (job.reverts_job !== null) {
      // The original's row lock orders this event with any other writer of its log (see job-stream).
      const original = await lockJob(trx, job.reverts_job)
      if (original !== undefined) {
        await insertEvent(trx, original.id, original.status, {
          severity: 'INFO',
          module: 'SYSTEM',
          description: `Reverted by job ${jobId}: ${summary}`,
          createdBy: null,
        })
      }
    }
  })
}
