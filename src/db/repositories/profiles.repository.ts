import type { Insertable, Updateable } from 'kysely'
import type { JobStatus } from '../../domain/jobs/lifecycle.ts'
import type { ProfileType } from '../../domain/permissions/roles.ts'
import type { Protocol } from '../../domain/profiles/profile.ts'
import type { Executor } from '../database.ts'
import { cursorColumn, type Keyset, olderThan } from '../pagination.ts'
import type { ImportProfilesTable } from '../schema.ts'

export async function findProfile(db: Executor, institutionId: string, profileId: string) {
  return db
    .selectFrom('import_profiles')
    .selectAll()
    .where('institution_id', '=', institutionId)
    .where('id', '=', profileId)
    .where('deleted_at', 'is', null)
    .executeTakeFirst()
}

export type ProfileRow = NonNullable<Awaited<ReturnType<typeof findProfile>>>

export async function listProfiles(
  db: Executor,
  institutionId: string,
  filter: { types: ProfileType[]; protocol?: Protocol; active?: boolean },
  page: { after?: Keyset; limit: number },
) {
  if (filter.types.length === 0) return []
  let query = db
    .selectFrom('import_profiles')
    .selectAll()
    .select(cursorColumn('import_profiles').as('cursor_at'))
    .where('institution_id', '=', institutionId)
    .where('deleted_at', 'is', null)
    .where('type', 'in', filter.types)
  if (filter.protocol !== undefined) query = query.where('protocol', '=', filter.protocol)
  if (filter.active !== undefined) query = query.where('active', '=', filter.active)
  if (page.after !== undefined) query = query.where(olderThan('import_profiles', page.after))
  return query.orderBy('created_at', 'desc').orderBy('id', 'desc').limit(page.limit + 1).execute()
}

export async function insertProfile(db: Executor, profile: Insertable<ImportProfilesTable>) {
  return db.insertInto('import_profiles').values(profile).returningAll().executeTakeFirstOrThrow()
}

/** Applies the change only if the row is still at `version`; undefined when someone else got there first. */
export async function updateProfile(
  db: Executor,
  profileId: string,
  version: number,
  changes: Updateable<ImportProfilesTable>,
) {
  return db
    .updateTable('import_profiles')
    .set((eb) => ({ ...changes, version: eb('version', '+', 1), updated_at: new Date() }))
    .where('id', '=', profileId)
    .where('version', '=', version)
    .returningAll()
    .executeTakeFirst()
}

export async function countJobsInStatus(db: Executor, profileId: string, statuses: readonly JobStatus[]) {
  const row = await db
    .selectFrom('jobs')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .where('profile_id', '=', profileId)
    .where('status', 'in', [...statuses])
    .executeTakeFirstOrThrow()
  return row.count
}

export async function findGrant(db: Executor, profileId: string, userId: string) {
  return db.selectFrom('profile_grants').selectAll().where('profile_id', '=', profileId).where('user_id', '=', userId).executeTakeFirst()
}

export async function upsertGrant(db: Executor, grant: { profile_id: string; user_id: string; granted_by: string }) {
  const inserted = await db
    .insertInto('profile_grants')
    .values(grant)
    .onConflict((conflict) => conflict.columns(['profile_id', 'user_id']).doNothing())
    .returningAll()
    .executeTakeFirst()
  return { created: inserted !== undefined, row: inserted ?? (await findGrant(db, grant.profile_id, grant.user_id)) }
}

export async function deleteGrant(db: Executor, profileId: string, userId: string) {
  const result = await db.deleteFrom('profile_grants').where('profile_id', '=', profileId).where('user_id', '=', userId).executeTakeFirst()
  return result.numDeletedRows > 0n
}

export async function listGrants(db: Executor, profileId: string) {
  return db.selectFrom('profile_grants').selectAll().where('profile_id', '=', profileId).orderBy('created_at').execute()
}

/** Locks the profile's row, so no job starts on it until the caller's transaction ends. */
export async function lockProfile(db: Executor, profileId: string): Promise<void> {
  await db.selectFrom('import_profiles').select('id').where('id', '=', profileId).forUpdate().execute()
}

/** Deletes a profile softly: its jobs keep their link, and it runs no more. */
export async function softDeleteProfile(db: Executor, profileId: string): Promise<void> {
  await db.updateTable('import_profiles').set({ deleted_at: new Date(), active: false }).where('id', '=', profileId).execute()
}
