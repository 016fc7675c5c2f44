import { randomBytes } from 'node:crypto'
import { Writable } from 'node:stream'
import { type App, buildApp } from '../../src/app.ts'
import { createLogger } from '../../src/boot.ts'
import { Runner } from '../../src/runner/runner.ts'
import type { FtpRunOptions } from '../../src/jobs/ftp-fetch-step.ts'
import { type Config, loadConfig } from '../../src/config.ts'
import type { Db } from '../../src/db/database.ts'
import type { HarvestOptions } from '../../src/pipeline/harvest.ts'
import { insertApiKey, insertUser } from '../../src/db/repositories/users.repository.ts'
import type { Role } from '../../src/domain/permissions/roles.ts'
import { generateApiKey } from '../../src/domain/secrets/secrets.ts'
import { createTestDatabase } from './database.ts'
import { type ApiGet, reportProblemsOfAllJobs } from './report-check.ts'

interface TestContext {
  teardown(fn: () => unknown): void
}

export interface TestUser {
  id: string
  key: string
  headers: { authorization: string }
}

export interface TestApp {
  app: App
  runner: Runner
  db: Db
  databaseUrl: string
  institutionId: string
  admin: TestUser
  /** Every log line the app wrote, as text. */
  logs: string[]
  userWith(roles: Role[], institutionId?: string): Promise<TestUser>
  /**
   * Marks a job whose status and counters the test wrote by hand, with no records behind them: the
   * end-of-test report check then skips comparing its counters with its records.
   */
  fabricated(jobId: string): void
  createInstitution(code: string): Promise<string>
}

export async function createInstitution(db: Db, code: string): Promise<string> {
  const row = await db.insertInto('institutions').values({ code, name: `${code} library` }).returning('id').executeTakeFirstOrThrow()
  return row.id
}

export async function createUser(db: Db, institutionId: string, roles: Role[]): Promise<TestUser> {
  const user = await insertUser(db, {
    institution_id: institutionId,
    username: `user-${randomBytes(4).toString('hex')}`,
    display_name: 'Test user',
    roles,
  })
  const key = generateApiKey()
  await insertApiKey(db, { institution_id: institutionId, user_id: user.id, name: 'test', prefix: key.prefix, key_hash: key.hash })
  return { id: user.id, key: key.key, headers: { authorization: `Bearer ${key.key}` } }
}

const ALL_SEEING: Role[] = ['GENERAL_SYSTEM_ADMINISTRATOR', 'CATALOG_ADMINISTRATOR']

/**
 * The real app on a database of the test's own, with one institution and its administrator. When
 * the test ends, the report of every import job in the database is checked (report-check.ts).
 */
export async function createTestApp(
  t: TestContext,
  overrides: Partial<Config> = {},
  options: { work?: boolean; retryLimit?: number; dryRunMaxRecords?: number; ftp?: Partial<FtpRunOptions>; harvest?: HarvestOptions; poolSize?: number } = {},
): Promise<TestApp> {
  const database = await createTestDatabase(t, { dropOnTeardown: false, ...(options.poolSize === undefined ? {} : { poolSize: options.poolSize }) })
  const logs: string[] = []
  const sink = new Writable({
    write(chunk, _encoding, done) {
      logs.push(String(chunk))
      done()
    },
  })
  const config = { ...loadConfig({}), databaseUrl: database.url, rateLimitPerMinute: 0, ...overrides }
  const logger = createLogger({ logLevel: 'trace' }, sink)
  // One key for the app that encrypts secrets and the runner whose steps (FTP fetches, harvests)
  // decrypt them; FTP tries follow each other at once unless the test asks for a backoff, and reach
  // only loopback servers whatever host a (generated) profile names.
  const secretKey = randomBytes(32)
  const ftp: FtpRunOptions = {
    attempts: 3,
    retryDelayMs: 0,
    timeoutMs: 5000,
    allowedHosts: ['127.0.0.1'],
    secretKey,
    fileLimitBytes: config.uploadLimitBytes,
    ...options.ftp,
  }
  const runner = new Runner({
    ftp,
    connectionString: database.url,
    db: database.db,
    logger,
    work: options.work ?? true,
    ...(options.retryLimit === undefined ? {} : { retryLimit: options.retryLimit }),
    ...(options.dryRunMaxRecords === undefined ? {} : { dryRunMaxRecords: options.dryRunMaxRecords }),
    ...(options.harvest === undefined ? {} : { harvest: options.harvest }),
    secretKey,
  })
  await runner.start()
  const app = await buildApp({ config, db: database.db, secretKey, logger, runner, ftpServer: ftp })
  const fabricated = new Set<string>()
  // A test that closed the app itself (to see what closing does) leaves the check a new one.
  let checker: App | undefined
  const apiGet = async (): Promise<ApiGet> => {
    let target = app
    try {
      await app.inject({ method: 'GET', url: '/health' })
    } catch {
      checker = await buildApp({ config, db: database.db, secretKey, logger, runner, ftpServer: ftp })
      target = checker
    }
    return async (url, headers) => {
      const res = await target.inject({ method: 'GET', url, headers })
      return { status: res.statusCode, body: res.json() }
    }
  }
  // One teardown does it all: a failed check must still close the app and drop the database.
  t.teardown(async () => {
    let problems: string[] = []
    try {
      const readerOf = (institution: string) => createUser(database.db, institution, ALL_SEEING)
      problems = await reportProblemsOfAllJobs(await apiGet(), database.db, readerOf, fabricated)
    } finally {
      await checker?.close()
      await app.close()
      await runner.stop()
      await database.drop()
    }
    if (problems.length > 0) throw new Error(`Reports that do not add up:\n${problems.join('\n')}`)
  })
  const institutionId = await createInstitution(database.db, 'MAIN')
  const admin = await createUser(database.db, institutionId, ALL_SEEING)
  return {
    app,
    runner,
    db: database.db,
    databaseUrl: database.url,
    institutionId,
    admin,
    logs,
    userWith: (roles, otherInstitution) => createUser(database.db, otherInstitution ?? institutionId, roles),
    createInstitution: (code) => createInstitution(database.db, code),
    fabricated: (jobId) => {
      fabricated.add(jobId)
    },
  }
}
