import { randomBytes } from 'node:crypto'
import { Writable } from 'node:stream'
import { type App, buildApp } from '../../src/app.ts'
import { createLogger } from '../../src/boot.ts'
import { Runner } from '../../src/runner/runner.ts'
import { type Config, loadConfig } from '../../src/config.ts'
import type { Db } from '../../src/db/database.ts'
import { insertApiKey, insertUser } from '../../src/db/repositories/users.repository.ts'
import type { Role } from '../../src/domain/permissions/roles.ts'
import { generateApiKey } from '../../src/domain/secrets/secrets.ts'
import { createTestDatabase } from './database.ts'

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

/** The real app on a database of the test's own, with one institution and its administrator. */
export async function createTestApp(
  t: TestContext,
  overrides: Partial<Config> = {},
  options: { work?: boolean; retryLimit?: number; dryRunMaxRecords?: number } = {},
): Promise<TestApp> {
  const database = await createTestDatabase(t)
  const logs: string[] = []
  const sink = new Writable({
    write(chunk, _encoding, done) {
      logs.push(String(chunk))
      done()
    },
  })
  const config = { ...loadConfig({}), databaseUrl: database.url, rateLimitPerMinute: 0, ...overrides }
  const logger = createLogger({ logLevel: 'trace' }, sink)
  const runner = new Runner({
    connectionString: database.url,
    db: database.db,
    logger,
    work: options.work ?? true,
    ...(options.retryLimit === undefined ? {} : { retryLimit: options.retryLimit }),
    ...(options.dryRunMaxRecords === undefined ? {} : { dryRunMaxRecords: options.dryRunMaxRecords }),
  })
  await runner.start()
  const app = await buildApp({ config, db: database.db, secretKey: randomBytes(32), logger, runner })
  t.teardown(async () => {
    await app.close()
    await runner.stop()
  })
  const institutionId = await createInstitution(database.db, 'MAIN')
  const admin = await createUser(database.db, institutionId, ['GENERAL_SYSTEM_ADMINISTRATOR', 'CATALOG_ADMINISTRATOR'])
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
  }
}
