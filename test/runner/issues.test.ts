import t, { type Test } from 'tap'
import type { MarcRecord } from '../../src/marc/record.ts'
import { createTestApp, type TestApp } from '../helpers/app.ts'
import { createProfile, iso2709, reportOf, runImport, sharedRecords, startImport, waitForJob, withOclc } from '../helpers/imports.ts'
import { BAD_RECORDS_UNREADABLE, readSharedMarc } from '../helpers/shared.ts'

// Real records (jazz_1k) given OCLC numbers; the repository holds two copies of six of them, so
// those six meet two candidates each and, with a MANUAL profile, wait for a person.
const JAZZ = 'evergreen/jazz_1k.mrc'
const AMBIGUOUS = 6
const oclc = (i: number) => 5000 + i

function withField(record: MarcRecord, tag: string, text: string): MarcRecord {
  const field = { tag, ind1: ' ', ind2: ' ', subfields: [{ code: 'a', value: text }] }
  const at = record.fields.findIndex((f) => f.tag > tag)
  return { leader: record.leader, fields: at < 0 ? [...record.fields, field] : [...record.fields.slice(0, at), field, ...record.fields.slice(at)] }
}

interface Issue {
  id: string
  status: string
  kind: string
  candidateMmsIds: string[]
  record: { position: number; outcome: string }
  resolution: { action: string; mmsId: string | null; resolvedBy: string } | null
}

interface StoredRecord {
  mmsId: string
  revision: number
  deleted: boolean
  createdByJob: string | null
  marc: { fields: Array<Record<string, unknown>> }
}

const get = async (env: TestApp, url: string) => (await env.app.inject({ method: 'GET', url, headers: env.admin.headers })).json()
const record = (env: TestApp, mmsId: string): Promise<StoredRecord> => get(env, `/v1/records/${mmsId}`)
const texts = (r: StoredRecord) => JSON.stringify(r.marc.fields)

/** The repository with two copies (A with a local 950, B with its own note and 035) of the first six records, and a MANUAL profile. */
async function setUp(t: Test) {
  const env = await createTestApp(t)
  const jazz = withOclc((await sharedRecords(JAZZ)).slice(0, 8), oclc)
  // Copy B also has a number of its own in 035, a tag the default merge rule unions and overlay replaces.
  const copies = jazz
    .slice(0, AMBIGUOUS)
    .flatMap((r, i) => [withField(r, '950', `local copy A${i}`), withField(withField(r, '500', `repository copy B${i}`), '035', `(MyLib)B${i}`)])
  const addAll = await createProfile(env, { match: { method: 'NONE', noMatchAction: 'ADD' } })
  const seeded = await runImport(t, env, addAll, iso2709(copies))
  t.equal(seeded.report.counters.recordsAdded, AMBIGUOUS * 2)
  const seededRecords = (await get(env, `/v1/records?jobId=${seeded.job.id}&change=added&limit=200`)).items as StoredRecord[]
  // In the order they were added: A0, B0, A1, B1, …
  const candidates = seededRecords.sort((a, b) => Number(a.mmsId) - Number(b.mmsId)).map((r) => r.mmsId)
  const manual = await createProfile(env, {
    match: { method: 'OCLC', singleMatchAction: 'MERGE', multiMatchAction: 'MANUAL', autoResolveMultiMatch: false },
    splitSize: 3,
  })
  const incoming = jazz.map((r, i) => withField(r, '500', `incoming note ${i}`))
  return { env, manual, incoming, copyA: (i: number) => candidates[2 * i] as string, copyB: (i: number) => candidates[2 * i + 1] as string }
}

