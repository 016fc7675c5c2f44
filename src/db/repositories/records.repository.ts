import { sql } from 'kysely'
import type { CandidateRow } from '../../domain/import/plan.ts'
import type { InventoryType, MatchKey } from '../../domain/matching/index.ts'
import type { MarcRecord } from '../../marc/record.ts'
import type { Executor } from '../database.ts'
import { fromStoredMarc, storedMarcArray } from '../stored-marc.ts'

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
  const distinct = [...new Map(keys.map((key) => [`${key.kind}:${key.value}`, key])).values()].filter((key) => key.kind !== 'SYSTEM_ID')
  const systemIds = [...new Set(keys.filter((key) => key.kind === 'SYSTEM_ID' && /^\d{1,15}$/.test(key.value)).map((key) => key.value))]
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
    UNION ALL
    SELECT 'SYSTEM_ID', r.mms_id::text, false, r.mms_id, r.version_005, r.brief_level, r.inventory_type,
           coalesce(r.locked_until > now(), false)
    FROM records r
    WHERE r.mms_id = ANY(${systemIds}::bigint[]) AND r.institution_id = ${institutionId}::uuid AND r.deleted_at IS NULL
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
export async function readForUpdate(db: Executor, mmsIds: readonly number[]): Promise<Array<{ mmsId: number; marc: MarcRecord }>> {
  if (mmsIds.length === 0) return []
  const rows = await db.selectFrom('records').select(['mms_id', 'marc']).where('mms_id', 'in', [...mmsIds]).orderBy('mms_id').forUpdate().execute()
  return rows.map((row) => ({ mmsId: Number(row.mms_id), marc: fromStoredMarc(row.marc) }))
}

/**
 * Adds records and their match keys in one statement. `keys[i]` are the keys of `records[i]`
 * without SYSTEM_ID (the MMS ID itself, matched on `records.mms_id`). What a job added is
 * `records.created_by_job`; it needs no change row. nextval() runs in the ORDER BY's order, so the
 * new ids, sorted, line up with the input.
 */
export async function addRecords(
  db: Executor,
  institutionId: string,
  jobId: string,
  records: ReadonlyArray<{ marc: MarcRecord; facts: RecordFacts; keys: readonly MatchKey[] }>,
): Promise<number[]> {
  if (records.length === 0) return []
  const keyOf: Array<{ n: number; key: MatchKey }> = records.flatMap((r, i) => r.keys.map((key) => ({ n: i + 1, key })))
  const result = await sql<{ mms_id: number }>`
    WITH input AS (
      SELECT * FROM ROWS FROM (json_array_elements(${storedMarcArray(records)}::json), unnest(${records.map((r) => r.facts.version005)}::text[]),
                               unnest(${records.map((r) => r.facts.briefLevel)}::smallint[]), unnest(${records.map((r) => r.facts.inventoryType)}::text[]))
             WITH ORDINALITY AS r(marc, v, b, i, n)
    ), added AS (
      INSERT INTO records (institution_id, marc, version_005, brief_level, inventory_type, created_by_job, updated_by_job)
      SELECT ${institutionId}::uuid, marc, v, b, i, ${jobId}::uuid, ${jobId}::uuid FROM input ORDER BY n
      RETURNING mms_id
    ), numbered AS (
      SELECT mms_id, row_number() OVER (ORDER BY mms_id) AS n FROM added
    ), keys AS (
      INSERT INTO record_match_keys (institution_id, kind, value, mms_id, cancelled)
      SELECT ${institutionId}::uuid, k.kind, k.value, numbered.mms_id, k.cancelled
      FROM unnest(${keyOf.map((k) => k.n)}::bigint[], ${keyOf.map((k) => k.key.kind)}::text[], ${keyOf.map((k) => k.key.value)}::text[],
                  ${keyOf.map((k) => k.key.cancelled)}::boolean[]) AS k(n, kind, value, cancelled)
      JOIN numbered ON numbered.n = k.n
      ON CONFLICT DO NOTHING
    )
    SELECT mms_id FROM numbered ORDER BY n
  `.execute(db)
  return result.rows.map((row) => Number(row.mms_id))
}

/**
 * Writes merged or overlaid records (already locked by readForUpdate) and, in the same statement,
 * the job's change rows with each record's before-image, read by PostgreSQL from the row itself:
 * every part of one statement sees the rows as they were before it. A second change by the same
 * job keeps the first before-image and only moves revision_after on.
 */
