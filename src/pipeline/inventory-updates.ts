import type { Executor } from '../db/database.ts'
import { loadInventoryConfig } from '../db/repositories/inventory.repository.ts'
import { findItemsByBarcode, findPoLinesByKey, type ItemUpdateRow, updateItems } from '../db/repositories/inventory-updates.repository.ts'
import type { IncomingItem } from '../domain/import/plan.ts'
import { extractInventory } from '../domain/inventory/mapping.ts'
import { effectiveMapping, emptyTally, type InventoryTally } from '../domain/inventory/plan.ts'
import type { UpdateInventoryFacts } from '../domain/inventory/summary.ts'
import type { MarcRecord } from '../marc/record.ts'
import { choosePoLine, type FoundPoLine, planItemUpdates, poLineKey } from '../domain/inventory/update.ts'
import { inventorySettings, type ProfileSnapshot } from '../domain/profiles/profile.ts'
import { type InventoryInput, lockNamedConfiguration, writeGroupInventory } from './inventory-writes.ts'

/** What an UPDATE_INVENTORY group found for its records: the PO line of each, or why it has none. */
export interface PoLineLookups {
  found: Map<number, FoundPoLine>
  /** The records refused (NOT_IMPORTED, PO_LINE_NOT_FOUND), each with its tally saying why. */
  refused: Map<number, InventoryTally>
}

type Context = { institutionId: string; profile: Pick<ProfileSnapshot, 'type' | 'inventory'> }

/**
 * Before an UPDATE_INVENTORY group is matched: the PO line each readable record names, all in one
 * statement. A record naming none is not imported — its bibliographic record is not written
 * either, since what it was sent for is the line's inventory. Null for other profile types.
 */
export async function lookUpPoLines(trx: Executor, context: Context, items: readonly IncomingItem[]): Promise<PoLineLookups | null> {
  if (context.profile.type !== 'UPDATE_INVENTORY') return null
  const inventory = inventorySettings(context.profile.inventory, context.profile.type)
  const mapping = effectiveMapping(context.profile.type, inventory)
  const lookups: PoLineLookups = { found: new Map(), refused: new Map() }
  if (mapping === null) return lookups
  const refuse = (incomingId: number, problem: string) => {
    const tally = emptyTally()
    tally.problems.push(problem)
    lookups.refused.set(incomingId, tally)
  }
  const keys = new Map<number, string>()
  for (const item of items) {
    if (item.record === null) continue
    const key = poLineKey(item.record, mapping, inventory.updateInventoryLookup)
    if ('problem' in key) refuse(item.incomingId, key.problem)
    else keys.set(item.incomingId, key.key)
  }
  const lines = await findPoLinesByKey(trx, context.institutionId, inventory.updateInventoryLookup, [...keys.values()])
  for (const [incomingId, key] of keys) {
    const line = choosePoLine(key, lines.get(key) ?? [], inventory.updateInventoryLookup)
    if ('problem' in line) refuse(incomingId, line.problem)
    else lookups.found.set(incomingId, line)
  }
  return lookups
}

/**
 * The items of each imported record's PO line get the barcode and item policy its item fields
 * bring, in one statement for the group, before-images kept for the revert. Answers what it did
 * for each record.
 */