t.test('multi-matches wait for a person; resolving every issue (all four actions, single and bulk) completes the job exactly as chosen', async (t) => {
  const { env, manual, incoming, copyA, copyB } = await setUp(t)
  const jobId = await startImport(env, manual, iso2709(incoming))
  const job = await waitForJob(env, jobId)
  t.equal(job.status, 'MANUAL_HANDLING_REQUIRED', 'the job waits for manual handling')
  const waiting = await reportOf(t, env, jobId)
  t.equal(waiting.counters.recordsPendingManual, AMBIGUOUS)
  t.equal(waiting.counters.recordsAdded, 2, 'the two records with no match were added')
  t.equal((await get(env, `/v1/jobs/${jobId}/report`)).final, false, 'the report is not final while issues are open')

  const list = await get(env, `/v1/jobs/${jobId}/issues?limit=4`)
  t.equal(list.items.length, 4)
  t.ok(list.nextCursor, 'paginated')
  const rest = await get(env, `/v1/jobs/${jobId}/issues?limit=4&cursor=${list.nextCursor}`)
  const issues = [...list.items, ...rest.items] as Issue[]
  t.same(issues.map((i) => [i.kind, i.status, i.record.outcome]), Array(AMBIGUOUS).fill(['MULTI_MATCH', 'OPEN', 'PENDING_MANUAL']))
  // In the order of the records, whichever bulk file finished first.
  for (const [i, issue] of issues.entries()) t.same(issue.candidateMmsIds.sort(), [copyA(i), copyB(i)].sort(), `issue ${i}: both copies of record ${i} are candidates`)
  t.equal((await get(env, `/v1/issues?jobId=${jobId}&status=OPEN`)).items.length, AMBIGUOUS, 'listed institution-wide too')
  t.equal((await get(env, `/v1/issues?jobId=${jobId}&status=RESOLVED`)).items.length, 0)

  const detail = await get(env, `/v1/issues/${issues[0]?.id}`)
  t.match(detail.reason, /2 repository records match/)
  t.equal(detail.incoming.leader.length, 24, 'the incoming record is shown')
  const shown = detail.candidates.find((c: { mmsId: string }) => c.mmsId === copyA(0))
  t.same(shown.matchedOn, [{ kind: 'OCLC', value: String(oclc(0)), cancelled: false }], 'the key that matched')
  t.same(
    shown.differences.map((d: { tag: string }) => d.tag),
    ['500', '950'],
    'the fields that differ: the incoming note against none, the local 950 against none',
  )
  t.equal(shown.changedSinceOffered, false)

  const before = await Promise.all([1, 5].flatMap((i) => [record(env, copyA(i)), record(env, copyB(i))]))
  const resolve = (issue: Issue | undefined, body: object) =>
    env.app.inject({ method: 'POST', url: `/v1/issues/${issue?.id}/resolve`, headers: env.admin.headers, payload: body })

  const merged = await resolve(issues[0], { action: 'MERGE', mmsId: copyA(0) })
  t.equal(merged.statusCode, 200, merged.body)
  t.match(merged.json(), { status: 'RESOLVED', resolution: { action: 'MERGE', mmsId: copyA(0), resolvedBy: env.admin.id }, record: { outcome: 'MERGED' } })
  t.equal((await resolve(issues[0], { action: 'SKIP' })).statusCode, 409, 'a resolved issue cannot be resolved again')
  t.equal((await resolve(issues[1], { action: 'SKIP' })).statusCode, 200)
  t.equal((await resolve(issues[2], { action: 'MERGE' })).statusCode, 422, 'MERGE needs a candidate')
  t.equal((await resolve(issues[2], { action: 'MERGE', mmsId: copyA(0) })).statusCode, 422, 'a candidate of another issue is refused')

  const bulk = await env.app.inject({
    method: 'POST',
    url: '/v1/issues/resolve',
    headers: env.admin.headers,
    payload: {
      resolutions: [
        { issueId: issues[2]?.id, action: 'IMPORT_AS_NEW' },
        { issueId: issues[3]?.id, action: 'OVERLAY', mmsId: copyB(3) },
        { issueId: issues[4]?.id, action: 'MERGE', mmsId: copyA(0) },
        { issueId: issues[5]?.id, action: 'SKIP' },
      ],
    },
  })
  t.equal(bulk.statusCode, 200, bulk.body)
  t.same(
    bulk.json().results.map((r: { resolved: boolean; problem: { status: number } | null }) => [r.resolved, r.problem?.status ?? null]),
    [[true, null], [true, null], [false, 422], [true, null]],
    'each resolution stands alone: the wrong candidate fails only its own',
  )
  t.equal((await get(env, `/v1/jobs/${jobId}`)).status, 'MANUAL_HANDLING_REQUIRED', 'one issue is still open')

  // A candidate locked since the issue opened cannot take the record; unlocked, it can.
  const lock = await env.app.inject({ method: 'POST', url: `/v1/records/${copyA(4)}/lock`, headers: env.admin.headers })
  t.equal(lock.statusCode, 200)
  const refused = await resolve(issues[4], { action: 'MERGE', mmsId: copyA(4) })
  t.equal(refused.statusCode, 409)
  t.match(refused.json().detail, /changed since it was offered: it is locked/)
  t.equal((await get(env, `/v1/issues/${issues[4]?.id}`)).candidates.find((c: { mmsId: string }) => c.mmsId === copyA(4)).changedSinceOffered, true)
  await env.app.inject({ method: 'DELETE', url: `/v1/records/${copyA(4)}/lock`, headers: env.admin.headers })
  t.equal((await resolve(issues[4], { action: 'MERGE', mmsId: copyA(4) })).statusCode, 200)

  const done = await get(env, `/v1/jobs/${jobId}`)
  t.equal(done.status, 'COMPLETED_SUCCESS', 'the last resolution completes the job')
  const report = await reportOf(t, env, jobId)
  t.equal((await get(env, `/v1/jobs/${jobId}/report`)).final, true, 'and its report is final')
  t.match(report.counters, {
    recordsProcessed: 8,
    recordsPendingManual: 0,
    recordsAdded: 3,
    recordsMerged: 2,
    recordsOverlaid: 1,
    recordsSkipped: 2,
    multiMatchesFound: AMBIGUOUS,
    multiMatchesResolvedManually: AMBIGUOUS,
    newlyAddedWithMatch: 1,
  })

  // The repository is what was chosen.
  for (const i of [0, 4]) {
    const a = await record(env, copyA(i))
    t.match(texts(a), `incoming note ${i}`, `merge ${i}: the incoming fields are in`)
    t.match(texts(a), `local copy A${i}`, `merge ${i}: the local 950 is kept`)
    t.equal(a.revision, 2)
    t.equal((await record(env, copyB(i))).revision, 1, `merge ${i}: the other candidate is untouched`)
  }
  const overlaid = await record(env, copyB(3))
  t.match(texts(overlaid), 'incoming note 3')
  t.notMatch(texts(overlaid), 'repository copy B3', 'overlay replaced the repository note')
  t.notMatch(texts(overlaid), '(MyLib)B3', 'and the repository\'s own 035: overlay takes no union of 035 as merge does')
  t.match(texts(overlaid), `(OCoLC)ocm0000${oclc(3)}`, 'the incoming 035 is in')
  t.same(await Promise.all([1, 5].flatMap((i) => [record(env, copyA(i)), record(env, copyB(i))])), before, 'skipped: both candidates unchanged')
  const added = (await get(env, `/v1/records?jobId=${jobId}&change=added&limit=200`)).items as StoredRecord[]
  t.equal(added.length, 3)
  t.equal(added.filter((r) => texts(r).includes('incoming note 2')).length, 1, 'IMPORT_AS_NEW added the record as a new one')
  const live = await env.db.selectFrom('records').select((eb) => eb.fn.countAll<number>().as('n')).where('deleted_at', 'is', null).executeTakeFirstOrThrow()
  t.equal(Number(live.n), AMBIGUOUS * 2 + 3)

  const events = (await get(env, `/v1/jobs/${jobId}/events?limit=200`)).items as Array<{ description: string; createdBy: string | null }>
  const credited = events.filter((e) => /^Import issue \d+ resolved by/.test(e.description))
  t.equal(credited.length, AMBIGUOUS, 'an event per resolution')
  t.ok(credited.every((e) => e.createdBy === env.admin.id), 'each credits the resolving user')
})

