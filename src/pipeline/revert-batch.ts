import type { Db, Executor } from '../db/database.ts'
import { countOf } from '../wording.ts'
import { getJob, insertEvent, lockJob, updateJob } from '../db/repositories/jobs.repository.ts'
import { lockMatchKeys, softDeleteRecords } from '../db/repositories/records.repository.ts'
import { inventoryChangedSince, revertInventory } from '../db/repositories/inventory-revert.repository.ts'
import {
  claimBatch,
  type ItemOutcome,
  lockRecords,
  readBatch,
  replaceMatchKeys,
  restoreRecords,
  writeItemOutcomes,
} from '../db/repositories/revert.repository.ts'
import { briefLevel, indexKeys, inventoryType, type MatchKey, version005 } from '../domain/matching/index.ts'
import { decideRevert, LEFT_ALONE_DESCRIPTIONS, type LeftAloneReason, revertCounters } from '../domain/revert/revert.ts'
import type { MarcRecord } from '../marc/record.ts'
import { QUEUES, type RevertFinalizeMessage, type StepQueue } from './steps.ts'

class JobNoLongerRunning extends Error {}

const RETRYABLE = new Set(['40001', '40P01']) // serialization_failure, deadlock_detected
const ATTEMPTS = 5
/** Left-alone records named in a batch's event; the revert report lists them all. */
const NAMED_IN_EVENT = 20

/** The keys a repository record is stored under: SYSTEM_ID is its MMS ID, matched on records.mms_id. */
function storedKeys(marc: MarcRecord, mmsId: number): MatchKey[] {
  return indexKeys(marc, String(mmsId)).filter((key) => key.kind !== 'SYSTEM_ID')
}

/**
 * Reverts one batch of records: decides each under lock, writes the records, their match keys,
 * the revert's change rows, the items' outcomes and the job's counters in one transaction. A
 * crash before the commit redoes the batch; a second delivery after it finds the outcomes written
 * and changes nothing, so no record is ever reverted twice. A revert cancelled meanwhile rolls the
 * batch back: only whole batches are ever done.
 */
export async function processRevertBatch(db: Db, queue: StepQueue, jobId: string, batch: number): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await db.transaction().execute((trx) => revertInTransaction(trx, queue, jobId, batch))
      return
    } catch (error) {
      if (error instanceof JobNoLongerRunning) return
      const code = (error as { code?: string }).code
      if (attempt < ATTEMPTS && code !== undefined && RETRYABLE.has(code)) continue
      throw error
    }
  }
}

