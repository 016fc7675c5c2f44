import { sql } from 'kysely'
import type { FoundPoLine } from '../../domain/inventory/update.ts'
import type { UpdateInventoryLookup } from '../../domain/profiles/profile.ts'
import type { Executor } from '../database.ts'

/**
 * Update Inventory's reads and writes (issue 15), set-based: the PO lines of a whole group's keys
 * in one statement, the items' changes and their before-images in another.
 */

/** The PO lines of the institution each key names (by number or vendor reference), with their items. */
export async function findPoLinesByKey(
  db: Executor,
  institutionId: string,
  lookup: UpdateInventoryLookup,
  keys: readonly string[],
): Promise<Map<string, FoundPoLine[]>> {
  const found = new Map<string, FoundPoLine[]>()
  if (keys.length === 0) return found
  const column = sql.ref(lookup === 'PO_LINE_NUMBER' ? 'l.number' : 'l.vendor_reference_number')
  const result = await sql<{ key: string; id: string; number: string; mms_id: string; record_deleted: boolean; items: FoundPoLine['items'] }>`
    SELECT k.key, l.id, l.number, l.mms_id,
           EXISTS (SELECT 1 FROM records r WHERE r.mms_id = l.mms_id AND r.deleted_at IS NOT NULL) AS record_deleted,
           (SELECT coalesce(json_agg(json_build_object('id', i.id, 'barcode', i.barcode, 'itemPolicyId', i.item_policy_id, 'copyNumber', i.copy_number)
                                     ORDER BY i.created_at, i.id), '[]')
              FROM items i WHERE i.po_line_id = l.id) AS items
    FROM unnest(${[...new Set(keys)]}::text[]) AS k(key)
    JOIN po_lines l ON l.institution_id = ${institutionId}::uuid AND ${column} = k.key
    ORDER BY k.key, l.number
  `.execute(db)
  for (const row of result.rows) {
    const line: FoundPoLine = { id: row.id, number: row.number, mmsId: Number(row.mms_id), items: row.items }
    if (row.record_deleted) line.recordDeleted = true
    const list = found.get(row.key)
    if (list === undefined) found.set(row.key, [line])
    else list.push(line)
  }
  return found
}

/** The institution's items having these barcodes: item id by barcode. */
export async function findItemsByBarcode(db: Executor, institutionId: string, barcodes: readonly string[]): Promise<Map<string, string>> {
  if (barcodes.length === 0) return new Map()
  const rows = await db
    .selectFrom('items')
    .select(['id', 'barcode'])
    .where('institution_id', '=', institutionId)
    .where('barcode', 'in', [...new Set(barcodes)])
    .execute()
  return new Map(rows.flatMap((row) => (row.barcode === null ? [] : [[row.barcode, row.id] as const])))
}

export interface ItemUpdateRow {
  item_id: string
  barcode: string | null
  item_policy_id: string | null
  /** Its order in the statement: of two items given the same barcode, the first gets it. */
  n: number
}

/** What an item update did: changed the item or not, refused its barcode or not, and whether this job had changed it already. */
export interface ItemUpdateOutcome {
  changed: boolean
  barcodeRefused: boolean
  changedEarlierByJob: boolean
}

/**
 * Gives items their new barcode and item policy (a null keeps the item's) and keeps, per item,
 * its first before-image of this job in `item_changes`, so the job's revert puts it back. A new
 * barcode another item of the institution has (or an earlier row of the statement takes) is
 * refused and the item keeps its own — its item policy is still updated. The unique barcode index
 * checks row by row, so a swap is refused too.
 *
 * Two transactions giving the same barcode to different items would both find it free and the
 * second would fail on the unique index (23505), losing its whole bulk file. Barcode writes of an
 * institution therefore take turns on an advisory lock held to commit, taken before the statement
 * so its snapshot sees the barcodes the one before committed. A NEW_ORDER insert does not take it
 * (it inserts ON CONFLICT DO NOTHING); one committing between our check and our write still
 * raises 23505: the statement is then rolled back to its savepoint and run again, seeing it.
 */
