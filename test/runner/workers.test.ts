import { hostname } from 'node:os'
import { sql } from 'kysely'
import t, { type Test } from 'tap'
import { FINISHED_STATUSES } from '../../src/domain/jobs/lifecycle.ts'
import { createTestApp, type TestApp } from '../helpers/app.ts'
import { multipart } from '../helpers/multipart.ts'
import { type RunningProcess, startNode, waitFor } from '../helpers/process.ts'
import { readSharedMarc } from '../helpers/shared.ts'

interface JobView {
  id: string
  status: string
  progress: { recordsDone: number; recordsTotal: number; filesDone: number; filesTotal: number }
  counters: Record<string, number>
}

async function getJob(env: TestApp, jobId: string): Promise<JobView> {
  return (await env.app.inject({ method: 'GET', url: `/v1/jobs/${jobId}`, headers: env.admin.headers })).json()
}

/** `npm run worker` against the test's database; resolves once it works the queues. */
async function startWorker(t: Test, databaseUrl: string): Promise<RunningProcess> {
  const run = startNode('src/worker.ts', { PATH: process.env.PATH, HOME: process.env.HOME, DATABASE_URL: databaseUrl, LOG_LEVEL: 'info' })
  t.teardown(() => run.child.kill('SIGKILL'))
  await waitFor('the worker to start', async () => (run.output().includes('"msg":"worker started"') ? true : undefined), 30_000).catch(
    (error: Error) => {
      throw new Error(`${error.message}; it printed:\n${run.output()}`)
    },
  )
  return run
}

// The README's scaling story: `npm run worker` processes share one import, each bulk file done once.
t.test('two worker processes share one import, each bulk file processed exactly once', async (t) => {
  const env = await createTestApp(t, {}, { work: false })
  const workers = await Promise.all([startWorker(t, env.databaseUrl), startWorker(t, env.databaseUrl)])
  const workerIds = workers.map((worker) => `${hostname()}:${worker.child.pid}`)

  const created = await env.app.inject({
    method: 'POST',
    url: '/v1/profiles',
    headers: env.admin.headers,
    payload: { name: 'Shared by two workers', type: 'REPOSITORY', match: { method: 'NONE' }, splitSize: 10 },
  })
  const body = multipart([{ name: 'jazz_1k.mrc', content: readSharedMarc('evergreen/jazz_1k.mrc') }])
  const uploaded = await env.app.inject({
    method: 'POST',
    url: `/v1/profiles/${created.json().id}/jobs`,
    headers: { ...env.admin.headers, ...body.headers },
    payload: body.payload,
  })
  t.equal(uploaded.statusCode, 202)
  const startedAt = Date.now()
  const job = await waitFor(
    'the import to finish',
    async () => {
      const job = await getJob(env, uploaded.json().id)
      return (FINISHED_STATUSES as readonly string[]).includes(job.status) ? job : undefined
    },
    60_000,
  )
  t.comment(`${job.progress.filesTotal} bulk files done by two workers in ${((Date.now() - startedAt) / 1000).toFixed(1)} s`)

  t.ok(['COMPLETED_SUCCESS', 'COMPLETED_WITH_ERRORS'].includes(job.status), `the import completes (${job.status})`)
  t.ok(job.progress.filesTotal >= 50, `many bulk files: ${job.progress.filesTotal}`)
  t.equal(job.progress.filesDone, job.progress.filesTotal, 'every bulk file counted once')
  t.equal(job.progress.recordsDone, job.progress.recordsTotal, 'every record counted once')
  t.equal(
    Object.values(job.counters).reduce((sum, n) => sum + n, 0),
    job.progress.recordsTotal,
    'the outcome counters add up to the records',
  )

  const files = await env.db.selectFrom('bulk_files').select(['seq', 'status', 'record_count', 'counts', 'processed_by']).where('job_id', '=', job.id).execute()
  t.equal(files.length, job.progress.filesTotal)
  t.same(files.filter((file) => file.status !== 'DONE').map((file) => file.seq), [], 'every bulk file is DONE')
  t.same(
    files.filter((file) => Object.values(file.counts as Record<string, number>).reduce((sum, n) => sum + n, 0) !== file.record_count).map((file) => file.seq),
    [],
    'each file\'s counts add up to its records: none added to twice',
  )
  const byWorker = new Map<string, number>()
  for (const file of files) byWorker.set(String(file.processed_by), (byWorker.get(String(file.processed_by)) ?? 0) + 1)
  t.same([...byWorker.keys()].sort(), [...workerIds].sort(), 'the two workers, and only they, completed the files')
  t.comment(`files per worker: ${workerIds.map((id) => `${id} ${byWorker.get(id) ?? 0}`).join(', ')}`)

  const { rows } = await sql<{ without_outcome: number; added: number; distinct_mms_ids: number; records_created: number }>`
    SELECT
      (SELECT count(*)::int FROM incoming_records WHERE job_id = ${job.id} AND outcome IS NULL) AS without_outcome,
      (SELECT count(*)::int FROM incoming_records WHERE job_id = ${job.id} AND outcome = 'ADDED') AS added,
      (SELECT count(DISTINCT mms_id)::int FROM incoming_records WHERE job_id = ${job.id} AND outcome = 'ADDED') AS distinct_mms_ids,
      (SELECT count(*)::int FROM records WHERE created_by_job = ${job.id}) AS records_created
  `.execute(env.db)
  const state = rows[0]
  t.equal(state?.without_outcome, 0, 'every incoming record has an outcome')
  t.equal(state?.added, job.counters.ADDED ?? 0, 'the ADDED counter matches the incoming records')
  t.equal(state?.distinct_mms_ids, state?.added, 'each ADDED record names a repository record of its own')
  t.equal(state?.records_created, state?.added, 'one repository record per ADDED record: none missing, none twice')
})
