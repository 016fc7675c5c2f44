import { chmod, mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import pg from 'pg'
import t from 'tap'
import { freePort, startNode, waitFor } from '../helpers/process.ts'

async function answers(port: number): Promise<boolean> {
  const client = new pg.Client({ connectionString: `postgres://postgres:postgres@127.0.0.1:${port}/postgres`, connectionTimeoutMillis: 2000 })
  try {
    await client.connect()
    await client.end()
    return true
  } catch {
    return false
  }
}

// Issue 13 item 8: a SIGKILLed service leaves its embedded PostgreSQL running; the next start
// adopts it, and that start's clean shutdown must stop it like one it started itself.
t.test('the embedded PostgreSQL a killed start left running is stopped by the next clean shutdown', async (t) => {
  const dataDir = await mkdtemp(join(tmpdir(), 'cis-adopt-'))
  // PostgreSQL runs as the unprivileged `postgres` user when we are root: it must reach the folder.
  await chmod(dataDir, 0o755)
  const pgPort = await freePort()
  t.teardown(async () => {
    // Whatever the outcome, leave no server behind: a fast shutdown of the postmaster, if any.
    const pid = Number((await readFile(join(dataDir, 'pg', 'postmaster.pid'), 'utf8').catch(() => '')).split('\n')[0])
    if (pid > 0) process.kill(pid, 'SIGINT')
    await waitFor('PostgreSQL to stop', async () => ((await answers(pgPort)) ? undefined : true), 30_000)
    await rm(dataDir, { recursive: true, force: true })
  })
  const port = await freePort()
  const env = { PATH: process.env.PATH, HOME: process.env.HOME, DATA_DIR: dataDir, PORT: String(port), EMBEDDED_PG_PORT: String(pgPort), LOG_LEVEL: 'warn' }
  const ready = (run: { output(): string }) =>
    waitFor('the service to be ready', async () => ((await fetch(`http://127.0.0.1:${port}/ready`)).status === 200 ? true : undefined), 90_000).catch(
      (error: Error) => {
        throw new Error(`${error.message}; it printed:\n${run.output()}`)
      },
    )

  const killed = startNode('src/server.ts', env)
  t.teardown(() => killed.child.kill('SIGKILL'))
  await ready(killed)
  killed.child.kill('SIGKILL')
  await killed.exited
  t.ok(await answers(pgPort), 'SIGKILL leaves PostgreSQL running')

  const adopting = startNode('src/server.ts', env)
  t.teardown(() => adopting.child.kill('SIGKILL'))
  await ready(adopting)
  adopting.child.kill('SIGTERM')
  t.equal(await adopting.exited, 0, 'SIGTERM shuts down cleanly')
  t.notOk(await answers(pgPort), 'and the adopted PostgreSQL is stopped with it')
})
