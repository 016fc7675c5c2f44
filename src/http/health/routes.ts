import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { sql } from 'kysely'
import { Type } from 'typebox'
import type { Db } from '../../db/database.ts'
import { pendingMigrations } from '../../db/migrate.ts'
import { access } from '../access.ts'
import { AppError } from '../../errors.ts'
import { problemResponses } from '../schemas.ts'

const Status = Type.Object({ status: Type.Literal('ok') })

export const healthRoutes: FastifyPluginAsyncTypebox<{ db: Db }> = async (app, { db }) => {
  app.get(
    '/health',
    {
      config: { access: access.public },
      schema: {
        operationId: 'getHealth',
        tags: ['operations'],
        summary: 'The process is up',
        response: { 200: Status, ...problemResponses(429) },
      },
    },
    async () => ({ status: 'ok' as const }),
  )

  app.get(
    '/ready',
    {
      config: { access: access.public },
      schema: {
        operationId: 'getReadiness',
        tags: ['operations'],
        summary: 'The database answers and its migrations are current',
        response: { 200: Status, ...problemResponses(429, 503) },
      },
    },
    async () => {
      try {
        await sql`SELECT 1`.execute(db)
      } catch {
        throw new AppError('UNAVAILABLE', 'The database does not answer')
      }
      const pending = await pendingMigrations(db)
      if (pending.length > 0) throw new AppError('UNAVAILABLE', `Migrations not applied: ${pending.join(', ')}`)
      return { status: 'ok' as const }
    },
  )
}
