import t from 'tap'
import { isDataField, type MarcRecord } from '../../src/marc/record.ts'
import { createTestApp, type TestApp } from '../helpers/app.ts'
import { createProfile, iso2709, runImport, sharedRecords, withOclc } from '../helpers/imports.ts'

// Real records (jazz_1k: recordings, scores, books) given OCLC numbers so they can be matched.
const JAZZ = 'evergreen/jazz_1k.mrc'

async function records(env: TestApp, jobId: string, change: string) {
  const res = await env.app.inject({ method: 'GET', url: `/v1/records?jobId=${jobId}&change=${change}&limit=200`, headers: env.admin.headers })
  return res.json().items as Array<{ mmsId: string; marc: { fields: Array<Record<string, unknown>> } }>
}

function tagsOf(record: { marc: { fields: Array<Record<string, unknown>> } }): string[] {
  return record.marc.fields.map((field) => Object.keys(field)[0] as string)
}

async function liveCount(env: TestApp): Promise<number> {
  const row = await env.db.selectFrom('records').select((eb) => eb.fn.countAll<number>().as('n')).where('deleted_at', 'is', null).executeTakeFirstOrThrow()
  return row.n
}

t.test('the same file twice: MERGE adds nothing the second time, ADD duplicates as asked', async (t) => {
  const env = await createTestApp(t)
  const file = iso2709(withOclc((await sharedRecords(JAZZ)).slice(0, 120), (i) => 1000 + i))
  const merge = await createProfile(env, { match: { method: 'OCLC', singleMatchAction: 'MERGE' }, splitSize: 25 })
  const first = await runImport(t, env, merge, file)
  t.equal(first.job.status, 'COMPLETED_SUCCESS')
  t.equal(first.report.counters.recordsAdded, 120)
  const second = await runImport(t, env, merge, file)
  t.equal(second.report.counters.recordsAdded, 0, 'nothing added the second time')
  t.equal(second.report.counters.recordsMerged, 120, 'every record merged into its match')
  t.equal(await liveCount(env), 120)
  // The file is the same: every merge left its record as it was (issue 14), so none is listed as
  // changed by the job, and the report counts them unchanged.
  t.equal(second.report.counters.recordsUnchanged, 120, 'every merge changed nothing')
  t.equal((await records(env, second.job.id, 'merged')).length, 0, 'no record changed by the second job')

  const add = await createProfile(env, { match: { method: 'OCLC', singleMatchAction: 'ADD' } })
  const third = await runImport(t, env, add, file)
  t.equal(third.report.counters.recordsAdded, 120, 'ADD adds although each had a match')
  t.equal(third.report.counters.newlyAddedWithMatch, 120)
  t.equal(await liveCount(env), 240, 'duplicates, as the profile asked')
})

t.test('two records of one upload sharing a match key create one record', async (t) => {
  const env = await createTestApp(t)
  const base = (await sharedRecords(JAZZ)).slice(0, 60)
  // Records 0-29 and 30-59 carry the same 30 OCLC numbers; with a split of 7 the pairs land in
  // different bulk files, processed in parallel.
  const file = iso2709(withOclc(base, (i) => 5000 + (i % 30)))
  const profile = await createProfile(env, { match: { method: 'OCLC', singleMatchAction: 'MERGE' }, splitSize: 7 })
  const { report } = await runImport(t, env, profile, file)
  t.equal(report.counters.recordsAdded, 30)
  t.equal(report.counters.recordsMerged, 30, 'the second of each pair saw the first')
  t.equal(await liveCount(env), 30)
})

