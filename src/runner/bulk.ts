import { sql } from 'kysely'
import type { Db, Executor } from '../db/database.ts'
import { inRetriedTransaction } from '../db/retry.ts'
import { type AppliedOutcome, completeBulkFile, openBulkFile, type OpenedBulkFile } from '../db/repositories/bulk-files.repository.ts'
import { openIssues } from '../db/repositories/issues.repository.ts'
import { insertEvent } from '../db/repositories/jobs.repository.ts'
import { findCandidates, lockMatchKeys, readForUpdate, softDeleteRecords } from '../db/repositories/records.repository.ts'
import { bulkCounters } from '../domain/import/counters.ts'
import { buildWrites, decideBulk, type IncomingItem, targetsToRead } from '../domain/import/plan.ts'
import { type MatchKey, type MatchPolicy, matchKeys, type MergeRule } from '../domain/matching/index.ts'
import { readSingleRecord } from '../marc/reader.ts'
import type { MarcRecord } from '../marc/record.ts'
import type { StepQueue } from './initialize.ts'
import { addJobRecords, updateJobRecords } from './record-writes.ts'
import { stageClock } from './stage-clock.ts'
import { type FinalizeMessage, QUEUES } from './queues.ts'

class JobNoLongerRunning extends Error {}


/**
 * Processes one bulk file: reads its records, finds every candidate of the whole file in one query,
 * decides each record, and writes the repository changes, the outcomes, the file's completion and
 * the job's counters in one transaction. A crash before the commit redoes the whole file; a rerun
 * after it finds the file DONE and changes nothing. A job cancelled meanwhile rolls the file back:
 * only whole files are ever done. Deadlocks and serialization failures (possible when two jobs
 * change the same records) are retried here and never reach the user.
 */
export async function processBulkFile(db: Db, queue: StepQueue, jobId: string, bulkFileId: string, workerId: string): Promise<void> {
  await quietlyIfNoLongerRunning(inRetriedTransaction(db, (trx) => processInTransaction(trx, queue, jobId, bulkFileId, workerId)))
}

/** A job cancelled or failed meanwhile: the transaction rolled back, and there is nothing left to do. */
async function quietlyIfNoLongerRunning(work: Promise<void>): Promise<void> {
  try {
    await work
  } catch (error) {
    if (!(error instanceof JobNoLongerRunning)) throw error
  }
}

async function processInTransaction(trx: Executor, queue: StepQueue, jobId: string, bulkFileId: string, workerId: string) {
  const bulk = await openBulkFile(trx, bulkFileId)
  if (bulk === undefined || bulk.status === 'DONE' || bulk.job_status !== 'RUNNING') return
  const applied = await applyBulkFile(trx, bulk, jobId, bulkFileId)
  await completeApplied(trx, queue, { jobId, workerId, institutionId: bulk.institution_id, dryRun: false }, applied)
}

/** A bulk file whose decisions are made and whose repository changes are written, not yet completed. */
interface AppliedFile {
  bulkFileId: string
  name: string
  records: number
  outcomes: AppliedOutcome[]
  /** Why each record waiting for a person could not be decided automatically. */
  waiting: Array<{ incomingId: number; why: string }>
  stageMs: Record<string, number>
}

/**
 * Reads a bulk file's records, finds every candidate of the whole file in one query, decides each
 * record and writes the repository changes. Added records get their MMS IDs in the outcomes, and so
 * do candidates that were added earlier in the same file.
 */
async function applyBulkFile(trx: Executor, bulk: OpenedBulkFile, jobId: string, bulkFileId: string): Promise<AppliedFile> {
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

  const addedIds = await addJobRecords(trx, institutionId, jobId, writes.adds)
  await updateJobRecords(trx, institutionId, jobId, writes.updates)
  await softDeleteRecords(trx, jobId, writes.deletes.map((d) => d.mmsId))
  // Records added earlier in this file carry negative placeholder ids in the plan (decideBulk).
  const realId = (id: number) => (id < 0 ? (addedIds[-id - 1] ?? null) : id)
  const outcomes = writes.outcomes.map((o) => ({
    ...o,
    mmsId: o.addIndex !== null && o.outcome === 'ADDED' ? (addedIds[o.addIndex] ?? null) : o.mmsId,
    candidates: o.decision?.kind === 'MANUAL' ? o.decision.candidates.map((id) => realId(Number(id))).filter((id) => id !== null) : null,
  }))
  const waiting = writes.outcomes.flatMap((o) => (o.decision?.kind === 'MANUAL' ? [{ incomingId: o.incomingId, why: o.decision.why }] : []))
  clock.lap('apply')
  return { bulkFileId, name: bulk.name, records: rows.length, outcomes, waiting, stageMs: clock.spent() }
}

