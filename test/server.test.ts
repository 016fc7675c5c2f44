import { chmod, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import t from 'tap'
import { freePort, startNode, waitFor } from './helpers/process.ts'

// The README's start command on a machine with no PostgreSQL configured: the service brings its
// own embedded server, keeps its data under DATA_DIR, and the data survives a restart.
t.test('starts on the embedded database, serves docs, and keeps data across restarts', async (t) => {
  const dataDir = await mkdtemp(join(tmpdir(), 'cis-server-'))
  // PostgreSQL runs as the unprivileged `postgres` user when we are root: it must reach the folder.
  await chmod(dataDir, 0o755)
  t.teardown(() => rm(dataDir, { recursive: true, force: true }))
  const port = await freePort()
  const env = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    DATA_DIR: dataDir,
    PORT: String(port),
    EMBEDDED_PG_PORT: String(await freePort()),
    LOG_LEVEL: 'warn',
  }
  const base = `http://127.0.0.1:${port}`
  const ready = (run: { output(): string }) =>
    waitFor('the service to be ready', async () => ((await fetch(`${base}/ready`)).status === 200 ? true : undefined), 90_000).catch(
      (error: Error) => {
        throw new Error(`${error.message}; it printed:\n${run.output()}`)
      },
    )

  const first = startNode('src/server.ts', env)
  t.teardown(() => first.child.kill('SIGKILL'))
  await ready(first)
  const key = /Admin API key[^\n]*\n\s*\n\s*(cis_\S+)/.exec(first.output())?.[1]
  t.ok(key, 'the first start prints the admin key')
  const headers = { authorization: `Bearer ${key}`, 'content-type': 'application/json' }
  t.equal((await fetch(`${base}/docs/`)).status, 200, '/docs is served')
  const created = await fetch(`${base}/v1/profiles`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ name: 'Survives restarts', type: 'REPOSITORY' }),
  })
  t.equal(created.status, 201)
  const profile = (await created.json()) as { id: string }

  first.child.kill('SIGTERM')
  t.equal(await first.exited, 0, 'SIGTERM shuts down cleanly')

  const second = startNode('src/server.ts', env)
  t.teardown(() => second.child.kill('SIGKILL'))
  await ready(second)
  t.notMatch(second.output(), /Admin API key/, 'the key is printed on the first start only')
  const read = await fetch(`${base}/v1/profiles/${profile.id}`, { headers })
  t.equal(read.status, 200, 'the profile written before the restart is there')
  t.equal(((await read.json()) as { name: string }).name, 'Survives restarts')
  second.child.kill('SIGTERM')
  t.equal(await second.exited, 0)
})

t.test('bad configuration exits non-zero with one line naming the setting', async (t) => {
  for (const [name, value] of [
    ['PORT', 'eighty'],
    ['LOG_LEVEL', 'loud'],
    ['UPLOAD_LIMIT_BYTES', '-5'],
    ['DATABASE_URL', 'mysql://localhost/x'],
    ['SECRET_KEY', 'short'],
  ] as const) {
    const run = startNode('src/server.ts', { PATH: process.env.PATH, [name]: value })
    t.equal(await run.exited, 1, `${name}=${value} exits 1`)
    const lines = run.output().trim().split('\n')
    t.equal(lines.length, 1, `${name}: one line`)
    t.match(lines[0], new RegExp(`^configuration error: ${name} `), `${name}: names the setting`)
  }
})
