import type { Db, Executor } from '../db/database.ts'
import {
  type AppliedOutcome,
  completeBulkFiles,
  listBulkFileIds,
  type OpenedBulkFile,
  openBulkFiles,
  readBulkFileRecords,
} from '../db/repositories/bulk-files.repository.ts'
import { openIssues } from '../db/repositories/issues.repository.ts'
import { insertEvent, setRunningProgress, updateJob } from '../db/repositories/jobs.repository.ts'
import { findCandidates, lockMatchKeys, readForUpdate, softDeleteRecords } from '../db/repositories/records.repository.ts'
import { inRetriedTransaction } from '../db/retry.ts'
import { rollbackToSavepoint, savepoint, setLocalSynchronousCommitOff } from '../db/transaction.ts'
import { bulkCounters } from '../domain/import/counters.ts'
import { decideBulk, GroupWrites, type IncomingItem, type IncomingOutcome, MatchState } from '../domain/import/plan.ts'
import { decideOnPoLines, poLineRecordKey } from '../domain/import/po-line-match.ts'
import { type MatchKey, type MatchPolicy, matchKeys, type MergeRule } from '../domain/matching/index.ts'
import { readerOptionsOf } from '../domain/profiles/profile.ts'
import { readSingleRecord } from '../marc/reader.ts'
import { countOf } from '../wording.ts'
import type { MarcRecord } from '../marc/record.ts'
import type { ProfileSnapshot } from '../domain/profiles/profile.ts'
import { type FinalizeMessage, QUEUES, type StepQueue } from './steps.ts'
import { addJobRecords, updateJobRecords } from './record-writes.ts'
import { stageClock } from './stage-clock.ts'
import { inventoryCounters } from '../domain/inventory/plan.ts'
import { type InventoryInput, writeGroupInventory } from './inventory-writes.ts'
import { lookUpPoLines, type PoLineLookups, writeItemUpdates } from './inventory-updates.ts'

class JobNoLongerRunning extends Error {}

/**
 * Records done in one transaction: files are taken in order while they fit (a file larger than
 * this goes alone), so memory holds a few small files or one large one, never several large ones.
 */
const GROUP_RECORDS = 400

interface ImportContext {
  jobId: string
  institutionId: string
  profile: { match: MatchPolicy; merge: MergeRule } & Pick<ProfileSnapshot, 'type' | 'inventory'>
}

/** A bulk file whose decisions are made and whose repository changes are written, not yet completed. */
interface AppliedFile {
  bulkFileId: string
  name: string
  outcomes: AppliedOutcome[]
  /** Why each record waiting for a person could not be decided automatically. */
  waiting: Array<{ incomingId: number; why: string }>
}

interface AppliedGroup {
  files: AppliedFile[]
  stageMs: Record<string, number>
}

/** Processes one bulk file: see processBulkFiles. */
export async function processBulkFile(db: Db, queue: StepQueue, jobId: string, bulkFileId: string, workerId: string): Promise<void> {
  await processBulkFiles(db, queue, jobId, [bulkFileId], workerId)
}

/**
 * Processes bulk files of one job, several in one transaction: for each file, in file order, reads
 * its records, finds every candidate of the whole file in one query, decides each record, and
 * writes the repository changes; then the outcomes, the files' completion, the import issues they
 * opened and the job's counters, and commits. Each file is decided on what the files before it
 * wrote, exactly as if it had its own transaction; only the fixed costs of a transaction (opening,
 * reading, locking, completing, committing) are shared. A crash before the commit redoes the files;
 * a rerun after it finds them DONE and changes nothing. A job cancelled meanwhile rolls the files
 * back: only whole files are ever done. Deadlocks and serialization failures (possible when two
 * jobs change the same records) are retried and never reach the user.
 */
