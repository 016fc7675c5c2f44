import { resolve } from 'node:path'
import { DRY_RUN_MAX_RECORDS } from './domain/import/split.ts'

/** Settings read once at boot. A bad value stops the process with one line naming the setting. */
export interface Config {
  host: string
  port: number
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent'
  /** Unset: an embedded PostgreSQL is started with its data under `dataDir`. */
  databaseUrl: string | undefined
  dataDir: string
  embeddedPostgresPort: number
  uploadLimitBytes: number
  /** Requests per minute per API key; 0 turns rate limiting off. */
  rateLimitPerMinute: number
  bootstrapAdminKey: string | undefined
  /** 32-byte key (hex or base64) for secrets stored encrypted; unset: a key file under `dataDir`. */
  secretKey: string | undefined
  /** Run the import runner in the server process. */
  runWorker: boolean
  shutdownTimeoutMs: number
  /** Largest upload, in records, that a dry run reads. */
  dryRunMaxRecords: number
  /** FTP fetches: tries before a run fails, the first backoff (doubling), the server timeout, extra trusted CAs (PEM file). */
  ftpAttempts: number
  ftpRetryDelayMs: number
  ftpTimeoutMs: number
  ftpCaFile: string | undefined
}

export class ConfigError extends Error {
  override name = 'ConfigError'
}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const

function integer(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name]
  if (raw === undefined || raw === '') return fallback
  if (!/^\d+$/.test(raw)) throw new ConfigError(`${name} must be a whole number, got "${raw}"`)
  const value = Number(raw)
  if (value < min || value > max) throw new ConfigError(`${name} must be between ${min} and ${max}, got ${value}`)
  return value
}

function bool(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const raw = env[name]
  if (raw === undefined || raw === '') return fallback
  if (raw === 'true' || raw === '1') return true
  if (raw === 'false' || raw === '0') return false
  throw new ConfigError(`${name} must be true or false, got "${raw}"`)
}

function optional(env: NodeJS.ProcessEnv, name: string): string | undefined {
  const raw = env[name]
  return raw === undefined || raw === '' ? undefined : raw
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const logLevel = env.LOG_LEVEL ?? 'info'
  if (!(LOG_LEVELS as readonly string[]).includes(logLevel)) {
    throw new ConfigError(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, got "${logLevel}"`)
  }
  const databaseUrl = optional(env, 'DATABASE_URL')
  if (databaseUrl !== undefined && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new ConfigError('DATABASE_URL must be a postgres:// URL')
  }
  const bootstrapAdminKey = optional(env, 'BOOTSTRAP_ADMIN_KEY')
  if (bootstrapAdminKey !== undefined && bootstrapAdminKey.length < 24) {
    throw new ConfigError('BOOTSTRAP_ADMIN_KEY must be at least 24 characters')
  }
  const secretKey = optional(env, 'SECRET_KEY')
  if (secretKey !== undefined && decodeSecretKey(secretKey) === null) {
    throw new ConfigError('SECRET_KEY must be 32 bytes written as 64 hex characters or base64')
  }
  return {
    host: env.HOST ?? '127.0.0.1',
    port: integer(env, 'PORT', 3000, 0, 65535),
    logLevel: logLevel as Config['logLevel'],
    databaseUrl,
    dataDir: resolve(env.DATA_DIR ?? 'data'),
    embeddedPostgresPort: integer(env, 'EMBEDDED_PG_PORT', 54329, 1024, 65535),
    uploadLimitBytes: integer(env, 'UPLOAD_LIMIT_BYTES', 2 * 1024 ** 3, 1, Number.MAX_SAFE_INTEGER),
    rateLimitPerMinute: integer(env, 'RATE_LIMIT_PER_MINUTE', 6000, 0, 10_000_000),
    bootstrapAdminKey,
    secretKey,
    runWorker: bool(env, 'RUN_WORKER', true),
    shutdownTimeoutMs: integer(env, 'SHUTDOWN_TIMEOUT_MS', 10_000, 0, 600_000),
    dryRunMaxRecords: integer(env, 'DRY_RUN_MAX_RECORDS', DRY_RUN_MAX_RECORDS, 1, 10_000_000),
    ftpAttempts: integer(env, 'FTP_ATTEMPTS', 3, 1, 20),
    ftpRetryDelayMs: integer(env, 'FTP_RETRY_DELAY_MS', 60_000, 0, 86_400_000),
    ftpTimeoutMs: integer(env, 'FTP_TIMEOUT_MS', 30_000, 100, 600_000),
    ftpCaFile: optional(env, 'FTP_CA_FILE'),
  }
}

export function decodeSecretKey(text: string): Buffer | null {
  const key = /^[0-9a-fA-F]{64}$/.test(text) ? Buffer.from(text, 'hex') : Buffer.from(text, 'base64')
  return key.length === 32 ? key : null
}
