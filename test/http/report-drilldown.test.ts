import { Readable } from 'node:stream'
import { gunzipSync } from 'node:zlib'
import t from 'tap'
import { REPORT_COUNTER_NAMES } from '../../src/domain/import/report.ts'
import { readRecords, type ReadItem } from '../../src/marc/reader.ts'
import type { MarcRecord } from '../../src/marc/record.ts'
import { shortTitle } from '../../src/marc/title.ts'
import { createTestApp } from '../helpers/app.ts'
import { allowed, ROLE_NAMES } from '../helpers/expected-access.ts'
import { reportOf } from '../helpers/imports.ts'
import { settled, startJob } from '../helpers/job-fixtures.ts'
import { incomingRows, MEANS, reportFixture } from '../helpers/report-fixture.ts'
import { BAD_RECORDS_UNREADABLE } from '../helpers/shared.ts'

async function readBack(bytes: Uint8Array): Promise<ReadItem[]> {
  const items: ReadItem[] = []
  for await (const item of readRecords(Readable.from([bytes]))) items.push(item)
  return items
}

/** Records without the leader positions a writer computes (length, base address). */
const comparable = (records: MarcRecord[]) => records.map((r) => ({ ...r, leader: `#####${r.leader.slice(5, 12)}#####${r.leader.slice(17)}` }))
const okRecords = (items: ReadItem[]) => items.flatMap((item) => (item.ok ? [item.record] : []))

/**
 * Issue 14 item 6, from the bytes of pymarc/bad_records.mrc: record 4 has a stray byte after its
 * directory but its 245 entry and field are intact ("The pragmatic programmer :"); record 5's 245
 * entry has non-digits in its length and start, record 7 has no fields: no title to show.
 */
const SALVAGED_TITLES: Record<number, string> = { 4: 'The pragmatic programmer' }

