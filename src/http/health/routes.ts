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
  // Migrations are never undone: once this process's migrations are all applied they stay so, and
  // readiness polls (load balancers, every few seconds) need not list them again.
  let migrationsCurrent = false
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
      if (!migrationsCurrent) {
        const pending = await pendingMigrations(db)
        if (pending.length > 0) throw new AppError('UNAVAILABLE', `Migrations not applied: ${pending.join(', ')}`)
        migrationsCurrent = true
      }
      return { status: 'ok' as const }
    },
  )
}
