import type { Db } from '../db/database.ts'
import { decodeCursor, toPage } from '../db/pagination.ts'
import * as inventory from '../db/repositories/inventory-read.repository.ts'
import { profileTypesFor } from '../domain/permissions/roles.ts'
import type { Principal } from '../domain/permissions/principal.ts'
import { AppError, notFound } from '../errors.ts'
import type { RecordsService } from './records.service.ts'

interface PageQuery {
  cursor?: string
  limit: number
}

function toPoLine(row: inventory.PoLineRow) {
  return {
    id: row.id,
    number: row.number,
    purchaseOrder: { id: row.purchase_order_id, number: row.purchase_order_number },
    mmsId: String(row.mms_id),
    vendor: { id: row.vendor_id, code: row.vendor_resolved_code ?? row.vendor_code },
    vendorAccount: row.vendor_account_id === null ? null : { id: row.vendor_account_id, code: row.vendor_account_code },
    vendorReferenceNumber: row.vendor_reference_number,
    type: row.type,
    acquisitionMethod: row.acquisition_method,
    price: row.price,
    currency: row.currency,
    quantity: row.quantity,
    fundDistribution: row.fund_distribution,
    fundCode: row.fund_code,
    notes: row.notes,
    status: row.status,
    reviewReasons: row.review_reasons,
    invoiceNumber: row.invoice_number,
    jobId: row.job_id,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  }
}

function toHolding(row: inventory.HoldingRow) {
  return {
    id: row.id,
    mmsId: String(row.mms_id),
    library: { id: row.library_id, code: row.library_code },
    location: { id: row.location_id, code: row.location_code },
    callNumber: row.call_number,
    subfields: row.subfields,
    itemCount: row.item_count,
    jobId: row.job_id,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  }
}

function toItem(row: inventory.ItemRow) {
  return {
    id: row.id,
    holdingId: row.holding_id,
    mmsId: String(row.mms_id),
    library: { id: row.library_id, code: row.library_code },
    location: { id: row.location_id, code: row.location_code },
    poLine: row.po_line_id === null ? null : { id: row.po_line_id, number: row.po_line_number },
    barcode: row.barcode,
    itemPolicy: row.item_policy_id === null ? null : { id: row.item_policy_id, code: row.item_policy_code },
    materialType: row.material_type_id === null ? null : { id: row.material_type_id, code: row.material_type_code },
    description: row.description,
    enumeration: row.enumeration,
    chronology: row.chronology,
    copyNumber: row.copy_number,
    receivingDate: row.receiving_date,
    processType: row.process_type,
    jobId: row.job_id,
    updatedByJob: row.updated_by_job,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  }
}

function toPortfolio(row: inventory.PortfolioRow) {
  return {
    id: row.id,
    mmsId: String(row.mms_id),
    poLine: row.po_line_id === null ? null : { id: row.po_line_id, number: row.po_line_number },
    url: row.url,
    publicNote: row.public_note,
    jobId: row.job_id,
    createdAt: row.created_at.toISOString(),
  }
}

/**
 * Inventory and PO lines as staff read them. SPEC "Permissions": repository records, their
 * inventory and PO lines are read by those who may monitor the profile type that created them —
 * lists hold only such rows, and one row of another type answers 403. The inventory of a record
 * is reached through the record, which the caller must be allowed to read first.
 */
export class InventoryReadService {
  readonly db: Db
  readonly records: RecordsService
  constructor(db: Db, records: RecordsService) {
    this.db = db
    this.records = records
  }

  async listPoLines(caller: Principal, query: inventory.PoLineFilter & PageQuery) {
    const { cursor, limit, ...filter } = query
    const rows = await inventory.listPoLines(this.db, caller.institutionId, profileTypesFor(caller.roles, 'view'), filter, {
      after: decodeCursor(cursor),
      limit,
    })
    const page = toPage(rows, limit)
    return { items: page.rows.map(toPoLine), nextCursor: page.nextCursor }
  }

  async getPoLine(caller: Principal, id: string) {
    const row = await inventory.findPoLine(this.db, caller.institutionId, id)
    if (row === undefined) throw notFound(`PO line ${id}`)
    const type = row.creator_type ?? 'REPOSITORY'
    if (!(profileTypesFor(caller.roles, 'view') as string[]).includes(type)) {
      throw new AppError('FORBIDDEN', `PO line ${row.number} was created by a ${type} import, which your roles may not monitor`)
    }
    return toPoLine(row)
  }

  async listHoldings(caller: Principal, mmsId: string, query: PageQuery) {
    const record = await this.records.get(caller, mmsId)
    const rows = await inventory.listHoldings(this.db, caller.institutionId, profileTypesFor(caller.roles, 'view'), record.mms_id, {
      after: decodeCursor(query.cursor),
      limit: query.limit,
    })
    const page = toPage(rows, query.limit)
    return { items: page.rows.map(toHolding), nextCursor: page.nextCursor }
  }

  async listItems(caller: Principal, filter: { mmsId?: string; holdingId?: string; barcode?: string }, query: PageQuery) {
    let mmsId: number | undefined
    if (filter.mmsId !== undefined) {
      mmsId = (await this.records.get(caller, filter.mmsId)).mms_id
      if (filter.holdingId !== undefined) {
        const holding = await inventory.findHolding(this.db, caller.institutionId, mmsId, filter.holdingId)
        if (holding === undefined) throw notFound(`Holding ${filter.holdingId} of record ${filter.mmsId}`)
      }
    }
    const rows = await inventory.listItems(
      this.db,
      caller.institutionId,
      profileTypesFor(caller.roles, 'view'),
      {
        ...(mmsId === undefined ? {} : { mmsId }),
        ...(filter.holdingId === undefined ? {} : { holdingId: filter.holdingId }),
        ...(filter.barcode === undefined ? {} : { barcode: filter.barcode }),
      },
      { after: decodeCursor(query.cursor), limit: query.limit },
    )
    const page = toPage(rows, query.limit)
    return { items: page.rows.map(toItem), nextCursor: page.nextCursor }
  }

  async listPortfolios(caller: Principal, mmsId: string, query: PageQuery) {
    const record = await this.records.get(caller, mmsId)
    const rows = await inventory.listPortfolios(this.db, caller.institutionId, profileTypesFor(caller.roles, 'view'), record.mms_id, {
      after: decodeCursor(query.cursor),
      limit: query.limit,
    })
    const page = toPage(rows, query.limit)
    return { items: page.rows.map(toPortfolio), nextCursor: page.nextCursor }
  }
}