export async function writeItemUpdates(
  trx: Executor,
  context: Context & { jobId: string },
  inputs: readonly InventoryInput[],
  lookups: PoLineLookups,
): Promise<Map<number, InventoryTally>> {
  const tallies = new Map<number, InventoryTally>()
  const inventory = inventorySettings(context.profile.inventory, context.profile.type)
  const mapping = effectiveMapping(context.profile.type, inventory)
  if (mapping === null || inputs.length === 0) return tallies
  const config = await loadInventoryConfig(trx, context.institutionId)
  const rows: Array<ItemUpdateRow & { tally: InventoryTally; at: number }> = []
  for (const input of inputs) {
    const line = lookups.found.get(input.incomingId)
    if (line === undefined) continue
    const plan = planItemUpdates(input.record, mapping, config, line)
    const tally = emptyTally()
    tally.poLineNumber = line.number
    tally.itemsProcessed = plan.itemsProcessed
    tally.itemsNotImported = plan.problems.length
    tally.problems.push(...plan.problems)
    tally.warnings.push(...plan.warnings)
    tallies.set(input.incomingId, tally)
    for (const update of plan.updates) {
      rows.push({ item_id: update.itemId, barcode: update.barcode, item_policy_id: update.itemPolicyId, n: rows.length, tally, at: update.n })
    }
  }
  await lockNamedConfiguration(trx, { itemPolicies: new Set(rows.flatMap((row) => (row.item_policy_id === null ? [] : [row.item_policy_id]))) })
  // The same item named twice in the group (two records of a PO line): the later record's values
  // are the ones kept, as a later file's would be, and the item is counted once, on that record.
  const last = new Map(rows.map((row) => [row.item_id, row]))
  const outcomes = await updateItems(
    trx,
    context.institutionId,
    context.jobId,
    [...last.values()].map(({ item_id, barcode, item_policy_id, n }) => ({ item_id, barcode, item_policy_id, n })),
  )
  for (const row of rows) {
    const outcome = outcomes.get(row.item_id)
    if (last.get(row.item_id) !== row) {
      row.tally.warnings.push(`item ${row.at}: a later record of the import names the same item; its values are the ones kept`)
      continue
    }
    if (outcome === undefined) continue
    if (outcome.barcodeRefused) {
      row.tally.barcodesRefused++
      row.tally.problems.push(`item ${row.at}: duplicate barcode '${row.barcode ?? ''}', the item keeps its own barcode`)
    }
    if (outcome.changed && outcome.changedEarlierByJob) {
      row.tally.warnings.push(`item ${row.at}: updated by an earlier record of the import already; counted there, now with these values`)
    } else if (outcome.changed) row.tally.itemsUpdated++
    // Nothing of the item changed and its barcode refused: not updated at all.
    else if (outcome.barcodeRefused) row.tally.itemsNotImported++
  }
  return tallies
}

/**
 * The inventory, orders or item updates of records imported outside a bulk file's group (a
 * resolved import issue): what the group would have written for them, in the caller's transaction.
 */
export async function writeInventoryOf(
  trx: Executor,
  context: Context & { jobId: string },
  inputs: readonly InventoryInput[],
): Promise<Map<number, InventoryTally>> {
  const lookups = await lookUpPoLines(trx, context, inputs.map(({ incomingId, record }) => ({ incomingId, record })))
  if (lookups === null) return writeGroupInventory(trx, context, inputs)
  const tallies = await writeItemUpdates(trx, context, inputs, lookups)
  // Its PO line gone since the record was matched: the record is in, its items could not be updated.
  for (const [incomingId, tally] of lookups.refused) tallies.set(incomingId, tally)
  return tallies
}

/**
 * What an import issue's detail needs to say what an Update Inventory record would do: the PO
 * lines its key names and who has the barcodes it brings (summarizeOrderData). Null for other
 * profile types or a record with no key.
 */
export async function updateInventoryFacts(db: Executor, context: Context, record: MarcRecord): Promise<UpdateInventoryFacts | null> {
  if (context.profile.type !== 'UPDATE_INVENTORY') return null
  const inventory = inventorySettings(context.profile.inventory, context.profile.type)
  const mapping = effectiveMapping(context.profile.type, inventory)
  if (mapping === null) return null
  const key = poLineKey(record, mapping, inventory.updateInventoryLookup)
  if ('problem' in key) return null
  const lines = (await findPoLinesByKey(db, context.institutionId, inventory.updateInventoryLookup, [key.key])).get(key.key) ?? []
  const barcodes = extractInventory(record, mapping).items.flatMap((item) => (item.barcode === null ? [] : [item.barcode]))
  return { lines, barcodeOwners: await findItemsByBarcode(db, context.institutionId, barcodes) }
}
