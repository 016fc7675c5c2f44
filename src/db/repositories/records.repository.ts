import { sql } from 'kysely'
import type { CandidateRow } from '../../domain/import/plan.ts'
import type { InventoryType, MatchKey } from '../../domain/matching/index.ts'
import type { MarcRecord } from '../../marc/record.ts'
import type { Executor } from '../database.ts'

/** Facts kept beside a record's MARC so candidates are judged without reading it. */
export interface RecordFacts {
  version005: string | null
  briefLevel: number
  inventoryType: InventoryType
}

/**
 * Serialises every transaction that may add or change records sharing a match key: transaction-
 * scoped advisory locks on the keys, taken in one sorted batch so two transactions can never wait
 * on each other in a cycle. Whoever comes second waits, then sees the first one's records.
 */
export async function lockMatchKeys(db: Executor, institutionId: string, keys: readonly MatchKey[]): Promise<void> {
  if (keys.length === 0) return
  const ids = [...new Set(keys.map((key) => `${institutionId}:${key.kind}:${key.value}`))]
  await sql`
    SELECT pg_advisory_xact_lock(h)
    FROM (SELECT DISTINCT hashtextextended(k, 0) AS h FROM unnest(${ids}::text[]) AS k ORDER BY h) AS locks
  `.execute(db)
}

/** Every live record sharing one of `keys`, at most 151 per key (more is "too many" anyway). */
export async function findCandidates(
  db: Executor,
  institutionId: string,
  keys: readonly MatchKey[],
  includeCancelled: boolean,
): Promise<CandidateRow[]> {
  if (keys.length === 0) return []
  const distinct = [...new Map(keys.map((key) => [`${key.kind}:${key.value}`, key])).values()]
  const result = await sql<{
    kind: string
    value: string
    cancelled: boolean
    mms_id: number
    version_005: string | null
    brief_level: number
    inventory_type: InventoryType
    locked: boolean
  }>`
    SELECT k.kind, k.value, c.cancelled, r.mms_id, r.version_005, r.brief_level, r.inventory_type,
           coalesce(r.locked_until > now(), false) AS locked
    FROM unnest(${distinct.map((k) => k.kind)}::text[], ${distinct.map((k) => k.value)}::text[]) AS k(kind, value)
    CROSS JOIN LATERAL (
      SELECT mk.mms_id, mk.cancelled FROM record_match_keys mk
      WHERE mk.institution_id = ${institutionId}::uuid AND mk.kind = k.kind AND mk.value = k.value
        AND (${includeCancelled}::boolean OR NOT mk.cancelled)
      LIMIT 151
    ) AS c
    JOIN records r ON r.mms_id = c.mms_id AND r.deleted_at IS NULL
  `.execute(db)
  return result.rows.map((row) => ({
    kind: row.kind,
    value: row.value,
    cancelled: row.cancelled,
    mmsId: Number(row.mms_id),
    version005: row.version_005,
    briefLevel: row.brief_level,
    inventoryType: row.inventory_type,
    locked: row.locked,
  }))
}

/** The current MARC of records about to change, locked, in id order (the lock order everywhere). */
export async function readForUpdate(db: Executor, mmsIds: readonly number[]) {
  if (mmsIds.length === 0) return []
  return db
    .selectFrom('records')
    .select(['mms_id', 'marc', 'revision'])
    .where('mms_id', 'in', [...mmsIds])
    .orderBy('mms_id')
    .forUpdate()
    .execute()
}

export async function insertRecords(
  db: Executor,
  institutionId: string,
  jobId: string,
  records: ReadonlyArray<{ marc: MarcRecord; facts: RecordFacts }>,
): Promise<number[]> {
  if (records.length === 0) return []
  // nextval() runs in the ORDER BY's order, so the returned ids, sorted, line up with the input.
  const result = await sql<{ mms_id: number }>`
    INSERT INTO records (institution_id, marc, version_005, brief_level, inventory_type, created_by_job, updated_by_job)
    SELECT ${institutionId}::uuid, r.marc, r.v, r.b, r.i, ${jobId}::uuid, ${jobId}::uuid
    FROM unnest(${records.map((r) => JSON.stringify(r.marc))}::jsonb[], ${records.map((r) => r.facts.version005)}::text[],
                ${records.map((r) => r.facts.briefLevel)}::smallint[], ${records.map((r) => r.facts.inventoryType)}::text[])
         WITH ORDINALITY AS r(marc, v, b, i, n)
    ORDER BY r.n
    RETURNING mms_id
  `.execute(db)
  return result.rows.map((row) => Number(row.mms_id)).sort((a, b) => a - b)
}