t.test('a candidate changed since it was offered: 409 with the reason, then offered as it is', async (t) => {
  const { env, manual, incoming, copyA, copyB } = await setUp(t)
  // Two incoming versions of record 0: both meet the same two copies.
  const second = withField(incoming[0] as MarcRecord, '590', 'a second incoming version')
  const jobId = await startImport(env, manual, iso2709([incoming[0] as MarcRecord, second]))
  t.equal((await waitForJob(env, jobId)).status, 'MANUAL_HANDLING_REQUIRED')
  const [first, other] = (await get(env, `/v1/jobs/${jobId}/issues`)).items as Issue[]
  const resolve = (issue: Issue | undefined, body: object) =>
    env.app.inject({ method: 'POST', url: `/v1/issues/${issue?.id}/resolve`, headers: env.admin.headers, payload: body })
  t.equal((await resolve(first, { action: 'MERGE', mmsId: copyA(0) })).statusCode, 200)
  const refused = await resolve(other, { action: 'MERGE', mmsId: copyA(0) })
  t.equal(refused.statusCode, 409, 'the candidate changed under the other issue')
  t.match(refused.json().detail, /changed since it was offered: .*revision 1 → 2/)
  const shown = (await get(env, `/v1/issues/${other?.id}`)).candidates.find((c: { mmsId: string }) => c.mmsId === copyA(0))
  t.match(shown, { asOffered: { revision: 2 }, changedSinceOffered: false }, 'the issue now offers it as it is')
  t.equal((await resolve(other, { action: 'MERGE', mmsId: copyA(0) })).statusCode, 200, 'looked at again, it can be chosen')
  t.match(texts(await record(env, copyA(0))), 'a second incoming version')
  t.equal((await record(env, copyB(0))).revision, 1)
  t.equal((await get(env, `/v1/jobs/${jobId}`)).status, 'COMPLETED_SUCCESS')
})

