import t, { type Test } from 'tap'
import { fromStoredMarc } from '../../src/db/stored-marc.ts'
import type { MarcRecord } from '../../src/marc/record.ts'
import { processBulkFiles } from '../../src/pipeline/bulk.ts'
import { initializeJob } from '../../src/pipeline/initialize.ts'
import { createTestApp } from '../helpers/app.ts'
import { createProfile, iso2709, sharedRecords, startImport, withOclc } from '../helpers/imports.ts'

// No worker: the test hands the files to one call, as the runner does with the files of a fetch.
async function splitIntoFilesOfOne(t: Test, oclcNumbers: readonly number[], options: { deleteLast?: boolean } = {}) {
  const env = await createTestApp(t, {}, { work: false })
  const match = { method: 'OCLC', singleMatchAction: 'MERGE', noMatchAction: 'ADD', allowDeletes: options.deleteLast === true }
  const profile = await createProfile(env, { match, splitSize: 1 })
  const records = withOclc((await sharedRecords('evergreen/lul_fre_100.mrc')).slice(0, oclcNumbers.length), (i) => oclcNumbers[i] as number)
  const last = records.at(-1)
  // A delete request: leader/05 'd'.
  if (options.deleteLast === true && last !== undefined) last.leader = `${last.leader.slice(0, 5)}d${last.leader.slice(6)}`
  const jobId = await startImport(env, profile, iso2709(records))
  await initializeJob(env.db, env.runner.steps, jobId)
  const files = await env.db.selectFrom('bulk_files').select(['id']).where('job_id', '=', jobId).orderBy('seq').execute()
  return { env, jobId, records, fileIds: files.map((file) => file.id) }
}

t.test('files done together: each sees what the files before it added, as if each had its own transaction', async (t) => {
  const { env, jobId, records, fileIds } = await splitIntoFilesOfOne(t, [4711, 4711, 4711])
  await processBulkFiles(env.db, env.runner.steps, jobId, fileIds, 'test')

  const incoming = await env.db
    .selectFrom('incoming_records')
    .select(['outcome', 'mms_id'])
    .where('job_id', '=', jobId)
    .orderBy('position')
    .execute()
  t.same(incoming.map((row) => row.outcome), ['ADDED', 'MERGED', 'MERGED'], 'the first file adds, the later ones merge into it')
  const added = incoming[0]?.mms_id
  t.ok(added !== null && added !== undefined)
  t.same(incoming.map((row) => row.mms_id), [added, added, added], 'every outcome names the record')
  const record = await env.db.selectFrom('records').select(['revision', 'marc']).where('mms_id', '=', added as number).executeTakeFirstOrThrow()
  const title = (marc: MarcRecord | undefined) => marc?.fields.find((field) => field.tag === '245')
  t.same(title(fromStoredMarc(record.marc)), title(records[2]), 'the record carries the last merge')
  t.equal(record.revision, 1, 'written once, by the group')
  const files = await env.db.selectFrom('bulk_files').select(['status', 'counts']).where('job_id', '=', jobId).orderBy('seq').execute()
  t.same(files.map((file) => [file.status, file.counts]), [['DONE', { ADDED: 1 }], ['DONE', { MERGED: 1 }], ['DONE', { MERGED: 1 }]], 'counts per file')
  const job = await env.db.selectFrom('jobs').select(['status', 'files_done', 'records_done', 'counters']).where('id', '=', jobId).executeTakeFirstOrThrow()
  t.same([job.files_done, job.records_done, job.counters], [3, 3, { ADDED: 1, MERGED: 2 }])
  t.equal(job.status, 'RUNNING', 'finalizing is the next queue step')
})

t.test('files done together: a file deleting what an earlier one wrote sees it written first', async (t) => {
  const { env, jobId, fileIds } = await splitIntoFilesOfOne(t, [4711, 4711, 4711], { deleteLast: true })
  await processBulkFiles(env.db, env.runner.steps, jobId, fileIds, 'test')
  const incoming = await env.db.selectFrom('incoming_records').select(['outcome', 'mms_id']).where('job_id', '=', jobId).orderBy('position').execute()
  t.same(incoming.map((row) => row.outcome), ['ADDED', 'MERGED', 'DELETED'])
  const added = incoming[0]?.mms_id as number
  t.same(incoming.map((row) => row.mms_id), [added, added, added])
  const record = await env.db.selectFrom('records').select(['deleted_by_job', 'revision']).where('mms_id', '=', added).executeTakeFirstOrThrow()
  t.equal(record.deleted_by_job, jobId, 'the record the first two files wrote is deleted')
  t.equal(record.revision, 2, 'written by the first two files together, then deleted')
  const changes = await env.db.selectFrom('record_changes').select(['change']).where('job_id', '=', jobId).execute()
  t.same(changes.map((row) => row.change), ['DELETED'], 'the delete of a record the job added keeps a before-image for revert')
})

t.test('files done together for a cancelled job: none of them is written', async (t) => {
  const { env, jobId, fileIds } = await splitIntoFilesOfOne(t, [1, 2])
  const cancelled = await env.app.inject({ method: 'POST', url: `/v1/jobs/${jobId}/cancel`, headers: env.admin.headers })
  t.equal(cancelled.statusCode, 200)
  await processBulkFiles(env.db, env.runner.steps, jobId, fileIds, 'test')
  const files = await env.db.selectFrom('bulk_files').select('status').where('job_id', '=', jobId).execute()
  t.same(files.map((file) => file.status), ['PENDING', 'PENDING'])
  const records = await env.db.selectFrom('records').select('mms_id').where('created_by_job', '=', jobId).execute()
  t.equal(records.length, 0)
})
