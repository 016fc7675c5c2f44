import { randomBytes } from 'node:crypto'
import { sql } from 'kysely'
import t from 'tap'
import type { Db } from '../../src/db/database.ts'
import { FINISHED_STATUSES } from '../../src/domain/jobs/lifecycle.ts'
import { createUser } from '../helpers/app.ts'
import { createTestDatabase } from '../helpers/database.ts'
import { multipart } from '../helpers/multipart.ts'
import { freePort, type RunningProcess, startNode, waitFor } from '../helpers/process.ts'
import { type ApiGet, reportProblemsOfAllJobs } from '../helpers/report-check.ts'
import { readSharedMarc } from '../helpers/shared.ts'

interface JobView {
  id: string
  status: string
  progress: { recordsDone: number; recordsTotal: number; filesDone: number; filesTotal: number }
  counters: Record<string, number>
}

/** The service as a client sees it: its address and the administrator's key. */
interface Service {
  base: string
  headers: { authorization: string }
}

async function call<T>(service: Service, method: string, path: string, body?: { payload: Buffer | string; contentType: string }): Promise<T> {
  const res = await fetch(`${service.base}${path}`, {
    method,
    headers: { ...service.headers, ...(body === undefined ? {} : { 'content-type': body.contentType }) },
    ...(body === undefined ? {} : { body: body.payload }),
  })
  if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`)
  return (await res.json()) as T
}

async function createProfile(service: Service, name: string): Promise<string> {
  const body = JSON.stringify({ name, type: 'REPOSITORY', match: { method: 'NONE' }, splitSize: 50 })
  return (await call<{ id: string }>(service, 'POST', '/v1/profiles', { payload: body, contentType: 'application/json' })).id
}

async function upload(service: Service, profileId: string, content: Buffer): Promise<string> {
  const body = multipart([{ name: 'jazz-repeated.mrc', content }])
  const job = await call<JobView>(service, 'POST', `/v1/profiles/${profileId}/jobs`, { payload: body.payload, contentType: body.headers['content-type'] })
  return job.id
}

const getJob = (service: Service, jobId: string) => call<JobView>(service, 'GET', `/v1/jobs/${jobId}`)

function finishedJob(service: Service, jobId: string, timeoutMs: number): Promise<JobView> {
  return waitFor(
    `job ${jobId} to finish`,
    async () => {
      const job = await getJob(service, jobId)
      return (FINISHED_STATUSES as readonly string[]).includes(job.status) ? job : undefined
    },
    timeoutMs,
  )
}

/** What an import left behind, read from the tables rather than from the job's own counters. */
async function importedState(db: Db, jobId: string) {
  const { rows } = await sql<{
    incoming: number
    without_outcome: number
    added: number
    added_without_mms_id: number
    distinct_mms_ids: number
    records_created: number
    records_linked: number
    files_not_done: number
  }>`
    SELECT
      (SELECT count(*)::int FROM incoming_records WHERE job_id = ${jobId}) AS incoming,
      (SELECT count(*)::int FROM incoming_records WHERE job_id = ${jobId} AND outcome IS NULL) AS without_outcome,
      (SELECT count(*)::int FROM incoming_records WHERE job_id = ${jobId} AND outcome = 'ADDED') AS added,
      (SELECT count(*)::int FROM incoming_records WHERE job_id = ${jobId} AND outcome = 'ADDED' AND mms_id IS NULL) AS added_without_mms_id,
      (SELECT count(DISTINCT mms_id)::int FROM incoming_records WHERE job_id = ${jobId} AND outcome = 'ADDED') AS distinct_mms_ids,
      (SELECT count(*)::int FROM records WHERE created_by_job = ${jobId}) AS records_created,
      (SELECT count(*)::int FROM incoming_records i JOIN records r ON r.mms_id = i.mms_id AND r.created_by_job = ${jobId}
        WHERE i.job_id = ${jobId}) AS records_linked,
      (SELECT count(*)::int FROM bulk_files WHERE job_id = ${jobId} AND status <> 'DONE') AS files_not_done
  `.execute(db)
  return rows[0] as NonNullable<(typeof rows)[0]>
}

/** Repository records of one job missing from the other's, counting duplicates (a multiset difference). */
async function recordsOnlyIn(db: Db, jobId: string, otherJobId: string): Promise<number> {
  const { rows } = await sql<{ n: number }>`
    SELECT count(*)::int AS n FROM (
      SELECT marc::jsonb FROM records WHERE created_by_job = ${jobId}
      EXCEPT ALL
      SELECT marc::jsonb FROM records WHERE created_by_job = ${otherJobId}
    ) AS only_here
  `.execute(db)
  return rows[0]?.n ?? -1
}

/** The queue's retries of this import's bulk files: only a file in flight at the kill needs one. */
/** This import's bulk-file queue jobs as pg-boss holds them: a dead worker's claims stay `active`. */
async function bulkQueueJobs(db: Db, jobId: string) {
  const { rows } = await sql<{ id: string; state: string; retry_count: number; completed_on: Date | null }>`
    SELECT id, state::text, retry_count, completed_on FROM pgboss.job WHERE name = 'import.bulk' AND data->>'jobId' = ${jobId}
  `.execute(db)
  return rows
}

// SPEC, Job lifecycle: "A worker that dies must not strand a job: another worker resumes it from the
// last committed bulk file, and the result is identical to an uninterrupted run."
t.test('a service killed mid-import resumes the job on restart, with the result of an uninterrupted run', async (t) => {
  const database = await createTestDatabase(t)
  const adminKey = `crash-test-${randomBytes(16).toString('hex')}`
  const port = await freePort()
  const env = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    DATABASE_URL: database.url,
    BOOTSTRAP_ADMIN_KEY: adminKey,
    PORT: String(port),
    LOG_LEVEL: 'warn',
    RATE_LIMIT_PER_MINUTE: '0',
  }
  const service: Service = { base: `http://127.0.0.1:${port}`, headers: { authorization: `Bearer ${adminKey}` } }
  const start = async (): Promise<RunningProcess> => {
    const run = startNode('src/server.ts', env)
    t.teardown(() => run.child.kill('SIGKILL'))
    await waitFor('the service to be ready', async () => ((await fetch(`${service.base}/ready`)).status === 200 ? true : undefined), 30_000).catch(
      (error: Error) => {
        throw new Error(`${error.message}; it printed:\n${run.output()}`)
      },
    )
    return run
  }

  // Five copies of 1,000 real records: 100 bulk files, seconds of work to interrupt.
  const jazz = readSharedMarc('evergreen/jazz_1k.mrc')
  const content = Buffer.concat(Array.from({ length: 5 }, () => jazz))
  const seconds = (from: number, to = Date.now()) => `${((to - from) / 1000).toFixed(1)} s`

  const first = await start()
  const uploadedAt = Date.now()
  const crashedJobId = await upload(service, await createProfile(service, 'Interrupted'), content)
  await waitFor(
    'the import to be part-way through its bulk files',
    async () => {
      const job = await getJob(service, crashedJobId)
      return job.status === 'RUNNING' && job.progress.filesDone >= job.progress.filesTotal / 10 ? job : undefined
    },
    60_000,
  )
  first.child.kill('SIGKILL')
  await first.exited
  const killedAt = Date.now()
  const atKill = await database.db.selectFrom('jobs').select(['status', 'files_done', 'files_total']).where('id', '=', crashedJobId).executeTakeFirstOrThrow()
  t.equal(atKill.status, 'RUNNING', 'the kill left the job running')
  t.ok(atKill.files_done > 0 && atKill.files_done < atKill.files_total, `the kill came mid-way: ${atKill.files_done} of ${atKill.files_total} bulk files committed`)
  // Nothing of the dead process runs any more, so what pg-boss shows as claimed is what it held.
  const claimedAtKill = (await bulkQueueJobs(database.db, crashedJobId)).filter((job) => job.state === 'active').map((job) => job.id)
  t.comment(`killed ${seconds(uploadedAt, killedAt)} after the upload, holding ${claimedAtKill.length} bulk file(s)`)

  await start()
  const readyAt = Date.now()
  // The same upload, uninterrupted, on the restarted service — the expectation is computed, not
  // assumed. It runs while the crashed job waits for the queue to give up on the dead process.
  const referenceJobId = await upload(service, await createProfile(service, 'Uninterrupted'), content)
  const resumed = await finishedJob(service, crashedJobId, 60_000)
  const resumedAt = Date.now()
  // Bulk files are fetched in batches and a batch is marked complete in the queue once its handler
  // returns, which may be a moment after the job itself finished: wait for the queue to settle.
  const reclaimed = await waitFor(
    'the queue to complete the dead process\'s bulk files',
    async () => {
      const held = (await bulkQueueJobs(database.db, crashedJobId)).filter((job) => claimedAtKill.includes(job.id))
      return held.every((job) => job.state === 'completed') ? held : undefined
    },
    30_000,
  ).catch(async () => (await bulkQueueJobs(database.db, crashedJobId)).filter((job) => claimedAtKill.includes(job.id)))
  t.ok(
    reclaimed.every((job) => job.state === 'completed' && job.retry_count > 0),
    'every bulk file the dead process held was retried by the queue and completed',
  )
  t.comment(
    `after the kill: service ready again in ${seconds(killedAt, readyAt)}, ` +
      `the dead process's bulk files retried and done in ${seconds(killedAt, Math.max(killedAt, ...reclaimed.map((job) => job.completed_on?.getTime() ?? 0)))}, ` +
      `the job ${resumed.status} in ${seconds(killedAt, resumedAt)}`,
  )

  const reference = await finishedJob(service, referenceJobId, 60_000)
  t.comment(`the uninterrupted run took ${seconds(readyAt)}`)
  t.ok(['COMPLETED_SUCCESS', 'COMPLETED_WITH_ERRORS'].includes(reference.status), `the uninterrupted run completes (${reference.status})`)

  t.equal(resumed.status, reference.status, 'the resumed job ends as the uninterrupted one')
  t.same(resumed.counters, reference.counters, 'with the same outcome counters')
  t.same(resumed.progress, reference.progress, 'and the same progress')
  t.equal(resumed.progress.recordsDone, resumed.progress.recordsTotal, 'every record done')
  t.equal(resumed.progress.filesDone, resumed.progress.filesTotal, 'every bulk file done')

  const state = await importedState(database.db, crashedJobId)
  t.equal(state.incoming, resumed.progress.recordsTotal, 'every record of the upload was split once')
  t.equal(state.without_outcome, 0, 'every incoming record has an outcome')
  t.equal(state.files_not_done, 0, 'every bulk file is DONE')
  t.equal(state.added, resumed.counters.ADDED ?? 0, 'the ADDED counter matches the incoming records')
  t.equal(state.added_without_mms_id, 0, 'every ADDED record names its repository record')
  t.equal(state.distinct_mms_ids, state.added, 'no two incoming records name the same repository record')
  t.equal(state.records_created, state.added, 'one repository record per ADDED record: none missing, none twice')
  t.equal(state.records_linked, state.added, 'each of them the one its incoming record names')
  t.same(await importedState(database.db, referenceJobId), state, 'the uninterrupted run left the same shape')

  t.equal(await recordsOnlyIn(database.db, crashedJobId, referenceJobId), 0, 'no record of the resumed job is missing from the uninterrupted one')
  t.equal(await recordsOnlyIn(database.db, referenceJobId, crashedJobId), 0, 'and none of the uninterrupted one is missing from the resumed one')

  // The check createTestApp makes of every job, here against the service over HTTP.
  const overHttp: ApiGet = async (url, headers) => {
    const res = await fetch(`${service.base}${url}`, { headers })
    return { status: res.status, body: await res.json() }
  }
  const readerOf = (institution: string) => createUser(database.db, institution, ['GENERAL_SYSTEM_ADMINISTRATOR', 'CATALOG_ADMINISTRATOR'])
  t.same(await reportProblemsOfAllJobs(overHttp, database.db, readerOf), [], 'the report of every job adds up')
})
