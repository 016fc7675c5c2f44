import { sql } from 'kysely'
import type { IncomingOutcome } from '../../domain/import/plan.ts'
import type { Executor } from '../database.ts'
import { addCounts } from './jobs.repository.ts'

/** The bulk file, locked, with what its job's processing needs: one round trip. */
export async function openBulkFile(db: Executor, bulkFileId: string) {
  const result = await sql<{
    name: string
    status: string
    job_status: string
    institution_id: string
    profile_snapshot: unknown
  }>`
    SELECT b.name, b.status, j.status AS job_status, j.institution_id, j.profile_snapshot
    FROM bulk_files b JOIN jobs j ON j.id = b.job_id
    WHERE b.id = ${bulkFileId}::uuid
    FOR UPDATE OF b
  `.execute(db)
  return result.rows[0]
}
export type OpenedBulkFile = NonNullable<Awaited<ReturnType<typeof openBulkFile>>>

/** An outcome with the MMS IDs of the candidates left for a person (MANUAL decisions only). */
export interface AppliedOutcome extends IncomingOutcome {
  candidates: number[] | null
}

/**
 * Finishes a bulk file in one statement: every incoming record's outcome, the file DONE with its
 * counts, and the job's progress and counters summed in SQL. The job's UPDATE takes its row lock
 * last (NO KEY UPDATE: see lockJob), so files of one job add their counters one at a time, and
 * only while the job is RUNNING: no row back means the job was cancelled or failed meanwhile and
 * the caller must roll the whole file back.
 */
export async function completeBulkFile(
  db: Executor,
  file: {
    jobId: string
    bulkFileId: string
    workerId: string
    records: number
    outcomes: readonly AppliedOutcome[]
    counts: Record<string, number>
    stageMs: Record<string, number>
  },
): Promise<{ files_done: number; files_total: number } | undefined> {
  const outcomes = file.outcomes
  const d = outcomes.map((o) => o.decision)
  // Postgres arrays cannot be ragged: each record's candidates travel as one JSON text, unpacked below.
  const candidates = outcomes.map((o) => (o.candidates === null ? null : JSON.stringify(o.candidates)))
  const result = await sql<{ files_done: number; files_total: number }>`
    WITH outcomes AS (
      UPDATE incoming_records i SET outcome = o.outcome, reason = o.reason, mms_id = o.mms_id, matched = o.matched,
        multi_match = o.multi_match, candidate_count = o.candidate_count, auto_resolved_by = o.auto_resolved_by,
        added_despite_match = o.added_despite_match, match_skipped_inventory = o.match_skipped_inventory,
        candidates = (SELECT array_agg(c::bigint) FROM jsonb_array_elements_text(o.candidates::jsonb) AS c)
      FROM unnest(${outcomes.map((o) => o.incomingId)}::bigint[], ${outcomes.map((o) => o.outcome)}::text[],
                  ${outcomes.map((o) => o.reason)}::text[], ${outcomes.map((o) => o.mmsId)}::bigint[],
                  ${d.map((x) => x?.matched ?? false)}::boolean[], ${d.map((x) => x?.multiMatch ?? false)}::boolean[],
                  ${d.map((x) => x?.candidateCount ?? 0)}::int[], ${d.map((x) => x?.autoResolvedBy ?? null)}::text[],
                  ${d.map((x) => x?.addedDespiteMatch ?? false)}::boolean[],
                  ${d.map((x) => x?.matchSkippedDifferentInventoryType ?? false)}::boolean[], ${candidates}::text[])
        AS o(id, outcome, reason, mms_id, matched, multi_match, candidate_count, auto_resolved_by, added_despite_match, match_skipped_inventory,
             candidates)
      WHERE i.id = o.id
    ), done AS (
      UPDATE bulk_files SET status = 'DONE', counts = ${JSON.stringify(file.counts)}::jsonb, processed_at = now(),
             processed_by = ${file.workerId}
      WHERE id = ${file.bulkFileId}::uuid
    )
    UPDATE jobs SET records_done = records_done + ${file.records}, files_done = files_done + 1,
           counters = ${addCounts('counters', file.counts)}, stage_ms = ${addCounts('stage_ms', file.stageMs)}, updated_at = now()
    WHERE id = ${file.jobId}::uuid AND status = 'RUNNING'
    RETURNING files_done, files_total
  `.execute(db)
  return result.rows[0]
}
