import { createReadStream } from 'node:fs'
import t from 'tap'
import { ok, paginate, ProblemError, type IssueSummary, type JobStreamMessage } from '@catalog-import/client'
import { readSharedMarc, sharedMarcPath } from '../helpers/shared.ts'
import { listeningApp } from './server.ts'

// pymarc/test.dat: 10 records, all but the third with an ISBN (020). pymarc/bad_records.mrc: 8
// records, the 4th, 5th and 7th unreadable (a 13-byte directory twice, an empty directory).
const TEST_DAT = 'pymarc/test.dat'
const BAD = 'pymarc/bad_records.mrc'
const WITH_ISBN = 9
const UNREADABLE = [4, 5, 7]

/** The records of an ISO 2709 file as their own bytes, split at the record terminator. */
function recordBytes(file: Buffer): Buffer[] {
  const records: Buffer[] = []
  for (let start = 0, end = file.indexOf(0x1d); end >= 0; start = end + 1, end = file.indexOf(0x1d, start)) records.push(file.subarray(start, end + 1))
  return records
}

t.test('a whole import through the SDK: profiles, a streamed upload, live events, report, an issue resolved, not-imported records downloaded', async (t) => {
  const { client } = await listeningApp(t)
  const { api } = client

  // Two copies of every record of test.dat, so each record with an ISBN meets two candidates.
  const seedProfile = await ok(api.POST('/v1/profiles', { body: { name: 'Seed', type: 'REPOSITORY', match: { method: 'NONE', noMatchAction: 'ADD' } } }))
  const seeded = await client.startImport(seedProfile.id, [sharedMarcPath(TEST_DAT), { name: 'copy.dat', stream: createReadStream(sharedMarcPath(TEST_DAT)) }])
  t.equal((await client.waitForJob(seeded.id)).status, 'COMPLETED_SUCCESS')
  const seedReport = await ok(api.GET('/v1/jobs/{id}/report', { params: { path: { id: seeded.id } } }))
  t.equal(seedReport.counters.recordsAdded, 20, 'both parts arrived: the file by path and the stream')

  const manual = await ok(
    api.POST('/v1/profiles', {
      // STRICT: bad_records.mrc's records 4, 5 and 7 stay unreadable (REPAIR reads them, test/marc/corpus.test.ts).
      body: { name: 'ISBN, choose by hand', type: 'REPOSITORY', repairPolicy: 'STRICT', match: { method: 'ISBN', singleMatchAction: 'MERGE', multiMatchAction: 'MANUAL', autoResolveMultiMatch: false } },
    }),
  )
  const started = await client.startImport(manual.id, [sharedMarcPath(TEST_DAT), sharedMarcPath(BAD)], { label: 'weekly load', notes: 'from the SDK' })
  t.match(started, { profileId: manual.id, label: 'weekly load', notes: 'from the SDK', dryRun: false })

  const messages: JobStreamMessage[] = []
  for await (const message of client.followJob(started.id)) messages.push(message)
  const last = messages.at(-1)
  t.same(last, { event: 'end', status: 'MANUAL_HANDLING_REQUIRED' }, 'the stream ends when the job waits for a person')
  const statuses = messages.flatMap((m) => (m.event === 'status' ? [m.job] : []))
  t.ok(statuses.length >= 1, 'status messages carry the job')
  t.match(statuses.at(-1), { id: started.id, status: 'MANUAL_HANDLING_REQUIRED', progress: { recordsDone: 18, recordsTotal: 18 } })
  const logIds = messages.flatMap((m) => (m.event === 'log' ? [m.id] : []))
  t.ok(logIds.length > 0, 'log events arrive')
  t.same(logIds, [...logIds].sort((a, b) => a - b), 'log events in order')
  // What a reconnection sends: the stream resumes after the last log event received.
  const resumed: number[] = []
  for await (const message of client.followJob(started.id, { lastEventId: logIds[1] ?? 0 })) if (message.event === 'log') resumed.push(message.id)
  t.same(resumed, logIds.slice(2), 'resumed after the second log event')

  const report = await ok(api.GET('/v1/jobs/{id}/report', { params: { path: { id: started.id } } }))
  t.match(report.counters, { recordsProcessed: 18, recordsPendingManual: WITH_ISBN, recordsNotImported: UNREADABLE.length, recordsAdded: 18 - WITH_ISBN - UNREADABLE.length })

  // Pages of two, so the iterator has to follow the cursor.
  const issues: IssueSummary[] = []
  for await (const issue of paginate((cursor) => api.GET('/v1/jobs/{id}/issues', { params: { path: { id: started.id }, query: { limit: 2, ...(cursor ? { cursor } : {}) } } }))) issues.push(issue)
  t.same(issues.map((i) => i.kind).sort(), [...Array(UNREADABLE.length).fill('INVALID'), ...Array(WITH_ISBN).fill('MULTI_MATCH')])

  const multiMatch = issues.find((i) => i.kind === 'MULTI_MATCH')
  const resolved = await ok(api.POST('/v1/issues/{id}/resolve', { params: { path: { id: multiMatch?.id ?? '' } }, body: { action: 'IMPORT_AS_NEW' } }))
  t.match(resolved, { status: 'RESOLVED', resolution: { action: 'IMPORT_AS_NEW' } })

  const again = await ok(api.POST('/v1/issues/{id}/resolve', { params: { path: { id: multiMatch?.id ?? '' } }, body: { action: 'SKIP' } })).catch((error: unknown) => error)
  t.ok(again instanceof ProblemError, 'a problem is thrown as a ProblemError')
  t.match(again, { status: 409, type: /^\/problems\//, title: /./, detail: /./ })
  const invalid = await ok(api.POST('/v1/issues/{id}/resolve', { params: { path: { id: multiMatch?.id ?? '' } }, body: { action: 'MAYBE' as 'SKIP' } })).catch((error: unknown) => error)
  t.match(invalid, { status: 400, type: '/problems/validation-failed', errors: [{ field: /action/, message: /./ }] }, 'the invalid fields are named')

  const download = await api.GET('/v1/jobs/{id}/not-imported', { params: { path: { id: started.id } }, headers: { accept: 'application/marc' }, parseAs: 'arrayBuffer' })
  t.equal(download.response.status, 200)
  t.equal(download.response.headers.get('x-record-count'), String(UNREADABLE.length))
  const bad = recordBytes(readSharedMarc(BAD))
  t.same(Buffer.from(download.data ?? new ArrayBuffer(0)), Buffer.concat(UNREADABLE.map((position) => bad[position - 1] as Buffer)), 'the unreadable records, byte for byte')
})
