import { sql } from 'kysely'
import type { Executor } from '../database.ts'

/**
 * A revert's part of inventory and orders (issue 15). Set-based: a handful of statements whatever
 * the number of records. Sequence numbers are not given back: a PO, PO line or barcode number is
 * never issued twice.
 */

/**
 * The records on which a job still has inventory or orders of its own (or item changes): what its
 * revert must take back even where the record itself was left as it was (a merge that changed
 * nothing writes no revision, so the revert's plan does not list it). Without the records a revert
 * planned (`exceptPlannedBy`): its batches decided those, and left some alone on purpose.
 */
export async function recordsWithInventoryOf(db: Executor, jobId: string, exceptPlannedBy: string | null = null): Promise<number[]> {
  const rows = await sql<{ mms_id: string }>`
    (SELECT mms_id FROM po_lines WHERE job_id = ${jobId}::uuid
     UNION SELECT mms_id FROM holdings WHERE job_id = ${jobId}::uuid
     UNION SELECT mms_id FROM portfolios WHERE job_id = ${jobId}::uuid
     UNION SELECT h.mms_id FROM items i JOIN holdings h ON h.id = i.holding_id WHERE i.job_id = ${jobId}::uuid
     UNION SELECT h.mms_id FROM item_changes c JOIN items i ON i.id = c.item_id JOIN holdings h ON h.id = i.holding_id WHERE c.job_id = ${jobId}::uuid)
    EXCEPT SELECT mms_id FROM revert_items WHERE revert_job_id = ${exceptPlannedBy}::uuid
  `.execute(db)
  return rows.rows.map((row) => Number(row.mms_id))
}

/**
 * The records among `mmsIds` whose inventory from the reverted job was changed since by another
 * job: an item it created that a later Update Inventory job changed (that job's before-image
 * points at the item, and its revert needs it), or an item it changed that was changed again.
 * Each with the job that changed such an item last. The job's items on them are locked, so what
 * is decided here holds until the revert commits: a later change waits for it.
 */
export async function inventoryChangedSince(db: Executor, revertedJobId: string, mmsIds: readonly number[]): Promise<Map<number, string | null>> {
  const held = new Map<number, string | null>()
  if (mmsIds.length === 0) return held
  const result = await sql<{ mms_id: string; changed_by: string | null }>`
    WITH mine AS (
      SELECT i.id, i.job_id, i.updated_by_job, i.updated_at, h.mms_id,
             EXISTS (SELECT 1 FROM item_changes c WHERE c.item_id = i.id AND c.job_id = ${revertedJobId}::uuid) AS changed_by_me
      FROM items i JOIN holdings h ON h.id = i.holding_id
      WHERE h.mms_id = ANY(${[...mmsIds]}::bigint[])
        AND (i.job_id = ${revertedJobId}::uuid OR EXISTS (SELECT 1 FROM item_changes c WHERE c.item_id = i.id AND c.job_id = ${revertedJobId}::uuid))
      ORDER BY i.id
      FOR UPDATE OF i
    )
    SELECT mms_id, (array_agg(updated_by_job ORDER BY updated_at DESC, id))[1] AS changed_by FROM mine
    WHERE (changed_by_me AND updated_by_job IS DISTINCT FROM ${revertedJobId}::uuid)
       OR (job_id = ${revertedJobId}::uuid AND NOT changed_by_me AND
           (updated_by_job IS NOT NULL OR EXISTS (SELECT 1 FROM item_changes c WHERE c.item_id = mine.id)))
    GROUP BY mms_id
  `.execute(db)
  for (const row of result.rows) held.set(Number(row.mms_id), row.changed_by)
  return held
}

export interface InventoryTakenBack {
  /** Records whose inventory from the job was changed since: all of it left there (inventoryChangedSince). */
  recordsLeftAlone: Map<number, string | null>
  /** The job's items (created or changed) on those records. */
  itemsLeftAlone: number
  /** Rows deleted or items put back: 0 when the job had nothing (left) to take back. */
  takenBack: number
}

