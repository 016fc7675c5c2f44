import t from 'tap'
import { transitionJob } from '../../src/pipeline/job-transitions.ts'
import { createTestApp, type TestApp } from '../helpers/app.ts'
import { filesOf, incomingOf, makeProfile, settled, startJob } from '../helpers/job-fixtures.ts'
import { readSharedMarc } from '../helpers/shared.ts'

const rerun = (env: TestApp, jobId: string, payload: object = {}, headers: Record<string, string> = {}) =>
  env.app.inject({ method: 'POST', url: `/v1/jobs/${jobId}/rerun`, headers: { ...env.admin.headers, ...headers }, payload })

async function eventTexts(env: TestApp, jobId: string): Promise<string[]> {
  const res = await env.app.inject({ method: 'GET', url: `/v1/jobs/${jobId}/events`, headers: env.admin.headers })
  return res.json().items.map((e: { description: string }) => e.description)
}

/** Position, bytes and verdict of each record: what a re-run must read the same. */
const asRead = (rows: Awaited<ReturnType<typeof incomingOf>>) =>
  rows.map((row) => ({ position: row.position, raw: row.raw.toString('base64'), problem: row.problem_code }))

t.test('a job completed with errors re-runs whole: a new job over the same files, linked to it', async (t) => {
  const env = await createTestApp(t)
  const profileId = await makeProfile(env, { splitSize: 3, repairPolicy: 'STRICT' })
  // Two files in one upload: each numbers its records from 1. STRICT: bad_records.mrc's unreadable records
  // (REPAIR reads them all) make the job end with errors.
  const original = await settled(
    env,
    await startJob(env, profileId, [
      { name: 'test.dat', content: readSharedMarc('pymarc/test.dat') },
      { name: 'bad.mrc', content: readSharedMarc('pymarc/bad_records.mrc') },
    ]),
  )
  t.equal(original.status, 'COMPLETED_WITH_ERRORS')
  t.equal(original.progress.recordsTotal, 18)

  const res = await rerun(env, original.id)
  t.equal(res.statusCode, 202, res.body)
  const created = res.json()
  t.equal(res.headers.location, `/v1/jobs/${created.id}`)
  t.not(created.id, original.id)
  t.match(created, { kind: 'IMPORT', status: 'PENDING', rerunOf: original.id, profileId, name: original.name, createdBy: env.admin.id })

  const again = await settled(env, created.id)
  t.equal(again.status, 'COMPLETED_WITH_ERRORS')
  t.same(again.counters, original.counters, 'the same outcomes')
  t.same(again.progress, original.progress)
  t.same(asRead(await incomingOf(env, again.id)), asRead(await incomingOf(env, original.id)), 'every record read again, in place')
  t.same(
    (await filesOf(env, again.id)).map((f) => [f.name, f.recordCount]),
    (await filesOf(env, original.id)).map((f) => [f.name, f.recordCount]),
    'split the same way',
  )
  t.ok((await eventTexts(env, again.id)).some((text) => text.startsWith(`Re-run of job ${original.id}`)), 'the new job says what it re-runs')
  t.ok((await eventTexts(env, original.id)).some((text) => text.includes(`as job ${again.id}`)), 'the original says it was re-run')
})

t.test('only some bulk files: their records, at their positions, in the job\'s order', async (t) => {
  const env = await createTestApp(t)
  const profileId = await makeProfile(env, { splitSize: 2, repairPolicy: 'STRICT' })
  const original = await settled(env, await startJob(env, profileId, [{ name: 'bad.mrc', content: readSharedMarc('pymarc/bad_records.mrc') }]))
  const files = await filesOf(env, original.id)
  t.equal(files.length, 4)
  const chosen = files.filter((f) => f.problems.length > 0).slice(0, 2)
  t.equal(chosen.length, 2, 'two files with records not imported')

  const res = await rerun(env, original.id, { fileIds: chosen.map((f) => f.id).reverse(), label: 'fixed reader' })
  t.equal(res.statusCode, 202, res.body)
  t.equal(res.json().label, 'fixed reader')
  const partial = await settled(env, res.json().id)
  t.equal(partial.progress.recordsTotal, chosen.reduce((n, f) => n + f.recordCount, 0), 'only the chosen files\' records')
  const chosenSeqs = new Set(files.flatMap((f, i) => (chosen.includes(f) ? [i + 1] : [])))
  const expected = asRead((await incomingOf(env, original.id)).filter((row) => chosenSeqs.has(row.seq)))
  t.same(asRead(await incomingOf(env, partial.id)), expected, 'the same records, positions and verdicts')

  // A re-run of that re-run reads the same bulk files again.
  t.equal(partial.status, 'COMPLETED_WITH_ERRORS')
  const second = await settled(env, (await rerun(env, partial.id)).json().id)
  t.equal(second.rerunOf, partial.id)
  t.same(asRead(await incomingOf(env, second.id)), expected)
})

