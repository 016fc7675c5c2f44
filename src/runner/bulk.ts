import type { Db, Executor } from '../db/database.ts'
import { completeBulkFile, openBulkFile } from '../db/repositories/bulk-files.repository.ts'
import { insertEvent } from '../db/repositories/jobs.repository.ts'
import {
  addRecords,
  changeMatchKeys,
  findCandidates,
  lockMatchKeys,
  readForUpdate,
  softDeleteRecords,
  updateRecords,
} from '../db/repositories/records.repository.ts'
import { bulkCounters } from '../domain/import/counters.ts'
import { keyDifference } from '../domain/import/keys.ts'
import { buildWrites, decideBulk, type IncomingItem, targetsToRead } from '../domain/import/plan.ts'
import {
  briefLevel,
  indexKeys,
  inventoryType,
  type MatchKey,
  type MatchPolicy,
  matchKeys,
  type MergeRule,
  version005,
} from '../domain/matching/index.ts'
import { readSingleRecord } from '../marc/reader.ts'
import type { MarcRecord } from '../marc/record.ts'
import type { StepQueue } from './initialize.ts'
import { stageClock } from './stage-clock.ts'
import { type FinalizeMessage, QUEUES } from './queues.ts'

class JobNoLongerRunning extends Error {}

const RETRYABLE = new Set(['40001', '40P01']) // serialization_failure, deadlock_detected
const ATTEMPTS = 5

function facts(marc: MarcRecord) {
  return { version005: version005(marc), briefLevel: briefLevel(marc), inventoryType: inventoryType(marc) }
}

/**
 * Processes one bulk file: reads its records, finds every candidate of the whole file in one query,
 * decides each record, and writes the repository changes, the outcomes, the file's completion and
 * the job's counters in one transaction. A crash before the commit redoes the whole file; a rerun
 * after it finds the file DONE and changes nothing. A job cancelled meanwhile rolls the file back:
 * only whole files are ever done. Deadlocks and serialization failures (possible when two jobs
 * change the same records) are retried here and never reach the user.
 */
export async function processBulkFile(db: Db, queue: StepQueue, jobId: string, bulkFileId: string, workerId: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await db.transaction().execute((trx) => processInTransaction(trx, queue, jobId, bulkFileId, workerId))
      return
    } catch (error) {
      if (error instanceof JobNoLongerRunning) return
      const code = (error as { code?: string }).code
      if (attempt < ATTEMPTS && code !== undefined && RETRYABLE.has(code)) continue
      throw error
    }
  }
}

async function processInTransaction(trx: Executor, queue: StepQueue, jobId: string, bulkFileId: string, workerId: string) {
  const bulk = await openBulkFile(trx, bulkFileId)
  if (bulk === undefined || bulk.status === 'DONE' || bulk.job_status !== 'RUNNING') return
  const profile = bulk.profile_snapshot as { match: MatchPolicy; merge: MergeRule }
  const institutionId = bulk.institution_id

  const clock = stageClock()
  const rows = await trx.selectFrom('incoming_records').select(['id', 'raw', 'problem_code']).where('bulk_file_id', '=', bulkFileId).orderBy('position').execute()
  const items: IncomingItem[] = rows.map((row) => {
    if (row.problem_code !== null) return { incomingId: row.id, record: null }
    const item = readSingleRecord(row.raw)
    return { incomingId: row.id, record: item.ok ? item.record : null }
  })

  clock.lap('decode')
  // The profile's match keys of the whole file: locked, then looked up in one round trip.
  const keys: MatchKey[] = []
  for (const item of items) if (item.record !== null) keys.push(...matchKeys(item.record, profile.match.method, profile.match))
  await lockMatchKeys(trx, institutionId, keys)
  const candidates = await findCandidates(trx, institutionId, keys, profile.match.matchCancelledNumbers)
  const plan = decideBulk(items, candidates, profile.match)
  const current = await readForUpdate(trx, targetsToRead(plan))
  clock.lap('match')
  const existing = new Map(current.map((row) => [Number(row.mms_id), row.marc as MarcRecord]))
  const writes = buildWrites(plan, items, existing, profile.merge)

  const addedIds = await addRecords(
    trx,
    institutionId,
    jobId,
    writes.adds.map((marc) => ({ marc, facts: facts(marc), keys: indexKeys(marc, '0').filter((key) => key.kind !== 'SYSTEM_ID') })),
  )
  await updateRecords(trx, jobId, writes.updates.map((u) => ({ mmsId: u.mmsId, marc: u.marc, facts: facts(u.marc), change: u.change })))
  const removed: Array<{ mmsId: number; key: MatchKey }> = []
  const added: Array<{ mmsId: number; key: MatchKey }> = []
  const storedKeys = (marc: MarcRecord, mmsId: number) => indexKeys(marc, String(mmsId)).filter((key) => key.kind !== 'SYSTEM_ID')
  for (const update of writes.updates) {
    const diff = keyDifference(storedKeys(update.before, update.mmsId), storedKeys(update.marc, update.mmsId))
    for (const key of diff.removed) removed.push({ mmsId: update.mmsId, key })
    for (const key of diff.added) added.push({ mmsId: update.mmsId, key })
  }
  await changeMatchKeys(trx, institutionId, removed, added)
  await softDeleteRecords(trx, jobId, writes.deletes.map((d) => d.mmsId))
  const outcomes = writes.outcomes.map((o) => (o.addIndex !== null && o.outcome === 'ADDED' ? { ...o, mmsId: addedIds[o.addIndex] ?? null } : o))
  clock.lap('apply')
  const updated = await completeBulkFile(trx, {
    jobId,
    bulkFileId,
    workerId,
    records: rows.length,
    outcomes,
    counts: bulkCounters(outcomes),
    stageMs: clock.spent(),
  })
  if (updated === undefined) throw new JobNoLongerRunning()
  const invalid = outcomes.filter((o) => o.reason === 'INVALID_RECORD').length
  if (invalid > 0) {
    await insertEvent(trx, jobId, 'RUNNING', {
      severity: 'WARNING',
      module: 'PARSE',
      description: `${bulk.name}: ${invalid} of ${rows.length} records not imported (invalid)`,
      createdBy: null,
    })
  }
  if (updated.files_done === updated.files_total) {
    await queue.enqueue(QUEUES.finalize, { jobId } satisfies FinalizeMessage, trx, { singletonKey: jobId })
  }
}
