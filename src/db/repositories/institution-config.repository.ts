import { sql } from 'kysely'
import type { Executor } from '../database.ts'
import { cursorColumn, type Keyset, olderThan } from '../pagination.ts'

/**
 * The institution configuration: libraries, funds, item policies and material types (the tables
 * with a code, a name and an active flag, owned by the institution), locations (owned by a
 * library), vendors with their accounts, and the institution's own settings.
 */
export type CodedTable = 'libraries' | 'funds' | 'item_policies' | 'material_types'

export interface CodedRow {
  id: string
  code: string
  name: string
  active: boolean
  version: number
  created_at: Date
  updated_at: Date
}

export interface CodedChanges {
  code?: string
  name?: string
  active?: boolean
}

const CODED_COLUMNS = ['id', 'code', 'name', 'active', 'version', 'created_at', 'updated_at'] as const

export async function findCoded(db: Executor, table: CodedTable, institutionId: string, id: string): Promise<CodedRow | undefined> {
  return db.selectFrom(table).select(CODED_COLUMNS).where('institution_id', '=', institutionId).where('id', '=', id).executeTakeFirst()
}

export async function listCoded(
  db: Executor,
  table: CodedTable,
  institutionId: string,
  filter: { active?: boolean; code?: string },
  page: { after?: Keyset; limit: number },
) {
  let query = db.selectFrom(table).select(CODED_COLUMNS).select(cursorColumn(table).as('cursor_at')).where('institution_id', '=', institutionId)
  if (filter.active !== undefined) query = query.where('active', '=', filter.active)
  if (filter.code !== undefined) query = query.where('code', '=', filter.code)
  if (page.after !== undefined) query = query.where(olderThan(table, page.after))
  return query.orderBy('created_at', 'desc').orderBy('id', 'desc').limit(page.limit + 1).execute()
}

export async function insertCoded(
  db: Executor,
  table: CodedTable,
  row: { institution_id: string; code: string; name: string; active: boolean },
): Promise<CodedRow> {
  return db.insertInto(table).values(row).returning(CODED_COLUMNS).executeTakeFirstOrThrow()
}

/** Applies the change only if the row is still at `version`; undefined when someone else got there first. */
export async function updateCoded(
  db: Executor,
  table: CodedTable,
  institutionId: string,
  id: string,
  version: number,
  changes: CodedChanges,
): Promise<CodedRow | undefined> {
  return db
    .updateTable(table)
    .set({ ...changes, version: sql`version + 1`, updated_at: sql`now()` })
    .where('institution_id', '=', institutionId)
    .where('id', '=', id)
    .where('version', '=', version)
    .returning(CODED_COLUMNS)
    .executeTakeFirst()
}

/** True when a row was deleted; a row other configuration refers to makes PostgreSQL refuse it (23503). */
export async function deleteCoded(db: Executor, table: CodedTable, institutionId: string, id: string): Promise<boolean> {
  const result = await db.deleteFrom(table).where('institution_id', '=', institutionId).where('id', '=', id).executeTakeFirst()
  return result.numDeletedRows > 0n
}

/**
 * PO lines name their funds inside `fund_distribution` (JSON), where no foreign key guards them:
 * how many lines of the institution a fund is in.
 */
export async function countPoLinesWithFund(db: Executor, institutionId: string, fundId: string): Promise<number> {
  const row = await db
    .selectFrom('po_lines')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .where('institution_id', '=', institutionId)
    .where(sql<boolean>`fund_distribution @> ${JSON.stringify([{ fundId }])}::jsonb`)
    .executeTakeFirstOrThrow()
  return row.count
}

/**
 * The configuration rows inventory and orders name without a foreign key, and what names them: an
 * import locks the rows its group names FOR KEY SHARE until it commits (lockConfiguration,
 * src/db/repositories/inventory.repository.ts). An item policy is also named by the before-images
 * of Update Inventory, which a revert puts back. (Funds are named inside the PO lines' fund
 * distribution and counted: countPoLinesWithFund.)
 */
const NAMED_BY = {
  locations: [['holdings', 'location_id']],
  item_policies: [
    ['items', 'item_policy_id'],
    ['item_changes', 'before_item_policy_id'],
  ],
  material_types: [['items', 'material_type_id']],
  vendors: [
    ['purchase_orders', 'vendor_id'],
    ['po_lines', 'vendor_id'],
  ],
  vendor_accounts: [['po_lines', 'vendor_account_id']],
} as const satisfies Record<string, ReadonlyArray<readonly [string, string]>>

