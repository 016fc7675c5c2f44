import { sql, type Insertable, type Updateable } from 'kysely'
import type { JobEvent } from '../../domain/jobs/events.ts'
import type { JobStatus } from '../../domain/jobs/lifecycle.ts'
import type { Executor } from '../database.ts'
import { cursorColumn, type Keyset, olderThan } from '../pagination.ts'
import type { IntegrationProfilesTable, LibraryCodeMappingsTable, PartnersTable } from '../schema.ts'

export async function findIntegrationProfile(db: Executor, institutionId: string, id: string) {
  return db
    .selectFrom('integration_profiles')
    .selectAll()
    .where('institution_id', '=', institutionId)
    .where('id', '=', id)
    .where('deleted_at', 'is', null)
    .executeTakeFirst()
}

export type IntegrationProfileRow = NonNullable<Awaited<ReturnType<typeof findIntegrationProfile>>>

/** A profile by id alone, for the harvest step (access was checked when its job was created). */
export async function getIntegrationProfile(db: Executor, id: string) {
  return db.selectFrom('integration_profiles').selectAll().where('id', '=', id).executeTakeFirstOrThrow()
}

export async function listIntegrationProfiles(db: Executor, institutionId: string, filter: { active?: boolean }, page: { after?: Keyset; limit: number }) {
  let query = db
    .selectFrom('integration_profiles')
    .selectAll()
    .select(cursorColumn('integration_profiles').as('cursor_at'))
    .where('institution_id', '=', institutionId)
    .where('deleted_at', 'is', null)
  if (filter.active !== undefined) query = query.where('active', '=', filter.active)
  if (page.after !== undefined) query = query.where(olderThan('integration_profiles', page.after))
  return query.orderBy('created_at', 'desc').orderBy('id', 'desc').limit(page.limit + 1).execute()
}

export async function insertIntegrationProfile(db: Executor, row: Insertable<IntegrationProfilesTable>) {
  return db.insertInto('integration_profiles').values(row).returningAll().executeTakeFirstOrThrow()
}

/** Applies the change only if the row is still at `version`; undefined when someone else got there first. */
export async function updateIntegrationProfile(db: Executor, id: string, version: number, changes: Updateable<IntegrationProfilesTable>) {
  return db
    .updateTable('integration_profiles')
    .set((eb) => ({ ...changes, version: eb('version', '+', 1), updated_at: new Date() }))
    .where('id', '=', id)
    .where('version', '=', version)
    .returningAll()
    .executeTakeFirst()
}

export async function lockIntegrationProfile(db: Executor, id: string): Promise<void> {
  await db.selectFrom('integration_profiles').select('id').where('id', '=', id).forUpdate().execute()
}

export async function softDeleteIntegrationProfile(db: Executor, id: string): Promise<void> {
  await db.updateTable('integration_profiles').set({ deleted_at: new Date(), active: false }).where('id', '=', id).execute()
}

/** Records the last day a successful harvest covered, with the harvest's writes. */
export async function setHarvestedThrough(db: Executor, id: string, day: string): Promise<void> {
  await db.updateTable('integration_profiles').set({ harvested_through: day }).where('id', '=', id).execute()
}

export async function findLibrary(db: Executor, institutionId: string, libraryId: string) {
  return db.selectFrom('libraries').select(['id', 'code', 'name']).where('institution_id', '=', institutionId).where('id', '=', libraryId).executeTakeFirst()
}

// Library code mappings (per integration profile)

export async function findMapping(db: Executor, profileId: string, mappingId: string) {
  return db.selectFrom('library_code_mappings').selectAll().where('integration_profile_id', '=', profileId).where('id', '=', mappingId).executeTakeFirst()
}

export type MappingRow = NonNullable<Awaited<ReturnType<typeof findMapping>>>

export async function listMappings(db: Executor, profileId: string, page: { after?: Keyset; limit: number }) {
  let query = db
    .selectFrom('library_code_mappings')
    .selectAll()
    .select(cursorColumn('library_code_mappings').as('cursor_at'))
    .where('integration_profile_id', '=', profileId)
  if (page.after !== undefined) query = query.where(olderThan('library_code_mappings', page.after))
  return query.orderBy('created_at', 'desc').orderBy('id', 'desc').limit(page.limit + 1).execute()
}

/** Every mapping of a profile, for a harvest: external code → library id. */
export async function mappingsOf(db: Executor, profileId: string): Promise<Map<string, string>> {
  const rows = await db.selectFrom('library_code_mappings').select(['external_code', 'library_id']).where('integration_profile_id', '=', profileId).execute()
  return new Map(rows.map((row) => [row.external_code, row.library_id]))
}

