import { randomUUID } from 'node:crypto'
import type { Executor } from '../db/database.ts'
import {
  type ConfigurationNamed,
  ensureHoldings,
  findJobPurchaseOrders,
  type HoldingKey,
  insertItems,
  insertNumberedOrders,
  insertPortfolios,
  type ItemRow,
  loadInventoryConfig,
  lockConfiguration,
  type PoLineRow,
  type PortfolioRow,
  type PurchaseOrderRow,
  takeSequenceNumbers,
} from '../db/repositories/inventory.repository.ts'
import { ReadOutdated } from '../db/retry.ts'
import { effectiveMapping, emptyTally, type InventoryTally, planRecordInventory, type RecordInventoryPlan } from '../domain/inventory/plan.ts'
import { inventorySettings, type ProfileSnapshot } from '../domain/profiles/profile.ts'
import type { MarcRecord } from '../marc/record.ts'

/** An imported record the inventory step works on: where it came from and the record it was written as. */
export interface InventoryInput {
  incomingId: number
  bulkFileId: string
  mmsId: number
  record: MarcRecord
}

const pad = (n: number) => String(n).padStart(7, '0')

/**
 * A time-ordered id (UUID version 7: the milliseconds since 1970, then 74 random bits), so that
 * rows written together sit together in their primary key and in the indexes that name them.
 * The random part is a version 4 UUID's, which Node draws from a cached entropy pool.
 */
function timeOrderedUuid(): string {
  const ms = Date.now().toString(16).padStart(12, '0')
  return `${ms.slice(0, 8)}-${ms.slice(8)}-7${randomUUID().slice(15)}`
}

/**
 * Creates the PO lines and the physical or electronic inventory of a group's imported records, in
 * the caller's transaction (so they commit, roll back or are redone with the records): one read of
 * the configuration, one multi-row statement each for the holdings and the items, and one that
 * numbers and inserts the purchase orders and PO lines (with a read of the job's orders before it
 * where orders are shared) — never a round trip per record or item. Answers what it did for each
 * record.
 */
