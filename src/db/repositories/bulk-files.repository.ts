import { sql } from 'kysely'
import type { FileJunk } from '../../domain/import/junk.ts'
import type { IncomingOutcome } from '../../domain/import/plan.ts'
import type { InventoryTally } from '../../domain/inventory/plan.ts'
import type { BulkFileStatus } from '../../domain/jobs/events.ts'
import type { JobStatus } from '../../domain/jobs/lifecycle.ts'
import type { ProfileSnapshot } from '../../domain/profiles/profile.ts'
import type { MarcFormat, RecordProblem } from '../../marc/reader.ts'
import type { Executor } from '../database.ts'
import { addCounts } from './jobs.repository.ts'

export interface OpenedBulkFile {
  id: string
  name: string
  status: BulkFileStatus
  record_count: number
  job_status: JobStatus
  institution_id: string
  profile_snapshot: ProfileSnapshot
}

/**
 * Bulk files of one job, locked, in file order, with what their processing needs: one round trip.
 * Locks are taken in id order, the order every caller uses, so two workers never wait on each
 * other in a cycle.
 */
export async function openBulkFiles(db: Executor, bulkFileIds: readonly string[]): Promise<OpenedBulkFile[]> {
  const result = await sql<OpenedBulkFile & { seq: number }>`
    SELECT * FROM (
      SELECT b.id, b.seq, b.name, b.status, b.record_count, j.status AS job_status, j.institution_id, j.profile_snapshot
      FROM bulk_files b JOIN jobs j ON j.id = b.job_id
      WHERE b.id = ANY(${[...bulkFileIds]}::uuid[])
      ORDER BY b.id
      FOR UPDATE OF b
    ) AS locked
    ORDER BY seq
  `.execute(db)
  return result.rows.map(({ seq: _seq, ...file }) => file)
}

/** An outcome with the MMS IDs of the candidates left for a person (MANUAL decisions only). */
export interface AppliedOutcome extends IncomingOutcome {
  candidates: number[] | null
  /** What the inventory step did for the record (null: nothing). */
  inventory?: InventoryTally | null
}

/** One bulk file's part of a completion: its records' outcomes and its counts. */
export interface CompletedBulkFile {
  bulkFileId: string
  outcomes: readonly AppliedOutcome[]
  counts: Record<string, number>
}

function sumCounts(counts: ReadonlyArray<Record<string, number>>): Record<string, number> {
  const sum: Record<string, number> = {}
  for (const entry of counts) for (const [name, n] of Object.entries(entry)) sum[name] = (sum[name] ?? 0) + n
  return sum
}

/**
 * Finishes bulk files of one job in one statement: every incoming record's outcome, each file DONE
 * with its counts, and the job's progress and counters summed in SQL. The job's UPDATE takes its
 * row lock last (NO KEY UPDATE: see lockJob), so groups of files of one job add their counters one
 * at a time, and only while the job is RUNNING: no row back means the job was cancelled or failed
 * meanwhile and the caller must roll every file back.
 */
export async function completeBulkFiles(
  db: Executor,
  done: { jobId: string; workerId: string; files: readonly CompletedBulkFile[]; stageMs: Record<string, number> },
): Promise<{ files_done: number; files_total: number } | undefined> {
  const outcomes = done.files.flatMap((file) => file.outcomes)
  // The outcomes travel as one JSON array of rows: a parameter per column would be an array
  // literal each, escaped element by element by the driver, and a record's candidates (a ragged
  // array) would need a text of their own.
  const rows = outcomes.map((o) => ({
    id: o.incomingId,
    outcome: o.outcome,
    reason: o.reason,
    mms_id: o.mmsId,
    matched: o.decision?.matched ?? false,
    multi_match: o.decision?.multiMatch ?? false,
    candidate_count: o.decision?.candidateCount ?? 0,
    auto_resolved_by: o.decision?.autoResolvedBy ?? null,
    added_despite_match: o.decision?.addedDespiteMatch ?? false,
    match_skipped_inventory: o.decision?.matchSkippedDifferentInventoryType ?? false,
    candidates: o.candidates,
    inventory: o.inventory ?? null,
    unchanged: o.unchanged ?? false,
  }))
  const result = await sql<{ files_done: number; files_total: number }>`
    WITH outcomes AS (
      UPDATE incoming_records i SET outcome = o.outcome, reason = o.reason, mms_id = o.mms_id, matched = o.matched,
        multi_match = o.multi_match, candidate_count = o.candidate_count, auto_resolved_by = o.auto_resolved_by,
        added_despite_match = o.added_despite_match, match_skipped_inventory = o.match_skipped_inventory, candidates = o.candidates,
        inventory = o.inventory, unchanged = o.unchanged
      FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb)
        AS o(id bigint, outcome text, reason text, mms_id bigint, matched boolean, multi_match boolean, candidate_count int,
             auto_resolved_by text, added_despite_match boolean, match_skipped_inventory boolean, candidates bigint[], inventory jsonb,
             unchanged boolean)
      -- The files' own rows, found on their index: by id alone the planner may scan the whole table.
      WHERE i.id = o.id AND i.bulk_file_id = ANY(${done.files.map((file) => file.bulkFileId)}::uuid[])
    ), done AS (
      UPDATE bulk_files b SET status = 'DONE', counts = f.counts, processed_at = now(), processed_by = ${done.workerId}
      FROM ROWS FROM (unnest(${done.files.map((file) => file.bulkFileId)}::uuid[]),
                      jsonb_array_elements(${JSON.stringify(done.files.map((file) => file.counts))}::jsonb)) AS f(id, counts)
      WHERE b.id = f.id
    )
    UPDATE jobs SET records_done = records_done + ${outcomes.length}, files_done = files_done + ${done.files.length},
           counters = ${addCounts('counters', sumCounts(done.files.map((file) => file.counts)))},
           stage_ms = ${addCounts('stage_ms', done.stageMs)}, updated_at = now()
    WHERE id = ${done.jobId}::uuid AND status = 'RUNNING'
    RETURNING files_done, files_total
  `.execute(db)
  return result.rows[0]
}

