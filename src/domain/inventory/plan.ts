import type { MarcRecord, Subfield } from '../../marc/record.ts'
import type { InventoryMapping, PoGrouping } from '../profiles/profile.ts'
import { extractInventory, type FieldMapping, type ItemData, parseQuantity } from './mapping.ts'
import { PRESETS } from './presets.ts'

/** The institution's configuration the order data resolves against, by code (one read per group). */
export interface InventoryConfig {
  libraries: Map<string, { id: string; locations: Map<string, string> }>
  vendors: Map<string, { id: string; currency: string; accounts: Map<string, string> }>
  funds: Array<{ id: string; code: string }>
  itemPolicies: Map<string, string>
  materialTypes: Map<string, string>
}

/** The mapping a profile runs with, or null when its type and settings create no inventory. */
export function effectiveMapping(profileType: string, inventory: InventoryMapping): FieldMapping | null {
  const mapping = inventory.mapping ?? (inventory.preset === null ? null : PRESETS[inventory.preset].mapping)
  if (profileType === 'NEW_ORDER') return mapping ?? { order: {}, itemTag: null, item: {}, holdingSubfields: [], portfolioTag: '856' }
  if (profileType === 'REPOSITORY' && inventory.type !== 'NONE') return mapping
  // Without a mapping nothing names the PO line: every record is refused with that reason.
  if (profileType === 'UPDATE_INVENTORY') return mapping ?? { order: {}, itemTag: null, item: {}, holdingSubfields: [], portfolioTag: null }
  return null
}

export interface PlannedPoLine {
  vendorId: string | null
  vendorCode: string | null
  vendorAccountId: string | null
  vendorReference: string | null
  type: 'PHYSICAL' | 'ELECTRONIC'
  acquisitionMethod: string
  price: string | null
  currency: string | null
  quantity: number
  fund: { id: string; code: string } | null
  fundCode: string | null
  notes: string[]
  status: 'ACTIVE' | 'IN_REVIEW'
  reviewReasons: string[]
  invoiceNumber: string | null
  /** What groups it into a purchase order (see PoGrouping). */
  groupKey: string
}

export interface PlannedItem {
  libraryId: string
  locationId: string
  callNumber: string | null
  holdingSubfields: Subfield[]
  barcode: string | null
  itemPolicyId: string | null
  materialTypeId: string | null
  description: string | null
  enumeration: string | null
  chronology: string | null
  copyNumber: string | null
  /** Its position among the record's items, from 1, for reasons. */
  n: number
}

export interface RecordInventoryPlan {
  poLine: PlannedPoLine | null
  items: PlannedItem[]
  portfolios: Array<{ url: string | null; publicNote: string | null }>
  /** Why items were not created (before the database's own checks: duplicate barcodes). */
  problems: string[]
  /** What was left off items that were created (a code the institution does not have). */
  warnings: string[]
  itemsProcessed: number
}

/** What the inventory step did for one incoming record: written on it, read by the report. */
export interface InventoryTally {
  poLinesProcessed: number
  poLinesImported: number
  poLinesInReview: number
  holdingsAdded: number
  holdingsReused: number
  holdingsNotImported: number
  itemsProcessed: number
  itemsImported: number
  itemsUpdated: number
  itemsNotImported: number
  /** Update Inventory: items updated (item policy) whose new barcode was refused as another item's. */
  barcodesRefused: number
  portfoliosProcessed: number
  portfoliosImported: number
  poLineNumber: string | null
  /** Why something was not created or updated (an item refused, no PO line found). */
  problems: string[]
  /** What was created without a value the file gave (an unknown item policy or material type). */
  warnings: string[]
}

export function emptyTally(): InventoryTally {
  return {
    poLinesProcessed: 0,
    poLinesImported: 0,
    poLinesInReview: 0,
    holdingsAdded: 0,
    holdingsReused: 0,
    holdingsNotImported: 0,
    itemsProcessed: 0,
    itemsImported: 0,
    itemsUpdated: 0,
    itemsNotImported: 0,
    barcodesRefused: 0,
    portfoliosProcessed: 0,
    portfoliosImported: 0,
    poLineNumber: null,
    problems: [],
    warnings: [],
  }
}

