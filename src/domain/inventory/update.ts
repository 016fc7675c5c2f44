import type { MarcRecord } from '../../marc/record.ts'
import type { UpdateInventoryLookup } from '../profiles/profile.ts'
import { extractInventory, type FieldMapping } from './mapping.ts'
import { type InventoryConfig, resolveCode } from './plan.ts'

/**
 * Update Inventory (research §1.3 rule 6; PALS "matching on POL"): shelf-ready copies of titles
 * ordered earlier. The record names its PO line — by the line's number or by the vendor's
 * reference number, as the profile says — and its item fields bring the barcode and item policy
 * the vendor gave each copy. The items keep their location: where a copy goes was decided when it
 * was ordered.
 */

/** What the lookup says of a record: the key to look the PO line up by, or why there is none. */
export type PoLineKey = { key: string } | { problem: string }

const LOOKUP_TARGET = { PO_LINE_NUMBER: 'poLineNumber', VENDOR_REFERENCE: 'vendorReference' } as const
const LOOKUP_NAME = { PO_LINE_NUMBER: 'PO line number', VENDOR_REFERENCE: 'vendor reference number' } as const

export function poLineKey(record: MarcRecord, mapping: FieldMapping, lookup: UpdateInventoryLookup): PoLineKey {
  const target = LOOKUP_TARGET[lookup]
  const sources = mapping.order[target]?.sources ?? []
  if (sources.length === 0 && mapping.order[target]?.default == null) {
    return { problem: `the profile's mapping has no source for the ${LOOKUP_NAME[lookup]}, so no PO line can be found` }
  }
  const key = extractInventory(record, mapping).order[target]
  return key === null ? { problem: `no ${LOOKUP_NAME[lookup]} in the record (${sources.join(' or ')})` } : { key }
}

/** The PO lines found for a key (several only for a vendor reference number). */
export interface FoundPoLine {
  id: string
  number: string
  mmsId: number
  /** Its items, in the order incoming item fields are laid on them. */
  items: Array<{ id: string; barcode: string | null; itemPolicyId: string | null }>
}

/** The one PO line a key names, or why it names none (no line, or several). */
export function choosePoLine(key: string, lines: readonly FoundPoLine[], lookup: UpdateInventoryLookup): FoundPoLine | { problem: string } {
  const [line, ...others] = lines
  if (line === undefined) {
    return { problem: lookup === 'PO_LINE_NUMBER' ? `no PO line numbered '${key}'` : `no PO line with vendor reference number '${key}'` }
  }
  if (others.length > 0) {
    return { problem: `vendor reference number '${key}' is on ${lines.length} PO lines (${lines.map((l) => l.number).join(', ')}): which one is meant cannot be told` }
  }
  return line
}

export interface PlannedItemUpdate {
  itemId: string
  /** The new value, or null to keep the item's. */
  barcode: string | null
  itemPolicyId: string | null
  /** Its position among the record's item fields, from 1, for reasons. */
  n: number
}

export interface ItemUpdatePlan {
  updates: PlannedItemUpdate[]
  problems: string[]
  warnings: string[]
  itemsProcessed: number
}

/**
 * The record's item fields laid on the PO line's items in order (the first field on the first
 * item, …): each brings a barcode and an item policy; absent ones leave the item's as they are. A
 * field beyond the line's items has no item to update; an unknown item policy leaves the item's.
 */
export function planItemUpdates(record: MarcRecord, mapping: FieldMapping, config: InventoryConfig, line: FoundPoLine): ItemUpdatePlan {
  const data = extractInventory(record, mapping)
  // With an item tag, only its occurrences are copies; without one, the record is (quantity) copies.
  const incoming = mapping.itemTag !== null && data.itemFields === 0 ? [] : data.items
  const plan: ItemUpdatePlan = { updates: [], problems: [], warnings: [], itemsProcessed: incoming.length }
  for (const [index, item] of incoming.entries()) {
    const n = index + 1
    const target = line.items[index]
    if (target === undefined) {
      plan.problems.push(`item ${n}: PO line ${line.number} has ${line.items.length} item${line.items.length === 1 ? '' : 's'}, none left to update`)
      continue
    }
    const itemPolicyId = resolveCode(config.itemPolicies, item.itemPolicy, (code) => `item ${n}: unknown item policy '${code}', the item keeps its own`, plan.warnings)
    plan.updates.push({ itemId: target.id, barcode: item.barcode, itemPolicyId, n })
  }
  return plan
}
