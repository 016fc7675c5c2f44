import { Kysely, PostgresDialect, type Transaction } from 'kysely'
import pg from 'pg'
import type { Database } from './schema.ts'

export type Db = Kysely<Database>
export type Executor = Kysely<Database> | Transaction<Database>

// int8 (counts, sums) as numbers: every count here fits comfortably in 2^53.
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number(value))
// date (a calendar day) as its YYYY-MM-DD text: a JavaScript Date would put it at a time zone's midnight.
pg.types.setTypeParser(pg.types.builtins.DATE, (value) => value)

export function createDb(connectionString: string, options: { max?: number; applicationName?: string } = {}): Db {
  const pool = new pg.Pool({
    connectionString,
    max: options.max ?? 10,
    application_name: options.applicationName ?? 'catalog-import',
  })
  // An idle connection the server closes (restart, failover) is replaced on next use; without a
  // listener pg would throw it as an uncaught error and take the process down.
  pool.on('error', () => {})
  return new Kysely<Database>({ dialect: new PostgresDialect({ pool }) })
}