/**
 * What the reverted job created on these records goes — its items and portfolios, the holdings it
 * created that hold no other job's items, its PO lines and its purchase orders left without lines —
 * and items it changed (UPDATE_INVENTORY) get their before-image back. A record whose inventory
 * from the job was changed since keeps all of it (left alone, counted): deleting an item a later
 * job changed would lose that job's work and break its own revert.
 */
export async function revertInventory(db: Executor, revertedJobId: string, mmsIds: readonly number[]): Promise<InventoryTakenBack> {
  const recordsLeftAlone = await inventoryChangedSince(db, revertedJobId, mmsIds)
  const ids = mmsIds.filter((id) => !recordsLeftAlone.has(id))
  let itemsLeftAlone = 0
  if (recordsLeftAlone.size > 0) {
    const left = await sql<{ n: string }>`
      SELECT count(*) AS n FROM items i JOIN holdings h ON h.id = i.holding_id
      WHERE h.mms_id = ANY(${[...recordsLeftAlone.keys()]}::bigint[])
        AND (i.job_id = ${revertedJobId}::uuid OR EXISTS (SELECT 1 FROM item_changes c WHERE c.item_id = i.id AND c.job_id = ${revertedJobId}::uuid))
    `.execute(db)
    itemsLeftAlone = Number(left.rows[0]?.n ?? 0)
  }
  if (ids.length === 0) return { recordsLeftAlone, itemsLeftAlone, takenBack: 0 }
  let takenBack = 0
  const count = (result: { numAffectedRows?: bigint }) => {
    takenBack += Number(result.numAffectedRows ?? 0n)
  }
  count(
    await sql`
      WITH changed AS (
        SELECT c.* FROM item_changes c JOIN items i ON i.id = c.item_id JOIN holdings h ON h.id = i.holding_id
        WHERE c.job_id = ${revertedJobId}::uuid AND h.mms_id = ANY(${ids}::bigint[])
      ), forgotten AS (
        DELETE FROM item_changes d USING changed c WHERE d.job_id = c.job_id AND d.item_id = c.item_id
      )
      UPDATE items i SET barcode = c.before_barcode, item_policy_id = c.before_item_policy_id, updated_by_job = c.before_updated_by_job,
                         updated_at = c.before_updated_at
      FROM changed c WHERE i.id = c.item_id
    `.execute(db),
  )
  count(
    await sql`
      DELETE FROM items i USING holdings h
      WHERE i.holding_id = h.id AND h.mms_id = ANY(${ids}::bigint[]) AND i.job_id = ${revertedJobId}::uuid
    `.execute(db),
  )
  count(await sql`DELETE FROM portfolios WHERE job_id = ${revertedJobId}::uuid AND mms_id = ANY(${ids}::bigint[])`.execute(db))
  // The job's holdings are locked first, which waits for every import adding items to them
  // (ensureHoldings locks the holdings it finds); the delete, a statement of its own, then sees
  // those items and keeps their holdings.
  await sql`SELECT id FROM holdings WHERE job_id = ${revertedJobId}::uuid AND mms_id = ANY(${ids}::bigint[]) ORDER BY id FOR UPDATE`.execute(db)
  count(
    await sql`
      DELETE FROM holdings h WHERE h.job_id = ${revertedJobId}::uuid AND h.mms_id = ANY(${ids}::bigint[])
        AND NOT EXISTS (SELECT 1 FROM items i WHERE i.holding_id = h.id)
    `.execute(db),
  )
  count(
    await sql`
      DELETE FROM po_lines l WHERE l.job_id = ${revertedJobId}::uuid AND l.mms_id = ANY(${ids}::bigint[])
        AND NOT EXISTS (SELECT 1 FROM items i WHERE i.po_line_id = l.id)
    `.execute(db),
  )
  count(
    await sql`
      DELETE FROM purchase_orders p WHERE p.job_id = ${revertedJobId}::uuid AND NOT EXISTS (SELECT 1 FROM po_lines l WHERE l.purchase_order_id = p.id)
    `.execute(db),
  )
  return { recordsLeftAlone, itemsLeftAlone, takenBack }
}
