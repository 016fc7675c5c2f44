import t, { type Test } from 'tap'
import { MARC_MEDIA_TYPES, type MarcMediaType, serialiseRecord } from '../../src/marc/media-types.ts'
import type { MarcRecord } from '../../src/marc/record.ts'
import { createTestApp, type TestApp, type TestUser } from '../helpers/app.ts'
import { createProfile, iso2709, reportOf, sharedRecords, withOclc } from '../helpers/imports.ts'
import { multipart } from '../helpers/multipart.ts'

// Real records (jazz_1k) given OCLC numbers so they can be matched.
const JAZZ = 'evergreen/jazz_1k.mrc'
const MEDIA_TYPES = Object.keys(MARC_MEDIA_TYPES) as MarcMediaType[]

function send(env: TestApp, profileId: string, payload: string | Uint8Array, contentType: string, options: { as?: TestUser | null; headers?: Record<string, string> } = {}) {
  const as = options.as === undefined ? env.admin : options.as
  return env.app.inject({
    method: 'POST',
    url: `/v1/profiles/${profileId}/import-record`,
    headers: { ...(as === null ? {} : as.headers), 'content-type': contentType, ...options.headers },
    payload: typeof payload === 'string' ? payload : Buffer.from(payload),
  })
}

/** Imports one record as the given media type; asserts a 200 and answers the body. */
async function importRecord(t: Test, env: TestApp, profileId: string, record: MarcRecord, type: MarcMediaType = 'application/marc') {
  const res = await send(env, profileId, serialiseRecord(record, type), type)
  t.equal(res.statusCode, 200, `${type}: ${res.body.slice(0, 300)}`)
  return res.json() as { jobId: string; jobStatus: string; result: string; outcome: string; reason: string | null; mmsId: string | null; candidates: string[] }
}

const stamp = (record: MarcRecord, version: string): MarcRecord => ({
  leader: record.leader,
  fields: [...record.fields.filter((f) => f.tag !== '005'), { tag: '005', value: version }].sort((a, b) => (a.tag < b.tag ? -1 : a.tag > b.tag ? 1 : 0)),
})
const encodingLevel = (record: MarcRecord, level: string): MarcRecord => ({ ...record, leader: `${record.leader.slice(0, 17)}${level}${record.leader.slice(18)}` })

async function liveCount(env: TestApp): Promise<number> {
  const row = await env.db.selectFrom('records').select((eb) => eb.fn.countAll<number>().as('n')).where('deleted_at', 'is', null).executeTakeFirstOrThrow()
  return Number(row.n)
}

async function jobOf(env: TestApp, jobId: string) {
  return (await env.app.inject({ method: 'GET', url: `/v1/jobs/${jobId}`, headers: env.admin.headers })).json()
}

async function eventsOf(env: TestApp, jobId: string): Promise<Array<{ status: string; severity: string; description: string }>> {
  return (await env.app.inject({ method: 'GET', url: `/v1/jobs/${jobId}/events?limit=200`, headers: env.admin.headers })).json().items
}

// No worker: every step of a single-record import runs in the request.
const NO_WORKER = { work: false }

t.test('IMPORTED then MERGED: a new record, then the same record again with a MERGE profile; each media type', async (t) => {
  const env = await createTestApp(t, {}, NO_WORKER)
  const base = withOclc((await sharedRecords(JAZZ)).slice(0, 3), (i) => 30000 + i)
  const merge = await createProfile(env, { match: { method: 'OCLC', singleMatchAction: 'MERGE' } })
  for (const [i, type] of MEDIA_TYPES.entries()) {
    const record = base[i] as MarcRecord
    const first = await importRecord(t, env, merge, record, type)
    t.equal(first.result, 'IMPORTED', `${type}: a new record`)
    t.equal(first.outcome, 'ADDED')
    t.equal(first.reason, null)
    t.match(first.mmsId, /^\d+$/)
    t.same(first.candidates, [])
    t.equal(first.jobStatus, 'COMPLETED_SUCCESS')
    const second = await importRecord(t, env, merge, record, type)
    t.equal(second.result, 'MERGED', `${type}: merged into its match`)
    t.equal(second.outcome, 'MERGED')
    t.equal(second.mmsId, first.mmsId, 'into the record the first import added')
    t.not(second.jobId, first.jobId, 'every call is a job of its own')
  }
  t.equal(await liveCount(env), 3)

  const overlay = await createProfile(env, { match: { method: 'OCLC', singleMatchAction: 'OVERLAY' } })
  const overlaid = await importRecord(t, env, overlay, base[0] as MarcRecord)
  t.equal(overlaid.result, 'MERGED', 'an overlay answers MERGED')
  t.equal(overlaid.outcome, 'OVERLAID')
})