/** A bulk file the split wrote: where its bytes are in the flush's one buffer (`start` counts from 1). */
export interface SplitFileRow {
  id: string
  storedFileId: string
  seq: number
  name: string
  format: MarcFormat
  recordCount: number
  sizeBytes: number
  start: number
}

/** A record the split read: where its bytes are in its file's (from 0), and its problems. */
export interface SplitRecordRow {
  bulkFileId: string
  position: number
  start: number
  length: number
  /** Every problem that kept it from being read, in record order; none when it was read. */
  problems: readonly RecordProblem[]
  warnings: readonly RecordProblem[]
}

/**
 * Writes a flush of the split's bulk files and their incoming records, two statements whatever
 * their number. The files' bytes travel as one binary parameter, cut into the files' values in SQL:
 * a bytea[] parameter would be an array literal with every byte written out as two hex digits.
 */
export async function insertSplitFiles(
  db: Executor,
  jobId: string,
  raws: Buffer,
  files: readonly SplitFileRow[],
  records: readonly SplitRecordRow[],
): Promise<void> {
  await sql`
    INSERT INTO bulk_files (id, job_id, stored_file_id, seq, name, format, record_count, size_bytes, raw)
    SELECT f.id, ${jobId}::uuid, f.stored_file_id, f.seq, f.name, f.format, f.record_count, f.size_bytes,
           substring(${raws}::bytea FROM f.start FOR f.size_bytes::int)
    FROM unnest(${files.map((f) => f.id)}::uuid[], ${files.map((f) => f.storedFileId)}::uuid[], ${files.map((f) => f.seq)}::int[],
                ${files.map((f) => f.name)}::text[], ${files.map((f) => f.format)}::text[],
                ${files.map((f) => f.recordCount)}::int[], ${files.map((f) => f.sizeBytes)}::bigint[], ${files.map((f) => f.start)}::int[])
      AS f(id, stored_file_id, seq, name, format, record_count, size_bytes, start)
  `.execute(db)
  await sql`
    INSERT INTO incoming_records (job_id, bulk_file_id, position, raw_start, raw_length, problem_code, problem_message, problems, warnings)
    SELECT ${jobId}::uuid, r.bulk_file_id, r.position, r.raw_start, r.raw_length, r.problem_code, r.problem_message, r.problems, r.warnings
    FROM unnest(${records.map((r) => r.bulkFileId)}::uuid[], ${records.map((r) => r.position)}::int[],
                ${records.map((r) => r.start)}::int[], ${records.map((r) => r.length)}::int[],
                ${records.map((r) => r.problems[0]?.code ?? null)}::text[],
                ${records.map((r) => r.problems[0]?.message ?? null)}::text[],
                ${records.map((r) => (r.problems.length > 0 ? JSON.stringify(r.problems) : null))}::jsonb[],
                ${records.map((r) => (r.warnings.length > 0 ? JSON.stringify(r.warnings) : null))}::jsonb[])
      AS r(bulk_file_id, position, raw_start, raw_length, problem_code, problem_message, problems, warnings)
  `.execute(db)
}

/** The junk found between or after the records of each bulk file (issue 14): one statement. */
export async function setBulkFileJunk(db: Executor, junk: ReadonlyMap<string, readonly FileJunk[]>): Promise<void> {
  if (junk.size === 0) return
  const entries = [...junk]
  await sql`
    UPDATE bulk_files b SET junk = j.junk
    FROM unnest(${entries.map(([id]) => id)}::uuid[], ${entries.map(([, list]) => JSON.stringify(list))}::jsonb[]) AS j(id, junk)
    WHERE b.id = j.id
  `.execute(db)
}

/** The bytes of the group's bulk files, and where each record's are in them, in file then position order. */
export async function readBulkFileRecords(db: Executor, bulkFileIds: readonly string[]) {
  const files = await db.selectFrom('bulk_files').select(['id', 'raw']).where('id', 'in', [...bulkFileIds]).execute()
  const records = await db
    .selectFrom('incoming_records')
    .select(['id', 'bulk_file_id', 'raw_start', 'raw_length', 'problem_code'])
    .where('bulk_file_id', 'in', [...bulkFileIds])
    .orderBy('bulk_file_id')
    .orderBy('position')
    .execute()
  return { files, records }
}

export async function listBulkFileIds(db: Executor, jobId: string): Promise<string[]> {
  const rows = await db.selectFrom('bulk_files').select('id').where('job_id', '=', jobId).execute()
  return rows.map((row) => row.id)
}