t.test('report drill-down on a real import', async (t) => {
  const env = await createTestApp(t)
  const fixture = await reportFixture(t, env)
  const { jobId, report } = fixture
  const rows = await incomingRows(env, jobId)
  const nonZero = REPORT_COUNTER_NAMES.filter((name) => report.counters[name] > 0)
  const get = (url: string, headers: Record<string, string> = {}) => env.app.inject({ method: 'GET', url, headers: { ...env.admin.headers, ...headers } })

  t.test('the fixture fills many rows of the report', async (t) => {
    const c = report.counters
    t.equal(c.recordsMerged, 81, 'records 0–79 and record 0 again, merged')
    t.equal(c.recordsAdded, 45, '40 new records and the 5 readable ones of bad_records.mrc')
    t.equal(c.recordsNotImported, 8, '5 unresolved multi-matches and 3 broken records')
    t.equal(c.multiMatchesFound, 5)
    t.ok(c.recordsMerged > 50, 'a row with more records than a preview shows')
    t.ok(nonZero.length >= 6, `${nonZero.length} non-zero rows: ${nonZero.join(', ')}`)
  })

  t.test('a preview shows min(50, count) records, exactly those behind the counter, in file order', async (t) => {
    for (const counter of REPORT_COUNTER_NAMES) {
      const res = await get(`/v1/jobs/${jobId}/report/${counter}/records`)
      t.equal(res.statusCode, 200, counter)
      const preview = res.json()
      t.equal(preview.counter, counter)
      t.equal(preview.total, report.counters[counter], `${counter}: total is the report's number`)
      t.equal(preview.records.length, Math.min(50, report.counters[counter]), `${counter}: min(50, count) records`)
      if (report.counters[counter] === 0) continue
      const means = MEANS[counter]
      if (means === undefined) {
        t.fail(`${counter} is non-zero but this test does not know what it means`)
        continue
      }
      const expected = rows.filter(means)
      t.equal(expected.length, report.counters[counter], `${counter}: the report counts the records that satisfy it`)
      t.same(
        preview.records.map((r: { fileId: string; position: number; outcome: string; reason: string | null; mmsId: string | null }) => [
          r.fileId,
          r.position,
          r.outcome,
          r.reason,
          r.mmsId,
        ]),
        expected.slice(0, 50).map((row) => [row.bulk_file_id, row.position, row.outcome, row.reason, row.mms_id === null ? null : String(row.mms_id)]),
        `${counter}: the first records satisfying it, with their outcome, reason and MMS ID`,
      )
    }
  })

  t.test('preview records carry the title of the record as uploaded, and the problem of unreadable ones', async (t) => {
    const res = await get(`/v1/jobs/${jobId}/report/recordsProcessed/records`)
    const [first] = res.json().records
    const [uploaded] = okRecords(await readBack(fixture.files[0]?.content ?? Buffer.alloc(0)))
    t.ok(first.title, 'a title')
    t.equal(first.title, shortTitle(uploaded as MarcRecord), 'the 245 $a of the first record uploaded')
    t.notMatch(first.title, /[ /:;]$/, 'without the trailing ISBD punctuation')

    const notImported = (await get(`/v1/jobs/${jobId}/report/recordsNotImported/records`)).json().records
    const broken = notImported.filter((r: { problem: unknown }) => r.problem !== null)
    t.equal(broken.length, BAD_RECORDS_UNREADABLE.length)
    const [badFile] = (await get(`/v1/jobs/${jobId}/files`)).json().items.filter((file: { name: string }) => file.name.startsWith('bad.mrc'))
    t.match(
      broken,
      BAD_RECORDS_UNREADABLE.map((expected) => ({
        fileId: badFile.id,
        position: expected.position,
        reason: 'INVALID_RECORD',
        title: SALVAGED_TITLES[expected.position] ?? null,
        problem: { code: expected.code, message: expected.message },
      })),
      'each unreadable record of bad.mrc at its position, with its problem and the title its 245 still gives',
    )
    const multi = notImported.filter((r: { reason: string }) => r.reason === 'MULTI_MATCH_UNRESOLVED')
    t.equal(multi.length, 5)
    t.ok(multi.every((r: { mmsId: string | null; title: string | null }) => r.mmsId === null && r.title !== null))
  })

  t.test('a row downloads as one gzip file whose MARC reads back to the counter\'s records', async (t) => {
    for (const counter of REPORT_COUNTER_NAMES) {
      const res = await get(`/v1/jobs/${jobId}/report/${counter}/download`)
      t.equal(res.statusCode, 200, counter)
      t.equal(res.headers['content-type'], 'application/gzip')
      t.equal(res.headers['content-encoding'], undefined, 'the body is the .gz file, not an encoding of it')
      t.equal(res.headers['content-disposition'], `attachment; filename="${counter}.mrc.gz"`)
      t.equal(res.headers['x-marc-format'], 'ISO2709', 'the format the records were uploaded in')
      t.equal(res.headers['x-record-count'], String(report.counters[counter]))
      t.equal(res.headers['x-records-not-converted'], '0')
      const marc = gunzipSync(res.rawPayload)
      const items = await readBack(marc)
      t.equal(items.length, report.counters[counter], `${counter}: read back to the counter's record count`)
      const means = MEANS[counter]
      if (means !== undefined) {
        t.same(marc, Buffer.concat(rows.filter(means).map((row) => row.raw)), `${counter}: the records as uploaded, byte for byte`)
      }
    }
    const all = gunzipSync((await get(`/v1/jobs/${jobId}/report/recordsProcessed/download`)).rawPayload)
    // bad_records.mrc ends in a newline after its last record terminator: not part of any record.
    const upload = Buffer.concat(fixture.files.map((file) => file.content))
    t.same(all, upload.subarray(0, upload.at(-1) === 0x0a ? -1 : undefined), 'every record processed: the upload itself')
  })

  t.test('MARCXML on request: readable records converted, unreadable ones counted and left out', async (t) => {
    const added = await get(`/v1/jobs/${jobId}/report/recordsAdded/download?format=MARCXML`)
    t.equal(added.statusCode, 200)
    t.equal(added.headers['content-type'], 'application/gzip')
    t.equal(added.headers['content-disposition'], 'attachment; filename="recordsAdded.xml.gz"')
    t.equal(added.headers['x-marc-format'], 'MARCXML')
    const xml = gunzipSync(added.rawPayload)
    t.match(xml.toString('utf8'), /^<\?xml version="1.0" encoding="UTF-8"\?>\n<collection /)
    const iso = gunzipSync((await get(`/v1/jobs/${jobId}/report/recordsAdded/download?format=ISO2709`)).rawPayload)
    t.same(comparable(okRecords(await readBack(xml))), comparable(okRecords(await readBack(iso))), 'the same records as the ISO 2709 download')
    t.equal(okRecords(await readBack(xml)).length, report.counters.recordsAdded)

    const notImported = await get(`/v1/jobs/${jobId}/report/recordsNotImported/download?format=MARCXML`)
    t.equal(notImported.headers['x-records-not-converted'], '3', 'the three broken records exist only as their bytes')
    t.equal(notImported.headers['x-record-count'], '5')
    t.equal((await readBack(gunzipSync(notImported.rawPayload))).length, 5)

    t.equal((await get(`/v1/jobs/${jobId}/report/recordsAdded/download`, { accept: 'application/gzip' })).statusCode, 200)
    t.equal((await get(`/v1/jobs/${jobId}/report/recordsAdded/download`, { accept: '*/*' })).statusCode, 200)
    const marc = await get(`/v1/jobs/${jobId}/report/recordsAdded/download`, { accept: 'application/marc' })
    t.equal(marc.statusCode, 406, 'the body is gzip whatever MARC it holds')
    t.match(marc.json(), { type: '/problems/not-acceptable', detail: /format=ISO2709/ })
    t.equal((await get(`/v1/jobs/${jobId}/report/recordsAdded/download?format=MARC_JSON`)).statusCode, 400)
  })

  t.test('a downloaded row re-imports cleanly: the records are read again as they were', async (t) => {
    const merged = gunzipSync((await get(`/v1/jobs/${jobId}/report/recordsMerged/download`)).rawPayload)
    const again = await settled(env, await startJob(env, fixture.mergeProfile, [{ name: 'recordsMerged.mrc', content: merged }]))
    t.equal(again.status, 'COMPLETED_SUCCESS')
    const againReport = await reportOf(t, env, again.id)
    t.equal(againReport.counters.recordsProcessed, report.counters.recordsMerged)
    t.equal(againReport.counters.recordsMerged, report.counters.recordsMerged, 'each merges into its record again')
    t.same(
      (await incomingRows(env, again.id)).map((row) => row.raw.toString('base64')),
      rows.filter((row) => row.outcome === 'MERGED').map((row) => row.raw.toString('base64')),
      'the same records, in the same order',
    )

    const notImported = gunzipSync((await get(`/v1/jobs/${jobId}/report/recordsNotImported/download`)).rawPayload)
    const retry = await settled(env, await startJob(env, fixture.mergeProfile, [{ name: 'recordsNotImported.mrc', content: notImported }]))
    t.equal(retry.status, 'COMPLETED_WITH_ERRORS', 'completes; the same records are again not imported')
    t.same(
      (await incomingRows(env, retry.id)).map((row) => ({ raw: row.raw.toString('base64'), problem: row.problem_code, reason: row.reason })),
      rows.filter((row) => row.outcome === 'NOT_IMPORTED').map((row) => ({ raw: row.raw.toString('base64'), problem: row.problem_code, reason: row.reason })),
      'read again with the same problems and reasons',
    )
  })

  t.test('a row nothing stands behind: an empty preview and an empty gzip file', async (t) => {
    t.equal(report.counters.recordsDeleted, 0)
    const preview = (await get(`/v1/jobs/${jobId}/report/recordsDeleted/records`)).json()
    t.same(preview.records, [])
    t.equal(preview.total, 0)
    const res = await get(`/v1/jobs/${jobId}/report/recordsDeleted/download`)
    t.equal(res.statusCode, 200)
    t.equal(res.headers['x-record-count'], '0')
    t.equal(gunzipSync(res.rawPayload).length, 0)
  })

  t.test('errors: unknown counter 400, unknown job 404, no key 401, other institution 404, roles 403', async (t) => {
    for (const suffix of ['records', 'download']) {
      const unknown = await get(`/v1/jobs/${jobId}/report/recordsEaten/${suffix}`)
      t.equal(unknown.statusCode, 400, `unknown counter: ${suffix}`)
      t.equal(unknown.json().type, '/problems/validation-failed')
      t.equal((await get(`/v1/jobs/5b3f4c1e-0d2a-4f7b-9c1e-2a3b4c5d6e7f/report/recordsAdded/${suffix}`)).statusCode, 404, `unknown job: ${suffix}`)
      const url = `/v1/jobs/${jobId}/report/recordsAdded/${suffix}`
      const anonymous = await env.app.inject({ method: 'GET', url })
      t.equal(anonymous.statusCode, 401)
      const outsider = await env.userWith(['GENERAL_SYSTEM_ADMINISTRATOR', 'CATALOG_ADMINISTRATOR'], await env.createInstitution(`OTHER-${suffix}`))
      const elsewhere = await env.app.inject({ method: 'GET', url, headers: outsider.headers })
      t.equal(elsewhere.statusCode, 404, 'another institution\'s job')
      t.equal(elsewhere.json().type, '/problems/not-found')
      for (const role of ROLE_NAMES) {
        const user = await env.userWith([role])
        const res = await env.app.inject({ method: 'GET', url, headers: user.headers })
        t.equal(res.statusCode, allowed(role, 'monitor', 'REPOSITORY') ? 200 : 403, `${role} ${suffix}`)
      }
    }
  })
})