t.test('MULTI_MATCHES_FOUND: two repository records share the OCLC number', async (t) => {
  const env = await createTestApp(t, {}, NO_WORKER)
  const [record] = withOclc((await sharedRecords(JAZZ)).slice(0, 1), () => 31000)
  const add = await createProfile(env, { match: { method: 'OCLC', singleMatchAction: 'ADD' } })
  const one = await importRecord(t, env, add, record as MarcRecord)
  const two = await importRecord(t, env, add, record as MarcRecord)
  t.equal(two.result, 'IMPORTED', 'ADD adds although it matched')
  const both = [one.mmsId, two.mmsId].sort((a, b) => Number(a) - Number(b))

  const manual = await createProfile(env, { match: { method: 'OCLC', multiMatchAction: 'MANUAL', autoResolveMultiMatch: false } })
  const viaManual = await importRecord(t, env, manual, record as MarcRecord, 'application/marc+json')
  t.equal(viaManual.result, 'MULTI_MATCHES_FOUND')
  t.equal(viaManual.outcome, 'PENDING_MANUAL', 'a MANUAL profile leaves the choice to a person')
  t.equal(viaManual.reason, null)
  t.equal(viaManual.mmsId, null)
  t.same([...viaManual.candidates].sort((a, b) => Number(a) - Number(b)), both, 'the candidates, as the decision named them')
  t.equal(viaManual.jobStatus, 'MANUAL_HANDLING_REQUIRED')
  const issues = (await env.app.inject({ method: 'GET', url: `/v1/jobs/${viaManual.jobId}/issues`, headers: env.admin.headers })).json().items
  t.match(issues, [{ kind: 'MULTI_MATCH', status: 'OPEN' }], 'an import issue is open for it')
  const resolved = await env.app.inject({ method: 'POST', url: `/v1/issues/${issues[0].id}/resolve`, headers: env.admin.headers, payload: { action: 'SKIP' } })
  t.equal(resolved.statusCode, 200, 'a person resolves it like any other')
  const after = (await env.app.inject({ method: 'GET', url: `/v1/jobs/${viaManual.jobId}`, headers: env.admin.headers })).json()
  t.equal(after.status, 'COMPLETED_SUCCESS', 'and the one-record job completes')
  const stored = await env.db.selectFrom('incoming_records').select(['candidates', 'candidate_count']).where('job_id', '=', viaManual.jobId).executeTakeFirstOrThrow()
  t.equal(stored.candidate_count, 2)
  t.same((stored.candidates ?? []).map(String).sort(), [...both].sort(), 'completeBulkFile stored the MANUAL candidates')

  const skip = await createProfile(env, { match: { method: 'OCLC', multiMatchAction: 'SKIP', autoResolveMultiMatch: false } })
  const viaSkip = await importRecord(t, env, skip, record as MarcRecord, 'application/marcxml+xml')
  t.equal(viaSkip.result, 'MULTI_MATCHES_FOUND')
  t.same(viaSkip.candidates, both, 'a SKIP decision names no candidates: they are looked up')
  t.equal(await liveCount(env), 2, 'nothing more was added')
})

t.test('NOT_ADDED_BRIEF: the incoming record is briefer than its match', async (t) => {
  const env = await createTestApp(t, {}, NO_WORKER)
  const [record] = withOclc((await sharedRecords(JAZZ)).slice(0, 1), () => 32000)
  const profile = await createProfile(env, { match: { method: 'OCLC', checkBriefLevel: true } })
  const full = await importRecord(t, env, profile, encodingLevel(record as MarcRecord, ' '))
  t.equal(full.result, 'IMPORTED')
  const brief = await importRecord(t, env, profile, encodingLevel(record as MarcRecord, '3'))
  t.equal(brief.result, 'NOT_ADDED_BRIEF')
  t.equal(brief.reason, 'BRIEF_LEVEL_LOWER')
  t.same(brief.candidates, [full.mmsId], 'the match that stopped it')
  const fuller = await importRecord(t, env, profile, encodingLevel(record as MarcRecord, ' '))
  t.equal(fuller.result, 'MERGED', 'an equally full record merges')
})

