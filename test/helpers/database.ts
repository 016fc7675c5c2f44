import { randomBytes } from 'node:crypto'
import pg from 'pg'
import { createDb, type Db, type Executor } from '../../src/db/database.ts'

export interface TestDatabase {
  db: Db
  url: string
  name: string
  /** Closes the pool and drops the database; done on teardown unless the caller takes it over. */
  drop(): Promise<void>
}

interface Teardown {
  teardown(fn: () => unknown): void
}

function serverUrl(): string {
  const url = process.env.TEST_DATABASE_SERVER
  if (url === undefined) throw new Error('Run the suite with `npm test`: it provides the test PostgreSQL server')
  return url
}

export function databaseUrl(name: string): string {
  const url = new URL(serverUrl())
  url.pathname = `/${name}`
  return url.toString()
}

/**
 * A database of this test's own, cloned from the migrated template that `npm test` prepared, and
 * dropped when the test ends (kept when KEEP_TEST_DATABASES=1, to inspect a failure).
 */
export async function createTestDatabase(t: Teardown, options: { poolSize?: number; dropOnTeardown?: boolean } = {}): Promise<TestDatabase> {
  const name = `cis_test_${randomBytes(6).toString('hex')}`
  const admin = new pg.Client({ connectionString: serverUrl() })
  await admin.connect()
  try {
    await admin.query(`CREATE DATABASE "${name}" TEMPLATE "${process.env.TEST_TEMPLATE_DATABASE}"`)
  } finally {
    await admin.end()
  }
  const url = databaseUrl(name)
  const db = createDb(url, { max: options.poolSize ?? 5 })
  const drop = async () => {
    await db.destroy()
    if (process.env.KEEP_TEST_DATABASES === '1') return
    const cleaner = new pg.Client({ connectionString: serverUrl() })
    await cleaner.connect()
    await cleaner.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)
    await cleaner.end()
  }
  if (options.dropOnTeardown !== false) t.teardown(drop)
  return { db, url, name, drop }
}

/** A transaction kept open: `ready` once `work` has run in it, committed once `release` is called. */
export interface HeldTransaction<T> {
  ready: Promise<void>
  release(): void
  /** What `work` answered, once committed (or why it failed). */
  result: Promise<T>
}

/** Runs `work` in a transaction that stays open until the test releases it (races with other transactions). */
export function heldTransaction<T>(db: Db, work: (trx: Executor) => Promise<T>): HeldTransaction<T> {
  let release = () => {}
  const held = new Promise<void>((resolve) => (release = resolve))
  let done = () => {}
  const ready = new Promise<void>((resolve) => (done = resolve))
  const result = db.transaction().execute(async (trx) => {
    try {
      return await work(trx)
    } finally {
      done()
      await held
    }
  })
  return { ready, release, result }
}

/** A running import job written straight into its table (marked fabricated for the report check), for tests that call the pipeline's writes. */
export async function runningImportJob(env: { db: Db; institutionId: string; fabricated(jobId: string): void }, name: string): Promise<string> {
  const job = await env.db.insertInto('jobs').values({ institution_id: env.institutionId, kind: 'IMPORT', name, status: 'RUNNING' }).returning('id').executeTakeFirstOrThrow()
  env.fabricated(job.id)
  return job.id
}
