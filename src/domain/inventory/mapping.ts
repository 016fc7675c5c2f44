import type { MarcRecord, Subfield } from '../../marc/record.ts'
import { isDataField } from '../../marc/record.ts'

/**
 * Where a profile reads embedded order data and inventory (research §1.3 rule 1): order-level
 * targets are read once per record, item-level targets once per occurrence of the item field. Each
 * target has sources — `TAG$code`, alternatives in order, the first present wins — and a default.
 * An item-level source on the item tag reads the occurrence being mapped; a source on another tag
 * reads that tag's first occurrence in the record (an order-level fallback such as 960 $t).
 */
export const ORDER_TARGETS = [
  'vendor',
  'vendorAccount',
  'fund',
  'price',
  'currency',
  'quantity',
  'vendorReference',
  'acquisitionMethod',
  'orderFormat',
  'note',
  'invoiceNumber',
  /** UPDATE_INVENTORY: the number of the PO line the shelf-ready copy was ordered on. */
  'poLineNumber',
] as const
export type OrderTarget = (typeof ORDER_TARGETS)[number]

export const ITEM_TARGETS = [
  'library',
  'location',
  'barcode',
  'itemPolicy',
  'materialType',
  'callNumber',
  'copyNumber',
  'description',
  'enumeration',
  'chronology',
] as const
export type ItemTarget = (typeof ITEM_TARGETS)[number]

export const SOURCE_PATTERN = '^[0-9]{3}\\$[a-z0-9]$'

export interface TargetRule {
  /** `TAG$code`, alternatives in order. */
  sources: string[]
  default: string | null
}

export interface FieldMapping {
  order: Partial<Record<OrderTarget, TargetRule>>
  /** The field repeated once per item (949, 945, 970, 852); null: items come from the quantity. */
  itemTag: string | null
  item: Partial<Record<ItemTarget, TargetRule>>
  /** Subfields of the item field copied onto the holding (852 $2 $h $i $x $z), in field order. */
  holdingSubfields: string[]
  /** The field each portfolio comes from ($u URL, $z public note); null: no portfolios. */
  portfolioTag: string | null
}

export type OrderData = Record<OrderTarget, string | null> & { notes: string[] }
export type ItemData = Record<ItemTarget, string | null> & { holdingSubfields: Subfield[] }
export interface PortfolioData {
  url: string | null
  publicNote: string | null
}

export interface ExtractedInventory {
  order: OrderData
  /** Whether any order-level source of the mapping is present in the record. */
  hasOrderData: boolean
  /** Occurrences of the item field, or the quantity when the record has none (physical only). */
  items: ItemData[]
  /** Occurrences of the item field in the record. */
  itemFields: number
  portfolios: PortfolioData[]
}

function parseSource(source: string): { tag: string; code: string } {
  return { tag: source.slice(0, 3), code: source.slice(4) }
}

function subfield(subfields: readonly Subfield[], code: string): string | null {
  for (const s of subfields) if (s.code === code && s.value.trim() !== '') return s.value.trim()
  return null
}

type FieldIndex = Map<string, Subfield[][]>

function indexFields(record: MarcRecord): FieldIndex {
  const index: FieldIndex = new Map()
  for (const field of record.fields) {
    if (!isDataField(field)) continue
    const list = index.get(field.tag)
    if (list === undefined) index.set(field.tag, [field.subfields])
    else list.push(field.subfields)
  }
  return index
}

function read(rule: TargetRule | undefined, fields: FieldIndex, occurrence: { tag: string; subfields: readonly Subfield[] } | null): string | null {
  if (rule === undefined) return null
  for (const source of rule.sources) {
    const { tag, code } = parseSource(source)
    if (occurrence !== null && tag === occurrence.tag) {
      const value = subfield(occurrence.subfields, code)
      if (value !== null) return value
      continue
    }
    for (const subfields of fields.get(tag) ?? []) {
      const value = subfield(subfields, code)
      if (value !== null) return value
    }
  }
  return rule.default
}

function present(rule: TargetRule | undefined, fields: FieldIndex): boolean {
  return (rule?.sources ?? []).some((source) => {
    const { tag, code } = parseSource(source)
    return (fields.get(tag) ?? []).some((subfields) => subfield(subfields, code) !== null)
  })
}

/** Every value of every source of the rule, in source then field order (notes). */
function readAll(rule: TargetRule | undefined, fields: FieldIndex): string[] {
  const values: string[] = []
  for (const source of rule?.sources ?? []) {
    const { tag, code } = parseSource(source)
    for (const subfields of fields.get(tag) ?? []) {
      for (const s of subfields) if (s.code === code && s.value.trim() !== '') values.push(s.value.trim())
    }
  }
  if (values.length === 0 && rule?.default != null) values.push(rule.default)
  return values
}

/** A positive whole number, or null. */
export function parseQuantity(value: string | null): number | null {
  if (value === null || !/^\s*\d+\s*$/.test(value)) return null
  const n = Number(value)
  return n >= 1 && n <= 10_000 ? n : null
}

/**
 * What a record carries for the mapping: the order-level values, one item per occurrence of the
 * item field (or, when it has none, `quantity` items read from the record's other fields), and one
 * portfolio per occurrence of the portfolio field.
 */
export function extractInventory(record: MarcRecord, mapping: FieldMapping): ExtractedInventory {
  const fields = indexFields(record)
  const order = {
    ...(Object.fromEntries(ORDER_TARGETS.map((target) => [target, read(mapping.order[target], fields, null)])) as Record<OrderTarget, string | null>),
    notes: readAll(mapping.order.note, fields),
  }
  const hasOrderData = ORDER_TARGETS.some((target) => present(mapping.order[target], fields))
  const occurrences = mapping.itemTag === null ? [] : (fields.get(mapping.itemTag) ?? [])
  const item = (subfields: readonly Subfield[] | null): ItemData => {
    const occurrence = subfields === null || mapping.itemTag === null ? null : { tag: mapping.itemTag, subfields }
    return {
      ...(Object.fromEntries(ITEM_TARGETS.map((target) => [target, read(mapping.item[target], fields, occurrence)])) as Record<ItemTarget, string | null>),
      holdingSubfields: (subfields ?? []).filter((s) => mapping.holdingSubfields.includes(s.code)).map((s) => ({ code: s.code, value: s.value })),
    }
  }
  const quantity = parseQuantity(order.quantity) ?? (occurrences.length > 0 ? occurrences.length : 1)
  const items = occurrences.length > 0 ? occurrences.map(item) : Array.from({ length: quantity }, () => item(null))
  const portfolios = (mapping.portfolioTag === null ? [] : (fields.get(mapping.portfolioTag) ?? [])).map((subfields) => ({
    url: subfield(subfields, 'u'),
    publicNote: subfield(subfields, 'z'),
  }))
  return { order, hasOrderData, items, itemFields: occurrences.length, portfolios }
}