t.test('NOT_ADDED_LOCKED: the match is locked', async (t) => {
  const env = await createTestApp(t, {}, NO_WORKER)
  const [record] = withOclc((await sharedRecords(JAZZ)).slice(0, 1), () => 33000)
  const profile = await createProfile(env, { match: { method: 'OCLC' } })
  const first = await importRecord(t, env, profile, record as MarcRecord)
  const lock = await env.app.inject({ method: 'POST', url: `/v1/records/${first.mmsId}/lock`, headers: env.admin.headers })
  t.equal(lock.statusCode, 200)
  const locked = await importRecord(t, env, profile, record as MarcRecord)
  t.equal(locked.result, 'NOT_ADDED_LOCKED')
  t.equal(locked.reason, 'RECORD_LOCKED')
  t.same(locked.candidates, [first.mmsId])
  t.equal((await env.app.inject({ method: 'DELETE', url: `/v1/records/${first.mmsId}/lock`, headers: env.admin.headers })).statusCode, 204)
  t.equal((await importRecord(t, env, profile, record as MarcRecord)).result, 'MERGED', 'unlocked, it merges')
})

t.test('NOT_ADDED_OLD: the repository holds a newer 005', async (t) => {
  const env = await createTestApp(t, {}, NO_WORKER)
  const [record] = withOclc((await sharedRecords(JAZZ)).slice(0, 1), () => 34000)
  const profile = await createProfile(env, { match: { method: 'OCLC', preventOlderVersion: true } })
  t.equal((await importRecord(t, env, profile, stamp(record as MarcRecord, '20260101120000.0'))).result, 'IMPORTED')
  const older = await importRecord(t, env, profile, stamp(record as MarcRecord, '20250101120000.0'), 'application/marcxml+xml')
  t.equal(older.result, 'NOT_ADDED_OLD')
  t.equal(older.reason, 'NEWER_VERSION_IN_REPOSITORY')
  t.equal((await importRecord(t, env, profile, stamp(record as MarcRecord, '20261001120000.0'))).result, 'MERGED', 'a newer one merges')
})

t.test('SKIPPED: no match and the profile skips unmatched records', async (t) => {
  const env = await createTestApp(t, {}, NO_WORKER)
  const [record] = withOclc((await sharedRecords(JAZZ)).slice(0, 1), () => 35000)
  const profile = await createProfile(env, { match: { method: 'OCLC', noMatchAction: 'SKIP' } })
  const answer = await importRecord(t, env, profile, record as MarcRecord)
  t.equal(answer.result, 'SKIPPED')
  t.equal(answer.jobStatus, 'COMPLETED_SUCCESS', 'a skip is the profile\'s choice, not an error')
})

t.test('the job: kind SINGLE_RECORD in the history, with its lifecycle events and report', async (t) => {
  const env = await createTestApp(t, {}, NO_WORKER)
  const [record] = withOclc((await sharedRecords(JAZZ)).slice(0, 1), () => 36000)
  const profile = await createProfile(env, { name: 'Gateway', match: { method: 'OCLC' } })
  const answer = await importRecord(t, env, profile, record as MarcRecord)
  const job = await jobOf(env, answer.jobId)
  t.equal(job.kind, 'SINGLE_RECORD')
  t.equal(job.name, 'Single Record Import: Gateway')
  t.equal(job.status, 'COMPLETED_SUCCESS')
  t.equal(job.profileId, profile)
  t.equal(job.createdBy, env.admin.id)
  t.same(job.progress, { percent: 100, recordsDone: 1, recordsTotal: 1, filesDone: 1, filesTotal: 1 })
  const statuses = (await eventsOf(env, answer.jobId)).map((e) => e.status)
  t.same([...new Set(statuses)], ['PENDING', 'INITIALIZING', 'RUNNING', 'FINALIZING', 'COMPLETED_SUCCESS'], 'the same lifecycle as an upload')
  const report = await reportOf(t, env, answer.jobId)
  t.equal(report.counters.recordsAdded, 1)

  const history = (await env.app.inject({ method: 'GET', url: '/v1/jobs?group=history', headers: env.admin.headers })).json()
  t.ok(history.items.some((item: { id: string; kind: string }) => item.id === answer.jobId && item.kind === 'SINGLE_RECORD'), 'listed in the history')
  const ofProfile = (await env.app.inject({ method: 'GET', url: `/v1/profiles/${profile}/jobs`, headers: env.admin.headers })).json()
  t.same(ofProfile.items.map((item: { id: string }) => item.id), [answer.jobId], 'and in the profile\'s job history')
  const files = (await env.app.inject({ method: 'GET', url: `/v1/jobs/${answer.jobId}/files`, headers: env.admin.headers })).json()
  t.equal(files.items.length, 1)
  t.equal(files.items[0].recordCount, 1)
})

