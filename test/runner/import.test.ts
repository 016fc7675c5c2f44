import type { LightMyRequestResponse } from 'fastify'
import t from 'tap'
import { BULK_FILE_MAX_BYTES } from '../../src/domain/import/split.ts'
import { toIso2709 } from '../../src/marc/writer.ts'
import { initializeJob } from '../../src/pipeline/initialize.ts'
import { createTestApp, type TestApp } from '../helpers/app.ts'
import { multipart, type UploadFile } from '../helpers/multipart.ts'
import { BAD_RECORDS_UNREADABLE, readSharedMarc } from '../helpers/shared.ts'
import { isoRecordSlices } from '../fidelity/fixtures.ts'

async function profile(env: TestApp, extra: object = {}): Promise<string> {
  const res = await env.app.inject({
    method: 'POST',
    url: '/v1/profiles',
    headers: env.admin.headers,
    payload: { name: `p-${Math.random()}`, type: 'REPOSITORY', match: { method: 'NONE' }, ...extra },
  })
  return res.json().id
}

async function upload(env: TestApp, profileId: string, files: UploadFile[], fields = {}) {
  const body = multipart(files, fields)
  return env.app.inject({
    method: 'POST',
    url: `/v1/profiles/${profileId}/jobs`,
    headers: { ...env.admin.headers, ...body.headers },
    payload: body.payload,
  })
}

const FINISHED = ['COMPLETED_SUCCESS', 'COMPLETED_WITH_ERRORS', 'COMPLETED_NO_BULKS', 'CANCELLED', 'FAILED', 'MANUAL_HANDLING_REQUIRED']

