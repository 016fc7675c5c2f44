import type { Db, Executor } from '../db/database.ts'
import { decodeCursor, toPage } from '../db/pagination.ts'
import * as config from '../db/repositories/institution-config.repository.ts'
import {
  type CodedKind,
  checkTimeZone,
  duplicateAccountCode,
  isCurrencyCode,
  KIND_NOUNS,
  referrerName,
  type VendorAccount,
} from '../domain/institution/configuration.ts'
import type { Principal } from '../domain/permissions/principal.ts'
import { AppError, conflict, invalid, notFound } from '../errors.ts'
import { countOf } from '../wording.ts'

const TABLES: Record<CodedKind, config.CodedTable> = {
  library: 'libraries',
  fund: 'funds',
  itemPolicy: 'item_policies',
  materialType: 'material_types',
}

export interface CodedInput {
  code: string
  name: string
  active?: boolean
}
export type CodedChangesInput = Partial<CodedInput>
export interface VendorInput extends CodedInput {
  currency: string
  accounts?: { code: string; description?: string }[]
}
export type VendorChangesInput = Partial<VendorInput>
export interface ListQuery {
  active?: boolean
  code?: string
  cursor?: string
  limit: number
}

export function etagOf(version: number): string {
  return `"v${version}"`
}

function toCoded(row: config.CodedRow) {
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    active: row.active,
    version: row.version,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  }
}

function toLocation(row: config.LocationRow) {
  return { ...toCoded(row), libraryId: row.library_id }
}

function toVendor(row: config.VendorRow, accounts: readonly config.AccountRow[]) {
  return {
    ...toCoded(row),
    currency: row.currency,
    accounts: accounts.filter((account) => account.vendor_id === row.id).map((account) => ({ code: account.code, description: account.description })),
  }
}

function toInstitution(row: config.InstitutionRow) {
  return { id: row.id, code: row.code, name: row.name, timeZone: row.time_zone, version: row.version }
}

function pgCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null ? (error as { code?: string }).code : undefined
}

/** A code taken twice within its owner answers 409, naming the code. */
async function uniqueCode<T>(noun: string, code: string | undefined, write: () => Promise<T>): Promise<T> {
  try {
    return await write()
  } catch (error) {
    if (pgCode(error) === '23505') throw conflict(`${noun} code "${code}" is already taken`)
    throw error
  }
}

const DEACTIVATE = 'deactivate it instead (PATCH with {"active": false})'

/** A row other configuration points at is not deleted (the foreign keys refuse it): 409 with the reason. */
async function unreferenced<T>(what: string, write: () => Promise<T>): Promise<T> {
  try {
    return await write()
  } catch (error) {
    if (pgCode(error) === '23503') throw stillUsed(what, referrerName((error as { table?: string }).table))
    throw error
  }
}

/** What a referring table's rows are called in a 409, or null for none. */
function names(table: string | null): string | null {
  return table === null ? null : referrerName(table)
}

function stillUsed(what: string, by: string): AppError {
  return conflict(`${what} is still used by ${by}, so it cannot be deleted; ${DEACTIVATE}`)
}