/** Locks these configuration rows FOR UPDATE until the transaction ends. */
export async function lockRows(db: Executor, table: keyof typeof NAMED_BY | 'funds', ids: readonly string[]): Promise<void> {
  await sql`SELECT id FROM ${sql.table(table)} WHERE id = ANY(${[...ids]}::uuid[]) ORDER BY id FOR UPDATE`.execute(db)
}

/**
 * Locks these rows FOR UPDATE, which waits for every import that locked them for what it writes,
 * then — in a statement of its own, which sees what those imports committed — answers the first
 * table whose rows name one of them, or null: the check a foreign key made on delete. Call it in
 * the transaction that deletes the rows, before the delete; an import that comes later waits for
 * that transaction and finds the rows gone.
 */
export async function lockUnlessNamed(db: Executor, table: keyof typeof NAMED_BY, ids: readonly string[]): Promise<string | null> {
  if (ids.length === 0) return null
  await lockRows(db, table, ids)
  const checks = NAMED_BY[table].map(
    ([referrer, column]) => sql`SELECT ${referrer}::text AS referrer WHERE EXISTS (SELECT 1 FROM ${sql.table(referrer)} WHERE ${sql.ref(column)} = ANY(${[...ids]}::uuid[]))`,
  )
  const result = await sql<{ referrer: string }>`${sql.join(checks, sql` UNION ALL `)} LIMIT 1`.execute(db)
  return result.rows[0]?.referrer ?? null
}

// Locations: reached through their library, which carries the institution.

export interface LocationRow extends CodedRow {
  library_id: string
}

const LOCATION_COLUMNS = ['locations.id', 'locations.library_id', 'locations.code', 'locations.name', 'locations.active', 'locations.version', 'locations.created_at', 'locations.updated_at'] as const

export async function findLocation(db: Executor, institutionId: string, libraryId: string, id: string): Promise<LocationRow | undefined> {
  return db
    .selectFrom('locations')
    .innerJoin('libraries', 'libraries.id', 'locations.library_id')
    .select(LOCATION_COLUMNS)
    .where('libraries.institution_id', '=', institutionId)
    .where('locations.library_id', '=', libraryId)
    .where('locations.id', '=', id)
    .executeTakeFirst()
}

export async function listLocations(
  db: Executor,
  libraryId: string,
  filter: { active?: boolean; code?: string },
  page: { after?: Keyset; limit: number },
) {
  let query = db.selectFrom('locations').selectAll().select(cursorColumn('locations').as('cursor_at')).where('library_id', '=', libraryId)
  if (filter.active !== undefined) query = query.where('active', '=', filter.active)
  if (filter.code !== undefined) query = query.where('code', '=', filter.code)
  if (page.after !== undefined) query = query.where(olderThan('locations', page.after))
  return query.orderBy('created_at', 'desc').orderBy('id', 'desc').limit(page.limit + 1).execute()
}

export async function insertLocation(db: Executor, row: { library_id: string; code: string; name: string; active: boolean }): Promise<LocationRow> {
  return db.insertInto('locations').values(row).returningAll().executeTakeFirstOrThrow()
}

export async function updateLocation(db: Executor, libraryId: string, id: string, version: number, changes: CodedChanges): Promise<LocationRow | undefined> {
  return db
    .updateTable('locations')
    .set({ ...changes, version: sql`version + 1`, updated_at: sql`now()` })
    .where('library_id', '=', libraryId)
    .where('id', '=', id)
    .where('version', '=', version)
    .returningAll()
    .executeTakeFirst()
}

export async function deleteLocation(db: Executor, libraryId: string, id: string): Promise<boolean> {
  const result = await db.deleteFrom('locations').where('library_id', '=', libraryId).where('id', '=', id).executeTakeFirst()
  return result.numDeletedRows > 0n
}

// Vendors and their accounts.

export interface VendorRow extends CodedRow {
  currency: string
}

export interface AccountRow {
  vendor_id: string
  code: string
  description: string
}

export interface VendorChanges extends CodedChanges {
  currency?: string
}

export async function findVendor(db: Executor, institutionId: string, id: string): Promise<VendorRow | undefined> {
  return db.selectFrom('vendors').selectAll().where('institution_id', '=', institutionId).where('id', '=', id).executeTakeFirst()
}