t.test('a failed job re-runs with the profile as it is now', async (t) => {
  const env = await createTestApp(t)
  const profileId = await makeProfile(env, { sourceFormat: 'MARCXML' })
  const failed = await settled(env, await startJob(env, profileId, [{ name: 'test.dat', content: readSharedMarc('pymarc/test.dat') }]))
  t.equal(failed.status, 'FAILED', 'an ISO 2709 file for a MARCXML profile')
  const fixed = await env.app.inject({
    method: 'PATCH',
    url: `/v1/profiles/${profileId}`,
    headers: { ...env.admin.headers, 'if-match': '"v1"' },
    payload: { sourceFormat: 'AUTO' },
  })
  t.equal(fixed.statusCode, 200)
  const res = await rerun(env, failed.id)
  t.equal(res.statusCode, 202)
  const done = await settled(env, res.json().id)
  t.equal(done.status, 'COMPLETED_SUCCESS')
  t.same(done.counters, { ADDED: 10 })
  const row = await env.db.selectFrom('jobs').select('profile_snapshot').where('id', '=', done.id).executeTakeFirstOrThrow()
  t.match(row.profile_snapshot, { sourceFormat: 'AUTO' }, 'the new job\'s snapshot is the profile it ran with')
})

/** A job driven to `status` by hand (the queue is not worked in these tests). */
async function jobIn(env: TestApp, profileId: string, status: 'PENDING' | 'FAILED' | 'COMPLETED_WITH_ERRORS' | 'COMPLETED_SUCCESS'): Promise<string> {
  const jobId = await startJob(env, profileId, [{ name: 'test.dat', content: readSharedMarc('pymarc/test.dat') }])
  const path = { PENDING: [], FAILED: ['INITIALIZING', 'FAILED'], COMPLETED_WITH_ERRORS: ['INITIALIZING', 'RUNNING', 'FINALIZING', 'COMPLETED_WITH_ERRORS'], COMPLETED_SUCCESS: ['INITIALIZING', 'RUNNING', 'FINALIZING', 'COMPLETED_SUCCESS'] } as const
  for (const to of path[status]) {
    await env.db.transaction().execute((trx) => transitionJob(trx, jobId, to, { severity: 'INFO', module: 'SYSTEM', description: `test: ${to}`, createdBy: null }))
  }
  return jobId
}