export async function updateRecords(
  db: Executor,
  jobId: string,
  records: ReadonlyArray<{ mmsId: number; marc: MarcRecord; facts: RecordFacts }>,
): Promise<Map<number, number>> {
  if (records.length === 0) return new Map()
  const result = await sql<{ mms_id: number; revision: number }>`
    UPDATE records SET marc = u.marc, version_005 = u.v, brief_level = u.b, inventory_type = u.i,
           revision = records.revision + 1, updated_by_job = ${jobId}::uuid, updated_at = now()
    FROM unnest(${records.map((r) => r.mmsId)}::bigint[], ${records.map((r) => JSON.stringify(r.marc))}::jsonb[],
                ${records.map((r) => r.facts.version005)}::text[], ${records.map((r) => r.facts.briefLevel)}::smallint[],
                ${records.map((r) => r.facts.inventoryType)}::text[]) AS u(id, marc, v, b, i)
    WHERE records.mms_id = u.id
    RETURNING records.mms_id, records.revision
  `.execute(db)
  return new Map(result.rows.map((row) => [Number(row.mms_id), row.revision]))
}

export async function softDeleteRecords(db: Executor, jobId: string, mmsIds: readonly number[]): Promise<Map<number, number>> {
  if (mmsIds.length === 0) return new Map()
  const rows = await db
    .updateTable('records')
    .set((eb) => ({ deleted_at: new Date(), deleted_by_job: jobId, updated_by_job: jobId, updated_at: new Date(), revision: eb('revision', '+', 1) }))
    .where('mms_id', 'in', [...mmsIds])
    .returning(['mms_id', 'revision'])
    .execute()
  await db.deleteFrom('record_match_keys').where('mms_id', 'in', [...mmsIds]).execute()
  return new Map(rows.map((row) => [Number(row.mms_id), row.revision]))
}

/** Replaces the match keys of the given records with `keys` (all of them, for every record). */
export async function replaceMatchKeys(
  db: Executor,
  institutionId: string,
  keys: ReadonlyArray<{ mmsId: number; key: MatchKey }>,
  replacing: readonly number[],
): Promise<void> {
  if (replacing.length > 0) await db.deleteFrom('record_match_keys').where('mms_id', 'in', [...replacing]).execute()
  const unique = [...new Map(keys.map((k) => [`${k.mmsId}:${k.key.kind}:${k.key.value}`, k])).values()]
  if (unique.length === 0) return
  await sql`
    INSERT INTO record_match_keys (institution_id, kind, value, mms_id, cancelled)
    SELECT ${institutionId}::uuid, k.kind, k.value, k.mms_id, k.cancelled
    FROM unnest(${unique.map((k) => k.key.kind)}::text[], ${unique.map((k) => k.key.value)}::text[],
                ${unique.map((k) => k.mmsId)}::bigint[], ${unique.map((k) => k.key.cancelled)}::boolean[])
         AS k(kind, value, mms_id, cancelled)
    ON CONFLICT DO NOTHING
  `.execute(db)
}

/**
 * What a job did to each record, with the record as it was before the job first touched it; a
 * later change by the same job only moves `revision_after` on.
 */
export async function recordChanges(
  db: Executor,
  jobId: string,
  changes: ReadonlyArray<{ mmsId: number; change: string; before: MarcRecord | null; beforeRevision: number | null; revisionAfter: number }>,
): Promise<void> {
  if (changes.length === 0) return
  await sql`
    INSERT INTO record_changes (job_id, mms_id, change, before_marc, before_revision, revision_after)
    SELECT ${jobId}::uuid, c.mms_id, c.change, c.before, c.before_revision, c.revision_after
    FROM unnest(${changes.map((c) => c.mmsId)}::bigint[], ${changes.map((c) => c.change)}::text[],
                ${changes.map((c) => (c.before === null ? null : JSON.stringify(c.before)))}::jsonb[],
                ${changes.map((c) => c.beforeRevision)}::int[], ${changes.map((c) => c.revisionAfter)}::int[])
         AS c(mms_id, change, before, before_revision, revision_after)
    ON CONFLICT (job_id, mms_id) DO UPDATE SET revision_after = EXCLUDED.revision_after
  `.execute(db)
}