export async function listVendors(
  db: Executor,
  institutionId: string,
  filter: { active?: boolean; code?: string },
  page: { after?: Keyset; limit: number },
) {
  let query = db.selectFrom('vendors').selectAll().select(cursorColumn('vendors').as('cursor_at')).where('institution_id', '=', institutionId)
  if (filter.active !== undefined) query = query.where('active', '=', filter.active)
  if (filter.code !== undefined) query = query.where('code', '=', filter.code)
  if (page.after !== undefined) query = query.where(olderThan('vendors', page.after))
  return query.orderBy('created_at', 'desc').orderBy('id', 'desc').limit(page.limit + 1).execute()
}

/** The accounts of these vendors, in code order. */
export async function accountsOf(db: Executor, vendorIds: string[]): Promise<AccountRow[]> {
  if (vendorIds.length === 0) return []
  return db
    .selectFrom('vendor_accounts')
    .select(['vendor_id', 'code', 'description'])
    .where('vendor_id', 'in', vendorIds)
    .orderBy('vendor_id')
    .orderBy('code')
    .execute()
}

export async function insertVendor(
  db: Executor,
  row: { institution_id: string; code: string; name: string; currency: string; active: boolean },
): Promise<VendorRow> {
  return db.insertInto('vendors').values(row).returningAll().executeTakeFirstOrThrow()
}

export async function updateVendor(db: Executor, institutionId: string, id: string, version: number, changes: VendorChanges): Promise<VendorRow | undefined> {
  return db
    .updateTable('vendors')
    .set({ ...changes, version: sql`version + 1`, updated_at: sql`now()` })
    .where('institution_id', '=', institutionId)
    .where('id', '=', id)
    .where('version', '=', version)
    .returningAll()
    .executeTakeFirst()
}

/** The ids of the vendor's accounts whose codes are not among these. */
export async function accountsLeftOut(db: Executor, vendorId: string, codes: readonly string[]): Promise<string[]> {
  let query = db.selectFrom('vendor_accounts').select('id').where('vendor_id', '=', vendorId)
  if (codes.length > 0) query = query.where('code', 'not in', codes)
  return (await query.execute()).map((row) => row.id)
}

/**
 * Makes the vendor's accounts exactly these, in two statements: accounts whose code stays keep
 * their row (and whatever refers to it), their description is updated; accounts left out are
 * deleted (the caller has made sure nothing names them: lockUnlessNamed).
 */
export async function replaceAccounts(db: Executor, vendorId: string, accounts: readonly { code: string; description: string }[]) {
  const codes = accounts.map((account) => account.code)
  let removal = db.deleteFrom('vendor_accounts').where('vendor_id', '=', vendorId)
  if (codes.length > 0) removal = removal.where('code', 'not in', codes)
  await removal.execute()
  if (accounts.length === 0) return
  await db
    .insertInto('vendor_accounts')
    .values(accounts.map((account) => ({ vendor_id: vendorId, code: account.code, description: account.description })))
    .onConflict((conflict) => conflict.columns(['vendor_id', 'code']).doUpdateSet((eb) => ({ description: eb.ref('excluded.description') })))
    .execute()
}

export async function deleteVendor(db: Executor, institutionId: string, id: string): Promise<boolean> {
  const result = await db.deleteFrom('vendors').where('institution_id', '=', institutionId).where('id', '=', id).executeTakeFirst()
  return result.numDeletedRows > 0n
}

// The institution's own settings.

export async function findInstitution(db: Executor, institutionId: string) {
  return db.selectFrom('institutions').select(['id', 'code', 'name', 'time_zone', 'version']).where('id', '=', institutionId).executeTakeFirst()
}

export type InstitutionRow = NonNullable<Awaited<ReturnType<typeof findInstitution>>>

export async function updateInstitution(db: Executor, institutionId: string, version: number, changes: { time_zone?: string }) {
  return db
    .updateTable('institutions')
    .set({
      ...changes,
      ...(changes.time_zone === undefined ? {} : { time_zone_changed_at: sql<Date>`CASE WHEN time_zone <> ${changes.time_zone} THEN now() ELSE time_zone_changed_at END` }),
      version: sql`version + 1`,
    })
    .where('id', '=', institutionId)
    .where('version', '=', version)
    .returning(['id', 'code', 'name', 'time_zone', 'version'])
    .executeTakeFirst()
}
