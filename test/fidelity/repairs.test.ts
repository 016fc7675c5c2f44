/**
 * Issue 14 through the API: a profile's repair policy on records built with each kind of defect,
 * the report row "records imported with repairs" with its preview and downloads (re-read by our
 * reader and by independent ones), the repairs in the file details and the job's events; MERGE of
 * identical records; items 6 (titles of records not imported), 8 (422 leaves no open issue) and 9
 * (commit without a body).
 */
import t from 'tap'
import { createTestApp, type TestApp } from '../helpers/app.ts'
import { createProfile, iso2709, runImport, sharedRecords, waitForJob, withOclc } from '../helpers/imports.ts'
import { multipart } from '../helpers/multipart.ts'
import { cleanRecord, df, isoRecord, UNDIVIDED_RECORD } from '../marc/iso-builder.ts'
import { gunzip, marcjsIso2709, ourItems, xmlRecords } from './fixtures.ts'
import { readSharedMarc } from '../helpers/shared.ts'

const TITLE = (text: string): [string, string] => ['245', df(`10$a${text}`)]
const REAL_DIRECTORY = (fields: Array<[string, string]>) => {
  let offset = 0
  return fields.map(([tag, data]) => {
    const length = Buffer.byteLength(data) + 1
    const entry = tag + String(length).padStart(4, '0') + String(offset).padStart(5, '0')
    offset += length
    return entry
  })
}
/** A directory entry that cannot be real: a tag of 0x1F and blanks (the issue's vendor file). */
const GARBAGE_ENTRY = '\x1f  001100002'

function withGarbageEntry(fields: Array<[string, string]>): Buffer {
  const entries = REAL_DIRECTORY(fields)
  return isoRecord(fields, { directory: entries[0] + GARBAGE_ENTRY + entries.slice(1).join('') })
}

/** Position → the codes of the defects REPAIR mends in it, as the records below were built. */
const BUILT: Array<{ what: string; bytes: Buffer; repairs: string[] }> = [
  { what: 'clean', bytes: cleanRecord('r1'), repairs: [] },
  { what: 'empty subfield', bytes: isoRecord([['001', 'r2'], TITLE('Empty subfield record.'), ['336', df('  $bcri$$2rdacontent')]]), repairs: ['EMPTY_SUBFIELD'] },
  { what: 'garbage directory entry', bytes: withGarbageEntry([['001', 'r3'], TITLE('Garbage directory record.')]), repairs: ['BAD_DIRECTORY'] },
  { what: 'indicator that is no indicator', bytes: isoRecord([['001', 'r4'], ['245', df('\x141$aBad indicator record.')]]), repairs: ['BAD_INDICATOR'] },
  {
    what: 'several defects in one record',
    bytes: withGarbageEntry([['001', 'r5'], ['245', df('\x140$aSeveral defects.')], ['336', df('  $btxt$$2rdacontent')]]),
    repairs: ['BAD_DIRECTORY', 'BAD_INDICATOR', 'EMPTY_SUBFIELD'],
  },
]
const UPLOAD = Buffer.concat(BUILT.map((b) => b.bytes))
/** The job's event summing BUILT's repairs: records 2-5, each kind twice (once alone, once in record 5). */
const SUMMED = '4 records imported with 6 repairs: 2 BAD_DIRECTORY, 2 BAD_INDICATOR, 2 EMPTY_SUBFIELD'
const REPAIRED_POSITIONS = [2, 3, 4, 5]

const XML_880 = Buffer.from(
  '<collection xmlns="http://www.loc.gov/MARC21/slim"><record><leader>00000nam a2200000 a 4500</leader>' +
    '<controlfield tag="001">x1</controlfield><datafield tag="245" ind1="1" ind2="0"><subfield code="6">880-01</subfield><subfield code="a">Title.</subfield></datafield>' +
    '<datafield tag="880" ind1="\uFFFD" ind2="\uFFFD"><subfield code="6">245-01</subfield><subfield code="a">題名</subfield></datafield></record></collection>',
)