t.test('OVERLAY replaces the record but keeps the preserved (local 9XX) fields', async (t) => {
  const env = await createTestApp(t)
  const vendor = withOclc((await sharedRecords(JAZZ)).filter((r) => r.fields.some((f) => f.tag === '949')).slice(0, 5), (i) => 7000 + i)
  // The repository's copies also carry a number of the library's own in 035: the default merge
  // rule unions 035 (a MERGE would keep it), an overlay replaces it with the incoming 035s.
  const original: MarcRecord[] = vendor.map((record, i) => ({
    leader: record.leader,
    fields: [...record.fields, { tag: '035', ind1: ' ', ind2: ' ', subfields: [{ code: 'a', value: `(MyLib)${i}` }] }].sort((a, b) => a.tag.localeCompare(b.tag)),
  }))
  const profile = await createProfile(env, { match: { method: 'OCLC', singleMatchAction: 'OVERLAY' } })
  await runImport(t, env, profile, iso2709(original))
  // The vendor's new version: a changed 245 and no local fields.
  const incoming: MarcRecord[] = vendor.map((record) => ({
    leader: record.leader,
    fields: record.fields
      .filter((field) => !field.tag.startsWith('9'))
      .map((field) => (field.tag === '245' && isDataField(field) ? { ...field, subfields: [{ code: 'a', value: 'Overlaid title' }] } : field)),
  }))
  const { job, report } = await runImport(t, env, profile, iso2709(incoming))
  t.equal(report.counters.recordsOverlaid, 5)
  t.equal(report.counters.recordsMerged, 0)
  const overlaid = await records(env, job.id, 'overlaid')
  t.equal(overlaid.length, 5)
  for (const record of overlaid) {
    const title = record.marc.fields.find((f) => '245' in f) as { '245': { subfields: Array<Record<string, string>> } }
    t.same(title['245'].subfields, [{ a: 'Overlaid title' }], 'the incoming record replaced the old one')
    t.ok(tagsOf(record).includes('949'), 'the local 949 item field was kept')
    const numbers = record.marc.fields.filter((f) => '035' in f).map((f) => JSON.stringify(f))
    t.equal(numbers.length, 1, 'one 035: the incoming one, not a union with the repository\'s')
    t.notMatch(numbers.join(), '(MyLib)', 'the repository\'s own 035 is gone')
  }
})

t.test('an incoming record older than the repository\'s is not imported', async (t) => {
  const env = await createTestApp(t)
  const stamp = (record: MarcRecord, version: string): MarcRecord => ({
    leader: record.leader,
    fields: [...record.fields.filter((f) => f.tag !== '005'), { tag: '005', value: version }].sort((a, b) => (a.tag < b.tag ? -1 : a.tag > b.tag ? 1 : 0)),
  })
  const base = withOclc((await sharedRecords(JAZZ)).slice(0, 4), (i) => 9000 + i)
  const profile = await createProfile(env, { match: { method: 'OCLC', preventOlderVersion: true } })
  await runImport(t, env, profile, iso2709(base.map((r) => stamp(r, '20260101120000.0'))))
  const older = [stamp(base[0] as MarcRecord, '20250101120000.0'), stamp(base[1] as MarcRecord, '20261001120000.0')]
  const { job, report } = await runImport(t, env, profile, iso2709(older))
  t.equal(job.status, 'COMPLETED_WITH_ERRORS')
  t.equal(report.notImportedByReason.NEWER_VERSION_IN_REPOSITORY, 1)
  t.equal(report.counters.newerVersionInRepository, 1)
  t.equal(report.counters.recordsMerged, 1, 'the newer one merged')
})

t.test('a locked match is not changed: RECORD_LOCKED', async (t) => {
  const env = await createTestApp(t)
  const base = withOclc((await sharedRecords(JAZZ)).slice(0, 3), (i) => 9100 + i)
  const profile = await createProfile(env, { match: { method: 'OCLC' } })
  const first = await runImport(t, env, profile, iso2709(base))
  const target = (await records(env, first.job.id, 'added'))[0]?.mmsId as string
  const lock = await env.app.inject({ method: 'POST', url: `/v1/records/${target}/lock`, headers: env.admin.headers })
  t.equal(lock.statusCode, 200)
  const other = await env.userWith(['CATALOG_MANAGER'])
  t.equal((await env.app.inject({ method: 'POST', url: `/v1/records/${target}/lock`, headers: other.headers })).statusCode, 409, 'one holder at a time')
  const { report } = await runImport(t, env, profile, iso2709(base))
  t.equal(report.notImportedByReason.RECORD_LOCKED, 1)
  t.equal(report.counters.recordsMerged, 2)
  t.equal((await env.app.inject({ method: 'DELETE', url: `/v1/records/${target}/lock`, headers: env.admin.headers })).statusCode, 204)
  const again = await runImport(t, env, profile, iso2709(base))
  t.equal(again.report.counters.recordsMerged, 3, 'unlocked, it merges')
})

