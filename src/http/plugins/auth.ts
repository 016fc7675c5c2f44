import { timingSafeEqual } from 'node:crypto'
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import fp from 'fastify-plugin'
import type { Db } from '../../db/database.ts'
import { findActiveKeyOwner } from '../../db/repositories/users.repository.ts'
import { hasAnyRole, profileTypesFor } from '../../domain/permissions/roles.ts'
import { apiKeyPrefix, externalKeyPrefix, hashApiKey } from '../../domain/secrets/secrets.ts'
import { isRole, type Principal } from '../../domain/permissions/principal.ts'
import { type AccessRule } from '../access.ts'
import { AppError } from '../../errors.ts'

const BEARER = /^Bearer\s+(\S+)\s*$/i

async function authenticate(db: Db, request: FastifyRequest): Promise<Principal> {
  const header = request.headers.authorization
  const key = header === undefined ? undefined : BEARER.exec(header)?.[1]
  if (key === undefined) {
    throw new AppError('UNAUTHENTICATED', 'Send an API key as "Authorization: Bearer <key>"', {
      headers: { 'www-authenticate': 'Bearer' },
    })
  }
  const owner = await findActiveKeyOwner(db, apiKeyPrefix(key) ?? externalKeyPrefix(key))
  if (owner === undefined || !timingSafeEqual(owner.key_hash, hashApiKey(key))) {
    throw new AppError('UNAUTHENTICATED', 'The API key is unknown or revoked', {
      headers: { 'www-authenticate': 'Bearer error="invalid_token"' },
    })
  }
  return {
    userId: owner.user_id,
    institutionId: owner.institution_id,
    username: owner.username,
    roles: owner.roles.filter(isRole),
    apiKeyId: owner.key_id,
  }
}

function authorize(rule: AccessRule, principal: Principal): void {
  if (rule.kind === 'roles' && !hasAnyRole(principal.roles, rule.roles)) {
    throw new AppError('FORBIDDEN', `This needs one of the roles ${rule.roles.join(', ')}`)
  }
  if (rule.kind === 'profile' && profileTypesFor(principal.roles, rule.action).length === 0) {
    throw new AppError('FORBIDDEN', `Your roles may not ${rule.action} import profiles of any type`)
  }
}

/** Counts the request against its caller's allowance; throws once the allowance is spent. */
export type RequestLimit = (request: FastifyRequest, reply: FastifyReply) => Promise<unknown>

/**
 * Authentication and the route's declared access rule, before the body is even parsed. The rate
 * limit runs here because only authentication knows whose allowance a request spends: the key's,
 * or the client address's when there is no valid key (a failed attempt counts too, and a spent
 * allowance answers 429 rather than 401).
 */
export const authPlugin = fp(async (app: FastifyInstance, options: { db: Db; limit?: RequestLimit }) => {
  const limit: RequestLimit = options.limit ?? (async () => undefined)
  app.decorateRequest('principal', null)
  app.addHook('onRequest', async (request, reply) => {
    const rule = request.routeOptions.config.access
    if (rule === undefined || rule.kind === 'public') {
      await limit(request, reply)
      return
    }
    try {
      request.principal = await authenticate(options.db, request)
    } catch (error) {
      await limit(request, reply)
      throw error
    }
    await limit(request, reply)
    authorize(rule, request.principal)
  })
})

export function principalOf(request: FastifyRequest): Principal {
  if (request.principal === null) throw new Error('route has no access rule but needs a principal')
  return request.principal
}
