/**
 * `npm test`: runs the tap suite against real PostgreSQL. With DATABASE_URL, that server; without
 * it, an embedded server started here for the run. Either way one template database is migrated
 * once, and every test file clones its own database from it (test/helpers/database.ts), so files
 * run in parallel without seeing each other's rows.
 */
import { spawn } from 'node:child_process'
import { rm } from 'node:fs/promises'
import { createServer } from 'node:net'
import { fileURLToPath } from 'node:url'
import pg from 'pg'
import { createDb } from '../src/db/database.ts'
import { startEmbeddedPostgres } from '../src/db/embedded.ts'
import { migrateToLatest } from '../src/db/migrate.ts'
import { createLogger } from '../src/boot.ts'
import { Runner } from '../src/runner/runner.ts'

const root = fileURLToPath(new URL('..', import.meta.url))

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() => (typeof address === 'object' && address !== null ? resolve(address.port) : reject(new Error('no port'))))
    })
  })
}

function withDatabase(url: string, database: string): string {
  const parsed = new URL(url)
  parsed.pathname = `/${database}`
  return parsed.toString()
}

let embedded: Awaited<ReturnType<typeof startEmbeddedPostgres>> | null = null
let serverUrl = process.env.DATABASE_URL
if (serverUrl === undefined || serverUrl === '') {
  const dataDir = `${root}.tmp/test-pg-${process.pid}`
  embedded = await startEmbeddedPostgres({ dataDir, port: await freePort(), persistent: false, database: 'postgres' })
  serverUrl = embedded.url
  console.log(`test database: embedded PostgreSQL at ${serverUrl}`)
} else {
  console.log(`test database: ${serverUrl.replace(/\/\/[^@]*@/, '//')}`)
}

const template = `cis_template_${process.pid}`
const admin = new pg.Client({ connectionString: serverUrl })
await admin.connect()
await admin.query(`DROP DATABASE IF EXISTS "${template}"`)
await admin.query(`CREATE DATABASE "${template}"`)
const templateUrl = withDatabase(serverUrl, template)
const templateDb = createDb(templateUrl, { max: 1 })
await migrateToLatest(templateDb)
// The queue's own schema and our queues, made once here rather than by every test's runner on its
// clone (about 0.3 s a test app).
const queues = new Runner({ connectionString: templateUrl, db: templateDb, logger: createLogger({ logLevel: 'silent' }), work: false })
await queues.start()
await queues.stop()
await templateDb.destroy()

function tap(args: string[]): Promise<number> {
  const child = spawn(process.execPath, [`${root}node_modules/tap/dist/esm/run.mjs`, ...args], {
    stdio: 'inherit',
    env: { ...process.env, TEST_DATABASE_SERVER: serverUrl, TEST_TEMPLATE_DATABASE: template },
  })
  return new Promise((resolve) => child.on('exit', (status, signal) => resolve(status ?? (signal ? 1 : 0))))
}

// The suite's files run several at a time (package.json, tap.jobs): most of a file's time is spent
// waiting on jobs and the database. A test that times answers in milliseconds runs first, alone,
// so the other files' work does not count against it. Named files run as asked.
const ALONE = ['test/runner/responsive.test.ts']
const args = process.argv.slice(2)
let code: number
if (args.some((arg) => !arg.startsWith('-'))) code = await tap(args)
else {
  const alone = await tap([...args, '--jobs=1', ...ALONE])
  const rest = await tap([...args, ...ALONE.map((file) => `--exclude=${file}`)])
  code = alone !== 0 ? alone : rest
}

await admin.query(`DROP DATABASE IF EXISTS "${template}"`)
await admin.end()
if (embedded !== null) {
  await embedded.stop()
  await rm(`${root}.tmp/test-pg-${process.pid}`, { recursive: true, force: true })
}
process.exit(code)