t.test('leader/05 d deletes the match when the profile allows it', async (t) => {
  const env = await createTestApp(t)
  const base = withOclc((await sharedRecords(JAZZ)).slice(0, 6), (i) => 9200 + i)
  const keep = await createProfile(env, { match: { method: 'OCLC' } })
  await runImport(t, env, keep, iso2709(base))
  const deletions = base.slice(0, 2).map((r) => ({ ...r, leader: `${r.leader.slice(0, 5)}d${r.leader.slice(6)}` }))
  const refused = await runImport(t, env, keep, iso2709(deletions))
  t.equal(refused.report.counters.recordsSkipped, 2, 'without allowDeletes a delete request is skipped')
  t.equal(await liveCount(env), 6)
  const deleting = await createProfile(env, { match: { method: 'OCLC', allowDeletes: true } })
  const { job, report } = await runImport(t, env, deleting, iso2709(deletions))
  t.equal(report.counters.recordsDeleted, 2)
  t.equal(await liveCount(env), 4)
  const deleted = await records(env, job.id, 'deleted')
  t.equal(deleted.length, 2)
  const one = await env.app.inject({ method: 'GET', url: `/v1/records/${deleted[0]?.mmsId}`, headers: env.admin.headers })
  t.equal(one.json().deleted, true, 'kept as deleted, for revert')
})

t.test('records export as ISO 2709, MARCXML and MARC-in-JSON by Accept', async (t) => {
  const env = await createTestApp(t)
  const [record] = await sharedRecords('pymarc/test.dat')
  const profile = await createProfile(env, { match: { method: 'NONE' } })
  const { job } = await runImport(t, env, profile, iso2709([record as MarcRecord]))
  const mmsId = (await records(env, job.id, 'added'))[0]?.mmsId
  const get = (accept: string) => env.app.inject({ method: 'GET', url: `/v1/records/${mmsId}`, headers: { ...env.admin.headers, accept } })
  const binary = await get('application/marc')
  t.equal(binary.headers['content-type'], 'application/marc')
  t.same(binary.rawPayload, iso2709([record as MarcRecord]), 'the ISO 2709 export is the record as written')
  const xml = await get('application/marcxml+xml')
  t.match(xml.body, /<record xmlns="http:\/\/www.loc.gov\/MARC21\/slim">/)
  const json = await get('application/marc+json')
  t.equal(json.json().leader, (record as MarcRecord).leader)
  t.equal((await get('text/csv')).statusCode, 406)
  t.equal((await env.app.inject({ method: 'GET', url: '/v1/records/123', headers: env.admin.headers })).statusCode, 404)
})

t.test('two jobs importing the same 1,000 records at once leave exactly 1,000 records', async (t) => {
  const env = await createTestApp(t)
  const file = iso2709(withOclc(await sharedRecords(JAZZ), (i) => 20000 + i))
  const profile = await createProfile(env, { match: { method: 'OCLC', singleMatchAction: 'MERGE' }, splitSize: 50 })
  const [a, b] = await Promise.all([runImport(t, env, profile, file), runImport(t, env, profile, file)])
  const total = (a?.report.counters.recordsProcessed ?? 0) + (b?.report.counters.recordsProcessed ?? 0)
  t.equal(total, 2000)
  t.equal(a?.job.status, 'COMPLETED_SUCCESS', 'no deadlock surfaced to the user')
  t.equal(b?.job.status, 'COMPLETED_SUCCESS')
  t.equal((a?.report.counters.recordsAdded ?? 0) + (b?.report.counters.recordsAdded ?? 0), 1000, 'each record added once, by one job or the other')
  t.equal(await liveCount(env), 1000)
  const keys = await env.db.selectFrom('record_match_keys').select((eb) => eb.fn.countAll<number>().as('n')).where('kind', '=', 'OCLC').executeTakeFirstOrThrow()
  t.equal(keys.n, 1000, 'one OCLC key per record')
})