export async function writeGroupInventory(
  trx: Executor,
  context: { jobId: string; institutionId: string; profile: Pick<ProfileSnapshot, 'type' | 'inventory'> },
  inputs: readonly InventoryInput[],
): Promise<Map<number, InventoryTally>> {
  const tallies = new Map<number, InventoryTally>()
  const inventory = inventorySettings(context.profile.inventory, context.profile.type)
  const mapping = effectiveMapping(context.profile.type, inventory)
  if (mapping === null || inputs.length === 0) return tallies
  const { jobId, institutionId } = context
  const config = await loadInventoryConfig(trx, institutionId)
  const plans: Array<{ input: InventoryInput; plan: RecordInventoryPlan; tally: InventoryTally }> = inputs.map((input) => {
    const plan = planRecordInventory(input.record, { profileType: context.profile.type, inventory, mapping, config, incomingId: input.incomingId, bulkFileId: input.bulkFileId })
    const tally = emptyTally()
    tally.problems.push(...plan.problems)
    tally.warnings.push(...plan.warnings)
    tally.itemsProcessed = plan.itemsProcessed
    tally.itemsNotImported = plan.itemsProcessed - plan.items.length
    tally.portfoliosProcessed = plan.portfolios.length
    tallies.set(input.incomingId, tally)
    return { input, plan, tally }
  })
  await lockNamedConfiguration(trx, configurationNamed(plans.map((p) => p.plan)))

  // Ids first, numbers last: the institution's sequences are locked from the moment numbers are
  // taken until the commit, so every other transaction ordering for the institution (the job's
  // other bulk files) waits from then on. Holdings and items need no number (the items name their
  // PO lines by id), so they are written before, and only the purchase orders and PO lines after.
  // The ids are time-ordered (UUIDv7): each table's primary key and the items' holding and PO line
  // indexes grow at their right edge instead of at a random leaf per row.
  const lines = plans.filter((p) => p.plan.poLine !== null)
  const poLineIds = new Map(lines.map(({ input }) => [input.incomingId, timeOrderedUuid()]))

  // Holdings: one per record + library + location (its first item's call number and 852), found or
  // created in one statement.
  const holdingKeys = new Map<string, HoldingKey>()
  for (const { input, plan } of plans) {
    for (const item of plan.items) {
      const key = `${input.mmsId}|${item.libraryId}|${item.locationId}`
      if (!holdingKeys.has(key)) {
        holdingKeys.set(key, { id: timeOrderedUuid(), mms_id: input.mmsId, library_id: item.libraryId, location_id: item.locationId, call_number: item.callNumber, subfields: item.holdingSubfields })
      }
    }
  }
  const holdings = await ensureHoldings(trx, institutionId, jobId, [...holdingKeys.values()])
  const holdingIndex = new Map(holdings.map((h) => [`${h.mms_id}|${h.library_id}|${h.location_id}`, h]))
  // A holding this statement created counts as added for the first record that asked for it.
  const claimed = new Set<string>()
  for (const { input, plan, tally } of plans) {
    for (const key of new Set(plan.items.map((item) => `${input.mmsId}|${item.libraryId}|${item.locationId}`))) {
      if (holdingIndex.get(key)?.created === true && !claimed.has(key)) {
        claimed.add(key)
        tally.holdingsAdded++
      } else tally.holdingsReused++
    }
  }

  // Items: barcodes generated where the profile says so, duplicates refused by the table's key.
  const barcodesNeeded = inventory.barcode.kind === 'GENERATE' ? plans.reduce((n, p) => n + p.plan.items.filter((i) => i.barcode === null).length, 0) : 0
  let nextBarcode = barcodesNeeded === 0 ? 1 : (await takeSequenceNumbers(trx, institutionId, { BARCODE: barcodesNeeded })).BARCODE
  const itemRows: Array<ItemRow & { tally: InventoryTally; n: number }> = []
  for (const { input, plan, tally } of plans) {
    for (const item of plan.items) {
      const holding = holdingIndex.get(`${input.mmsId}|${item.libraryId}|${item.locationId}`)
      if (holding === undefined) throw new ReadOutdated('a holding the group found was deleted by a revert before the group could lock it')
      const barcode = item.barcode ?? (inventory.barcode.kind === 'GENERATE' ? `${inventory.barcode.prefix}${pad(nextBarcode++)}` : null)
      itemRows.push({
        id: timeOrderedUuid(),
        holding_id: holding.id,
        po_line_id: poLineIds.get(input.incomingId) ?? null,
        barcode,
        item_policy_id: item.itemPolicyId,
        material_type_id: item.materialTypeId,
        description: item.description,
        enumeration: item.enumeration,
        chronology: item.chronology,
        copy_number: item.copyNumber,
        process_type: plan.poLine === null ? null : 'ACQUISITION',
        tally,
        n: item.n,
      })
    }
  }
  const inserted = await insertItems(trx, institutionId, jobId, itemRows.map(({ tally: _t, n: _n, ...row }) => row))
  for (const row of itemRows) {
    if (inserted.has(row.id)) row.tally.itemsImported++
    else {
      row.tally.itemsNotImported++
      row.tally.problems.push(`item ${row.n}: duplicate barcode '${row.barcode ?? ''}'`)
    }
  }

  // Purchase orders, one per group key, and PO lines, numbered, in one statement. The institution's
  // sequences stay locked from then until the commit. Where orders are shared between records
  // (PER_FILE, PER_INVOICE), the PO line numbers are taken first, on their own, and only then are
  // the job's purchase orders looked up: the lock makes the lookup see every order an earlier
  // transaction of the job opened, so two bulk files naming the same invoice at once share its
  // order instead of opening two. The sequences are always taken in the order BARCODE, PO_LINE,
  // PO, so two transactions never wait for each other's.
  if (lines.length === 0) {
    await insertPortfoliosOf(trx, context, plans, poLineIds)
    return tallies
  }
  // Each group key with the vendor of its first line: the order's vendor.
  const orderVendors = new Map<string, string | null>()
  for (const { plan } of lines) {
    if (plan.poLine !== null && !orderVendors.has(plan.poLine.groupKey)) orderVendors.set(plan.poLine.groupKey, plan.poLine.vendorId)
  }
  const groupKeys = [...orderVendors.keys()]
  let firstLine: number | null = null
  let orderIds = new Map<string, string>()
  // A record's own order (PER_RECORD) is never there yet: a record's inventory is written once.
  if (inventory.poGrouping !== 'PER_RECORD') {
    firstLine = (await takeSequenceNumbers(trx, institutionId, { PO_LINE: lines.length })).PO_LINE
    orderIds = await findJobPurchaseOrders(trx, jobId, groupKeys)
  }
  const orders: PurchaseOrderRow[] = groupKeys
    .filter((key) => !orderIds.has(key))
    .map((key) => {
      const id = timeOrderedUuid()
      orderIds.set(key, id)
      return { id, grouping: inventory.poGrouping, groupKey: key, vendorId: orderVendors.get(key) ?? null }
    })
  const poLines: PoLineRow[] = lines.map(({ input, plan }) => {
    const line = plan.poLine
    if (line === null) throw new Error('unreachable: filtered on poLine')
    return {
      id: poLineIds.get(input.incomingId) ?? '',
      purchase_order_id: orderIds.get(line.groupKey) ?? '',
      mms_id: input.mmsId,
      vendor_id: line.vendorId,
      vendor_code: line.vendorCode,
      vendor_account_id: line.vendorAccountId,
      vendor_reference_number: line.vendorReference,
      type: line.type,
      acquisition_method: line.acquisitionMethod,
      price: line.price,
      currency: line.currency,
      quantity: line.quantity,
      fund_distribution: line.fund === null ? [] : [{ fundId: line.fund.id, code: line.fund.code, percent: 100 }],
      fund_code: line.fundCode,
      notes: line.notes,
      status: line.status,
      review_reasons: line.reviewReasons,
      invoice_number: line.invoiceNumber,
      incoming_record_id: input.incomingId,
    }
  })
  const numbers = await insertNumberedOrders(trx, { institutionId, jobId, firstLine }, orders, poLines)
  for (const { input, plan, tally } of lines) {
    tally.poLinesProcessed = 1
    tally.poLinesImported = 1
    tally.poLinesInReview = plan.poLine?.status === 'IN_REVIEW' ? 1 : 0
    tally.poLineNumber = numbers.get(poLineIds.get(input.incomingId) ?? '') ?? null
  }

  await insertPortfoliosOf(trx, context, plans, poLineIds)
  return tallies
}

