import { randomBytes } from 'node:crypto'
import { existsSync } from 'node:fs'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { sql } from 'kysely'
import pino, { type Logger } from 'pino'
import { type Config, ConfigError, decodeSecretKey } from './config.ts'
import { createDb, type Db } from './db/database.ts'
import { type EmbeddedServer, startEmbeddedPostgres } from './db/embedded.ts'
import { migrateToLatest } from './db/migrate.ts'
import { insertApiKey, insertUser } from './db/repositories/users.repository.ts'
import type { FtpRunOptions } from './jobs/ftp-fetch-step.ts'
import { externalKeyPrefix, generateApiKey, hashApiKey } from './domain/secrets/secrets.ts'

export function createLogger(config: Pick<Config, 'logLevel'>, destination?: pino.DestinationStream): Logger {
  return pino(
    {
      level: config.logLevel,
      redact: { paths: ['req.headers.authorization', 'headers.authorization', '*.password', 'password'], censor: '[redacted]' },
    },
    destination,
  )
}

export interface Database {
  db: Db
  url: string
  embedded: EmbeddedServer | null
}

/** The configured server, or the embedded one under `dataDir/pg`; migrated before anything uses it. */
export async function openDatabase(config: Config, logger: Logger, options: { poolSize?: number; applicationName?: string } = {}): Promise<Database> {
  let embedded: EmbeddedServer | null = null
  let url = config.databaseUrl
  if (url === undefined) {
    logger.info({ dataDir: join(config.dataDir, 'pg'), port: config.embeddedPostgresPort }, 'starting embedded PostgreSQL')
    embedded = await startEmbeddedPostgres({
      dataDir: join(config.dataDir, 'pg'),
      port: config.embeddedPostgresPort,
      onLog: (message) => logger.debug({ postgres: message }, 'embedded PostgreSQL'),
    })
    url = embedded.url
  }
  const db = createDb(url, { max: options.poolSize ?? 10, applicationName: options.applicationName ?? 'catalog-import' })
  const result = await migrateToLatest(db)
  for (const migration of result.results ?? []) logger.info({ migration: migration.migrationName }, 'migration applied')
  return { db, url, embedded }
}

/** The encryption key for stored secrets: SECRET_KEY, or a key file made once under the data folder. */
export async function loadSecretKey(config: Config): Promise<Buffer> {
  if (config.secretKey !== undefined) return decodeSecretKey(config.secretKey) as Buffer
  const file = join(config.dataDir, 'secret.key')
  if (!existsSync(file)) {
    await mkdir(config.dataDir, { recursive: true })
    await writeFile(file, randomBytes(32).toString('hex'), { mode: 0o600, flag: 'wx' }).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'EEXIST') throw error
    })
  }
  const key = decodeSecretKey((await readFile(file, 'utf8')).trim())
  if (key === null) throw new ConfigError(`${file} does not hold a 32-byte key; set SECRET_KEY or remove the file`)
  return key
}

/** How this process's FTP fetches connect and retry (config FTP_*), with the key that opens profiles' secrets. */
export async function ftpRunOptions(config: Config, secretKey: Buffer): Promise<FtpRunOptions> {
  return {
    attempts: config.ftpAttempts,
    retryDelayMs: config.ftpRetryDelayMs,
    timeoutMs: config.ftpTimeoutMs,
    ...(config.ftpCaFile === undefined ? {} : { tlsCa: await readFile(config.ftpCaFile, 'utf8') }),
    secretKey,
    fileLimitBytes: config.uploadLimitBytes,
  }
}

/**
 * On the first start of an empty database: one institution and one administrator, whose key is
 * printed once (or is BOOTSTRAP_ADMIN_KEY). An advisory lock keeps two processes from both doing it.
 */
export async function bootstrapInstitution(db: Db, config: Config, print: (text: string) => void): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await sql`SELECT pg_advisory_xact_lock(hashtext('catalog-import:bootstrap'))`.execute(trx)
    const existing = await trx.selectFrom('institutions').select('id').limit(1).executeTakeFirst()
    if (existing !== undefined) return
    const institution = await trx
      .insertInto('institutions')
      .values({ code: 'MAIN', name: 'Main institution' })
      .returning('id')
      .executeTakeFirstOrThrow()
    const admin = await insertUser(trx, {
      institution_id: institution.id,
      username: 'admin',
      display_name: 'Administrator',
      roles: ['GENERAL_SYSTEM_ADMINISTRATOR', 'CATALOG_ADMINISTRATOR', 'ACQUISITIONS_ADMINISTRATOR'],
    })
    const supplied = config.bootstrapAdminKey
    const fresh = supplied === undefined ? generateApiKey() : null
    await insertApiKey(trx, {
      institution_id: institution.id,
      user_id: admin.id,
      name: 'bootstrap',
      prefix: fresh?.prefix ?? externalKeyPrefix(supplied as string),
      key_hash: fresh?.hash ?? hashApiKey(supplied as string),
    })
    if (fresh !== null) {
      print(
        `\nFirst start: created institution MAIN and user "admin".\nAdmin API key (shown only now, store it safely):\n\n  ${fresh.key}\n\n`,
      )
    }
  })
}

/**
 * Runs the shutdown phases in order, each on its own: a phase that fails is logged and the next
 * still runs, so a runner that will not stop does not leave the pool or the embedded server open.
 */
export async function runShutdownPhases(logger: Logger, phases: ReadonlyArray<readonly [name: string, close: () => Promise<unknown>]>): Promise<void> {
  for (const [name, close] of phases) {
    try {
      await close()
    } catch (error) {
      logger.error({ err: error, phase: name }, 'shutdown phase failed')
    }
  }
}
