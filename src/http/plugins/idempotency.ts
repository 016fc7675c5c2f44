import { createHash } from 'node:crypto'
import type { FastifyInstance, FastifyRequest } from 'fastify'
import fp from 'fastify-plugin'
import type { Db } from '../../db/database.ts'
import {
  claimIdempotencyKey,
  completeIdempotencyKey,
  releaseIdempotencyKey,
} from '../../db/repositories/idempotency.repository.ts'
import { AppError } from '../../errors.ts'
import type { Replay } from '../../services/upload.ts'

const KEY = /^[\x21-\x7e]{1,255}$/
const REPLAYED_HEADERS = ['content-type', 'location', 'etag']

interface Claim {
  userId: string
  key: string
}

declare module 'fastify' {
  interface FastifyRequest {
    idempotencyClaim: Claim | null
  }
}

/**
 * The request a key was first used for: method, path and the parsed body (field order ignored). A
 * body parsed as bytes (a MARC record) is its media type and content hash: walked as an object it
 * would become one JSON key per byte.
 */
export function requestFingerprint(request: FastifyRequest, bodyDigest?: string): string {
  const body = bodyDigest ?? (request.body instanceof Uint8Array ? bytesDigest(request) : JSON.stringify(canonical(request.body ?? null)))
  return createHash('sha256').update(`${request.method} ${request.url}\n${body}`).digest('hex')
}

function bytesDigest(request: FastifyRequest): string {
  const bytes = request.body as Uint8Array
  return `${request.headers['content-type'] ?? ''}\n${createHash('sha256').update(bytes).digest('hex')}`
}

function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical)
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.keys(value).sort().map((k) => [k, canonical((value as Record<string, unknown>)[k])]))
  }
  return value
}

/**
 * `Idempotency-Key` on creating POSTs: the first request claims the key (a row written before the
 * work starts, so two concurrent repeats cannot both create), its 2xx response is stored, and a
 * repeat with the same request gets that response back. Routes whose body is a stream (uploads)
 * claim the key themselves once they know the body's digest, via `claimIdempotency`.
 */
export const idempotencyPlugin = fp(async (app: FastifyInstance, options: { db: Db }) => {
  app.decorateRequest('idempotencyClaim', null)

  app.addHook('preHandler', async (request, reply) => {
    if (!request.routeOptions.config.idempotent || request.headers['content-type']?.startsWith('multipart/')) return
    const replay = await claimIdempotency(options.db, request)
    if (replay !== null) return reply.code(replay.status).headers(replay.headers).send(replay.body)
  })

  app.addHook('onSend', async (request, reply, payload) => {
    const claim = request.idempotencyClaim
    if (claim === null) return payload
    if (reply.statusCode >= 200 && reply.statusCode < 300 && typeof payload === 'string') {
      const headers: Record<string, string> = {}
      for (const name of REPLAYED_HEADERS) {
        const value = reply.getHeader(name)
        if (value !== undefined) headers[name] = String(value)
      }
      await completeIdempotencyKey(options.db, claim.userId, claim.key, { status_code: reply.statusCode, headers, body: payload })
    } else {
      await releaseIdempotencyKey(options.db, claim.userId, claim.key)
    }
    return payload
  })
})

export async function claimIdempotency(db: Db, request: FastifyRequest, bodyDigest?: string): Promise<Replay | null> {
  const header = request.headers['idempotency-key']
  if (header === undefined || request.principal === null) return null
  const key = Array.isArray(header) ? header[0] : header
  if (key === undefined || !KEY.test(key)) {
    throw new AppError('VALIDATION_FAILED', 'Idempotency-Key must be 1 to 255 visible ASCII characters', {
      errors: [{ field: 'header.idempotency-key', message: 'must be 1 to 255 visible ASCII characters' }],
    })
  }
  const fingerprint = requestFingerprint(request, bodyDigest)
  const userId = request.principal.userId
  const earlier = await claimIdempotencyKey(db, userId, key, fingerprint)
  if (earlier === null) {
    request.idempotencyClaim = { userId, key }
    return null
  }
  if (earlier.request_hash !== fingerprint) {
    throw new AppError('IDEMPOTENCY_KEY_REUSED', `Idempotency-Key "${key}" was already used for a different request`)
  }
  if (earlier.status_code === 0) {
    throw new AppError('CONFLICT', `A request with Idempotency-Key "${key}" is still being processed; retry shortly`)
  }
  return { status: earlier.status_code, headers: { ...earlier.headers, 'idempotent-replayed': 'true' }, body: earlier.body }
}