/**
 * Completes an applied bulk file: outcomes, counters and the file DONE in one statement, the import
 * issues its records opened, and the finalize step once it was the job's last file.
 */
async function completeApplied(
  trx: Executor,
  queue: StepQueue,
  job: { jobId: string; workerId: string; institutionId: string; dryRun: boolean },
  file: AppliedFile,
) {
  const { outcomes } = file
  const updated = await completeBulkFile(trx, {
    jobId: job.jobId,
    bulkFileId: file.bulkFileId,
    workerId: job.workerId,
    records: file.records,
    outcomes,
    counts: bulkCounters(outcomes),
    stageMs: file.stageMs,
  })
  if (updated === undefined) throw new JobNoLongerRunning()
  const invalid = outcomes.filter((o) => o.reason === 'INVALID_RECORD').length
  if (invalid > 0 || file.waiting.length > 0) await openIssues(trx, { institutionId: job.institutionId, jobId: job.jobId, bulkFileId: file.bulkFileId, dryRun: job.dryRun, waiting: file.waiting })
  if (invalid > 0) {
    await insertEvent(trx, job.jobId, 'RUNNING', {
      severity: 'WARNING',
      module: 'PARSE',
      description: `${file.name}: ${invalid} of ${file.records} records not imported (invalid)`,
      createdBy: null,
    })
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
  await quietlyIfNoLongerRunning(inRetriedTransaction(db, (trx) => dryRunInTransaction(db, trx, queue, jobId, workerId)))
}

async function dryRunInTransaction(db: Db, trx: Executor, queue: StepQueue, jobId: string, workerId: string) {
  const files = await trx.selectFrom('bulk_files').select('id').where('job_id', '=', jobId).where('status', '<>', 'DONE').orderBy('seq').execute()
  const applied: AppliedFile[] = []
  let institutionId: string | null = null
  await sql`SAVEPOINT dry_run`.execute(trx)
  for (const file of files) {
    const bulk = await openBulkFile(trx, file.id)
    if (bulk === undefined || bulk.job_status !== 'RUNNING') throw new JobNoLongerRunning()
    // Delivered twice: the other delivery committed every file while this one waited for the lock.
    if (bulk.status === 'DONE') return
    institutionId = bulk.institution_id
    applied.push(await applyBulkFile(trx, bulk, jobId, file.id))
    // Progress shows while the one transaction runs: written beside it, replaced by the real
    // figures when the files complete below.
    await db
      .updateTable('jobs')
      .set({ files_done: applied.length, records_done: applied.reduce((sum, a) => sum + a.records, 0) })
      .where('id', '=', jobId)
      .where('status', '=', 'RUNNING')
      .execute()
  }
  await sql`ROLLBACK TO SAVEPOINT dry_run`.execute(trx)
  if (institutionId === null) return
  await trx.updateTable('jobs').set({ files_done: 0, records_done: 0 }).where('id', '=', jobId).execute()
  const neverKept = new Set(applied.flatMap((file) => file.outcomes.flatMap((o) => (o.outcome === 'ADDED' && o.mmsId !== null ? [o.mmsId] : []))))
  for (const file of applied) {
    const outcomes = file.outcomes.map((o) => ({
      ...o,
      mmsId: o.mmsId !== null && neverKept.has(o.mmsId) ? null : o.mmsId,
      candidates: o.candidates?.filter((id) => !neverKept.has(id)) ?? null,
    }))
    await completeApplied(trx, queue, { jobId, workerId, institutionId, dryRun: true }, { ...file, outcomes })
  }
}
