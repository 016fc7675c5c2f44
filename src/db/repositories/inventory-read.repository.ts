import { type SelectQueryBuilder, sql } from 'kysely'
import type { ProfileType } from '../../domain/permissions/roles.ts'
import type { Executor } from '../database.ts'
import { cursorColumn, type Keyset, olderThan } from '../pagination.ts'

/**
 * The read side of inventory and orders: PO lines, holdings, items and portfolios as the API shows
 * them, each with the codes of what it points at. Every query keeps to the caller's institution
 * and to rows created by jobs of the profile types the caller may monitor (SPEC "Permissions").
 */
interface Page {
  after?: Keyset
  limit: number
}

/** The profile type of the job that created a row (as records are judged: its profile snapshot). */
const creatorType = (jobColumn: string) =>
  sql<string | null>`(SELECT profile_snapshot->>'type' FROM jobs WHERE jobs.id = ${sql.ref(jobColumn)})`

function visibleTo<DB, TB extends keyof DB, O>(query: SelectQueryBuilder<DB, TB, O>, jobColumn: string, types: readonly ProfileType[]) {
  return query.where(sql<boolean>`coalesce(${creatorType(jobColumn)}, 'REPOSITORY') IN (${sql.join(types.length === 0 ? [null] : types)})`)
}

function poLineQuery(db: Executor, institutionId: string) {
  return db
    .selectFrom('po_lines')
    .innerJoin('purchase_orders', 'purchase_orders.id', 'po_lines.purchase_order_id')
    .leftJoin('vendors', 'vendors.id', 'po_lines.vendor_id')
    .leftJoin('vendor_accounts', 'vendor_accounts.id', 'po_lines.vendor_account_id')
    .selectAll('po_lines')
    .select([
      'purchase_orders.number as purchase_order_number',
      'vendors.code as vendor_resolved_code',
      'vendor_accounts.code as vendor_account_code',
      cursorColumn('po_lines').as('cursor_at'),
      creatorType('po_lines.job_id').as('creator_type'),
    ])
    .where('po_lines.institution_id', '=', institutionId)
}

export type PoLineRow = Awaited<ReturnType<ReturnType<typeof poLineQuery>['executeTakeFirstOrThrow']>>

export interface PoLineFilter {
  jobId?: string
  status?: 'ACTIVE' | 'IN_REVIEW'
  vendorId?: string
  fundId?: string
}

export async function listPoLines(db: Executor, institutionId: string, types: readonly ProfileType[], filter: PoLineFilter, page: Page) {
  let query = visibleTo(poLineQuery(db, institutionId), 'po_lines.job_id', types)
  if (filter.jobId !== undefined) query = query.where('po_lines.job_id', '=', filter.jobId)
  if (filter.status !== undefined) query = query.where('po_lines.status', '=', filter.status)
  if (filter.vendorId !== undefined) query = query.where('po_lines.vendor_id', '=', filter.vendorId)
  if (filter.fundId !== undefined) {
    query = query.where(sql<boolean>`po_lines.fund_distribution @> ${JSON.stringify([{ fundId: filter.fundId }])}::jsonb`)
  }
  if (page.after !== undefined) query = query.where(olderThan('po_lines', page.after))
  return query.orderBy('po_lines.created_at', 'desc').orderBy('po_lines.id', 'desc').limit(page.limit + 1).execute()
}

export async function findPoLine(db: Executor, institutionId: string, id: string) {
  return poLineQuery(db, institutionId).where('po_lines.id', '=', id).executeTakeFirst()
}

// Holdings, items and portfolios.

function holdingQuery(db: Executor, institutionId: string) {
  return db
    .selectFrom('holdings')
    .innerJoin('libraries', 'libraries.id', 'holdings.library_id')
    .innerJoin('locations', 'locations.id', 'holdings.location_id')
    .selectAll('holdings')
    .select([
      'libraries.code as library_code',
      'locations.code as location_code',
      cursorColumn('holdings').as('cursor_at'),
      sql<number>`(SELECT count(*) FROM items WHERE items.holding_id = holdings.id)::int`.as('item_count'),
    ])
    .where('holdings.institution_id', '=', institutionId)
}