export async function processBulkFiles(db: Db, queue: StepQueue, jobId: string, bulkFileIds: readonly string[], workerId: string): Promise<void> {
  let remaining = bulkFileIds
  while (remaining.length > 0) {
    const ids = remaining
    try {
      remaining = await inRetriedTransaction(db, (trx) => processGroupInTransaction(trx, queue, jobId, ids, workerId))
    } catch (error) {
      if (error instanceof JobNoLongerRunning) return
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
  await setLocalSynchronousCommitOff(trx)
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

function contextOf(file: OpenedBulkFile, jobId: string): ImportContext {
  return { jobId, institutionId: file.institution_id, profile: file.profile_snapshot }
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
  const context = contextOf(first, jobId)
  const applied = await applyGroup(trx, context, group)
  await completeGroup(trx, queue, { ...context, workerId, dryRun: false }, applied)
  return open.slice(group.length).map((file) => file.id)
}

/** Reads, decides and writes a group of files, each on what the files before it wrote. */
async function applyGroup(trx: Executor, context: ImportContext, group: readonly OpenedBulkFile[]): Promise<AppliedGroup> {
  const clock = stageClock()
  const items = await readItems(trx, group)
  clock.lap('decode')
  // Every key of the group, locked in one sorted batch before any file looks anything up.
  const keys = items.map((fileItems) => fileKeys(fileItems, context.profile.match))
  await lockMatchKeys(trx, context.institutionId, keys.flat())
  const files: AppliedFile[] = []
  while (files.length < group.length) {
    const from = files.length
    files.push(...(await applyFiles(trx, clock, context, group.slice(from), items.slice(from), keys.slice(from))))
  }
  return { files, stageMs: clock.spent() }
}

/**
 * The records of each file of the group, in file then position order: the files' bytes in one
 * round trip, where each record's bytes are in them in another.
 */
async function readItems(trx: Executor, group: readonly OpenedBulkFile[]): Promise<IncomingItem[][]> {
  const ids = group.map((file) => file.id)
  const { files, records: rows } = await readBulkFileRecords(trx, ids)
  const raws = new Map(files.map((file) => [file.id, file.raw]))
  const options = new Map(group.map((file) => [file.id, readerOptionsOf(file.profile_snapshot)]))
  const byFile = new Map<string, IncomingItem[]>(ids.map((id) => [id, []]))
  for (const row of rows) {
    let record: MarcRecord | null = null
    const raw = raws.get(row.bulk_file_id)
    if (row.problem_code === null && raw !== undefined) {
      const item = readSingleRecord(raw.subarray(row.raw_start, row.raw_start + row.raw_length), undefined, options.get(row.bulk_file_id))
      record = item.ok ? item.record : null
    }
    byFile.get(row.bulk_file_id)?.push({ incomingId: row.id, record })
  }
  return ids.map((id) => byFile.get(id) ?? [])
}

/** The profile's match keys of a file's readable records. */
function fileKeys(items: readonly IncomingItem[], policy: MatchPolicy): MatchKey[] {
  const keys: MatchKey[] = []
  for (const item of items) if (item.record !== null) keys.push(...matchKeys(item.record, policy.method, policy))
  return keys
}

/**
 * Matches, decides and writes files in order (their keys already locked): one candidate query for
 * them all, then each file decided on what the files before it wrote (MatchState), and what they
 * decided written in one statement of each kind. Stops before a file that would delete what an
 * earlier one wrote (that file starts the caller's next round); answers the files done, at least
 * one. Added records get their MMS IDs in the outcomes, and so do candidates added in the group.
 */
async function applyFiles(
  trx: Executor,
  clock: ReturnType<typeof stageClock>,
  context: ImportContext,
  files: readonly OpenedBulkFile[],
  items: ReadonlyArray<readonly IncomingItem[]>,
  keys: ReadonlyArray<readonly MatchKey[]>,
): Promise<AppliedFile[]> {
  const { jobId, institutionId, profile } = context
  const lookups = await lookUpPoLines(trx, context, items.flat())
  // Update Inventory: each record's only candidate is its PO line's record (po-line-match.ts).
  const lineRecordOf = new Map([...(lookups?.found ?? [])].map(([incomingId, line]) => [incomingId, line.mmsId]))
  const candidateKeys = lookups === null ? keys.flat() : [...new Set(lineRecordOf.values())].map(poLineRecordKey)
  const state = new MatchState(await findCandidates(trx, institutionId, candidateKeys, profile.match.matchCancelledNumbers))
  const writes = new GroupWrites()
  const decided: Array<{ file: OpenedBulkFile; outcomes: IncomingOutcome[] }> = []
  for (const [index, file] of files.entries()) {
    const fileItems = items[index] ?? []
    const taken = lookups === null ? fileItems : fileItems.filter((item) => !lookups.refused.has(item.incomingId))
    const plan = lookups === null ? decideBulk(taken, state, profile.match) : decideOnPoLines(taken, lineRecordOf, state, profile.match)
    if (index > 0 && writes.deletesEarlierWrite(plan)) break
    writes.read(await readForUpdate(trx, writes.unread(plan)))
    clock.lap('match')
    decided.push({ file, outcomes: withRefused(fileItems, writes.apply(plan, taken, profile.merge, state), lookups) })
    clock.lap('apply')
  }
  const addedIds = await addJobRecords(trx, institutionId, jobId, writes.adds)
  await updateJobRecords(trx, institutionId, jobId, writes.updates())
  await softDeleteRecords(trx, jobId, writes.deletes())
  clock.lap('apply')
  // Records added in the group carry negative placeholder ids until now (MatchState).
  const realId = (id: number) => (id < 0 ? (addedIds[-id - 1] ?? null) : id)
  const inputs = inventoryInputs(decided, items, realId, lineRecordOf)
  const inventory = lookups === null ? await writeGroupInventory(trx, context, inputs) : await writeItemUpdates(trx, context, inputs, lookups)
  clock.lap('inventory')
  return decided.map(({ file, outcomes }) => ({
    bulkFileId: file.id,
    name: file.name,
    outcomes: outcomes.map((o) => ({
      ...o,
      inventory: inventory.get(o.incomingId) ?? lookups?.refused.get(o.incomingId) ?? null,
      mmsId: o.mmsId === null ? null : realId(o.mmsId),
      candidates: o.decision?.kind === 'MANUAL' ? o.decision.candidates.map((id) => realId(Number(id))).filter((id) => id !== null) : null,
    })),
    waiting: outcomes.flatMap((o) => (o.decision?.kind === 'MANUAL' ? [{ incomingId: o.incomingId, why: o.decision.why }] : [])),
  }))
}

/** A file's outcomes with its records refused for want of a PO line (UPDATE_INVENTORY) among them, in file order. */
function withRefused(fileItems: readonly IncomingItem[], decided: IncomingOutcome[], lookups: PoLineLookups | null): IncomingOutcome[] {
  if (lookups === null || lookups.refused.size === 0) return decided
  const byId = new Map(decided.map((o) => [o.incomingId, o]))
  return fileItems.map(
    (item) => byId.get(item.incomingId) ?? { incomingId: item.incomingId, outcome: 'NOT_IMPORTED', reason: 'PO_LINE_NOT_FOUND', mmsId: null, decision: null },
  )
}

/**
 * The group's imported records, with the record as it arrived: what inventory and orders are made
 * from. Update Inventory (`lineRecordOf` not empty) updates the items of a record its match policy
 * skipped too: the record is the PO line's, and its items are what the file was sent for.
 */
function inventoryInputs(
  decided: ReadonlyArray<{ file: OpenedBulkFile; outcomes: IncomingOutcome[] }>,
  items: ReadonlyArray<readonly IncomingItem[]>,
  realId: (id: number) => number | null,
  lineRecordOf: ReadonlyMap<number, number>,
): InventoryInput[] {
  const inputs: InventoryInput[] = []
  for (const [index, { file, outcomes }] of decided.entries()) {
    const records = new Map((items[index] ?? []).map((item) => [item.incomingId, item.record]))
    for (const o of outcomes) {
      const lineRecord = o.outcome === 'SKIPPED' ? lineRecordOf.get(o.incomingId) : undefined
      if (lineRecord !== undefined) {
        const record = records.get(o.incomingId)
        if (record != null) inputs.push({ incomingId: o.incomingId, bulkFileId: file.id, mmsId: lineRecord, record })
        continue
      }
      if (o.mmsId === null || !(o.outcome === 'ADDED' || o.outcome === 'MERGED' || o.outcome === 'OVERLAID')) continue
      const mmsId = realId(o.mmsId)
      const record = records.get(o.incomingId)
      if (mmsId !== null && record != null) inputs.push({ incomingId: o.incomingId, bulkFileId: file.id, mmsId, record })
    }
  }
  return inputs
}

/**
 * Completes an applied group: outcomes, counters and the files DONE in one statement, the import
 * issues their records opened, and the finalize step once they were the job's last files.
 */
async function completeGroup(
  trx: Executor,
  queue: StepQueue,
  job: ImportContext & { workerId: string; dryRun: boolean },
  group: AppliedGroup,
): Promise<void> {
  const updated = await completeBulkFiles(trx, {
    jobId: job.jobId,
    workerId: job.workerId,
    files: group.files.map((file) => ({
      bulkFileId: file.bulkFileId,
      outcomes: file.outcomes,
      counts: { ...bulkCounters(file.outcomes), ...inventoryCounters(file.outcomes.map((o) => o.inventory)) },
    })),
    stageMs: group.stageMs,
  })
  if (updated === undefined) throw new JobNoLongerRunning()
  for (const file of group.files) {
    const invalid = file.outcomes.filter((o) => o.reason === 'INVALID_RECORD').length
    if (invalid > 0 || file.waiting.length > 0) {
      await openIssues(trx, { institutionId: job.institutionId, jobId: job.jobId, bulkFileId: file.bulkFileId, dryRun: job.dryRun, waiting: file.waiting })
    }
    if (invalid > 0) {
      await insertEvent(trx, job.jobId, 'RUNNING', {
        severity: 'WARNING',
        module: 'PARSE',
        description: `${file.name}: ${invalid} of ${countOf(file.outcomes.length, 'record')} not imported (invalid)`,
        createdBy: null,
      })
    }
  }
  if (updated.files_done === updated.files_total) {
    await queue.enqueue(QUEUES.finalize, { jobId: job.jobId } satisfies FinalizeMessage, trx, { singletonKey: job.jobId })
  }
}

/**
 * A dry run (issue 5): the whole pipeline over every bulk file of the job, in file order and in one
 * transaction, so each file sees what the files before it would have added, exactly as a real run
 * would. Then every repository change is rolled back and only what a report needs is kept: the
 * outcomes (without the MMS IDs of records that were never kept), the counters and the issues the
 * run would open. The repository is left as it was, byte for byte.
 */
export async function processDryRun(db: Db, queue: StepQueue, jobId: string, workerId: string): Promise<void> {
  try {
    await inRetriedTransaction(db, (trx) => dryRunInTransaction(db, trx, queue, jobId, workerId))
  } catch (error) {
    if (!(error instanceof JobNoLongerRunning)) throw error
  }
}

async function dryRunInTransaction(db: Db, trx: Executor, queue: StepQueue, jobId: string, workerId: string) {
  const files = await openBulkFiles(trx, await listBulkFileIds(trx, jobId))
  const first = files[0]
  if (first === undefined) return
  if (first.job_status !== 'RUNNING') throw new JobNoLongerRunning()
  // Delivered twice: the other delivery completed every file while this one waited for their locks.
  if (files.some((file) => file.status === 'DONE')) return
  const context = contextOf(first, jobId)
  const groups: AppliedGroup[] = []
  await savepoint(trx, 'dry_run')
  const progress = { files_done: 0, records_done: 0 }
  for (let rest = files; rest.length > 0; ) {
    const group = takeGroup(rest)
    groups.push(await applyGroup(trx, context, group))
    rest = rest.slice(group.length)
    progress.files_done += group.length
    progress.records_done += group.reduce((sum, file) => sum + file.record_count, 0)
    // Progress shows while the one transaction runs: written beside it, replaced by the real
    // figures when the files complete below.
    await setRunningProgress(db, jobId, progress)
  }
  await rollbackToSavepoint(trx, 'dry_run')
  await updateJob(trx, jobId, { files_done: 0, records_done: 0 })
  const neverKept = new Set(groups.flatMap((g) => g.files.flatMap((f) => f.outcomes.flatMap((o) => (o.outcome === 'ADDED' && o.mmsId !== null ? [o.mmsId] : [])))))
  const kept = (file: AppliedFile): AppliedFile => ({
    ...file,
    outcomes: file.outcomes.map((o) => ({
      ...o,
      mmsId: o.mmsId !== null && neverKept.has(o.mmsId) ? null : o.mmsId,
      candidates: o.candidates?.filter((id) => !neverKept.has(id)) ?? null,
    })),
  })
  for (const group of groups) await completeGroup(trx, queue, { ...context, workerId, dryRun: true }, { ...group, files: group.files.map(kept) })
}