/**
 * The repairs that need no guess beyond the issue's four, one record each, as the shared files
 * have them (test/marc/corpus.test.ts); the cut-off record must come last. `fields`: the record as
 * it must be stored (MARC-in-JSON), written out from the bytes built here.
 */
const CUT_WHOLE = isoRecord([['001', 'c5'], TITLE('Cut off record.'), ['856', df('40$uhttp://example.org/a/long/address')]])
const MORE: Array<{ what: string; bytes: Buffer; repairs: Array<[number, string, string]>; fields: unknown[] }> = [
  {
    what: 'subfields whose code is no code',
    bytes: isoRecord([['001', 'c1'], TITLE('Bad code record.'), ['020', df('  $ a1591403715')], ['260', df('  $aPlace :$\u00e1Publisher')]]),
    repairs: [
      [3, 'BAD_SUBFIELD_CODE', "dropped the subfield coded ' ' (U+0020)"],
      [3, 'BAD_SUBFIELD_CODE', 'dropped the field, left without subfields'],
      [4, 'BAD_SUBFIELD_CODE', "dropped the subfield coded 'á' (U+00E1)"],
    ],
    fields: [{ '001': 'c1' }, { 245: { ind1: '1', ind2: '0', subfields: [{ a: 'Bad code record.' }] } }, { 260: { ind1: ' ', ind2: ' ', subfields: [{ a: 'Place :' }] } }],
  },
  {
    what: 'a field whose tag is no tag',
    bytes: isoRecord([['001', 'c2'], ['0 2', df('$a9780253325525')], TITLE('No tag record.')]),
    repairs: [[2, 'BAD_DIRECTORY', "dropped field #2, whose tag '0 2' is no tag"]],
    fields: [{ '001': 'c2' }, { 245: { ind1: '1', ind2: '0', subfields: [{ a: 'No tag record.' }] } }],
  },
  {
    what: 'a directory entry a byte short',
    // 001 'c3' is 3 bytes with its terminator: '001000300000', here without its first '0'.
    bytes: isoRecord([['001', 'c3'], TITLE('Short entry record.')], { directory: '01000300000' + '245002400003' }),
    repairs: [[1, 'BAD_DIRECTORY', 'directory entry 1 read as tag 001, length and offset from the field terminators']],
    fields: [{ '001': 'c3' }, { 245: { ind1: '1', ind2: '0', subfields: [{ a: 'Short entry record.' }] } }],
  },
  {
    what: 'a leader and an empty directory',
    bytes: Buffer.from('00026     2200025   4500\x1e\x1d', 'latin1'),
    repairs: [[0, 'EMPTY_RECORD', 'imported with no fields']],
    fields: [],
  },
  {
    what: 'a last record cut off in its 856',
    bytes: CUT_WHOLE.subarray(0, CUT_WHOLE.length - 12),
    repairs: [[0, 'TRUNCATED', 'dropped the field the input cut off: field #3 (856) (27 of its 38 bytes)']],
    fields: [{ '001': 'c5' }, { 245: { ind1: '1', ind2: '0', subfields: [{ a: 'Cut off record.' }] } }],
  },
]

async function get(env: TestApp, url: string, headers: Record<string, string> = {}) {
  return env.app.inject({ method: 'GET', url, headers: { ...env.admin.headers, ...headers } })
}

async function filesOf(env: TestApp, jobId: string) {
  const res = await get(env, `/v1/jobs/${jobId}/files`)
  const body = res.json()
  return (Array.isArray(body) ? body : body.items) as Array<{
    recordCount: number
    problems: Array<{ position: number; code: string }>
    repairs: Array<{ position: number; outcome: string; repairs: Array<{ code: string; message: string; field: number | null; repair: string }> }>
  }>
}

async function eventsOf(env: TestApp, jobId: string): Promise<Array<{ severity: string; description: string }>> {
  return (await get(env, `/v1/jobs/${jobId}/events?limit=500`)).json().items
}