t.test('multi-matches are resolved once the job waits for a person; a job that ends otherwise closes its issues', async (t) => {
  const { env, manual, incoming } = await setUp(t)
  const jobId = await startImport(env, manual, iso2709(incoming.slice(0, 2)))
  await waitForJob(env, jobId)
  const [issue] = (await get(env, `/v1/jobs/${jobId}/issues`)).items as Issue[]
  // As if its last bulk files were still running.
  await env.db.updateTable('jobs').set({ status: 'RUNNING' }).where('id', '=', jobId).execute()
  const early = await env.app.inject({ method: 'POST', url: `/v1/issues/${issue?.id}/resolve`, headers: env.admin.headers, payload: { action: 'SKIP' } })
  t.equal(early.statusCode, 409)
  t.match(early.json().detail, /The job is Running/)
  t.equal((await env.app.inject({ method: 'POST', url: `/v1/jobs/${jobId}/cancel`, headers: env.admin.headers })).statusCode, 200)
  const closed = (await get(env, `/v1/jobs/${jobId}/issues`)).items as Issue[]
  t.same(closed.map((i) => i.status), ['CLOSED', 'CLOSED'], 'cancelling the job closed its issues')
  t.equal((await get(env, '/v1/issues?status=OPEN')).items.length, 0, 'and took them off the work list')
  const late = await env.app.inject({ method: 'POST', url: `/v1/issues/${issue?.id}/resolve`, headers: env.admin.headers, payload: { action: 'SKIP' } })
  t.equal(late.statusCode, 409)
})

t.test('two people resolving one issue at once: exactly one wins', async (t) => {
  const { env, manual, incoming, copyA, copyB } = await setUp(t)
  const jobId = await startImport(env, manual, iso2709(incoming.slice(0, 1)))
  t.equal((await waitForJob(env, jobId)).status, 'MANUAL_HANDLING_REQUIRED')
  const [issue] = (await get(env, `/v1/jobs/${jobId}/issues`)).items as Issue[]
  const other = await env.userWith(['CATALOG_ADMINISTRATOR'])
  const answers = await Promise.all([
    env.app.inject({ method: 'POST', url: `/v1/issues/${issue?.id}/resolve`, headers: env.admin.headers, payload: { action: 'MERGE', mmsId: copyA(0) } }),
    env.app.inject({ method: 'POST', url: `/v1/issues/${issue?.id}/resolve`, headers: other.headers, payload: { action: 'OVERLAY', mmsId: copyB(0) } }),
  ])
  t.same(answers.map((a) => a.statusCode).sort(), [200, 409])
  const revisions = [(await record(env, copyA(0))).revision, (await record(env, copyB(0))).revision].sort()
  t.same(revisions, [1, 2], 'only the winner changed the repository')
  t.equal((await get(env, `/v1/jobs/${jobId}`)).status, 'COMPLETED_SUCCESS')
  await reportOf(t, env, jobId)
})

