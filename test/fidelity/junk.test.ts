/**
 * Issue 14 item 5: bytes between or after records that are no record — a stray record terminator,
 * trailing bytes — are reported on the file and not counted as records.
 */
import t from 'tap'
import { isoRecordSlices } from './fixtures.ts'
import { createTestApp } from '../helpers/app.ts'
import { createProfile, runImport } from '../helpers/imports.ts'
import { readSharedMarc } from '../helpers/shared.ts'

t.test('6 records, a stray record terminator and a trailing byte: 6 records and a warning naming the junk', async (t) => {
  const env = await createTestApp(t)
  const six = isoRecordSlices(readSharedMarc('pymarc/test.dat')).slice(0, 6)
  t.equal(six.length, 6)
  const upload = Buffer.concat([...six.slice(0, 3), Buffer.from([0x1d]), ...six.slice(3), Buffer.from('x')])
  const profileId = await createProfile(env, { match: { method: 'NONE' } })
  const { job, report } = await runImport(t, env, profileId, upload)
  t.equal(report.counters.recordsProcessed, 6, 'six records, as yaz counts')
  t.equal(report.counters.recordsAdded, 6)
  t.equal(report.counters.recordsNotImported, 0, 'the junk is no "not imported" record')
  t.equal(job.progress.recordsTotal, 6)

  const events = (await env.app.inject({ method: 'GET', url: `/v1/jobs/${job.id}/events?limit=500`, headers: env.admin.headers })).json().items as Array<{
    severity: string
    description: string
  }>
  const junkEvent = events.find((e) => /between or after records/.test(e.description) && /after record 3/.test(e.description))
  t.ok(junkEvent, 'an event names the junk')
  t.equal(junkEvent?.severity, 'WARNING')
  t.match(junkEvent?.description, /2 bytes between or after records/)
  t.match(junkEvent?.description, /1 byte after record 3 \(TRAILING_JUNK/)
  t.match(junkEvent?.description, /1 byte after record 6 \(TRAILING_JUNK/)
  t.ok(events.some((e) => e.description.startsWith('Split 6 records into 1 bulk file;')), 'the split counts 6 records, "1 bulk file" in the singular')

  const files = (await env.app.inject({ method: 'GET', url: `/v1/jobs/${job.id}/files`, headers: env.admin.headers })).json()
  const list = (Array.isArray(files) ? files : files.items) as Array<{ recordCount: number; problems: unknown[]; junk: Array<{ after: number; bytes: number; code: string }> }>
  t.equal(list.length, 1)
  t.equal(list[0]?.recordCount, 6)
  t.same(list[0]?.problems, [])
  t.match(list[0]?.junk, [
    { after: 3, bytes: 1, code: 'TRAILING_JUNK' },
    { after: 6, bytes: 1, code: 'TRAILING_JUNK' },
  ])
})