async function revertInTransaction(trx: Executor, queue: StepQueue, jobId: string, batch: number): Promise<void> {
  const claimed = await claimBatch(trx, jobId, batch)
  if (claimed.length === 0 || claimed.some((item) => item.outcome !== null)) return
  const job = await getJob(trx, jobId)
  if (job.status !== 'RUNNING' || job.reverts_job === null) return
  const revertedJobId = job.reverts_job
  const institutionId = job.institution_id

  const items = await readBatch(trx, jobId, batch)
  // The keys of both versions of every record are locked before any record, as an import locks
  // its keys before its records: an import matching on one of them meanwhile either committed
  // before us (and we see its writes below) or waits and then sees ours. The versions read here,
  // unlocked, are the ones we write over: a record changed between this read and its lock has
  // another revision and is left alone.
  const keys: MatchKey[] = []
  const restoredKeys = new Map<number, MatchKey[]>()
  for (const item of items) {
    keys.push(...storedKeys(item.marc, item.mms_id))
    if (item.before_marc !== null) {
      const restored = storedKeys(item.before_marc, item.mms_id)
      restoredKeys.set(item.mms_id, restored)
      keys.push(...restored)
    }
  }
  await lockMatchKeys(trx, institutionId, keys)
  const found = new Map((await lockRecords(trx, items.map((item) => item.mms_id))).map((row) => [row.mms_id, row]))
  // A later job's item changes on the import's inventory keep the record, and the inventory, as they are.
  const heldForInventory = await inventoryChangedSince(trx, revertedJobId, items.map((item) => item.mms_id))

  const outcomes: ItemOutcome[] = []
  const decisions = items.map((item) => {
    const record = found.get(item.mms_id)
    const decision = decideRevert(
      {
        change: item.change,
        expectedRevision: item.expected_revision,
        revision: record?.revision ?? -1,
        deleted: record?.deleted ?? true,
        locked: record?.locked ?? false,
        updatedByJob: record?.updated_by_job ?? null,
        inventoryChangedSince: heldForInventory.has(item.mms_id),
      },
      revertedJobId,
    )
    outcomes.push({
      mmsId: item.mms_id,
      outcome: decision.outcome,
      reason: decision.reason,
      foundRevision: record?.revision ?? null,
      foundUpdatedByJob: heldForInventory.get(item.mms_id) ?? record?.updated_by_job ?? null,
    })
    return { item, decision }
  })

  const toDelete = decisions.filter((d) => d.decision.outcome === 'DELETED').map((d) => d.item.mms_id)
  const toRestore = decisions.filter((d) => d.decision.outcome === 'RESTORED' || d.decision.outcome === 'UNDELETED')
  // Records the reverted job added go the way an import deletes: softly, with before-images.
  await softDeleteRecords(trx, jobId, toDelete)
  await restoreRecords(
    trx,
    jobId,
    revertedJobId,
    toRestore.map(({ item, decision }) => {
      const marc = item.before_marc as MarcRecord
      return {
        mmsId: item.mms_id,
        facts: { version005: version005(marc), briefLevel: briefLevel(marc), inventoryType: inventoryType(marc) },
        undelete: decision.outcome === 'UNDELETED',
      }
    }),
  )
  // Match keys follow the restored content (deleted records have none: softDeleteRecords).
  await replaceMatchKeys(
    trx,
    institutionId,
    toRestore.map(({ item }) => item.mms_id),
    toRestore.flatMap(({ item }) => (restoredKeys.get(item.mms_id) ?? []).map((key) => ({ mmsId: item.mms_id, key }))),
  )
  await writeItemOutcomes(trx, jobId, outcomes)
  // The PO lines, holdings, items and portfolios the job created on these records go with them.
  await revertInventory(trx, revertedJobId, items.map((item) => item.mms_id))

  // The job row is locked last and briefly (see lockJob): batches run in parallel until here,
  // then add their counters one at a time.
  const counts = revertCounters(decisions.map((d) => d.decision))
  const locked = await lockJob(trx, jobId)
  if (locked === undefined || locked.status !== 'RUNNING') throw new JobNoLongerRunning()
  const counters = { ...locked.counters }
  for (const [name, n] of Object.entries(counts)) counters[name] = (counters[name] ?? 0) + n
  const updated = await updateJob(trx, jobId, {
    records_done: locked.records_done + items.length,
    files_done: locked.files_done + 1,
    counters: JSON.stringify(counters),
  })
  const leftAlone = outcomes.filter((o) => o.outcome === 'LEFT_ALONE')
  if (leftAlone.length > 0) {
    const named = leftAlone
      .slice(0, NAMED_IN_EVENT)
      .map((o) => `${o.mmsId} (${LEFT_ALONE_DESCRIPTIONS[o.reason as LeftAloneReason]})`)
      .join(', ')
    await insertEvent(trx, jobId, 'RUNNING', {
      severity: 'WARNING',
      module: 'SYSTEM',
      description:
        `Batch ${batch + 1}: ${leftAlone.length} of ${countOf(items.length, 'record')} left alone: ${named}` +
        (leftAlone.length > NAMED_IN_EVENT ? ` and ${leftAlone.length - NAMED_IN_EVENT} more` : ''),
      createdBy: null,
    })
  }
  if (updated.files_done === updated.files_total) {
    await queue.enqueue(QUEUES.revertFinalize, { jobId } satisfies RevertFinalizeMessage, trx, { singletonKey: jobId })
  }
}