async function finished(env: TestApp, jobId: string) {
  for (let i = 0; i < 600; i++) {
    const res: LightMyRequestResponse = await env.app.inject({ method: 'GET', url: `/v1/jobs/${jobId}`, headers: env.admin.headers })
    if (FINISHED.includes(res.json().status)) return res.json()
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  throw new Error(`job ${jobId} did not finish`)
}

async function events(env: TestApp, jobId: string) {
  return (await env.app.inject({ method: 'GET', url: `/v1/jobs/${jobId}/events`, headers: env.admin.headers })).json().items
}

t.test('a clean file completes successfully with every record added', async (t) => {
  const env = await createTestApp(t)
  const profileId = await profile(env, { splitSize: 4 })
  const res = await upload(env, profileId, [{ name: 'test.dat', content: readSharedMarc('pymarc/test.dat') }], { label: 'camel books', notes: 'first load' })
  t.equal(res.statusCode, 202)
  t.equal(res.headers.location, `/v1/jobs/${res.json().id}`)
  t.equal(res.json().status, 'PENDING')
  const job = await finished(env, res.json().id)
  t.equal(job.status, 'COMPLETED_SUCCESS')
  t.equal(job.statusLabel, 'Completed Successfully')
  t.equal(job.name, expectName(job.name))
  t.equal(job.label, 'camel books')
  t.equal(job.notes, 'first load')
  t.same(job.progress, { percent: 100, recordsDone: 10, recordsTotal: 10, filesDone: 3, filesTotal: 3 })
  t.same(job.counters, { ADDED: 10 })
  const files = (await env.app.inject({ method: 'GET', url: `/v1/jobs/${job.id}/files`, headers: env.admin.headers })).json().items
  t.same(files.map((f: { recordCount: number }) => f.recordCount), [4, 4, 2], 'split into files of splitSize records')
  t.ok(files.every((f: { status: string }) => f.status === 'DONE'))
  const records = await env.db.selectFrom('records').select('mms_id').where('created_by_job', '=', job.id).execute()
  t.equal(records.length, 10, 'ten repository records')
  const log = await events(env, job.id)
  t.same(
    log.map((e: { status: string }) => e.status),
    ['PENDING', 'INITIALIZING', 'RUNNING', 'FINALIZING', 'COMPLETED_SUCCESS'],
    'every transition has its event, in order',
  )
})

function expectName(name: string): string {
  return name.startsWith('Metadata Import: ') ? name : 'Metadata Import: <profile>'
}

t.test('broken records: completed with errors, each listed with its reason', async (t) => {
  const env = await createTestApp(t)
  // STRICT: bad_records.mrc's records 4, 5 and 7 stay unreadable (REPAIR reads them, test/marc/corpus.test.ts).
  const profileId = await profile(env, { repairPolicy: 'STRICT' })
  const res = await upload(env, profileId, [{ name: 'bad.mrc', content: readSharedMarc('pymarc/bad_records.mrc') }])
  const job = await finished(env, res.json().id)
  t.equal(job.status, 'COMPLETED_WITH_ERRORS')
  const files = (await env.app.inject({ method: 'GET', url: `/v1/jobs/${job.id}/files`, headers: env.admin.headers })).json().items
  const problems = files.flatMap((f: { problems: object[] }) => f.problems) as Array<{ position: number; code: string; message: string }>
  t.equal(problems.length, job.counters.NOT_IMPORTED, 'one problem per record not imported')
  t.match(problems, BAD_RECORDS_UNREADABLE, 'each unreadable record with its position, code and what is wrong')
  t.equal(problems.length, BAD_RECORDS_UNREADABLE.length, 'and no other')
  t.equal((job.counters.ADDED ?? 0) + job.counters.NOT_IMPORTED, job.progress.recordsTotal, 'every record accounted for')
  const warning = (await events(env, job.id)).find((e: { severity: string }) => e.severity === 'WARNING')
  t.ok(warning, 'a warning event names the invalid records')
})

t.test('an empty upload completes with no bulks; a non-MARC file fails with a clear event', async (t) => {
  const env = await createTestApp(t)
  const profileId = await profile(env)
  const empty = await finished(env, (await upload(env, profileId, [{ name: 'empty.mrc', content: '' }])).json().id)
  t.equal(empty.status, 'COMPLETED_NO_BULKS')
  const notMarc = await finished(env, (await upload(env, profileId, [{ name: 'notes.txt', content: 'Dear vendor,\nplease send the records.\n' }])).json().id)
  t.equal(notMarc.status, 'FAILED')
  t.match(notMarc.failureReason, /./)
  const failure = (await events(env, notMarc.id)).at(-1)
  t.equal(failure.severity, 'ERROR')
  t.match(failure.description, /not a MARC file/)
  const count = await env.db.selectFrom('records').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()
  t.equal(count.n, 0, 'nothing was imported')
})

t.test('uploads: permissions, inactive profiles, size limit, no file', async (t) => {
  const env = await createTestApp(t, { uploadLimitBytes: 1000 })
  const profileId = await profile(env)
  const big = await upload(env, profileId, [{ name: 'big.mrc', content: readSharedMarc('pymarc/test.dat') }])
  t.equal(big.statusCode, 413)
  t.equal(big.json().type, '/problems/payload-too-large')
  const stored = await env.db.selectFrom('stored_files').select('id').execute()
  t.same(stored, [], 'nothing of the refused upload is stored')
  const jobsLeft = await env.db.selectFrom('jobs').select('id').execute()
  t.same(jobsLeft, [], 'and no job was created')

  const fieldsOnly = multipart([], { label: 'x' })
  const none = await env.app.inject({
    method: 'POST',
    url: `/v1/profiles/${profileId}/jobs`,
    headers: { ...env.admin.headers, ...fieldsOnly.headers },
    payload: fieldsOnly.payload,
  })
  t.equal(none.statusCode, 400, 'no file attached')
  const malformed = await env.app.inject({
    method: 'POST',
    url: `/v1/profiles/${profileId}/jobs`,
    headers: { ...env.admin.headers, 'content-type': 'multipart/form-data; boundary=AAA' },
    payload: '--BBB\r\nfoo\r\n--BBB--\r\n',
  })
  t.equal(malformed.statusCode, 400, 'a malformed multipart body is the client\'s error')
  t.equal(malformed.json().type, '/problems/bad-request')
  const json = await env.app.inject({ method: 'POST', url: `/v1/profiles/${profileId}/jobs`, headers: env.admin.headers, payload: { a: 1 } })
  t.equal(json.statusCode, 415)

  const buyer = await env.userWith(['PURCHASING_OPERATOR'])
  const small = multipart([{ name: 'one.mrc', content: 'x' }])
  const refused = await env.app.inject({
    method: 'POST',
    url: `/v1/profiles/${profileId}/jobs`,
    headers: { ...buyer.headers, ...small.headers },
    payload: small.payload,
  })
  t.equal(refused.statusCode, 403, 'a purchasing operator may not run a repository profile')

  const restricted = await profile(env, { restricted: true })
  const cataloger = await env.userWith(['CATALOG_MANAGER'])
  const asCataloger = () =>
    env.app.inject({ method: 'POST', url: `/v1/profiles/${restricted}/jobs`, headers: { ...cataloger.headers, ...small.headers }, payload: small.payload })
  t.equal((await asCataloger()).statusCode, 403, 'a restricted profile needs a grant')
  await env.app.inject({ method: 'PUT', url: `/v1/profiles/${restricted}/grants/${cataloger.id}`, headers: env.admin.headers })
  t.equal((await asCataloger()).statusCode, 202, 'with the grant it runs')

  await env.app.inject({ method: 'PATCH', url: `/v1/profiles/${profileId}`, headers: { ...env.admin.headers, 'if-match': '"v1"' }, payload: { active: false } })
  const inactive = await env.app.inject({ method: 'POST', url: `/v1/profiles/${profileId}/jobs`, headers: { ...env.admin.headers, ...small.headers }, payload: small.payload })
  t.equal(inactive.statusCode, 409)
})

t.test('jobs list: filters, groups and the profile history', async (t) => {
  const env = await createTestApp(t)
  const a = await profile(env)
  const b = await profile(env)
  const first = await finished(env, (await upload(env, a, [{ name: 'a.mrc', content: readSharedMarc('pymarc/test.dat') }])).json().id)
  const second = await finished(env, (await upload(env, b, [{ name: 'e.mrc', content: '' }])).json().id)
  const all = (await env.app.inject({ method: 'GET', url: '/v1/jobs', headers: env.admin.headers })).json().items
  t.same(all.map((j: { id: string }) => j.id), [second.id, first.id], 'newest first')
  const byStatus = (await env.app.inject({ method: 'GET', url: '/v1/jobs?status=COMPLETED_NO_BULKS', headers: env.admin.headers })).json().items
  t.same(byStatus.map((j: { id: string }) => j.id), [second.id])
  const history = (await env.app.inject({ method: 'GET', url: '/v1/jobs?group=history', headers: env.admin.headers })).json().items
  t.equal(history.length, 2)
  const running = (await env.app.inject({ method: 'GET', url: '/v1/jobs?group=running', headers: env.admin.headers })).json().items
  t.equal(running.length, 0)
  const ofA = (await env.app.inject({ method: 'GET', url: `/v1/profiles/${a}/jobs`, headers: env.admin.headers })).json()
  t.equal(ofA.profile.id, a)
  t.same(ofA.items.map((j: { id: string }) => j.id), [first.id])
  const mine = (await env.app.inject({ method: 'GET', url: `/v1/jobs?userId=${env.admin.id}`, headers: env.admin.headers })).json().items
  t.equal(mine.length, 2)
  const buyer = await env.userWith(['PURCHASING_OPERATOR'])
  const theirs = (await env.app.inject({ method: 'GET', url: '/v1/jobs', headers: buyer.headers })).json().items
  t.same(theirs, [], 'repository jobs are not shown to purchasing staff')
  t.equal((await env.app.inject({ method: 'GET', url: `/v1/jobs/${first.id}`, headers: buyer.headers })).statusCode, 403)
})

t.test('an upload repeated with the same Idempotency-Key starts one job', async (t) => {
  const env = await createTestApp(t, {}, { work: false })
  const profileId = await profile(env)
  const send = (content: Buffer) => {
    const body = multipart([{ name: 'a.mrc', content }], { label: 'nightly' })
    return env.app.inject({
      method: 'POST',
      url: `/v1/profiles/${profileId}/jobs`,
      headers: { ...env.admin.headers, ...body.headers, 'idempotency-key': 'nightly-2026-11-22' },
      payload: body.payload,
    })
  }
  const first = await send(readSharedMarc('pymarc/test.dat'))
  t.equal(first.statusCode, 202)
  const again = await send(readSharedMarc('pymarc/test.dat'))
  t.equal(again.statusCode, 202)
  t.equal(again.json().id, first.json().id, 'the same job answers')
  t.equal(again.headers['idempotent-replayed'], 'true')
  const other = await send(readSharedMarc('pymarc/marc.dat'))
  t.equal(other.statusCode, 422, 'the same key with another file is refused')
  const jobs = await env.db.selectFrom('jobs').select('id').execute()
  t.equal(jobs.length, 1, 'one job')
  const files = await env.db.selectFrom('stored_files').select('id').execute()
  t.equal(files.length, 1, 'the repeats stored nothing')
})

t.test('a split preview answers the breakdown and creates nothing', async (t) => {
  const env = await createTestApp(t, {}, { work: false })
  const profileId = await profile(env, { splitSize: 4 })
  // Issue 14: 6 records with a stray record terminator after the third and a trailing byte are 6
  // records, as the job counts them (test/fidelity/junk.test.ts), not 8.
  const six = isoRecordSlices(readSharedMarc('pymarc/test.dat')).slice(0, 6)
  const body = multipart([
    { name: 'test.dat', content: readSharedMarc('pymarc/test.dat') },
    { name: 'bad.mrc', content: readSharedMarc('pymarc/bad_records.mrc') },
    { name: 'junk.mrc', content: Buffer.concat([...six.slice(0, 3), Buffer.from([0x1d]), ...six.slice(3), Buffer.from('x')]) },
    { name: 'letter.txt', content: 'Dear vendor' },
  ])
  const res = await env.app.inject({
    method: 'POST',
    url: `/v1/profiles/${profileId}/jobs/preview`,
    headers: { ...env.admin.headers, ...body.headers },
    payload: body.payload,
  })
  t.equal(res.statusCode, 200, res.body)
  const preview = res.json()
  const [clean, bad, junk, letter] = preview.files
  t.same(clean, { name: 'test.dat', format: 'ISO2709', records: 10, invalidRecords: 0, bulkFiles: [4, 4, 2], notMarc: null })
  // The profile REPAIRs (the default): its 8 records all read (test/marc/corpus.test.ts); the
  // trailing newline is no record.
  t.same(bad, { name: 'bad.mrc', format: 'ISO2709', records: 8, invalidRecords: 0, bulkFiles: [4, 4], notMarc: null })
  t.same(junk, { name: 'junk.mrc', format: 'ISO2709', records: 6, invalidRecords: 0, bulkFiles: [4, 2], notMarc: null }, 'junk is no record')
  t.equal(letter.records, 0)
  t.match(letter.notMarc, /./)
  t.equal(preview.totalRecords, 24)
  t.equal((await env.db.selectFrom('jobs').select('id').execute()).length, 0, 'no job')
  t.equal((await env.db.selectFrom('stored_files').select('id').execute()).length, 0, 'nothing stored')
})

t.test('a bulk file also ends at BULK_FILE_MAX_BYTES, in the split and in its preview alike', async (t) => {
  const env = await createTestApp(t, {}, { work: false })
  const profileId = await profile(env, { splitSize: 10_000 })
  // Records of ~90 KB (ten 500 fields of 9,000 characters): 16 MiB is reached long before 10,000.
  const big = (n: number) =>
    toIso2709({
      leader: '00000nam a2200000 a 4500',
      fields: [
        { tag: '001', value: `big${n}` },
        ...Array.from({ length: 10 }, (_, i) => ({ tag: '500', ind1: ' ', ind2: ' ', subfields: [{ code: 'a', value: `${n}.${i} `.padEnd(9000, 'x') }] })),
      ],
    })
  const records = Array.from({ length: 200 }, (_, n) => big(n))
  const content = Buffer.concat(records)
  const perFile = Math.ceil(BULK_FILE_MAX_BYTES / (records[0]?.length ?? 1))
  const body = multipart([{ name: 'big.mrc', content }])
  const preview = await env.app.inject({
    method: 'POST',
    url: `/v1/profiles/${profileId}/jobs/preview`,
    headers: { ...env.admin.headers, ...body.headers },
    payload: body.payload,
  })
  t.same(preview.json().files[0].bulkFiles, [perFile, 200 - perFile], 'the preview cuts where the bytes reach the limit')
  const res = await upload(env, profileId, [{ name: 'big.mrc', content }])
  await initializeJob(env.db, env.runner.steps, res.json().id)
  const files = await env.db.selectFrom('bulk_files').select(['record_count', 'size_bytes']).where('job_id', '=', res.json().id).orderBy('seq').execute()
  t.same(files.map((f) => f.record_count), [perFile, 200 - perFile], 'the split cuts there too')
  t.equal(files.reduce((sum, f) => sum + Number(f.size_bytes), 0), content.length, 'every byte in one file or the other')
})

t.test('cancel: only unfinished jobs; finished ones answer 409', async (t) => {
  const env = await createTestApp(t, {}, { work: false })
  const profileId = await profile(env)
  const res = await upload(env, profileId, [{ name: 'a.mrc', content: readSharedMarc('pymarc/test.dat') }])
  const cancelled = await env.app.inject({ method: 'POST', url: `/v1/jobs/${res.json().id}/cancel`, headers: env.admin.headers })
  t.equal(cancelled.statusCode, 200)
  t.equal(cancelled.json().status, 'CANCELLED')
  const again = await env.app.inject({ method: 'POST', url: `/v1/jobs/${res.json().id}/cancel`, headers: env.admin.headers })
  t.equal(again.statusCode, 409)
})
