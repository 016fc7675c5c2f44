import t, { type Test } from 'tap'
import { createTestApp, type TestApp } from '../helpers/app.ts'
import { freePort, type RunningProcess, startNode, waitFor } from '../helpers/process.ts'

/*
 * Real processes on the real clock: a server (its runner thread schedules) and two `npm run worker`
 * processes start together against one database, in which a daily FTP profile was saved three days
 * ago and no run has been claimed since — so every process was down over at least two due times.
 * Each of them looks at the schedules as it starts; exactly one fetch job comes of it, for the
 * latest due time only.
 */

const LOOKED = '"msg":"scheduler looked at the schedules"'

async function start(t: Test, script: string, env: Record<string, string>): Promise<RunningProcess> {
  const run = startNode(script, { PATH: process.env.PATH, HOME: process.env.HOME, LOG_LEVEL: 'debug', ...env })
  t.teardown(() => run.child.kill('SIGKILL'))
  return run
}

async function fetchJobs(env: TestApp, profileId: string) {
  return env.db.selectFrom('jobs').select(['id', 'kind', 'actor_kind', 'created_by']).where('profile_id', '=', profileId).where('kind', '=', 'FTP_FETCH').execute()
}

t.test('a server and two workers starting after a missed due time fire it once between them', async (t) => {
  const env = await createTestApp(t, {}, { work: false })
  await env.db.updateTable('institutions').set({ time_zone: 'Europe/Stockholm' }).where('id', '=', env.institutionId).execute()
  const created = await env.app.inject({
    method: 'POST',
    url: '/v1/profiles',
    headers: env.admin.headers,
    payload: {
      name: 'Missed while down',
      type: 'REPOSITORY',
      protocol: 'FTP',
      ftp: { host: '127.0.0.1', port: await freePort(), username: 'vendor', password: 'secret' },
      schedule: { kind: 'DAILY', time: '06:15' },
    },
  })
  t.equal(created.statusCode, 201, created.body)
  const profileId: string = created.json().id
  const threeDaysAgo = new Date(Date.now() - 3 * 86_400_000)
  await env.db.updateTable('import_profiles').set({ updated_at: threeDaysAgo }).where('id', '=', profileId).execute()

  const processes = await Promise.all([
    start(t, 'src/server.ts', { DATABASE_URL: env.databaseUrl, PORT: String(await freePort()), RUN_WORKER: 'true', SECRET_KEY: '00'.repeat(32) }),
    start(t, 'src/worker.ts', { DATABASE_URL: env.databaseUrl }),
    start(t, 'src/worker.ts', { DATABASE_URL: env.databaseUrl }),
  ])
  for (const [index, run] of processes.entries()) {
    await waitFor(`process ${index} to look at the schedules`, async () => (run.output().includes(LOOKED) ? true : undefined), 60_000).catch((error: Error) => {
      throw new Error(`${error.message}; it printed:\n${run.output()}`)
    })
  }
  const jobs = await fetchJobs(env, profileId)
  t.equal(jobs.length, 1, 'one fetch job for the missed runs')
  t.match(jobs[0], { actor_kind: 'SCHEDULE', created_by: null })
  const runs = await env.db.selectFrom('schedule_runs').selectAll().where('target_id', '=', profileId).execute()
  t.equal(runs.length, 1)
  // The latest 06:15 in Stockholm at or before now, and after the save three days ago.
  const due = runs[0]?.due_at as Date
  t.ok(due.getTime() <= Date.now() && Date.now() - due.getTime() < 86_400_000, `the latest due time only (${due.toISOString()})`)
  t.equal(runs[0]?.job_id, jobs[0]?.id)
  const winners = processes.filter((run) => run.output().includes('"msg":"scheduled run started"'))
  t.equal(winners.length, 1, 'one process started it')
})
