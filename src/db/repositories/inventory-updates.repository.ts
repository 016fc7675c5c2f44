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
  const result = await sql<{ key: string; id: string; number: string; mms_id: string; items: FoundPoLine['items'] }>`
    SELECT k.key, l.id, l.number, l.mms_id,
           (SELECT coalesce(json_agg(json_build_object('id', i.id, 'barcode', i.barcode, 'itemPolicyId', i.item_policy_id)
                                     ORDER BY i.copy_number NULLS LAST, i.created_at, i.id), '[]')
              FROM items i WHERE i.po_line_id = l.id) AS items
    FROM unnest(${[...new Set(keys)]}::text[]) AS k(key)
    JOIN po_lines l ON l.institution_id = ${institutionId}::uuid AND ${column} = k.key
    ORDER BY k.key, l.number
  `.execute(db)
  for (const row of result.rows) {
    const line: FoundPoLine = { id: row.id, number: row.number, mmsId: Number(row.mms_id), items: row.items }
    const list = found.get(row.key)
    if (list === undefined) found.set(row.key, [line])
    else list.push(line)
  }
  return found
}

export interface ItemUpdateRow {
  item_id: string
  barcode: string | null
  item_policy_id: string | null
  /** Its order in the statement: of two items given the same barcode, the first gets it. */
  n: number
}

/**
 * Gives items their new barcode and item policy (a null keeps the item's) and keeps, per item,
 * its first before-image of this job in `item_changes`, so the job's revert puts it back. An item
 * whose new barcode another item of the institution has (or an earlier row of the statement
 * takes) is left as it is: the unique barcode index checks row by row, so a swap is refused too.
 * Answers, per item given, whether it changed (`false`: the file said what it already had); an
 * item missing from the answer was refused for its barcode.
 */
export async function updateItems(db: Executor, institutionId: string, jobId: string, rows: readonly ItemUpdateRow[]): Promise<Map<string, boolean>> {
  if (rows.length === 0) return new Map()
  const result = await sql<{ id: string; changed: boolean }>`
    WITH input AS (
      SELECT * FROM json_to_recordset(${JSON.stringify(rows)}::json) AS r(item_id uuid, barcode text, item_policy_id uuid, n int)
    ), target AS (
      SELECT i.id, i.barcode, i.item_policy_id, i.updated_by_job, i.updated_at,
             coalesce(r.barcode, i.barcode) AS new_barcode, coalesce(r.item_policy_id, i.item_policy_id) AS new_policy
      FROM input r JOIN items i ON i.id = r.item_id AND i.institution_id = ${institutionId}::uuid
      WHERE NOT EXISTS (SELECT 1 FROM items o WHERE o.institution_id = ${institutionId}::uuid AND o.barcode = r.barcode AND o.id <> i.id)
        AND NOT EXISTS (SELECT 1 FROM input e WHERE e.barcode = r.barcode AND e.item_id <> r.item_id AND e.n < r.n)
    ), changing AS (
      SELECT * FROM target WHERE new_barcode IS DISTINCT FROM barcode OR new_policy IS DISTINCT FROM item_policy_id
    ), saved AS (
      INSERT INTO item_changes (job_id, item_id, before_barcode, before_item_policy_id, before_updated_by_job, before_updated_at)
      SELECT ${jobId}::uuid, id, barcode, item_policy_id, updated_by_job, updated_at FROM changing
      ON CONFLICT (job_id, item_id) DO NOTHING
    ), updated AS (
      UPDATE items i SET barcode = c.new_barcode, item_policy_id = c.new_policy, updated_by_job = ${jobId}::uuid, updated_at = now()
      FROM changing c WHERE i.id = c.id
      RETURNING i.id
    )
    SELECT t.id, EXISTS (SELECT 1 FROM updated u WHERE u.id = t.id) AS changed FROM target t
  `.execute(db)
  return new Map(result.rows.map((row) => [row.id, row.changed]))
}
