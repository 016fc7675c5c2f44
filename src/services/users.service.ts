import type { Db } from '../db/database.ts'
import { decodeCursor, toPage } from '../db/pagination.ts'
import * as users from '../db/repositories/users.repository.ts'
import type { Role } from '../domain/permissions/roles.ts'
import { generateApiKey } from '../domain/secrets/secrets.ts'
import { isRole, type Principal } from '../domain/permissions/principal.ts'
import { AppError, notFound } from '../errors.ts'

type UserRow = Awaited<ReturnType<typeof users.findUser>> & object

export function toUser(row: UserRow) {
  return {
    id: row.id,
    username: row.username,
    displayName: row.display_name,
    roles: row.roles.filter(isRole),
    active: row.active,
    createdAt: row.created_at.toISOString(),
  }
}

type KeyRow = Awaited<ReturnType<typeof users.listApiKeys>>[number]

function toApiKey(row: KeyRow) {
  return {
    id: row.id,
    name: row.name,
    prefix: row.prefix,
    createdAt: row.created_at.toISOString(),
    lastUsedAt: row.last_used_at?.toISOString() ?? null,
    revokedAt: row.revoked_at?.toISOString() ?? null,
  }
}

function isUniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: string }).code === '23505'
}

export class UsersService {
  readonly db: Db
  constructor(db: Db) {
    this.db = db
  }

  async list(caller: Principal, query: { cursor?: string; limit: number }) {
    const rows = await users.listUsers(this.db, caller.institutionId, { after: decodeCursor(query.cursor), limit: query.limit })
    const page = toPage(rows, query.limit)
    return { items: page.rows.map(toUser), nextCursor: page.nextCursor }
  }

  async get(caller: Principal, userId: string) {
    const row = await users.findUser(this.db, caller.institutionId, userId)
    if (row === undefined) throw notFound(`User ${userId}`)
    return toUser(row)
  }

  async create(caller: Principal, input: { username: string; displayName: string; roles: Role[] }) {
    try {
      const row = await users.insertUser(this.db, {
        institution_id: caller.institutionId,
        username: input.username,
        display_name: input.displayName,
        roles: [...new Set(input.roles)],
      })
      return toUser(row)
    } catch (error) {
      if (isUniqueViolation(error)) throw new AppError('CONFLICT', `A user named "${input.username}" already exists`)
      throw error
    }
  }

  async update(caller: Principal, userId: string, input: { displayName?: string; roles?: Role[]; active?: boolean }) {
    if (userId === caller.userId && (input.active === false || (input.roles !== undefined && !input.roles.includes('GENERAL_SYSTEM_ADMINISTRATOR')))) {
      throw new AppError('CONFLICT', 'You cannot deactivate yourself or remove your own administrator role')
    }
    const row = await users.updateUser(this.db, caller.institutionId, userId, {
      ...(input.displayName === undefined ? {} : { display_name: input.displayName }),
      ...(input.roles === undefined ? {} : { roles: [...new Set(input.roles)] }),
      ...(input.active === undefined ? {} : { active: input.active }),
    })
    if (row === undefined) throw notFound(`User ${userId}`)
    return toUser(row)
  }

  async createKey(caller: Principal, userId: string, name: string) {
    const user = await this.get(caller, userId)
    const fresh = generateApiKey()
    const row = await users.insertApiKey(this.db, {
      institution_id: caller.institutionId,
      user_id: user.id,
      name,
      prefix: fresh.prefix,
      key_hash: fresh.hash,
    })
    return { ...toApiKey({ ...row, last_used_at: null, revoked_at: null }), key: fresh.key }
  }

  async listKeys(caller: Principal, userId: string) {
    const user = await this.get(caller, userId)
    return (await users.listApiKeys(this.db, user.id)).map(toApiKey)
  }

  async revokeKey(caller: Principal, userId: string, keyId: string) {
    const user = await this.get(caller, userId)
    const revoked = await users.revokeApiKey(this.db, user.id, keyId)
    if (revoked === undefined) throw notFound(`API key ${keyId}`)
  }
}