function findFund(config: InventoryConfig, code: string, caseInsensitive: boolean) {
  const exact = config.funds.find((fund) => fund.code === code)
  if (exact !== undefined || !caseInsensitive) return exact ?? null
  return config.funds.find((fund) => fund.code.toLowerCase() === code.toLowerCase()) ?? null
}

/** A price as the file gives it ("19.99", "$23.95", "12,50"), as a decimal text, or null. */
export function parsePrice(value: string | null): string | null {
  if (value === null) return null
  const cleaned = value.replace(/^[^\d]+/, '').replace(',', '.').trim()
  return /^\d{1,10}(\.\d{1,4})?$/.test(cleaned) ? cleaned : null
}

function orderType(value: string | null, inventory: InventoryMapping): 'PHYSICAL' | 'ELECTRONIC' {
  const v = value?.toUpperCase() ?? ''
  if (v.startsWith('ELEC')) return 'ELECTRONIC'
  if (v.startsWith('PHYS') || v.startsWith('PRINT')) return 'PHYSICAL'
  return inventory.type === 'ELECTRONIC' ? 'ELECTRONIC' : 'PHYSICAL'
}

/** Resolves one item's library and location: the file's, else the profile's defaults, else a reason. */
function placeItem(item: ItemData, n: number, config: InventoryConfig, inventory: InventoryMapping): { problem: string } | { libraryId: string; locationId: string } {
  let libraryCode = item.library ?? inventory.library
  let library = libraryCode === null ? undefined : config.libraries.get(libraryCode)
  if (library === undefined && item.library !== null && inventory.library !== null) {
    libraryCode = inventory.library
    library = config.libraries.get(libraryCode)
  }
  if (library === undefined) {
    return {
      problem: item.library === null ? `item ${n}: no library in the record and no default library in the profile` : `item ${n}: unknown library '${item.library}'`,
    }
  }
  let location = item.location === null ? undefined : library.locations.get(item.location)
  if (location === undefined && inventory.location !== null) location = library.locations.get(inventory.location)
  if (location === undefined) {
    return {
      problem:
        item.location === null
          ? `item ${n}: no location in the record and no default location in library '${libraryCode ?? ''}'`
          : `item ${n}: unknown location '${item.location}' in library '${libraryCode ?? ''}'`,
    }
  }
  return { libraryId: library.id, locationId: location }
}

/**
 * What one imported record gets: its PO line (NEW_ORDER), with every value resolved against the
 * configuration and the reasons it needs review; its items, each placed in a library and location
 * or refused with a reason (research §1.3 rules 2–5); its portfolios. Nothing is dropped: a PO line
 * missing a vendor, price or fund is created IN_REVIEW.
 */