/** Changes need If-Match with the ETag the caller read, like import profiles. */
function assertIfMatch(ifMatch: string | undefined, version: number, what: string): void {
  if (ifMatch === undefined) {
    throw new AppError('PRECONDITION_REQUIRED', 'Send If-Match with the ETag you read, so you do not overwrite a change you have not seen')
  }
  if (ifMatch !== '*' && !ifMatch.split(',').map((tag) => tag.trim().replace(/^W\//, '')).includes(etagOf(version))) {
    throw new AppError('PRECONDITION_FAILED', `${what} has changed since you read it; it is now at version ${version}`)
  }
}

function changedWhileSaving(what: string): AppError {
  return new AppError('PRECONDITION_FAILED', `${what} changed while you were saving; read it again`)
}

function assertCurrency(currency: string | undefined): void {
  if (currency !== undefined && !isCurrencyCode(currency)) invalidField('body.currency', `"${currency}" is not an ISO 4217 currency code`)
}

function invalidField(field: string, message: string): never {
  throw invalid(field, message)
}

function accountsOf(input: VendorInput['accounts']): VendorAccount[] | undefined {
  if (input === undefined) return undefined
  const accounts = input.map((account) => ({ code: account.code, description: account.description ?? '' }))
  const duplicate = duplicateAccountCode(accounts)
  if (duplicate !== undefined) invalidField('body.accounts', `account code "${duplicate}" is given twice`)
  return accounts
}

function pick<T extends object>(input: T, keys: readonly (keyof T)[]): Partial<T> {
  const out: Partial<T> = {}
  for (const key of keys) if (input[key] !== undefined) out[key] = input[key]
  return out
}

/**
 * The institution configuration (SPEC "Concepts"): every row is the caller's institution's;
 * another institution's ids answer 404. Who may write is decided by the routes' access rules.
 */
export class InstitutionConfigService {
  readonly db: Db
  constructor(db: Db) {
    this.db = db
  }

  // Libraries, funds, item policies, material types.

  async listCoded(caller: Principal, kind: CodedKind, query: ListQuery) {
    const rows = await config.listCoded(this.db, TABLES[kind], caller.institutionId, pick(query, ['active', 'code']), {
      after: decodeCursor(query.cursor),
      limit: query.limit,
    })
    const page = toPage(rows, query.limit)
    return { items: page.rows.map(toCoded), nextCursor: page.nextCursor }
  }

  async getCoded(caller: Principal, kind: CodedKind, id: string, db: Executor = this.db) {
    const row = await config.findCoded(db, TABLES[kind], caller.institutionId, id)
    if (row === undefined) throw notFound(`${KIND_NOUNS[kind]} ${id}`)
    return toCoded(row)
  }

  async createCoded(caller: Principal, kind: CodedKind, input: CodedInput) {
    const row = await uniqueCode(KIND_NOUNS[kind], input.code, () =>
      config.insertCoded(this.db, TABLES[kind], { institution_id: caller.institutionId, code: input.code, name: input.name, active: input.active ?? true }),
    )
    return toCoded(row)
  }

  async updateCoded(caller: Principal, kind: CodedKind, id: string, ifMatch: string | undefined, changes: CodedChangesInput) {
    const what = `${KIND_NOUNS[kind]} ${id}`
    const current = await this.getCoded(caller, kind, id)
    assertIfMatch(ifMatch, current.version, what)
    const row = await uniqueCode(KIND_NOUNS[kind], changes.code, () =>
      config.updateCoded(this.db, TABLES[kind], caller.institutionId, id, current.version, pick(changes, ['code', 'name', 'active'])),
    )
    if (row === undefined) throw changedWhileSaving(what)
    return toCoded(row)
  }

  async deleteCoded(caller: Principal, kind: CodedKind, id: string) {
    const what = `${KIND_NOUNS[kind]} ${id}`
    await this.getCoded(caller, kind, id)
    await this.deleteUnnamed(
      what,
      async (trx) => {
        const table = TABLES[kind]
        if (table === 'libraries') return null
        if (table !== 'funds') return names(await config.lockUnlessNamed(trx, table, [id]))
        await config.lockRows(trx, 'funds', [id])
        const lines = await config.countPoLinesWithFund(trx, caller.institutionId, id)
        return lines > 0 ? countOf(lines, 'PO line') : null
      },
      (trx) => config.deleteCoded(trx, TABLES[kind], caller.institutionId, id),
    )
  }

  /**
   * Deletes a configuration row of the caller's institution (the caller has found it there) unless
   * something names it (409 with what does; 404 when it went meanwhile), in one transaction:
   * `named` locks the row and looks for what names it where no foreign key does
   * (config.lockUnlessNamed); the keys between configuration rows refuse by themselves.
   */
  private async deleteUnnamed(what: string, named: (trx: Executor) => Promise<string | null>, remove: (trx: Executor) => Promise<boolean>): Promise<void> {
    const deleted = await unreferenced(what, () =>
      this.db.transaction().execute(async (trx) => {
        const by = await named(trx)
        if (by !== null) throw stillUsed(what, by)
        return remove(trx)
      }),
    )
    if (!deleted) throw notFound(what)
  }

  // Locations of a library.

  async listLocations(caller: Principal, libraryId: string, query: ListQuery) {
    await this.getCoded(caller, 'library', libraryId)
    const rows = await config.listLocations(this.db, libraryId, pick(query, ['active', 'code']), { after: decodeCursor(query.cursor), limit: query.limit })
    const page = toPage(rows, query.limit)
    return { items: page.rows.map(toLocation), nextCursor: page.nextCursor }
  }

  async getLocation(caller: Principal, libraryId: string, id: string) {
    const row = await config.findLocation(this.db, caller.institutionId, libraryId, id)
    if (row === undefined) throw notFound(`Location ${id} of library ${libraryId}`)
    return toLocation(row)
  }

  async createLocation(caller: Principal, libraryId: string, input: CodedInput) {
    await this.getCoded(caller, 'library', libraryId)
    const row = await uniqueCode('Location', input.code, () =>
      config.insertLocation(this.db, { library_id: libraryId, code: input.code, name: input.name, active: input.active ?? true }),
    )
    return toLocation(row)
  }

  async updateLocation(caller: Principal, libraryId: string, id: string, ifMatch: string | undefined, changes: CodedChangesInput) {
    const current = await this.getLocation(caller, libraryId, id)
    assertIfMatch(ifMatch, current.version, `Location ${id}`)
    const row = await uniqueCode('Location', changes.code, () =>
      config.updateLocation(this.db, libraryId, id, current.version, pick(changes, ['code', 'name', 'active'])),
    )
    if (row === undefined) throw changedWhileSaving(`Location ${id}`)
    return toLocation(row)
  }

  async deleteLocation(caller: Principal, libraryId: string, id: string) {
    await this.getLocation(caller, libraryId, id)
    await this.deleteUnnamed(
      `Location ${id}`,
      async (trx) => names(await config.lockUnlessNamed(trx, 'locations', [id])),
      (trx) => config.deleteLocation(trx, libraryId, id),
    )
  }

  // Vendors and their accounts.

  async listVendors(caller: Principal, query: ListQuery) {
    const rows = await config.listVendors(this.db, caller.institutionId, pick(query, ['active', 'code']), {
      after: decodeCursor(query.cursor),
      limit: query.limit,
    })
    const page = toPage(rows, query.limit)
    const accounts = await config.accountsOf(this.db, page.rows.map((row) => row.id))
    return { items: page.rows.map((row) => toVendor(row, accounts)), nextCursor: page.nextCursor }
  }

  async getVendor(caller: Principal, id: string, db: Executor = this.db) {
    const row = await config.findVendor(db, caller.institutionId, id)
    if (row === undefined) throw notFound(`Vendor ${id}`)
    return toVendor(row, await config.accountsOf(db, [row.id]))
  }

  async createVendor(caller: Principal, input: VendorInput) {
    assertCurrency(input.currency)
    const accounts = accountsOf(input.accounts) ?? []
    const id = await uniqueCode('Vendor', input.code, () =>
      this.db.transaction().execute(async (trx) => {
        const row = await config.insertVendor(trx, {
          institution_id: caller.institutionId,
          code: input.code,
          name: input.name,
          currency: input.currency,
          active: input.active ?? true,
        })
        await config.replaceAccounts(trx, row.id, accounts)
        return row.id
      }),
    )
    return this.getVendor(caller, id)
  }

  async updateVendor(caller: Principal, id: string, ifMatch: string | undefined, changes: VendorChangesInput) {
    assertCurrency(changes.currency)
    const accounts = accountsOf(changes.accounts)
    const what = `Vendor ${id}`
    const current = await this.getVendor(caller, id)
    assertIfMatch(ifMatch, current.version, what)
    await uniqueCode('Vendor', changes.code, () =>
      this.db.transaction().execute(async (trx) => {
        const row = await config.updateVendor(trx, caller.institutionId, id, current.version, pick(changes, ['code', 'name', 'currency', 'active']))
        if (row === undefined) throw changedWhileSaving(what)
        if (accounts === undefined) return
        const leftOut = await config.accountsLeftOut(trx, id, accounts.map((account) => account.code))
        const by = await config.lockUnlessNamed(trx, 'vendor_accounts', leftOut)
        if (by !== null) throw stillUsed(`An account removed from ${what}`, referrerName(by))
        await config.replaceAccounts(trx, id, accounts)
      }),
    )
    return this.getVendor(caller, id)
  }

  async deleteVendor(caller: Principal, id: string) {
    const what = `Vendor ${id}`
    if ((await config.findVendor(this.db, caller.institutionId, id)) === undefined) throw notFound(what)
    await this.deleteUnnamed(
      what,
      // The vendor before its accounts, the order in which an import locks them.
      async (trx) =>
        names((await config.lockUnlessNamed(trx, 'vendors', [id])) ?? (await config.lockUnlessNamed(trx, 'vendor_accounts', await config.accountsLeftOut(trx, id, [])))),
      (trx) => config.deleteVendor(trx, caller.institutionId, id),
    )
  }

  // The institution itself.

  async getInstitution(caller: Principal) {
    const row = await config.findInstitution(this.db, caller.institutionId)
    if (row === undefined) throw notFound(`Institution ${caller.institutionId}`)
    return toInstitution(row)
  }

  async updateInstitution(caller: Principal, ifMatch: string | undefined, changes: { timeZone?: string }) {
    if (changes.timeZone !== undefined) {
      const check = checkTimeZone(changes.timeZone)
      if (!check.ok) invalidField('body.timeZone', `"${changes.timeZone}" ${check.reason}`)
    }
    const current = await this.getInstitution(caller)
    assertIfMatch(ifMatch, current.version, 'The institution')
    const row = await config.updateInstitution(this.db, caller.institutionId, current.version, {
      ...(changes.timeZone === undefined ? {} : { time_zone: changes.timeZone }),
    })
    if (row === undefined) throw changedWhileSaving('The institution')
    return toInstitution(row)
  }
}