t.test('bodies refused: other media types 415, not MARC 400, several records or an unreadable one 422', async (t) => {
  const env = await createTestApp(t, {}, NO_WORKER)
  const records = withOclc((await sharedRecords(JAZZ)).slice(0, 2), (i) => 37000 + i)
  const profile = await createProfile(env, { match: { method: 'OCLC' } })

  for (const type of ['text/plain', 'application/json', 'application/octet-stream']) {
    const res = await send(env, profile, type === 'application/json' ? '{"leader":"x"}' : 'hello', type)
    t.equal(res.statusCode, 415, type)
    t.match(res.headers['content-type'], /^application\/problem\+json/)
    t.equal(res.json().type, '/problems/unsupported-media-type')
  }
  const form = multipart([{ name: 'records.mrc', content: iso2709(records) }])
  const asForm = await env.app.inject({ method: 'POST', url: `/v1/profiles/${profile}/import-record`, headers: { ...env.admin.headers, ...form.headers }, payload: form.payload })
  t.equal(asForm.statusCode, 415, 'a multipart upload belongs to /jobs')
  const jobsBefore = await env.db.selectFrom('jobs').select('id').execute()
  t.equal(jobsBefore.length, 0, 'a refused media type records no job')

  const garbage = await send(env, profile, 'this is not a MARC record at all', 'application/marc')
  t.equal(garbage.statusCode, 400)
  t.match(garbage.headers['content-type'], /^application\/problem\+json/)
  t.equal(garbage.json().type, '/problems/bad-request')
  t.match(garbage.json().detail, /not a MARC record/)
  t.equal(garbage.json().jobStatus, 'FAILED')
  const failed = await jobOf(env, garbage.json().jobId)
  t.equal(failed.kind, 'SINGLE_RECORD')
  t.equal(failed.status, 'FAILED', 'recorded, FAILED by the split step')
  t.ok(failed.failureReason)

  const wrongFormat = await send(env, profile, serialiseRecord(records[0] as MarcRecord, 'application/marcxml+xml'), 'application/marc')
  t.equal(wrongFormat.statusCode, 400, 'MARCXML declared as ISO 2709')
  t.match(wrongFormat.json().detail, /MARCXML, but ISO2709 was expected/)

  const empty = await send(env, profile, '', 'application/marc')
  t.equal(empty.statusCode, 400)
  t.equal(empty.json().jobStatus, 'COMPLETED_NO_BULKS')

  const several = await send(env, profile, iso2709(records), 'application/marc')
  t.equal(several.statusCode, 422)
  t.equal(several.json().type, '/problems/unprocessable')
  t.match(several.json().detail, /holds 2 records/)
  t.equal((await jobOf(env, several.json().jobId)).status, 'FAILED')
  t.ok((await eventsOf(env, several.json().jobId)).some((e) => e.severity === 'ERROR' && /exactly one/.test(e.description)), 'the job says why')
  const severalJson = await send(env, profile, JSON.stringify(records.map((r) => JSON.parse(serialiseRecord(r, 'application/marc+json') as string))), 'application/marc+json')
  t.equal(severalJson.statusCode, 422, 'a MARC-in-JSON array of two')

  const bytes = Buffer.from(serialiseRecord(records[0] as MarcRecord, 'application/marc'))
  bytes.write('x', 30, 'latin1') // a directory entry's length: no longer digits
  const broken = await send(env, profile, bytes, 'application/marc')
  t.equal(broken.statusCode, 422, broken.body)
  t.equal(broken.json().result, 'NOT_ADDED_INVALID')
  t.equal(broken.json().jobStatus, 'COMPLETED_WITH_ERRORS', 'the pipeline reported the record not imported')
  t.equal(await liveCount(env), 0, 'nothing was imported by any refused body')

  const big = await send(env, profile, Buffer.alloc(1024 * 1024 + 1, 0x41), 'application/marc')
  t.equal(big.statusCode, 413)
})

