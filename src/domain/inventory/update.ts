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
  /** Its bibliographic record was deleted since it was ordered: nothing is updated on it. */
  recordDeleted?: boolean
  /** Its items, oldest first. */
  items: Array<{ id: string; barcode: string | null; itemPolicyId: string | null; copyNumber: string | null }>
}

/**
 * A copy number as a number where it is one, whatever its padding or prefix ('01', '1', 'c.1' and
 * 'copy 1' are copy 1: vendors and our own items write them differently); other text as itself,
 * trimmed and case-folded; null when blank.
 */
export function copyKey(copyNumber: string | null): string | null {
  const text = copyNumber?.trim() ?? ''
  if (text === '') return null
  const numeric = /^[^\d]*?(\d+)$/.exec(text)
  return numeric === null ? `text:${text.toLowerCase()}` : `n:${BigInt(numeric[1] as string)}`
}

type LineItem = FoundPoLine['items'][number]

/** The line's items in copy order: numbered copies by number, then the others as they were made. */
function inCopyOrder(items: readonly LineItem[]): LineItem[] {
  const rank = (copy: string | null) => {
    const key = copyKey(copy)
    return key?.startsWith('n:') === true ? BigInt(key.slice(2)) : null
  }
  return items
    .map((item, index) => ({ item, index, n: rank(item.copyNumber) }))
    .sort((a, b) => (a.n === null ? (b.n === null ? a.index - b.index : 1) : b.n === null ? -1 : a.n < b.n ? -1 : a.n > b.n ? 1 : a.index - b.index))
    .map(({ item }) => item)
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
  if (line.recordDeleted === true) return { problem: `PO line ${line.number}'s bibliographic record ${line.mmsId} was deleted` }
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
 * Which of the line's items each of the record's item fields updates. A field with a copy number
 * updates the line's item of that copy (compared as numbers: see copyKey); the line having no such
 * copy, or an earlier field of the record naming it already, leaves that field without an item,
 * with the reason. Fields without a copy number then take the line's remaining items in copy order
 * (the first such field the lowest copy left, …). A line whose items carry no copy numbers at all
 * (ordered with a mapping that reads none) cannot be paired by them: every field takes the next
 * item in order. Each field brings a barcode and an item policy; absent ones leave the item's as
 * they are, and so does an unknown item policy (a warning).
 */
export function planItemUpdates(record: MarcRecord, mapping: FieldMapping, config: InventoryConfig, line: FoundPoLine): ItemUpdatePlan {
  const data = extractInventory(record, mapping)
  // With an item tag, only its occurrences are copies; without one, the record is (quantity) copies.
  const incoming = mapping.itemTag !== null && data.itemFields === 0 ? [] : data.items
  const plan: ItemUpdatePlan = { updates: [], problems: [], warnings: [], itemsProcessed: incoming.length }
  const ordered = inCopyOrder(line.items)
  const byCopy = new Map<string, LineItem>()
  for (const item of ordered) {
    const key = copyKey(item.copyNumber)
    if (key !== null && !byCopy.has(key)) byCopy.set(key, item)
  }
  const taken = new Set<string>()
  // Per field (by index): the item it updates, or null when it has none (the reason is in problems).
  const targets = new Map<number, LineItem | null>()
  // Numbered fields first, so an unnumbered field never takes the copy a later field names.
  for (const [index, item] of incoming.entries()) {
    const key = byCopy.size === 0 ? null : copyKey(item.copyNumber)
    if (key === null) continue
    const target = byCopy.get(key)
    if (target === undefined) {
      plan.problems.push(`item ${index + 1}: PO line ${line.number} has no copy '${item.copyNumber ?? ''}'`)
      targets.set(index, null)
    } else if (taken.has(target.id)) {
      plan.problems.push(`item ${index + 1}: copy '${item.copyNumber ?? ''}' is named by an earlier item field of the record`)
      targets.set(index, null)
    } else {
      taken.add(target.id)
      targets.set(index, target)
    }
  }
  const free = ordered.filter((item) => !taken.has(item.id))
  for (const [index] of incoming.entries()) {
    if (targets.has(index)) continue
    const target = free.shift() ?? null
    if (target === null) {
      plan.problems.push(`item ${index + 1}: PO line ${line.number} has ${line.items.length} item${line.items.length === 1 ? '' : 's'}, none left to update`)
    }
    targets.set(index, target)
  }
  for (const [index, item] of incoming.entries()) {
    const target = targets.get(index)
    if (target == null) continue
    const n = index + 1
    const itemPolicyId = resolveCode(config.itemPolicies, item.itemPolicy, (code) => `item ${n}: unknown item policy '${code}', the item keeps its own`, plan.warnings)
    plan.updates.push({ itemId: target.id, barcode: item.barcode, itemPolicyId, n })
  }
  return plan
}