t.test('records that could not be read are INVALID issues: listed with their reasons, closed only by SKIP', async (t) => {
  const env = await createTestApp(t)
  // STRICT: bad_records.mrc's records 4, 5 and 7 stay unreadable (REPAIR reads them, test/marc/corpus.test.ts).
  const profile = await createProfile(env, { match: { method: 'OCLC' }, repairPolicy: 'STRICT' })
  const { job } = await runImport(t, env, profile, readSharedMarc('pymarc/bad_records.mrc'))
  t.equal(job.status, 'COMPLETED_WITH_ERRORS', 'invalid records do not hold the job')
  const issues = (await get(env, `/v1/issues?jobId=${job.id}&kind=INVALID`)).items as Array<Issue & { reason: string }>
  t.equal(issues.length, job.counters.NOT_IMPORTED, 'one issue per record not imported as invalid')
  t.match(
    [...issues].sort((a, b) => a.record.position - b.record.position).map((i) => ({ position: i.record.position, reason: i.reason, candidateMmsIds: i.candidateMmsIds })),
    BAD_RECORDS_UNREADABLE.map((expected) => ({ position: expected.position, reason: new RegExp(`^${expected.code}: ${expected.message.source}`), candidateMmsIds: [] })),
    'each at its position with its problem: code and message',
  )
  t.equal(issues.length, BAD_RECORDS_UNREADABLE.length)
  const detail = await get(env, `/v1/issues/${issues[0]?.id}`)
  t.equal(detail.incoming, null)
  const unreadable = BAD_RECORDS_UNREADABLE.find((expected) => expected.position === issues[0]?.record.position)
  t.match(detail.problem, new RegExp(`^${unreadable?.code}: ${unreadable?.message.source}`), 'why it could not be read')
  const url = `/v1/issues/${issues[0]?.id}/resolve`
  t.equal((await env.app.inject({ method: 'POST', url, headers: env.admin.headers, payload: { action: 'IMPORT_AS_NEW' } })).statusCode, 422)
  const skipped = await env.app.inject({ method: 'POST', url, headers: env.admin.headers, payload: { action: 'SKIP' } })
  t.equal(skipped.statusCode, 200)
  t.equal(skipped.json().status, 'RESOLVED')
  const after = await reportOf(t, env, job.id)
  t.equal(after.counters.recordsNotImported, job.counters.NOT_IMPORTED, 'setting an invalid record aside changes no counter')
  t.equal((await get(env, `/v1/jobs/${job.id}`)).status, 'COMPLETED_WITH_ERRORS')
})

t.test('issues follow the job\'s visibility: another institution sees none; roles that may not run the profile may not resolve', async (t) => {
  const { env, manual, incoming } = await setUp(t)
  const jobId = await startImport(env, manual, iso2709(incoming.slice(0, 1)))
  await waitForJob(env, jobId)
  const [issue] = (await get(env, `/v1/jobs/${jobId}/issues`)).items as Issue[]
  const stranger = await env.userWith(['CATALOG_ADMINISTRATOR'], await env.createInstitution('OTHER'))
  t.equal((await env.app.inject({ method: 'GET', url: `/v1/issues/${issue?.id}`, headers: stranger.headers })).statusCode, 404)
  t.same((await env.app.inject({ method: 'GET', url: '/v1/issues', headers: stranger.headers })).json().items, [])
  const acquisitions = await env.userWith(['PURCHASING_OPERATOR'])
  const refused = await env.app.inject({ method: 'POST', url: `/v1/issues/${issue?.id}/resolve`, headers: acquisitions.headers, payload: { action: 'SKIP' } })
  t.equal(refused.statusCode, 403, 'a role that does not run repository profiles may not resolve')
  t.same((await env.app.inject({ method: 'GET', url: '/v1/issues', headers: acquisitions.headers })).json().items, [], 'nor sees them listed')
  const cataloger = await env.userWith(['CATALOG_MANAGER'])
  const allowed = await env.app.inject({ method: 'POST', url: `/v1/issues/${issue?.id}/resolve`, headers: cataloger.headers, payload: { action: 'SKIP' } })
  t.equal(allowed.statusCode, 200, 'whoever may run the profile resolves')
})