t.test('issue 14 through the API', async (t) => {
  const env = await createTestApp(t)
  const repair = await createProfile(env, { match: { method: 'NONE' } })
  const strict = await createProfile(env, { match: { method: 'NONE' }, repairPolicy: 'STRICT' })
  const [repaired, refused, xmlRepaired, xmlRefused] = await Promise.all([
    runImport(t, env, repair, UPLOAD),
    runImport(t, env, strict, UPLOAD),
    runImport(t, env, repair, XML_880),
    runImport(t, env, strict, XML_880),
  ])

  t.test('REPAIR imports every built record, each repair recorded with its field and what was done', async (t) => {
    t.equal(repaired.report.counters.recordsAdded, 5)
    t.equal(repaired.report.counters.recordsImportedWithRepairs, 4, 'the report row')
    const [file] = await filesOf(env, repaired.job.id)
    t.same(file?.repairs.map((r) => r.position), REPAIRED_POSITIONS, 'listed in the file details')
    for (const [index, built] of BUILT.entries()) {
      const listed = file?.repairs.find((r) => r.position === index + 1)
      t.same([...new Set(listed?.repairs.map((r) => r.code) ?? [])].sort(), built.repairs, `${built.what}: its repairs`)
      for (const one of listed?.repairs ?? []) {
        t.ok(one.repair.length > 0 && one.message.length > 0, `${built.what}: ${one.code} says what was done (${one.repair})`)
        if (one.code !== 'BAD_DIRECTORY') t.type(one.field, 'number', `${built.what}: ${one.code} names its field`)
      }
    }
    const events = await eventsOf(env, repaired.job.id)
    t.same(
      events.filter((e) => /imported with/.test(e.description)).map((e) => [e.severity, e.description]),
      [['WARNING', SUMMED]],
      'one event sums the repairs by kind',
    )

    const preview = (await get(env, `/v1/jobs/${repaired.job.id}/report/recordsImportedWithRepairs/records`)).json()
    t.equal(preview.total, 4)
    t.same(preview.records.map((r: { position: number }) => r.position), REPAIRED_POSITIONS, 'the drill-down lists them')
    t.same(preview.records.map((r: { title: string }) => r.title), ['Empty subfield record', 'Garbage directory record', 'Bad indicator record', 'Several defects'])

    const iso = await get(env, `/v1/jobs/${repaired.job.id}/report/recordsImportedWithRepairs/download?format=ISO2709`)
    t.equal(iso.statusCode, 200)
    const isoBytes = gunzip(iso.rawPayload)
    t.same(isoBytes, Buffer.concat(REPAIRED_POSITIONS.map((p) => BUILT[p - 1]?.bytes ?? Buffer.alloc(0))), 'downloadable, as uploaded')
    t.same((await ourItems(isoBytes, { repair: 'REPAIR' })).map((i) => i.ok), [true, true, true, true], 'our reader re-reads the download')
    t.equal((await marcjsIso2709(isoBytes)).length, 4, 'marcjs re-reads the download')
    const xml = await get(env, `/v1/jobs/${repaired.job.id}/report/recordsImportedWithRepairs/download?format=MARCXML`)
    const xmlText = gunzip(xml.rawPayload).toString('utf8')
    t.equal(xmlRecords(xmlText).length, 4, 'the MARCXML download is well-formed with its namespace bound (saxes)')
    t.same((await ourItems(Buffer.from(xmlText))).map((i) => i.ok), [true, true, true, true], 'and our reader reads it (mended records are clean)')
  })

  t.test('one event sums the repairs of the whole job, whatever the split', async (t) => {
    const oneEach = await createProfile(env, { match: { method: 'NONE' }, splitSize: 1 })
    const split = await runImport(t, env, oneEach, UPLOAD)
    t.equal(split.report.counters.recordsImportedWithRepairs, 4)
    t.equal((await filesOf(env, split.job.id)).length, 5, 'five bulk files')
    const events = await eventsOf(env, split.job.id)
    t.same(
      events.filter((e) => /repair/.test(e.description)).map((e) => [e.severity, e.description]),
      [['WARNING', SUMMED]],
      'one event for the job, none per bulk file',
    )
    const strictSplit = await runImport(t, env, await createProfile(env, { match: { method: 'NONE' }, splitSize: 1, repairPolicy: 'STRICT' }), UPLOAD)
    t.same((await eventsOf(env, strictSplit.job.id)).filter((e) => /repair/.test(e.description)), [], 'no event when nothing was repaired')
  })

  t.test('STRICT refuses the defective records, and their download re-reads', async (t) => {
    t.equal(refused.report.counters.recordsAdded, 1)
    t.equal(refused.report.counters.recordsNotImported, 4)
    t.equal(refused.report.counters.recordsImportedWithRepairs, 0)
    const download = await get(env, `/v1/jobs/${refused.job.id}/not-imported`, { accept: 'application/marc' })
    t.equal(download.statusCode, 200)
    t.same(download.rawPayload, Buffer.concat(BUILT.slice(1).map((b) => b.bytes)), 'the records as uploaded')
    t.same((await ourItems(download.rawPayload)).map((i) => i.position), [1, 2, 3, 4], 'our reader finds the four records')
    t.equal((await marcjsIso2709(download.rawPayload)).length, 4, 'marcjs finds the four records')
    // Item 6: records not imported show their title when their 245 is intact.
    const preview = (await get(env, `/v1/jobs/${refused.job.id}/report/recordsNotImported/records`)).json()
    t.same(preview.records.map((r: { title: string | null }) => r.title), ['Empty subfield record', 'Garbage directory record', 'Bad indicator record', 'Several defects'])
  })

  t.test('item 6: a record not imported shows the title of its intact 245, decoded in its own character set', async (t) => {
    // 245 $a as the files hold it, decoded by hand with the LC MARC-8 tables (ANSEL combining marks
    // precede their base letter; Unicode's follow it, composed where NFC has a letter): E5 macron,
    // E6 breve, F2 dot below, E2 acute; EB/EC, the two halves of a ligature over "ts", are one
    // U+0361 after the "t". Bytes the set cannot decode are U+FFFD: ESC 'e' is no escape sequence,
    // and E2 65 / E3 61 are no UTF-8 in a record whose Ldr/09 says UTF-8.
    const expected: Array<[string, number, string]> = [
      ['marc4j/cyrillic_capital_e.mrc', 1, 'Vor, shpion i ubi\u012Dt\u0361sa'], // ubi E6 i EB t EC sa /
      ['marc4j/greekmissingcharsetchange.mrc', 1, 'H\u0113 agora st\u0113 Mesogeio'], // H E5 e agora st E5 e Mesogeio :
      ['evergreen/hebrew.marc', 18, 'Sh. u-t. Teshuvot \u1E7Fe-hanhagot'], // Teshuvot F2 ve-hanhagot :
      ['pymarc/bad_eacc_encoding.dat', 1, 'Beikoku no t\u014Dchi no shikumi'], // t E5 ochi
      ['pymarc/bad_marc8_escape.dat', 1, 'Bulletin de la Soci\u00E9t\u00E9 linn\uFFFDnne de Bordeaux'], // Soci E2 et E2 e linn 1B 65 nne de Bordeaux.
      ['ruby-marc/marc8_accented_chars.marc', 1, 'Histoire du "nouveau th\uFFFDe\uFFFDatre."'], // th E2 65 E3 61 tre."
    ]
    const shown = await Promise.all(
      expected.map(async ([file, position]) => {
        const run = await runImport(t, env, strict, readSharedMarc(file))
        const preview = (await get(env, `/v1/jobs/${run.job.id}/report/recordsNotImported/records?limit=100`)).json()
        return (preview.records as Array<{ position: number; title: string | null }>).find((r) => r.position === position)?.title
      }),
    )
    t.same(shown, expected.map(([, , title]) => title), 'MARC-8 and mislabelled records')
    const xml = Buffer.concat([
      Buffer.from('<collection xmlns="http://www.loc.gov/MARC21/slim"><record><leader>00000nam a2200000 a 4500</leader><controlfield tag="001">b'),
      Buffer.from([0xff]),
      Buffer.from('1</controlfield><datafield tag="245" ind1="1" ind2="0"><subfield code="a">Bad bytes /</subfield><subfield code="c">Someone.</subfield></datafield></record></collection>'),
    ])
    const xmlRun = await runImport(t, env, strict, xml)
    t.equal(xmlRun.report.counters.recordsNotImported, 1)
    const xmlPreview = (await get(env, `/v1/jobs/${xmlRun.job.id}/report/recordsNotImported/records`)).json()
    t.same(xmlPreview.records.map((r: { title: string | null }) => r.title), ['Bad bytes'], 'MARCXML with a byte that is no UTF-8 in its 001')
  })

  t.test('MARCXML 880 fields whose indicators are U+FFFD', async (t) => {
    t.equal(xmlRepaired.report.counters.recordsAdded, 1)
    t.equal(xmlRepaired.report.counters.recordsImportedWithRepairs, 1)
    const [file] = await filesOf(env, xmlRepaired.job.id)
    t.match(file?.repairs, [{ position: 1, repairs: [{ code: 'BAD_INDICATOR', field: 3, repair: 'indicator 1 set to blank' }, { code: 'BAD_INDICATOR', field: 3, repair: 'indicator 2 set to blank' }] }])
    t.equal(xmlRefused.report.counters.recordsNotImported, 1)
    const download = await get(env, `/v1/jobs/${xmlRefused.job.id}/not-imported`, { accept: 'application/marcxml+xml' })
    t.equal(xmlRecords(download.body).length, 1, 'the not-imported MARCXML download parses (saxes)')
    t.equal((await ourItems(Buffer.from(download.body))).length, 1, 'and our reader finds its record')
  })

  t.test('MERGE of records identical to the stored ones: no revision, no before-image, counted unchanged', async (t) => {
    const merge = await createProfile(env, { match: { method: 'OCLC', singleMatchAction: 'MERGE' } })
    const file = iso2709(withOclc(await sharedRecords('pymarc/test.dat'), (i) => 91000 + i))
    const first = await runImport(t, env, merge, file)
    t.equal(first.report.counters.recordsAdded, 10)
    const listed = (await get(env, `/v1/records?jobId=${first.job.id}&limit=200`)).json().items as Array<{ mmsId: string; revision: number }>
    const before = await Promise.all(listed.map(async (r) => (await get(env, `/v1/records/${r.mmsId}`, { accept: 'application/marc' })).rawPayload))
    const second = await runImport(t, env, merge, file)
    t.equal(second.report.counters.recordsMerged, 10)
    t.equal(second.report.counters.recordsUnchanged, 10, 'counted as merged without a change')
    const after = await Promise.all(listed.map(async (r) => (await get(env, `/v1/records/${r.mmsId}`, { accept: 'application/marc' })).rawPayload))
    t.same(after, before, 'every stored record byte for byte as it was')
    const revisions = await Promise.all(listed.map(async (r) => (await get(env, `/v1/records/${r.mmsId}`)).json().revision))
    t.same(revisions, listed.map(() => 1), 'no new revision')
    const changes = await env.db.selectFrom('record_changes').select('mms_id').where('job_id', '=', second.job.id).execute()
    t.same(changes, [], 'no before-image')
    t.same((await get(env, `/v1/records?jobId=${second.job.id}&change=merged`)).json().items, [], 'the job changed no record')
  })

  t.test('item 8: a single-record import answered 422 leaves no open import issue', async (t) => {
    const res = await env.app.inject({
      method: 'POST',
      url: `/v1/profiles/${strict}/import-record`,
      headers: { ...env.admin.headers, 'content-type': 'application/marc' },
      payload: BUILT[1]?.bytes,
    })
    t.equal(res.statusCode, 422)
    const issues = (await get(env, `/v1/jobs/${res.json().jobId}/issues`)).json().items as Array<{ status: string }>
    t.same(issues.filter((i) => i.status === 'OPEN'), [], 'no OPEN issue')
  })

  t.test('item 9: commit a dry run without a body; an empty JSON body is no 400 either', async (t) => {
    const body = multipart([{ name: 'records.mrc', content: cleanRecord('dry') }], { dryRun: 'true' })
    const started = await env.app.inject({ method: 'POST', url: `/v1/profiles/${repair}/jobs`, headers: { ...env.admin.headers, ...body.headers }, payload: body.payload })
    const dry = await waitForJob(env, started.json().id)
    const commit = await env.app.inject({ method: 'POST', url: `/v1/jobs/${dry.id}/commit`, headers: env.admin.headers })
    t.equal(commit.statusCode, 202, commit.body)
    await waitForJob(env, commit.json().id)
    const empty = await env.app.inject({
      method: 'POST',
      url: `/v1/jobs/${dry.id}/commit`,
      headers: { ...env.admin.headers, 'content-type': 'application/json', 'content-length': '0' },
    })
    t.equal(empty.statusCode, 409, 'read as {}: the dry run was already run for real')
  })

  t.test('the repairs beyond the issue\'s four: each record stored as mended, its repairs listed, its download re-read', async (t) => {
    const upload = Buffer.concat([cleanRecord('c0'), ...MORE.map((m) => m.bytes)])
    const [mended, strictOnes] = await Promise.all([runImport(t, env, repair, upload), runImport(t, env, strict, upload)])
    t.equal(mended.report.counters.recordsAdded, 6)
    t.equal(mended.report.counters.recordsImportedWithRepairs, 5)
    t.equal(strictOnes.report.counters.recordsAdded, 1, 'STRICT refuses every one of them')
    t.equal(strictOnes.report.counters.recordsNotImported, 5)
    const [file] = await filesOf(env, mended.job.id)
    const added = (await get(env, `/v1/records?jobId=${mended.job.id}&change=added&limit=50`)).json().items as Array<{ mmsId: string }>
    const ids = added.map((r) => Number(r.mmsId)).sort((a, b) => a - b)
    for (const [index, more] of MORE.entries()) {
      const listed = file?.repairs.find((r) => r.position === index + 2)
      t.same(
        listed?.repairs.filter((r) => r.code !== 'LENGTH_MISMATCH').map((r) => [r.field ?? 0, r.code, r.repair]),
        more.repairs,
        `${more.what}: its repairs, with the field each concerns`,
      )
      const stored = (await get(env, `/v1/records/${ids[index + 1]}`, { accept: 'application/marc+json' })).json()
      t.same(stored.fields, more.fields, `${more.what}: stored as mended`)
    }
    const iso = gunzip((await get(env, `/v1/jobs/${mended.job.id}/report/recordsImportedWithRepairs/download?format=ISO2709`)).rawPayload)
    t.same(iso, Buffer.concat(MORE.map((m) => m.bytes)), 'downloadable, as uploaded')
    t.same((await ourItems(iso, { repair: 'REPAIR' })).map((i) => i.ok), [true, true, true, true, true], 'our reader re-reads the download')
    t.equal((await marcjsIso2709(iso)).length, 4, 'marcjs re-reads the 4 terminated records (it drops one cut off)')
    const xml = gunzip((await get(env, `/v1/jobs/${mended.job.id}/report/recordsImportedWithRepairs/download?format=MARCXML`)).rawPayload).toString('utf8')
    t.equal(xmlRecords(xml).length, 5, 'the MARCXML download of all 5 parses (saxes)')
    t.same((await ourItems(Buffer.from(xml), { repair: 'REPAIR' })).map((i) => i.ok), [true, true, true, true, true], 'and our reader reads it')
    t.match(
      (await ourItems(Buffer.from(xml))).map((i) => (i.ok ? 'ok' : i.problem.code)),
      ['ok', 'ok', 'ok', 'EMPTY_RECORD', 'ok'],
      'mended records are clean, but for the record with no fields, which only REPAIR imports',
    )
    const refusedDownload = (await get(env, `/v1/jobs/${strictOnes.job.id}/not-imported`, { accept: 'application/marc' })).rawPayload
    t.same(refusedDownload, Buffer.concat(MORE.map((m) => m.bytes)), 'STRICT: the records not imported, as uploaded')
    t.equal((await ourItems(refusedDownload)).length, 5, 'our reader finds the 5')
  })

  t.test("Ldr/10-11 '00' and a directory shifted by one wrong length (cp866_*.marc in small): stored as mended, repairs listed, download re-read", async (t) => {
    const upload = Buffer.concat([cleanRecord('u0'), UNDIVIDED_RECORD])
    const [mended, strictOne] = await Promise.all([runImport(t, env, repair, upload), runImport(t, env, strict, upload)])
    t.equal(mended.report.counters.recordsAdded, 2)
    t.equal(mended.report.counters.recordsImportedWithRepairs, 1)
    t.equal(strictOne.report.counters.recordsNotImported, 1, 'STRICT refuses it')
    const [file] = await filesOf(env, mended.job.id)
    const kept = "no indicators or subfield codes (Ldr/10-11 00): the field's data kept whole as $a under blank indicators; the incoming record keeps it as it came"
    t.same(
      file?.repairs.find((r) => r.position === 2)?.repairs.map((r) => [r.field ?? 0, r.code, r.repair]),
      [
        [0, 'BAD_LEADER', "Ldr/10-11 set to '22'; each data field's data kept whole as $a under blank indicators"],
        [2, 'LENGTH_MISMATCH', 'directory lengths and offsets recomputed on writing'],
        [0, 'BAD_LEADER', "Ldr/09 set to 'a' (the text stored is Unicode); the bytes that are not ASCII replaced by U+FFFD, field by field"],
        [2, 'BAD_FIELD', kept],
        [3, 'UNDECODABLE_BYTES', '2 bytes not ASCII replaced by U+FFFD, one each: the record names no character set; the incoming record keeps them'],
        [3, 'BAD_FIELD', kept],
        [4, 'BAD_FIELD', kept],
      ],
      'each repair with its field and what was done',
    )
    const added = (await get(env, `/v1/records?jobId=${mended.job.id}&change=added&limit=50`)).json().items as Array<{ mmsId: string }>
    const id = Math.max(...added.map((r) => Number(r.mmsId)))
    const stored = (await get(env, `/v1/records/${id}`, { accept: 'application/marc+json' })).json()
    const whole = (value: string) => ({ ind1: ' ', ind2: ' ', subfields: [{ a: value }] })
    t.same(stored.fields, [{ '001': 'u1' }, { '021': whole('RU 12') }, { 200: whole('Title \uFFFD\uFFFD') }, { 700: whole('Author') }], 'stored as mended')
    t.equal(stored.leader.slice(5, 12), 'nam a22')
    const iso = gunzip((await get(env, `/v1/jobs/${mended.job.id}/report/recordsImportedWithRepairs/download?format=ISO2709`)).rawPayload)
    t.same(iso, UNDIVIDED_RECORD, 'downloadable, as uploaded')
    t.same((await ourItems(iso, { repair: 'REPAIR' })).map((i) => i.ok), [true], 'our reader re-reads the download')
    const [byMarcjs] = await marcjsIso2709(iso)
    t.equal(byMarcjs?.leader, UNDIVIDED_RECORD.subarray(0, 24).toString('latin1'), 'marcjs re-reads the download')
    const xml = gunzip((await get(env, `/v1/jobs/${mended.job.id}/report/recordsImportedWithRepairs/download?format=MARCXML`)).rawPayload).toString('utf8')
    t.same(xmlRecords(xml), [{ datafields: 3 }], 'the MARCXML download, as mended, parses (saxes)')
    t.match(await ourItems(Buffer.from(xml)), [{ ok: true, warnings: [] }], 'and our reader reads it clean')
  })
})
