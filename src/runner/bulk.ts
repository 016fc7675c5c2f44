import { sql } from 'kysely'
import type { Db, Executor } from '../db/database.ts'
import { type CompletedBulkFile, completeBulkFiles, type OpenedBulkFile, openBulkFiles } from '../db/repositories/bulk-files.repository.ts'
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
import { buildWrites, decideBulk, type IncomingItem, type IncomingOutcome, targetsToRead } from '../domain/import/plan.ts'
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
/**
 * Records done in one transaction: files are taken in order while they fit (a file larger than
 * this goes alone), so memory holds a few small files or one large one, never several large ones.
 */
const GROUP_RECORDS = 400

type Profile = { match: MatchPolicy; merge: MergeRule }

function facts(marc: MarcRecord) {
  return { version005: version005(marc), briefLevel: briefLevel(marc), inventoryType: inventoryType(marc) }
}

/** Processes one bulk file: see processBulkFiles. */
export async function processBulkFile(db: Db, queue: StepQueue, jobId: string, bulkFileId: string, workerId: string): Promise<void> {
  await processBulkFiles(db, queue, jobId, [bulkFileId], workerId)
}

/**
 * Processes bulk files of one job, several in one transaction: for each file, in file order, reads
 * its records, finds every candidate of the whole file in one query, decides each record, and
 * writes the repository changes; then the outcomes, the files' completion and the job's counters,
 * and commits. Each file is decided on what the files before it wrote, exactly as if it had its
 * own transaction; only the fixed costs of a transaction (opening, reading, locking, completing,
 * committing) are shared. A crash before the commit redoes the files; a rerun after it finds them
 * DONE and changes nothing. A job cancelled meanwhile rolls the files back: only whole files are
 * ever done. Deadlocks and serialization failures (possible when two jobs change the same records)
 * are retried here and never reach the user.
 */
export async function processBulkFiles(db: Db, queue: StepQueue, jobId: string, bulkFileIds: readonly string[], workerId: string): Promise<void> {
  let remaining = bulkFileIds
  let attempt = 1
  while (remaining.length > 0) {
    try {
      remaining = await db.transaction().execute((trx) => processGroupInTransaction(trx, queue, jobId, remaining, workerId))
      attempt = 1
    } catch (error) {
      if (error instanceof JobNoLongerRunning) return
      const code = (error as { code?: string }).code
      if (attempt < ATTEMPTS && code !== undefined && RETRYABLE.has(code)) {
        attempt += 1
        continue
      }
      throw error
    }
  }
}

/**
 * A bulk file's commit does not wait for its WAL to reach the disk. This loses nothing: the step
 * is done only once its queue job is completed, and that completion commits later, synchronously,
 * so WAL order flushes our commit with it (as does finalizing, which a single-record import waits
 * for before it answers). A PostgreSQL crash in between loses our commit and everything after it,
 * the queue job included, and the files are simply done again.
 */
async function commitWithoutWaitingForDisk(trx: Executor): Promise<void> {
  await sql`SET LOCAL synchronous_commit = off`.execute(trx)
}

/** The first files, in order, that together stay within GROUP_RECORDS (at least one). */
function takeGroup(files: readonly OpenedBulkFile[]): OpenedBulkFile[] {
  const group: OpenedBulkFile[] = []
  let records = 0
  for (const file of files) {
    if (group.length > 0 && records + file.record_count > GROUP_RECORDS) break
    group.push(file)
    records += file.record_count
  }
  return group
}

/** Does the first group of the files not yet done; answers the ids left for the next transaction. */
async function processGroupInTransaction(
  trx: Executor,
  queue: StepQueue,
  jobId: string,
  bulkFileIds: readonly string[],
  workerId: string,
): Promise<string[]> {
  await commitWithoutWaitingForDisk(trx)
  const open = (await openBulkFiles(trx, bulkFileIds)).filter((file) => file.status !== 'DONE')
  const first = open[0]
  if (first === undefined || first.job_status !== 'RUNNING') return []
  const group = takeGroup(open)
  const profile = first.profile_snapshot as Profile
  const institutionId = first.institution_id

  const clock = stageClock()
  const items = await readItems(trx, group)
  clock.lap('decode')
  // Every key of the group, locked in one sorted batch before any file looks anything up.
  const keys = items.map((fileItems) => fileKeys(fileItems, profile.match))
  await lockMatchKeys(trx, institutionId, keys.flat())
  const completed: CompletedBulkFile[] = []
  for (const [index, file] of group.entries()) {
    const outcomes = await applyFile(trx, clock, { jobId, institutionId, profile }, items[index] ?? [], keys[index] ?? [])
    completed.push({ bulkFileId: file.id, outcomes, counts: bulkCounters(outcomes) })
  }
  const updated = await completeBulkFiles(trx, { jobId, workerId, files: completed, stageMs: clock.spent() })
  if (updated === undefined) throw new JobNoLongerRunning()
  for (const [index, file] of group.entries()) await reportInvalid(trx, jobId, file.name, completed[index]?.outcomes ?? [])
  if (updated.files_done === updated.files_total) {
    await queue.enqueue(QUEUES.finalize, { jobId } satisfies FinalizeMessage, trx, { singletonKey: jobId })
  }
  return open.slice(group.length).map((file) => file.id)
}

/** The records of each file of the group, in file then position order, read in one round trip. */
async function readItems(trx: Executor, group: readonly OpenedBulkFile[]): Promise<IncomingItem[][]> {
  const rows = await trx
    .selectFrom('incoming_records')
    .select(['id', 'bulk_file_id', 'raw', 'problem_code'])
    .where('bulk_file_id', 'in', group.map((file) => file.id))
    .orderBy('bulk_file_id')
    .orderBy('position')
    .execute()
  const byFile = new Map<string, IncomingItem[]>(group.map((file) => [file.id, []]))
  for (const row of rows) {
    let record: MarcRecord | null = null
    if (row.problem_code === null) {
      const item = readSingleRecord(row.raw)
      record = item.ok ? item.record : null
    }
    byFile.get(row.bulk_file_id)?.push({ incomingId: row.id, record })
  }
  return group.map((file) => byFile.get(file.id) ?? [])
}

/** The profile's match keys of a file's readable records. */
function fileKeys(items: readonly IncomingItem[], policy: MatchPolicy): MatchKey[] {
  const keys: MatchKey[] = []
  for (const item of items) if (item.record !== null) keys.push(...matchKeys(item.record, policy.method, policy))
  return keys
}

/** Matches, decides and writes one file's records (their keys already locked); answers their outcomes. */
async function applyFile(
  trx: Executor,
  clock: ReturnType<typeof stageClock>,
  context: { jobId: string; institutionId: string; profile: Profile },
  items: readonly IncomingItem[],
  keys: readonly MatchKey[],
): Promise<IncomingOutcome[]> {
  const { jobId, institutionId, profile } = context
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
  clock.lap('apply')
  return writes.outcomes.map((o) => (o.addIndex !== null && o.outcome === 'ADDED' ? { ...o, mmsId: addedIds[o.addIndex] ?? null } : o))
}

async function reportInvalid(trx: Executor, jobId: string, fileName: string, outcomes: readonly IncomingOutcome[]): Promise<void> {
  const invalid = outcomes.filter((o) => o.reason === 'INVALID_RECORD').length
  if (invalid === 0) return
  await insertEvent(trx, jobId, 'RUNNING', {
    severity: 'WARNING',
    module: 'PARSE',
    description: `${fileName}: ${invalid} of ${outcomes.length} records not imported (invalid)`,
    createdBy: null,
  })
}