export async function insertMapping(db: Executor, row: Insertable<LibraryCodeMappingsTable>) {
  return db.insertInto('library_code_mappings').values(row).returningAll().executeTakeFirstOrThrow()
}

export async function updateMapping(db: Executor, id: string, version: number, changes: Updateable<LibraryCodeMappingsTable>) {
  return db
    .updateTable('library_code_mappings')
    .set((eb) => ({ ...changes, version: eb('version', '+', 1), updated_at: new Date() }))
    .where('id', '=', id)
    .where('version', '=', version)
    .returningAll()
    .executeTakeFirst()
}

export async function deleteMapping(db: Executor, id: string): Promise<void> {
  await db.deleteFrom('library_code_mappings').where('id', '=', id).execute()
}

// Partners (per institution)

export async function findPartner(db: Executor, institutionId: string, id: string) {
  return db.selectFrom('partners').selectAll().where('institution_id', '=', institutionId).where('id', '=', id).executeTakeFirst()
}

export type PartnerRow = NonNullable<Awaited<ReturnType<typeof findPartner>>>

export async function listPartners(db: Executor, institutionId: string, filter: { code?: string; active?: boolean }, page: { after?: Keyset; limit: number }) {
  let query = db
    .selectFrom('partners')
    .selectAll()
    .select(cursorColumn('partners').as('cursor_at'))
    .where('institution_id', '=', institutionId)
  if (filter.code !== undefined) query = query.where(sql`lower(code)`, '=', filter.code.toLowerCase())
  if (filter.active !== undefined) query = query.where('active', '=', filter.active)
  if (page.after !== undefined) query = query.where(olderThan('partners', page.after))
  return query.orderBy('created_at', 'desc').orderBy('id', 'desc').limit(page.limit + 1).execute()
}

/** The active partners whose codes are among `codes`, regardless of case, by lower-cased code: one query. */
export async function partnersByCode(db: Executor, institutionId: string, codes: readonly string[]): Promise<Map<string, string>> {
  if (codes.length === 0) return new Map()
  const lower = [...new Set(codes.map((code) => code.toLowerCase()))]
  const rows = await db
    .selectFrom('partners')
    .select(['id', sql<string>`lower(code)`.as('key')])
    .where('institution_id', '=', institutionId)
    .where('active', '=', true)
    .where(sql`lower(code)`, 'in', lower)
    .execute()
  return new Map(rows.map((row) => [row.key, row.id]))
}

export async function insertPartner(db: Executor, row: Insertable<PartnersTable>) {
  return db.insertInto('partners').values(row).returningAll().executeTakeFirstOrThrow()
}

export async function updatePartner(db: Executor, id: string, version: number, changes: Updateable<PartnersTable>) {
  return db
    .updateTable('partners')
    .set((eb) => ({ ...changes, version: eb('version', '+', 1), updated_at: new Date() }))
    .where('id', '=', id)
    .where('version', '=', version)
    .returningAll()
    .executeTakeFirst()
}

/** Deletes a partner no request names; answers false when one does (deactivate it instead). */
export async function deletePartner(db: Executor, id: string): Promise<boolean> {
  const used = await db
    .selectFrom('borrowing_requests')
    .select('id')
    .where(sql<boolean>`lenders @> ${JSON.stringify([{ partnerId: id }])}::jsonb`)
    .limit(1)
    .executeTakeFirst()
  if (used !== undefined) return false
  await db.deleteFrom('partners').where('id', '=', id).execute()
  return true
}

export async function institutionTimeZone(db: Executor, institutionId: string): Promise<string> {
  const row = await db.selectFrom('institutions').select('time_zone').where('id', '=', institutionId).executeTakeFirstOrThrow()
  return row.time_zone
}

/** A harvest's events in one multi-row insert. */
export async function insertHarvestEvents(db: Executor, jobId: string, status: JobStatus, events: readonly JobEvent[]): Promise<void> {
  if (events.length === 0) return
  await db
    .insertInto('job_events')
    .values(events.map((e) => ({ job_id: jobId, status, severity: e.severity, module: e.module, description: e.description, created_by: e.createdBy })))
    .execute()
}

export async function countHarvestsInStatus(db: Executor, profileId: string, statuses: readonly JobStatus[]): Promise<number> {
  const row = await db
    .selectFrom('jobs')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .where('integration_profile_id', '=', profileId)
    .where('status', 'in', [...statuses])
    .executeTakeFirstOrThrow()
  return row.count
}
