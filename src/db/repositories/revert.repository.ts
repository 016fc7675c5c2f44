import { sql } from 'kysely'
import { ABANDONED_STATUSES } from '../../domain/jobs/lifecycle.ts'
import type { LeftAloneReason, RevertedChange, RevertOutcome } from '../../domain/revert/revert.ts'
import type { MatchKey } from '../../domain/matching/index.ts'
import type { RecordFacts } from './records.repository.ts'
import type { Executor } from '../database.ts'
import { fromStoredMarc, type StoredMarc } from '../stored-marc.ts'

/** A revert of `jobId` that is pending, running or finished (not FAILED or CANCELLED), if any. */
export async function findLiveRevert(db: Executor, jobId: string) {
  return db
    .selectFrom('jobs')
    .select(['id', 'status'])
    .where('reverts_job', '=', jobId)
    .where('status', 'not in', ABANDONED_STATUSES)
    .executeTakeFirst()
}

export interface RevertPlan {
  records: number
  batches: number
  byChange: Record<string, number>
}

/**
 * Plans a revert: one item per record the reverted job touched, numbered into batches in MMS ID
 * order, with the revision the job left it at. A record the job added and then deleted itself is
 * already as it was before the job and is not planned; neither is a record an earlier (failed or
 * cancelled) revert of the same job already put back.
 *
 * The job added a record at revision 1, and each later bulk file of the same job that merged or
 * overlaid it wrote it once more (a bulk file writes each record once): so it left the record at
 * 1 + that many bulk files. The change rows of records the job did not add carry their
 * `revision_after` themselves.
 */
export async function planRevert(db: Executor, revertJobId: string, revertedJobId: string, batchSize: number): Promise<RevertPlan> {
  const result = await sql<{ change: string; n: number; last_batch: number }>`
    WITH already AS (
      SELECT mms_id FROM revert_items
      WHERE reverted_job_id = ${revertedJobId}::uuid AND outcome IN ('DELETED', 'RESTORED', 'UNDELETED')
    ), merges AS (
      SELECT mms_id, count(DISTINCT bulk_file_id) AS n FROM incoming_records
      WHERE job_id = ${revertedJobId}::uuid AND outcome IN ('MERGED', 'OVERLAID') AND mms_id IS NOT NULL
      GROUP BY mms_id
    ), touched AS (
      SELECT r.mms_id, 'ADDED' AS change, 1 + coalesce(m.n, 0)::integer AS expected
      FROM records r LEFT JOIN merges m ON m.mms_id = r.mms_id
      WHERE r.created_by_job = ${revertedJobId}::uuid
        AND NOT EXISTS (SELECT 1 FROM record_changes c WHERE c.job_id = ${revertedJobId}::uuid AND c.mms_id = r.mms_id)
      UNION ALL
      SELECT c.mms_id, c.change, c.revision_after
      FROM record_changes c JOIN records r ON r.mms_id = c.mms_id
      WHERE c.job_id = ${revertedJobId}::uuid AND r.created_by_job IS DISTINCT FROM ${revertedJobId}::uuid
    ), planned AS (
      INSERT INTO revert_items (revert_job_id, reverted_job_id, mms_id, batch, change, expected_revision)
      SELECT ${revertJobId}::uuid, ${revertedJobId}::uuid, t.mms_id, (row_number() OVER (ORDER BY t.mms_id) - 1) / ${batchSize}::integer,
             t.change, t.expected
      FROM touched t
      WHERE NOT EXISTS (SELECT 1 FROM already a WHERE a.mms_id = t.mms_id)
      RETURNING change, batch
    )
    SELECT change, count(*)::integer AS n, max(batch) AS last_batch FROM planned GROUP BY change
  `.execute(db)
  const byChange = Object.fromEntries(result.rows.map((row) => [row.change, row.n]))
  const records = result.rows.reduce((sum, row) => sum + row.n, 0)
  const batches = records === 0 ? 0 : Math.max(...result.rows.map((row) => row.last_batch)) + 1
  return { records, batches, byChange }
}

/**
 * Locks a batch's items: a second delivery of the same batch waits here for the first to commit or
 * roll back, then reads the outcomes it wrote (READ COMMITTED re-reads a row it waited for) and
 * does nothing.
 */
export async function claimBatch(db: Executor, revertJobId: string, batch: number) {
  return db
    .selectFrom('revert_items')
    .select(['mms_id', 'outcome'])
    .where('revert_job_id', '=', revertJobId)
    .where('batch', '=', batch)
    .orderBy('mms_id')
    .forUpdate()
    .execute()
}