t.test('access: 401, 403 (role, restricted without grant), 404 (unknown, other institution), 409 inactive', async (t) => {
  const env = await createTestApp(t, {}, NO_WORKER)
  const [record] = withOclc((await sharedRecords(JAZZ)).slice(0, 1), () => 38000)
  const body = serialiseRecord(record as MarcRecord, 'application/marc')
  const profile = await createProfile(env, { match: { method: 'OCLC' } })

  const anonymous = await send(env, profile, body, 'application/marc', { as: null })
  t.equal(anonymous.statusCode, 401)
  const purchasing = await env.userWith(['PURCHASING_OPERATOR'])
  t.equal((await send(env, profile, body, 'application/marc', { as: purchasing })).statusCode, 403, 'a role that may not run REPOSITORY profiles')
  const manager = await env.userWith(['CATALOG_MANAGER'])
  t.equal((await send(env, profile, body, 'application/marc', { as: manager })).statusCode, 200, 'a Catalog Manager may')

  const restricted = await createProfile(env, { match: { method: 'OCLC' }, restricted: true })
  t.equal((await send(env, restricted, body, 'application/marc', { as: manager })).statusCode, 403, 'restricted, no grant')
  const grant = await env.app.inject({ method: 'PUT', url: `/v1/profiles/${restricted}/grants/${manager.id}`, headers: env.admin.headers })
  t.ok(grant.statusCode < 300, `grant: ${grant.body}`)
  t.equal((await send(env, restricted, body, 'application/marc', { as: manager })).statusCode, 200, 'with a grant')

  t.equal((await send(env, '00000000-0000-4000-8000-000000000000', body, 'application/marc')).statusCode, 404)
  const outsider = await env.userWith(['GENERAL_SYSTEM_ADMINISTRATOR', 'CATALOG_ADMINISTRATOR'], await env.createInstitution('OTHER'))
  const foreign = await send(env, profile, body, 'application/marc', { as: outsider })
  t.equal(foreign.statusCode, 404, 'another institution\'s profile')

  const inactive = await createProfile(env, { match: { method: 'OCLC' }, active: false })
  const res = await send(env, inactive, body, 'application/marc')
  t.equal(res.statusCode, 409)
  t.equal(res.json().type, '/problems/conflict')
})

t.test('Idempotency-Key: a repeat answers the first result and imports nothing again', async (t) => {
  const env = await createTestApp(t, {}, NO_WORKER)
  const records = withOclc((await sharedRecords(JAZZ)).slice(0, 2), (i) => 39000 + i)
  const profile = await createProfile(env, { match: { method: 'OCLC' } })
  const body = serialiseRecord(records[0] as MarcRecord, 'application/marc')
  const headers = { 'idempotency-key': 'single-1' }
  const first = await send(env, profile, body, 'application/marc', { headers })
  t.equal(first.statusCode, 200)
  t.equal(first.json().result, 'IMPORTED')
  const again = await send(env, profile, body, 'application/marc', { headers })
  t.equal(again.statusCode, 200)
  t.equal(again.headers['idempotent-replayed'], 'true')
  t.same(again.json(), first.json(), 'the first answer, not MERGED')
  const count = await env.db.selectFrom('jobs').select('id').where('kind', '=', 'SINGLE_RECORD').execute()
  t.equal(count.length, 1, 'one job')
  const other = await send(env, profile, serialiseRecord(records[1] as MarcRecord, 'application/marc'), 'application/marc', { headers })
  t.equal(other.statusCode, 422)
  t.equal(other.json().type, '/problems/idempotency-key-reused', 'another record under the same key')
})
