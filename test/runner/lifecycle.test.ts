import t from 'tap'
import { processBulkFile } from '../../src/pipeline/bulk.ts'
import { initializeJob } from '../../src/pipeline/initialize.ts'
import { createTestApp } from '../helpers/app.ts'
import { createProfile, startImport, waitForJob } from '../helpers/imports.ts'
import { readSharedMarc } from '../helpers/shared.ts'

t.test('cancel mid-run: files already done stay done, nothing is half-done, the rest never runs', async (t) => {
  // No worker: the test drives the steps itself, so "mid-run" is exact.
  const env = await createTestApp(t, {}, { work: false })
  const profile = await createProfile(env, { match: { method: 'NONE' }, splitSize: 3 })
  const jobId = await startImport(env, profile, readSharedMarc('pymarc/test.dat'))
  await initializeJob(env.db, env.runner.steps, jobId)
  const files = await env.db.selectFrom('bulk_files').select(['id']).where('job_id', '=', jobId).orderBy('seq').execute()
  t.equal(files.length, 4, '10 records in files of 3')
  for (const file of files.slice(0, 2)) await processBulkFile(env.db, env.runner.steps, jobId, file.id, 'test')

  const cancelled = await env.app.inject({ method: 'POST', url: `/v1/jobs/${jobId}/cancel`, headers: env.admin.headers })
  t.equal(cancelled.statusCode, 200)
  t.equal(cancelled.json().status, 'CANCELLED')
  for (const file of files.slice(2)) await processBulkFile(env.db, env.runner.steps, jobId, file.id, 'test')

  const job = (await env.app.inject({ method: 'GET', url: `/v1/jobs/${jobId}`, headers: env.admin.headers })).json()
  t.equal(job.status, 'CANCELLED')
  t.same(job.progress, { percent: 60, recordsDone: 6, recordsTotal: 10, filesDone: 2, filesTotal: 4 })
  const done = await env.db.selectFrom('bulk_files').select('status').where('job_id', '=', jobId).orderBy('seq').execute()
  t.same(done.map((f) => f.status), ['DONE', 'DONE', 'PENDING', 'PENDING'], 'the files after the cancel never ran')
  const records = await env.db.selectFrom('records').select('mms_id').where('created_by_job', '=', jobId).execute()
  t.equal(records.length, 6, 'exactly the records of the two whole files')
  const withOutcome = await env.db.selectFrom('incoming_records').select('id').where('job_id', '=', jobId).where('outcome', 'is not', null).execute()
  t.equal(withOutcome.length, 6)
  const events = (await env.app.inject({ method: 'GET', url: `/v1/jobs/${jobId}/events`, headers: env.admin.headers })).json().items
  const last = events.at(-1)
  t.equal(last.status, 'CANCELLED')
  t.equal(last.createdBy, env.admin.id, 'the cancel is credited to who did it')
})

t.test('a fault that is not the data: retried with backoff, then the job fails with the reason', async (t) => {
  const env = await createTestApp(t, {}, { retryLimit: 1 })
  const profile = await createProfile(env, { match: { method: 'NONE' } })
  const jobId = await startImport(env, profile, readSharedMarc('pymarc/test.dat'))
  // A profile snapshot the runner cannot use stands in for a bug or a lost dependency.
  await env.db.updateTable('jobs').set({ profile_snapshot: JSON.stringify({ splitSize: 'many' }) }).where('id', '=', jobId).execute()
  const job = await waitForJob(env, jobId)
  t.equal(job.status, 'FAILED')
  t.match(job.failureReason, /^System error after 2 attempts: /)
  const events = (await env.app.inject({ method: 'GET', url: `/v1/jobs/${jobId}/events?severity=ERROR`, headers: env.admin.headers })).json().items
  t.equal(events.length, 1)
  t.equal(events[0].module, 'SYSTEM')
  const records = await env.db.selectFrom('records').select('mms_id').execute()
  t.same(records, [], 'nothing half-written')
})