/** A batch's items with the record as it is now and the before-image the reverted job kept. */
export async function readBatch(db: Executor, revertJobId: string, batch: number) {
  const result = await sql<{
    mms_id: number
    change: RevertedChange
    expected_revision: number
    marc: StoredMarc
    before_marc: StoredMarc | null
  }>`
    SELECT i.mms_id, i.change, i.expected_revision, r.marc, c.before_marc
    FROM revert_items i
    JOIN records r ON r.mms_id = i.mms_id
    LEFT JOIN record_changes c ON c.job_id = i.reverted_job_id AND c.mms_id = i.mms_id
    WHERE i.revert_job_id = ${revertJobId}::uuid AND i.batch = ${batch}::integer
    ORDER BY i.mms_id
  `.execute(db)
  return result.rows.map((row) => ({
    ...row,
    mms_id: Number(row.mms_id),
    marc: fromStoredMarc(row.marc),
    before_marc: row.before_marc === null ? null : fromStoredMarc(row.before_marc),
  }))
}

/**
 * The batch's records, locked in MMS ID order (the order every writer of records locks in). NO KEY
 * UPDATE is all our UPDATEs of non-key columns need; it excludes imports' FOR UPDATE just the same.
 */
export async function lockRecords(db: Executor, mmsIds: readonly number[]) {
  if (mmsIds.length === 0) return []
  const rows = await db
    .selectFrom('records')
    .select(['mms_id', 'revision', 'updated_by_job', sql<boolean>`deleted_at IS NOT NULL`.as('deleted'), sql<boolean>`coalesce(locked_until > now(), false)`.as('locked')])
    .where('mms_id', 'in', [...mmsIds])
    .orderBy('mms_id')
    .forNoKeyUpdate()
    .execute()
  return rows.map((row) => ({ ...row, mms_id: Number(row.mms_id) }))
}

/**
 * Gives records back the before-image the reverted job kept (read by PostgreSQL from its change
 * row, never round-tripped through us), live again if the job deleted them, with the revert's own
 * change rows: every part of one statement sees the rows as they were before it.
 */
export async function restoreRecords(
  db: Executor,
  revertJobId: string,
  revertedJobId: string,
  records: ReadonlyArray<{ mmsId: number; facts: RecordFacts; undelete: boolean }>,
): Promise<void> {
  if (records.length === 0) return
  await sql`
    WITH input AS (
      SELECT * FROM unnest(${records.map((r) => r.mmsId)}::bigint[], ${records.map((r) => r.facts.version005)}::text[],
                           ${records.map((r) => r.facts.briefLevel)}::smallint[], ${records.map((r) => r.facts.inventoryType)}::text[],
                           ${records.map((r) => r.undelete)}::boolean[])
             AS u(id, v, b, i, undelete)
    ), before AS (
      SELECT r.mms_id, r.marc, r.revision, input.undelete FROM records r JOIN input ON r.mms_id = input.id
    ), restored AS (
      UPDATE records SET marc = c.before_marc, version_005 = input.v, brief_level = input.b, inventory_type = input.i,
             revision = records.revision + 1, updated_by_job = ${revertJobId}::uuid, updated_at = now(),
             deleted_at = NULL, deleted_by_job = NULL
      FROM input JOIN record_changes c ON c.job_id = ${revertedJobId}::uuid AND c.mms_id = input.id
      WHERE records.mms_id = input.id
      RETURNING records.mms_id, records.revision
    )
    INSERT INTO record_changes (job_id, mms_id, change, before_marc, before_revision, revision_after)
    SELECT ${revertJobId}::uuid, before.mms_id, CASE WHEN before.undelete THEN 'UNDELETED' ELSE 'RESTORED' END,
           before.marc, before.revision, restored.revision
    FROM before JOIN restored ON restored.mms_id = before.mms_id
  `.execute(db)
}

