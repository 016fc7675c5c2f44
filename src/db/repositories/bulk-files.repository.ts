import { sql } from 'kysely'
import type { IncomingOutcome } from '../../domain/import/plan.ts'
import type { Executor } from '../database.ts'
import { addCounts } from './jobs.repository.ts'

export interface OpenedBulkFile {
  id: string
  name: string
  status: string
  record_count: number
  job_status: string
  institution_id: string
  profile_snapshot: unknown
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
  }))
  const result = await sql<{ files_done: number; files_total: number }>`
    WITH outcomes AS (
      UPDATE incoming_records i SET outcome = o.outcome, reason = o.reason, mms_id = o.mms_id, matched = o.matched,
        multi_match = o.multi_match, candidate_count = o.candidate_count, auto_resolved_by = o.auto_resolved_by,
        added_despite_match = o.added_despite_match, match_skipped_inventory = o.match_skipped_inventory, candidates = o.candidates
      FROM json_to_recordset(${JSON.stringify(rows)}::json)
        AS o(id bigint, outcome text, reason text, mms_id bigint, matched boolean, multi_match boolean, candidate_count int,
             auto_resolved_by text, added_despite_match boolean, match_skipped_inventory boolean, candidates bigint[])
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