export type HoldingRow = Awaited<ReturnType<ReturnType<typeof holdingQuery>['executeTakeFirstOrThrow']>>

export async function listHoldings(db: Executor, institutionId: string, types: readonly ProfileType[], mmsId: number, page: Page) {
  let query = visibleTo(holdingQuery(db, institutionId), 'holdings.job_id', types).where('holdings.mms_id', '=', mmsId)
  if (page.after !== undefined) query = query.where(olderThan('holdings', page.after))
  return query.orderBy('holdings.created_at', 'desc').orderBy('holdings.id', 'desc').limit(page.limit + 1).execute()
}

export async function findHolding(db: Executor, institutionId: string, mmsId: number, id: string) {
  return holdingQuery(db, institutionId)
    .where('holdings.mms_id', '=', mmsId)
    .where('holdings.id', '=', id)
    .executeTakeFirst()
}

function itemQuery(db: Executor, institutionId: string) {
  return db
    .selectFrom('items')
    .innerJoin('holdings', 'holdings.id', 'items.holding_id')
    .innerJoin('libraries', 'libraries.id', 'holdings.library_id')
    .innerJoin('locations', 'locations.id', 'holdings.location_id')
    .leftJoin('po_lines', 'po_lines.id', 'items.po_line_id')
    .leftJoin('item_policies', 'item_policies.id', 'items.item_policy_id')
    .leftJoin('material_types', 'material_types.id', 'items.material_type_id')
    .select([
      'items.id',
      'items.holding_id',
      'holdings.mms_id',
      'holdings.library_id',
      'libraries.code as library_code',
      'holdings.location_id',
      'locations.code as location_code',
      'items.po_line_id',
      'po_lines.number as po_line_number',
      'items.barcode',
      'items.item_policy_id',
      'item_policies.code as item_policy_code',
      'items.material_type_id',
      'material_types.code as material_type_code',
      'items.description',
      'items.enumeration',
      'items.chronology',
      'items.copy_number',
      // A calendar date, not a moment: as PostgreSQL writes it, whatever the process's time zone.
      sql<string | null>`items.receiving_date::text`.as('receiving_date'),
      'items.process_type',
      'items.job_id',
      'items.updated_by_job',
      'items.created_at',
      'items.updated_at',
      cursorColumn('items').as('cursor_at'),
    ])
    .where('items.institution_id', '=', institutionId)
}

export type ItemRow = Awaited<ReturnType<ReturnType<typeof itemQuery>['executeTakeFirstOrThrow']>>

export async function listItems(
  db: Executor,
  institutionId: string,
  types: readonly ProfileType[],
  filter: { mmsId?: number; holdingId?: string; barcode?: string },
  page: Page,
) {
  let query = visibleTo(itemQuery(db, institutionId), 'items.job_id', types)
  if (filter.mmsId !== undefined) query = query.where('holdings.mms_id', '=', filter.mmsId)
  if (filter.holdingId !== undefined) query = query.where('items.holding_id', '=', filter.holdingId)
  if (filter.barcode !== undefined) query = query.where('items.barcode', '=', filter.barcode)
  if (page.after !== undefined) query = query.where(olderThan('items', page.after))
  return query.orderBy('items.created_at', 'desc').orderBy('items.id', 'desc').limit(page.limit + 1).execute()
}

export async function listPortfolios(db: Executor, institutionId: string, types: readonly ProfileType[], mmsId: number, page: Page) {
  let query = visibleTo(
    db
      .selectFrom('portfolios')
      .leftJoin('po_lines', 'po_lines.id', 'portfolios.po_line_id')
      .selectAll('portfolios')
      .select(['po_lines.number as po_line_number', cursorColumn('portfolios').as('cursor_at')])
      .where('portfolios.institution_id', '=', institutionId)
      .where('portfolios.mms_id', '=', mmsId),
    'portfolios.job_id',
    types,
  )
  if (page.after !== undefined) query = query.where(olderThan('portfolios', page.after))
  return query.orderBy('portfolios.created_at', 'desc').orderBy('portfolios.id', 'desc').limit(page.limit + 1).execute()
}

export type PortfolioRow = Awaited<ReturnType<typeof listPortfolios>>[number]