export function planRecordInventory(
  record: MarcRecord,
  context: { profileType: string; inventory: InventoryMapping; mapping: FieldMapping; config: InventoryConfig; incomingId: number; bulkFileId: string },
): RecordInventoryPlan {
  const { inventory, mapping, config } = context
  const data = extractInventory(record, mapping)
  const problems: string[] = []
  let poLine: PlannedPoLine | null = null
  let type: 'PHYSICAL' | 'ELECTRONIC' = inventory.type === 'ELECTRONIC' ? 'ELECTRONIC' : 'PHYSICAL'
  if (context.profileType === 'NEW_ORDER') {
    const { order } = data
    const reasons: string[] = []
    const vendor = order.vendor === null ? undefined : config.vendors.get(order.vendor)
    if (order.vendor === null) reasons.push('no vendor in the record')
    else if (vendor === undefined) reasons.push(`unknown vendor '${order.vendor}'`)
    let fund = order.fund === null ? null : findFund(config, order.fund, inventory.fundCodesCaseInsensitive)
    if (fund === null && inventory.defaultFund !== null) fund = findFund(config, inventory.defaultFund, inventory.fundCodesCaseInsensitive)
    if (fund === null) {
      reasons.push(order.fund === null ? 'no fund in the record and no default fund in the profile' : `unknown fund '${order.fund}' and no default fund in the profile`)
    }
    const price = parsePrice(order.price)
    if (price === null) reasons.push(order.price === null ? 'no price in the record' : `price '${order.price}' is not a number`)
    const currency = order.currency?.toUpperCase() ?? vendor?.currency ?? null
    const validCurrency = currency !== null && /^[A-Z]{3}$/.test(currency) ? currency : null
    if (currency !== null && validCurrency === null) reasons.push(`currency '${order.currency ?? ''}' is not an ISO 4217 code`)
    type = orderType(order.orderFormat, inventory)
    const grouping: PoGrouping = inventory.poGrouping
    poLine = {
      vendorId: vendor?.id ?? null,
      vendorCode: order.vendor,
      vendorAccountId: vendor === undefined || order.vendorAccount === null ? null : (vendor.accounts.get(order.vendorAccount) ?? null),
      vendorReference: order.vendorReference,
      type,
      acquisitionMethod: order.acquisitionMethod ?? 'PURCHASE',
      price,
      currency: validCurrency,
      quantity: parseQuantity(order.quantity) ?? (data.itemFields > 0 ? data.itemFields : 1),
      fund: fund === null ? null : { id: fund.id, code: fund.code },
      fundCode: order.fund,
      notes: order.notes,
      status: reasons.length === 0 ? 'ACTIVE' : 'IN_REVIEW',
      reviewReasons: reasons,
      invoiceNumber: order.invoiceNumber,
      groupKey:
        grouping === 'PER_FILE'
          ? `file:${context.bulkFileId}`
          : grouping === 'PER_INVOICE' && order.invoiceNumber !== null
            ? `invoice:${order.invoiceNumber}`
            : `record:${context.incomingId}`,
    }
  }
  const items: PlannedItem[] = []
  const warnings: string[] = []
  let itemsProcessed = 0
  let portfolios: RecordInventoryPlan['portfolios'] = []
  if (type === 'PHYSICAL') {
    // A repository profile creates items only from the item field; an order has at least its quantity.
    const candidates = poLine === null && data.itemFields === 0 ? [] : data.items
    for (const [index, item] of candidates.entries()) {
      const n = index + 1
      itemsProcessed++
      const place = placeItem(item, n, config, inventory)
      if ('problem' in place) {
        problems.push(place.problem)
        continue
      }
      items.push({
        libraryId: place.libraryId,
        locationId: place.locationId,
        callNumber: item.callNumber,
        holdingSubfields: item.holdingSubfields,
        barcode: item.barcode,
        itemPolicyId: resolveCode(config.itemPolicies, item.itemPolicy, (code) => `item ${n}: unknown item policy '${code}', created without one`, warnings),
        materialTypeId: resolveCode(config.materialTypes, item.materialType, (code) => `item ${n}: unknown material type '${code}', created without one`, warnings),
        description: item.description,
        enumeration: item.enumeration,
        chronology: item.chronology,
        copyNumber: item.copyNumber,
        n,
      })
    }
  } else {
    portfolios = data.portfolios.length > 0 || poLine === null ? data.portfolios : [{ url: null, publicNote: null }]
  }
  return { poLine, items, portfolios, problems, warnings, itemsProcessed }
}

/**
 * A code of the institution's list, or null: an unknown code does not refuse the item (Evergreen
 * rejects an item only for its location; research §1.2), but it is said with the record, so the
 * item is not silently left without the policy or type the vendor sent.
 */
export function resolveCode(codes: ReadonlyMap<string, string>, code: string | null, warning: (code: string) => string, warnings: string[]): string | null {
  if (code === null) return null
  const id = codes.get(code)
  if (id === undefined) warnings.push(warning(code))
  return id ?? null
}

/**
 * The job counters a bulk file's inventory adds (beside its outcome counters): items and
 * portfolios not created make the job end COMPLETED_WITH_ERRORS; PO lines in review are shown.
 */
export function inventoryCounters(tallies: ReadonlyArray<InventoryTally | null | undefined>): Record<string, number> {
  const counts: Record<string, number> = {}
  for (const tally of tallies) {
    if (tally == null) continue
    if (tally.itemsNotImported > 0) counts.INVENTORY_ITEMS_NOT_IMPORTED = (counts.INVENTORY_ITEMS_NOT_IMPORTED ?? 0) + tally.itemsNotImported
    if (tally.barcodesRefused > 0) counts.INVENTORY_BARCODES_REFUSED = (counts.INVENTORY_BARCODES_REFUSED ?? 0) + tally.barcodesRefused
    if (tally.poLinesInReview > 0) counts.PO_LINES_IN_REVIEW = (counts.PO_LINES_IN_REVIEW ?? 0) + tally.poLinesInReview
  }
  return counts
}
