import type { MarcRecord } from '../../marc/record.ts'
import { inventorySettings, type InventoryMapping, type ProfileSnapshot } from '../profiles/profile.ts'
import { extractInventory, type FieldMapping } from './mapping.ts'
import { effectiveMapping, type InventoryConfig, planRecordInventory } from './plan.ts'
import { choosePoLine, type FoundPoLine, planItemUpdates, poLineKey } from './update.ts'

/**
 * The order data of an incoming record as a person deciding its import issue sees it: the PO line
 * the import would create (NEW_ORDER), the PO line it names (UPDATE_INVENTORY), and its items and
 * portfolios as the file gives them — with what would be refused or left off. Null when the
 * profile makes no inventory.
 */
export interface OrderDataSummary {
  poLine: {
    vendor: string | null
    vendorReferenceNumber: string | null
    price: string | null
    currency: string | null
    fund: string | null
    quantity: number
    type: 'PHYSICAL' | 'ELECTRONIC'
    status: 'ACTIVE' | 'IN_REVIEW'
    reviewReasons: string[]
  } | null
  /** UPDATE_INVENTORY: the number or vendor reference the PO line is looked up by. */
  poLineLookup: { by: InventoryMapping['updateInventoryLookup']; key: string | null; problem: string | null } | null
  items: Array<{
    library: string | null
    location: string | null
    barcode: string | null
    itemPolicy: string | null
    materialType: string | null
    callNumber: string | null
    copyNumber: string | null
  }>
  portfolios: Array<{ url: string | null; publicNote: string | null }>
  problems: string[]
  warnings: string[]
}

/**
 * UPDATE_INVENTORY: what the repository holds for the record's lookup key — the PO lines it names
 * and which item has each barcode its item fields bring — so the summary says what the update
 * would do, as NEW_ORDER's says what the order would create.
 */
export interface UpdateInventoryFacts {
  lines: readonly FoundPoLine[]
  /** Item id by barcode, for the barcodes the record's item fields bring. */
  barcodeOwners: ReadonlyMap<string, string>
}

export function summarizeOrderData(
  record: MarcRecord,
  profile: Pick<ProfileSnapshot, 'type' | 'inventory'>,
  config: InventoryConfig,
  facts: UpdateInventoryFacts = { lines: [], barcodeOwners: new Map() },
): OrderDataSummary | null {
  const inventory = inventorySettings(profile.inventory, profile.type)
  const mapping = effectiveMapping(profile.type, inventory)
  if (mapping === null) return null
  const data = extractInventory(record, mapping)
  const items = (data.itemFields > 0 || mapping.itemTag === null || profile.type === 'NEW_ORDER' ? data.items : []).map((item) => ({
    library: item.library,
    location: item.location,
    barcode: item.barcode,
    itemPolicy: item.itemPolicy,
    materialType: item.materialType,
    callNumber: item.callNumber,
    copyNumber: item.copyNumber,
  }))
  if (profile.type === 'UPDATE_INVENTORY') return updateSummary(record, mapping, inventory, config, facts, items)
  const plan = planRecordInventory(record, { profileType: profile.type, inventory, mapping, config, incomingId: 0, bulkFileId: '' })
  const line = plan.poLine
  return {
    poLine:
      line === null
        ? null
        : {
            vendor: line.vendorCode,
            vendorReferenceNumber: line.vendorReference,
            price: line.price,
            currency: line.currency,
            fund: line.fund?.code ?? null,
            quantity: line.quantity,
            type: line.type,
            status: line.status,
            reviewReasons: line.reviewReasons,
          },
    poLineLookup: null,
    items: line?.type === 'ELECTRONIC' ? [] : items,
    portfolios: plan.portfolios,
    problems: plan.problems,
    warnings: plan.warnings,
  }
}

function updateSummary(
  record: MarcRecord,
  mapping: FieldMapping,
  inventory: InventoryMapping,
  config: InventoryConfig,
  facts: UpdateInventoryFacts,
  items: OrderDataSummary['items'],
): OrderDataSummary {
  const key = poLineKey(record, mapping, inventory.updateInventoryLookup)
  const summary: OrderDataSummary = {
    poLine: null,
    poLineLookup: { by: inventory.updateInventoryLookup, key: 'key' in key ? key.key : null, problem: 'problem' in key ? key.problem : null },
    items,
    portfolios: [],
    problems: [],
    warnings: [],
  }
  if ('problem' in key) {
    summary.problems.push(key.problem)
    return summary
  }
  const line = choosePoLine(key.key, facts.lines, inventory.updateInventoryLookup)
  if ('problem' in line) {
    summary.poLineLookup = { by: inventory.updateInventoryLookup, key: key.key, problem: line.problem }
    summary.problems.push(line.problem)
    return summary
  }
  const plan = planItemUpdates(record, mapping, config, line)
  summary.problems.push(...plan.problems)
  summary.warnings.push(...plan.warnings)
  for (const update of plan.updates) {
    const owner = update.barcode === null ? undefined : facts.barcodeOwners.get(update.barcode)
    if (owner !== undefined && owner !== update.itemId) {
      summary.problems.push(`item ${update.n}: duplicate barcode '${update.barcode ?? ''}', the item would keep its own barcode`)
    }
  }
  return summary
}
