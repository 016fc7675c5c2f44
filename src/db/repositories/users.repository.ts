import type { Executor } from '../database.ts'
import { cursorColumn, type Keyset, olderThan } from '../pagination.ts'

export interface KeyOwnerRow {
  key_id: string
  key_hash: Buffer
  user_id: string
  institution_id: string
  username: string
  roles: string[]
}

export async function findActiveKeyOwner(db: Executor, prefix: string): Promise<KeyOwnerRow | undefined> {
  return db
    .selectFrom('api_keys')
    .innerJoin('users', 'users.id', 'api_keys.user_id')
    .select([
      'api_keys.id as key_id',
      'api_keys.key_hash',
      'users.id as user_id',
      'users.institution_id',
      'users.username',
      'users.roles',
    ])
    .where('api_keys.prefix', '=', prefix)
    .where('api_keys.revoked_at', 'is', null)
    .where('users.active', '=', true)
    .executeTakeFirst()
}

export async function findUser(db: Executor, institutionId: string, userId: string) {
  return db
    .selectFrom('users')
    .selectAll()
    .where('institution_id', '=', institutionId)
    .where('id', '=', userId)
    .executeTakeFirst()
}

export async function insertUser(
  db: Executor,
  user: { institution_id: string; username: string; display_name: string; roles: string[] },
) {
  return db.insertInto('users').values(user).returningAll().executeTakeFirstOrThrow()
}

export async function insertApiKey(
  db: Executor,
  key: { institution_id: string; user_id: string; name: string; prefix: string; key_hash: Buffer },
) {
  return db.insertInto('api_keys').values(key).returningAll().executeTakeFirstOrThrow()
}

export async function listUsers(db: Executor, institutionId: string, page: { after?: Keyset; limit: number }) {
  let query = db
    .selectFrom('users')
    .selectAll()
    .select(cursorColumn('users').as('cursor_at'))
    .where('institution_id', '=', institutionId)
  if (page.after !== undefined) query = query.where(olderThan('users', page.after))
  return query.orderBy('created_at', 'desc').orderBy('id', 'desc').limit(page.limit + 1).execute()
}

export async function updateUser(
  db: Executor,
  institutionId: string,
  userId: string,
  changes: { display_name?: string; roles?: string[]; active?: boolean },
) {
  return db
    .updateTable('users')
    .set(changes)
    .where('institution_id', '=', institutionId)
    .where('id', '=', userId)
    .returningAll()
    .executeTakeFirst()
}

export async function listApiKeys(db: Executor, userId: string) {
  return db
    .selectFrom('api_keys')
    .select(['id', 'name', 'prefix', 'created_at', 'last_used_at', 'revoked_at'])
    .where('user_id', '=', userId)
    .orderBy('created_at', 'desc')
    .execute()
}

export async function revokeApiKey(db: Executor, userId: string, keyId: string) {
  return db
    .updateTable('api_keys')
    .set({ revoked_at: new Date() })
    .where('user_id', '=', userId)
    .where('id', '=', keyId)
    .returning(['id', 'revoked_at'])
    .executeTakeFirst()
}
