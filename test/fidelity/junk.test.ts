/**
 * Issue 14 item 5: bytes between or after records that are no record — a stray record terminator,
 * trailing bytes — are reported on the file and not counted as records.
 */
import t, { type Test } from 'tap'
import { isoRecordSlices } from './fixtures.ts'
import { createTestApp, type TestApp } from '../helpers/app.ts'
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
  const junkEvents = events.filter((e) => e.severity === 'WARNING')
  t.same(
    junkEvents.map((e) => [e.severity, e.description]),
    [
      [
        'WARNING',
        'records.mrc: 2 bytes between or after records are no record and not counted as one: ' +
          '1 byte after record 3 (TRAILING_JUNK: a stray record terminator (0x1D) outside any record); ' +
          "1 byte after record 6 (TRAILING_JUNK: 1 byte after the last record is not a MARC record (it is 'x'))",
      ],
    ],
    'one event names the junk, in whole',
  )
  t.ok(
    events.some((e) => e.description === 'Split 6 records into 1 bulk file; 2 bytes between or after records not counted as records'),
    'the split counts 6 records, "1 bulk file" in the singular',
  )

  const files = (await env.app.inject({ method: 'GET', url: `/v1/jobs/${job.id}/files`, headers: env.admin.headers })).json()
  const list = (Array.isArray(files) ? files : files.items) as Array<{ recordCount: number; problems: unknown[]; junk: Array<{ after: number; bytes: number; code: string }> }>
  t.equal(list.length, 1)
  t.equal(list[0]?.recordCount, 6)
  t.same(list[0]?.problems, [])
  t.same(list[0]?.junk, [
    { after: 3, bytes: 1, code: 'TRAILING_JUNK', message: 'a stray record terminator (0x1D) outside any record' },
    { after: 6, bytes: 1, code: 'TRAILING_JUNK', message: "1 byte after the last record is not a MARC record (it is 'x')" },
  ])
})

/** The junk of `upload` as GET /v1/jobs/{id}/files lists it. */
async function junkOf(t: Test, env: TestApp, profileId: string, upload: Buffer) {
  const { job } = await runImport(t, env, profileId, upload)
  const files = (await env.app.inject({ method: 'GET', url: `/v1/jobs/${job.id}/files`, headers: env.admin.headers })).json()
  return ((Array.isArray(files) ? files : files.items) as Array<{ junk: unknown[] }>).flatMap((f) => f.junk)
}

t.test('junk messages count in the singular and the plural, and say where the junk is', async (t) => {
  const [r1, r2, r3, r4] = isoRecordSlices(readSharedMarc('pymarc/test.dat')).slice(0, 4) as [Buffer, Buffer, Buffer, Buffer]
  const env = await createTestApp(t)
  const profileId = await createProfile(env, { match: { method: 'NONE' } })
  const padding = (n: number) => `${n} ${n === 1 ? 'byte' : 'bytes'} of padding (blanks, line ends, NUL or Ctrl-Z) outside any record`
  // One of each: a letter before a record, a letter and a line end after the last one (pymarc's
  // bad_records.mrc ends with one line end).
  t.same(await junkOf(t, env, profileId, Buffer.concat([r1, Buffer.from('x'), r2, Buffer.from('x\n')])), [
    { after: 1, bytes: 1, code: 'TRAILING_JUNK', message: "1 byte before a record is not a MARC record (it is 'x')" },
    { after: 2, bytes: 1, code: 'TRAILING_JUNK', message: "1 byte after the last record is not a MARC record (it is 'x')" },
    { after: 2, bytes: 1, code: 'PADDING', message: padding(1) },
  ])
  // Two of each, and text ended by a stray terminator.
  t.same(await junkOf(t, env, profileId, Buffer.concat([r1, Buffer.from('ab\x1d'), r2, Buffer.from('xy'), r3, r4, Buffer.from('yz\r\n')])), [
    { after: 1, bytes: 3, code: 'TRAILING_JUNK', message: "3 bytes outside any record, up to a record terminator, are not a MARC record (they start 'ab\\x1d')" },
    { after: 2, bytes: 2, code: 'TRAILING_JUNK', message: "2 bytes before a record are not a MARC record (they start 'xy')" },
    { after: 4, bytes: 2, code: 'TRAILING_JUNK', message: "2 bytes after the last record are not a MARC record (they start 'yz')" },
    { after: 4, bytes: 2, code: 'PADDING', message: padding(2) },
  ])
  t.same(await junkOf(t, env, profileId, Buffer.concat([r1, Buffer.from('\n')])), [{ after: 1, bytes: 1, code: 'PADDING', message: padding(1) }], 'one line end after the last record')
})