/** The configuration rows these plans name. */
function configurationNamed(plans: readonly RecordInventoryPlan[]): ConfigurationNamed {
  const named = { vendors: new Set<string>(), vendorAccounts: new Set<string>(), funds: new Set<string>(), locations: new Set<string>(), itemPolicies: new Set<string>(), materialTypes: new Set<string>() }
  const add = (set: Set<string>, id: string | null | undefined) => {
    if (id !== null && id !== undefined) set.add(id)
  }
  for (const plan of plans) {
    add(named.vendors, plan.poLine?.vendorId)
    add(named.vendorAccounts, plan.poLine?.vendorAccountId)
    add(named.funds, plan.poLine?.fund?.id)
    for (const item of plan.items) {
      add(named.locations, item.locationId)
      add(named.itemPolicies, item.itemPolicyId)
      add(named.materialTypes, item.materialTypeId)
    }
  }
  return named
}

/**
 * Locks the configuration rows the group is about to write names (lockConfiguration); if one was
 * deleted since the group read the configuration, the group's transaction starts over and plans
 * without it.
 */
export async function lockNamedConfiguration(trx: Executor, named: Partial<ConfigurationNamed>): Promise<void> {
  const none = new Set<string>()
  const all: ConfigurationNamed = { vendors: none, vendorAccounts: none, funds: none, locations: none, itemPolicies: none, materialTypes: none, ...named }
  if (!(await lockConfiguration(trx, all))) throw new ReadOutdated('a configuration row the group names was deleted after the group read the configuration')
}

/** The group's portfolios (electronic PO lines and 856s), with the PO lines they belong to. */
async function insertPortfoliosOf(
  trx: Executor,
  context: { jobId: string; institutionId: string },
  plans: ReadonlyArray<{ input: InventoryInput; plan: RecordInventoryPlan; tally: InventoryTally }>,
  poLineIds: ReadonlyMap<number, string>,
): Promise<void> {
  const portfolios: PortfolioRow[] = plans.flatMap(({ input, plan, tally }) => {
    tally.portfoliosImported = plan.portfolios.length
    return plan.portfolios.map((p) => ({ mms_id: input.mmsId, po_line_id: poLineIds.get(input.incomingId) ?? null, url: p.url, public_note: p.publicNote }))
  })
  await insertPortfolios(trx, context.institutionId, context.jobId, portfolios)
}