export async function updateRecords(
  db: Executor,
  jobId: string,
  records: ReadonlyArray<{ mmsId: number; marc: MarcRecord; facts: RecordFacts; change: string }>,
): Promise<void> {
  if (records.length === 0) return
  await sql`
    WITH input AS (
      SELECT * FROM ROWS FROM (unnest(${records.map((r) => r.mmsId)}::bigint[]), json_array_elements(${storedMarcArray(records)}::json),
                               unnest(${records.map((r) => r.facts.version005)}::text[]), unnest(${records.map((r) => r.facts.briefLevel)}::smallint[]),
                               unnest(${records.map((r) => r.facts.inventoryType)}::text[]), unnest(${records.map((r) => r.change)}::text[]))
             AS u(id, marc, v, b, i, change)
    ), before AS (
      SELECT r.mms_id, r.marc, r.revision, r.created_by_job, input.change FROM records r JOIN input ON r.mms_id = input.id
    ), updated AS (
      UPDATE records SET marc = input.marc, version_005 = input.v, brief_level = input.b, inventory_type = input.i,
             revision = records.revision + 1, updated_by_job = ${jobId}::uuid, updated_at = now()
      FROM input WHERE records.mms_id = input.id
      RETURNING records.mms_id, records.revision
    )
    INSERT INTO record_changes (job_id, mms_id, change, before_marc, before_revision, revision_after)
    SELECT ${jobId}::uuid, before.mms_id, before.change, before.marc, before.revision, updated.revision
    FROM before JOIN updated ON updated.mms_id = before.mms_id
    -- A record this job added stays "added by it" whatever the job did to it afterwards.
    WHERE before.created_by_job IS DISTINCT FROM ${jobId}::uuid
    ON CONFLICT (job_id, mms_id) DO UPDATE SET revision_after = EXCLUDED.revision_after
  `.execute(db)
}

/** Match keys that changed with a record's new version: only the difference is written. */
export async function changeMatchKeys(
  db: Executor,
  institutionId: string,
  removed: ReadonlyArray<{ mmsId: number; key: MatchKey }>,
  added: ReadonlyArray<{ mmsId: number; key: MatchKey }>,
): Promise<void> {
  if (removed.length > 0) {
    await sql`
      DELETE FROM record_match_keys mk
      USING unnest(${removed.map((k) => k.mmsId)}::bigint[], ${removed.map((k) => k.key.kind)}::text[], ${removed.map((k) => k.key.value)}::text[])
            AS k(mms_id, kind, value)
      WHERE mk.institution_id = ${institutionId}::uuid AND mk.kind = k.kind AND mk.value = k.value AND mk.mms_id = k.mms_id
    `.execute(db)
  }
  if (added.length > 0) {
    await sql`
      INSERT INTO record_match_keys (institution_id, kind, value, mms_id, cancelled)
      SELECT ${institutionId}::uuid, k.kind, k.value, k.mms_id, k.cancelled
      FROM unnest(${added.map((k) => k.key.kind)}::text[], ${added.map((k) => k.key.value)}::text[],
                  ${added.map((k) => k.mmsId)}::bigint[], ${added.map((k) => k.key.cancelled)}::boolean[]) AS k(kind, value, mms_id, cancelled)
      ON CONFLICT (institution_id, kind, value, mms_id) DO UPDATE SET cancelled = EXCLUDED.cancelled
    `.execute(db)
  }
}

/** Deletes (softly, so a revert can bring them back) with the job's change rows and before-images. */
export async function softDeleteRecords(db: Executor, jobId: string, mmsIds: readonly number[]): Promise<void> {
  if (mmsIds.length === 0) return
  await sql`
    WITH before AS (
      SELECT mms_id, marc, revision FROM records WHERE mms_id = ANY(${[...mmsIds]}::bigint[])
    ), deleted AS (
      UPDATE records SET deleted_at = now(), deleted_by_job = ${jobId}::uuid, updated_by_job = ${jobId}::uuid,
             updated_at = now(), revision = records.revision + 1
      FROM before WHERE records.mms_id = before.mms_id
      RETURNING records.mms_id, records.revision
    ), keys AS (
      DELETE FROM record_match_keys WHERE mms_id = ANY(${[...mmsIds]}::bigint[])
    )
    INSERT INTO record_changes (job_id, mms_id, change, before_marc, before_revision, revision_after)
    SELECT ${jobId}::uuid, before.mms_id, 'DELETED', before.marc, before.revision, deleted.revision
    FROM before JOIN deleted ON deleted.mms_id = before.mms_id
    ON CONFLICT (job_id, mms_id) DO UPDATE SET change = 'DELETED', revision_after = EXCLUDED.revision_after
  `.execute(db)
}

/** An issue's candidates as they are now, to compare with what was offered. */
export async function readCandidatesNow(db: Executor, mmsIds: readonly number[]) {
  return db
    .selectFrom('records')
    .select(['mms_id', 'marc', 'revision', 'version_005', 'brief_level', 'inventory_type', 'locked_until', 'deleted_at'])
    .where('mms_id', 'in', mmsIds.length === 0 ? [-1] : [...mmsIds])
    .execute()
}

/** One candidate locked for a person's merge or overlay; undefined once it is gone. */
export async function lockCandidate(db: Executor, mmsId: number) {
  return db
    .selectFrom('records')
    .select(['marc', 'revision', 'version_005', 'locked_until', 'deleted_at'])
    .where('mms_id', '=', mmsId)
    .forUpdate()
    .executeTakeFirst()
}