/** Replaces every match key of the given records with `keys` (one per kind and value; no SYSTEM_ID). */
export async function replaceMatchKeys(
  db: Executor,
  institutionId: string,
  mmsIds: readonly number[],
  keys: ReadonlyArray<{ mmsId: number; key: MatchKey }>,
): Promise<void> {
  if (mmsIds.length === 0) return
  await sql`DELETE FROM record_match_keys WHERE mms_id = ANY(${[...mmsIds]}::bigint[])`.execute(db)
  if (keys.length === 0) return
  await sql`
    INSERT INTO record_match_keys (institution_id, kind, value, mms_id, cancelled)
    SELECT ${institutionId}::uuid, k.kind, k.value, k.mms_id, k.cancelled
    FROM unnest(${keys.map((k) => k.key.kind)}::text[], ${keys.map((k) => k.key.value)}::text[],
                ${keys.map((k) => k.mmsId)}::bigint[], ${keys.map((k) => k.key.cancelled)}::boolean[]) AS k(kind, value, mms_id, cancelled)
    ON CONFLICT DO NOTHING
  `.execute(db)
}

export interface ItemOutcome {
  mmsId: number
  outcome: RevertOutcome
  reason: LeftAloneReason | null
  foundRevision: number | null
  foundUpdatedByJob: string | null
}

/** Every item's outcome in one statement. */
export async function writeItemOutcomes(db: Executor, revertJobId: string, outcomes: readonly ItemOutcome[]): Promise<void> {
  if (outcomes.length === 0) return
  await sql`
    UPDATE revert_items i SET outcome = o.outcome, reason = o.reason, found_revision = o.found_revision,
           found_updated_by_job = o.found_updated_by_job
    FROM unnest(${outcomes.map((o) => o.mmsId)}::bigint[], ${outcomes.map((o) => o.outcome)}::text[], ${outcomes.map((o) => o.reason)}::text[],
                ${outcomes.map((o) => o.foundRevision)}::integer[], ${outcomes.map((o) => o.foundUpdatedByJob)}::uuid[])
         AS o(mms_id, outcome, reason, found_revision, found_updated_by_job)
    WHERE i.revert_job_id = ${revertJobId}::uuid AND i.mms_id = o.mms_id
  `.execute(db)
}

/** A revert's report in one pass over its items: by outcome, by reason, by what the import did. */
export async function revertSummary(db: Executor, revertJobId: string) {
  const result = await sql<Record<string, number>>`
    SELECT count(*)::integer AS planned,
           count(*) FILTER (WHERE outcome IS NULL)::integer AS pending,
           count(*) FILTER (WHERE outcome = 'DELETED')::integer AS deleted,
           count(*) FILTER (WHERE outcome = 'RESTORED')::integer AS restored,
           count(*) FILTER (WHERE outcome = 'UNDELETED')::integer AS undeleted,
           count(*) FILTER (WHERE outcome = 'LEFT_ALONE')::integer AS left_alone,
           count(*) FILTER (WHERE reason = 'CHANGED_SINCE')::integer AS changed_since,
           count(*) FILTER (WHERE reason = 'DELETED_SINCE')::integer AS deleted_since,
           count(*) FILTER (WHERE reason = 'RECORD_LOCKED')::integer AS record_locked,
           count(*) FILTER (WHERE change = 'ADDED')::integer AS added,
           count(*) FILTER (WHERE change = 'MERGED')::integer AS merged,
           count(*) FILTER (WHERE change = 'OVERLAID')::integer AS overlaid,
           count(*) FILTER (WHERE change = 'DELETED')::integer AS was_deleted
    FROM revert_items WHERE revert_job_id = ${revertJobId}::uuid
  `.execute(db)
  const row = result.rows[0] ?? {}
  return (name: string) => Number(row[name] ?? 0)
}

/** A revert's items in MMS ID order after `afterMmsId`, optionally only one outcome or reason. */
export async function listRevertItems(
  db: Executor,
  revertJobId: string,
  filter: { outcome?: RevertOutcome; pending?: boolean; reason?: LeftAloneReason },
  page: { afterMmsId?: number; limit: number },
) {
  let query = db
    .selectFrom('revert_items')
    .select(['mms_id', 'change', 'expected_revision', 'outcome', 'reason', 'found_revision', 'found_updated_by_job'])
    .where('revert_job_id', '=', revertJobId)
  if (filter.outcome !== undefined) query = query.where('outcome', '=', filter.outcome)
  if (filter.pending === true) query = query.where('outcome', 'is', null)
  if (filter.reason !== undefined) query = query.where('reason', '=', filter.reason)
  if (page.afterMmsId !== undefined) query = query.where('mms_id', '>', page.afterMmsId)
  const rows = await query.orderBy('mms_id').limit(page.limit + 1).execute()
  return rows.map((row) => ({ ...row, mms_id: Number(row.mms_id) }))
}