t.test('what cannot be re-run, and who may not', async (t) => {
  const env = await createTestApp(t, {}, { work: false })
  const profileId = await makeProfile(env)
  t.equal((await rerun(env, await jobIn(env, profileId, 'PENDING'))).statusCode, 409, 'a pending job')
  const success = await rerun(env, await jobIn(env, profileId, 'COMPLETED_SUCCESS'))
  t.equal(success.statusCode, 409, 'a successful job')
  t.equal(success.json().type, '/problems/conflict')
  t.match(success.json().detail, /Completed Successfully cannot be re-run/)

  const failed = await jobIn(env, profileId, 'FAILED')
  const unknown = await rerun(env, failed, { fileIds: ['00000000-0000-4000-8000-000000000000'] })
  t.equal(unknown.statusCode, 422, 'a file that is not the job\'s')
  t.same(unknown.json().errors, [{ field: 'body.fileIds[0]', message: 'is not a bulk file of this job' }])
  t.equal((await rerun(env, failed, { fileIds: [] })).statusCode, 400, 'an empty list')
  t.equal((await rerun(env, failed, { fileIds: ['x'] })).statusCode, 400, 'not an id')
  t.equal((await rerun(env, failed, { files: [] })).statusCode, 400, 'an unknown field')
  t.equal((await rerun(env, '00000000-0000-4000-8000-000000000000')).statusCode, 404)
  t.equal((await env.app.inject({ method: 'POST', url: `/v1/jobs/${failed}/rerun`, payload: {} })).statusCode, 401)

  const outsider = await env.userWith(['GENERAL_SYSTEM_ADMINISTRATOR', 'CATALOG_ADMINISTRATOR'], await env.createInstitution('OTHER'))
  t.equal((await env.app.inject({ method: 'POST', url: `/v1/jobs/${failed}/rerun`, headers: outsider.headers, payload: {} })).statusCode, 404)
  const buyer = await env.userWith(['PURCHASING_OPERATOR'])
  t.equal((await env.app.inject({ method: 'POST', url: `/v1/jobs/${failed}/rerun`, headers: buyer.headers, payload: {} })).statusCode, 403)

  const restricted = await makeProfile(env, { restricted: true })
  // A grant is signed off by someone other than its holder.
  const signer = await env.userWith(['CATALOG_ADMINISTRATOR'])
  await env.app.inject({ method: 'PUT', url: `/v1/profiles/${restricted}/grants/${env.admin.id}`, headers: signer.headers })
  const restrictedJob = await jobIn(env, restricted, 'COMPLETED_WITH_ERRORS')
  const cataloger = await env.userWith(['CATALOG_MANAGER'])
  const asCataloger = () => env.app.inject({ method: 'POST', url: `/v1/jobs/${restrictedJob}/rerun`, headers: cataloger.headers, payload: {} })
  t.equal((await asCataloger()).statusCode, 403, 'a restricted profile needs a grant')
  await env.app.inject({ method: 'PUT', url: `/v1/profiles/${restricted}/grants/${cataloger.id}`, headers: env.admin.headers })
  const granted = await asCataloger()
  t.equal(granted.statusCode, 202, 'with the grant it re-runs')
  t.equal(granted.json().createdBy, cataloger.id)

  const other = await makeProfile(env)
  const otherJob = await jobIn(env, other, 'FAILED')
  await env.app.inject({ method: 'PATCH', url: `/v1/profiles/${other}`, headers: { ...env.admin.headers, 'if-match': '"v1"' }, payload: { active: false } })
  const inactive = await rerun(env, otherJob)
  t.equal(inactive.statusCode, 409, 'an inactive profile')
  t.match(inactive.json().detail, /inactive/)
  await env.app.inject({ method: 'DELETE', url: `/v1/profiles/${other}`, headers: env.admin.headers })
  t.match((await rerun(env, otherJob)).json(), { status: 409, detail: /deleted/ }, 'a deleted profile')
})

t.test('a re-run repeated with the same Idempotency-Key starts one job', async (t) => {
  const env = await createTestApp(t, {}, { work: false })
  const profileId = await makeProfile(env)
  const failed = await jobIn(env, profileId, 'FAILED')
  const first = await rerun(env, failed, {}, { 'idempotency-key': 'rerun-1' })
  t.equal(first.statusCode, 202)
  const again = await rerun(env, failed, {}, { 'idempotency-key': 'rerun-1' })
  t.equal(again.statusCode, 202)
  t.equal(again.json().id, first.json().id, 'the same job answers')
  t.equal(again.headers['idempotent-replayed'], 'true')
  t.equal(again.headers.location, first.headers.location)
  t.equal((await rerun(env, failed, { label: 'other' }, { 'idempotency-key': 'rerun-1' })).statusCode, 422, 'the key with another body')
  const reruns = await env.db.selectFrom('jobs').select('id').where('rerun_of', '=', failed).execute()
  t.equal(reruns.length, 1, 'one re-run')
})
