import type { FastifyInstance } from 'fastify'
import fp from 'fastify-plugin'
import { AppError } from '../../errors.ts'

const NUL = '\u0000'
const NUL_MESSAGE = 'must not contain the NUL character (U+0000)'

/** PostgreSQL's text cannot hold U+0000: refused up front with the field's name, not as a 500. */
export function refuseNul(field: string, value: string): void {
  if (value.includes(NUL)) throw new AppError('VALIDATION_FAILED', `${field} ${NUL_MESSAGE}`, { errors: [{ field, message: NUL_MESSAGE }] })
}

function fieldWithNul(value: unknown, path: string): string | undefined {
  if (typeof value === 'string') return value.includes(NUL) ? path : undefined
  if (value === null || typeof value !== 'object' || value instanceof Uint8Array) return undefined
  for (const [key, inner] of Object.entries(value)) {
    const field = `${path}.${key}`
    if (key.includes(NUL)) return field
    const found = fieldWithNul(inner, field)
    if (found !== undefined) return found
  }
  return undefined
}

/**
 * Every text a request carries in its path, query string or JSON body, whatever field it is in
 * and before any of it reaches a query. Multipart fields and file names are streamed past this
 * hook; the upload checks them with `refuseNul` as they arrive.
 */
export const textGuardPlugin = fp(async (app: FastifyInstance) => {
  app.addHook('preValidation', async (request) => {
    const parts = { params: request.params, querystring: request.query, body: request.body }
    for (const [context, value] of Object.entries(parts)) {
      const field = fieldWithNul(value, context)
      if (field !== undefined) refuseNul(field, NUL)
    }
  })
})