export async function updateItems(db: Executor, institutionId: string, jobId: string, rows: readonly ItemUpdateRow[]): Promise<Map<string, ItemUpdateOutcome>> {
  if (rows.length === 0) return new Map()
  if (rows.some((row) => row.barcode !== null)) {
    await sql`SELECT pg_advisory_xact_lock(hashtextextended(${`item-barcodes:${institutionId}`}::text, 0))`.execute(db)
  }
  for (let attempt = 1; ; attempt++) {
    await sql`SAVEPOINT item_barcodes`.execute(db)
    try {
      const outcomes = await updateItemsOnce(db, institutionId, jobId, rows)
      await sql`RELEASE SAVEPOINT item_barcodes`.execute(db)
      return outcomes
    } catch (error) {
      await sql`ROLLBACK TO SAVEPOINT item_barcodes`.execute(db)
      if ((error as { code?: string }).code !== '23505' || attempt >= 3) throw error
    }
  }
}

async function updateItemsOnce(db: Executor, institutionId: string, jobId: string, rows: readonly ItemUpdateRow[]): Promise<Map<string, ItemUpdateOutcome>> {
  const result = await sql<{ id: string; changed: boolean; barcode_refused: boolean; earlier: boolean }>`
    WITH input AS (
      SELECT * FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) AS r(item_id uuid, barcode text, item_policy_id uuid, n int)
    ), target AS (
      SELECT i.id, i.barcode, i.item_policy_id, i.updated_by_job, i.updated_at, r.barcode AS sent_barcode, r.item_policy_id AS sent_policy,
             (r.barcode IS NOT NULL AND r.barcode IS DISTINCT FROM i.barcode AND (
                EXISTS (SELECT 1 FROM items o WHERE o.institution_id = ${institutionId}::uuid AND o.barcode = r.barcode AND o.id <> i.id)
                OR EXISTS (SELECT 1 FROM input e WHERE e.barcode = r.barcode AND e.item_id <> r.item_id AND e.n < r.n))) AS barcode_refused
      FROM input r JOIN items i ON i.id = r.item_id AND i.institution_id = ${institutionId}::uuid
    ), planned AS (
      SELECT t.*, CASE WHEN t.barcode_refused THEN t.barcode ELSE coalesce(t.sent_barcode, t.barcode) END AS new_barcode,
             coalesce(t.sent_policy, t.item_policy_id) AS new_policy
      FROM target t
    ), changing AS (
      SELECT * FROM planned WHERE new_barcode IS DISTINCT FROM barcode OR new_policy IS DISTINCT FROM item_policy_id
    ), saved AS (
      INSERT INTO item_changes (job_id, item_id, before_barcode, before_item_policy_id, before_updated_by_job, before_updated_at)
      SELECT ${jobId}::uuid, id, barcode, item_policy_id, updated_by_job, updated_at FROM changing
      ON CONFLICT (job_id, item_id) DO NOTHING
    ), updated AS (
      UPDATE items i SET barcode = c.new_barcode, item_policy_id = c.new_policy, updated_by_job = ${jobId}::uuid, updated_at = now()
      FROM changing c WHERE i.id = c.id
      RETURNING i.id
    )
    SELECT p.id, EXISTS (SELECT 1 FROM updated u WHERE u.id = p.id) AS changed, p.barcode_refused,
           -- The statement's snapshot: change rows of this job's earlier groups, not the one saved above.
           EXISTS (SELECT 1 FROM item_changes c WHERE c.job_id = ${jobId}::uuid AND c.item_id = p.id) AS earlier
    FROM planned p
  `.execute(db)
  return new Map(result.rows.map((row) => [row.id, { changed: row.changed, barcodeRefused: row.barcode_refused, changedEarlierByJob: row.earlier }]))
}
