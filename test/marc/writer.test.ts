/**
 * Writers: every record we import can be written as ISO 2709, MARCXML and MARC-in-JSON and read
 * back unchanged, except the ones ISO 2709 cannot express (over 99,999 bytes, fields over 9,999),
 * for which `toIso2709` throws instead of truncating.
 */
import { isAscii } from 'node:buffer'
import t from 'tap'
import { readSingleRecord, type ReadItem } from '../../src/marc/reader.ts'
import type { MarcRecord } from '../../src/marc/record.ts'
import { MarcWriteError, marcXmlCollection, toIso2709, toMarcJson, toMarcXml } from '../../src/marc/writer.ts'
import { readSharedMarc } from '../helpers/shared.ts'
import { okRecords, readAll, readShared, sharedRecordFiles, sharedText, withoutLengths } from './helpers.ts'

const encoder = new TextEncoder()

/** Records that ISO 2709 cannot hold, by file and position (see corpus.test.ts for why they read). */
const TOO_BIG_FOR_ISO2709: Record<string, number[]> = {
  'marc4j/bad_hathi_records.mrc': [4],
  'marc4j/datos-20161010-slice.mrc': [1],
  'marc4j/bad_too_long_plus_2.mrc': [1],
  'marc4j/bad_oversize_field_bad_directory.mrc': [2],
}

function reread(bytes: Uint8Array): { record: MarcRecord; warnings: string[] } {
  const item = readSingleRecord(bytes)
  if (!item.ok) throw new Error(`written record does not read back: ${item.problem.code} ${item.problem.message}`)
  return { record: item.record, warnings: item.warnings.map((w) => w.code) }
}

async function okItems(file: string): Promise<Array<Extract<ReadItem, { ok: true }>>> {
  return (await readShared(file)).filter((item): item is Extract<ReadItem, { ok: true }> => item.ok)
}

/**
 * What is wrong with writing `record` in each format and reading it back ([] when nothing).
 * Collected per file rather than asserted per record: 4,700 records × 3 formats of passing
 * assertions would bury a failure.
 */
function roundTripFailures(record: MarcRecord, tooBig: boolean): string[] {
  const failures: string[] = []
  const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b)
  if (tooBig) {
    try {
      toIso2709(record)
      failures.push('ISO 2709: written although too big')
    } catch (error) {
      if (!(error instanceof MarcWriteError)) failures.push(`ISO 2709: ${String(error)}`)
    }
  } else {
    const iso = reread(toIso2709(record))
    if (!same(withoutLengths(iso.record), withoutLengths(record))) failures.push('ISO 2709: different record')
    if (iso.warnings.some((code) => code !== 'EMPTY_FIELD')) failures.push(`ISO 2709: warnings ${iso.warnings.join(' ')}`)
  }
  if (!same(reread(encoder.encode(toMarcXml(record))).record, record)) failures.push('MARCXML: different record')
  if (!same(reread(encoder.encode(JSON.stringify(toMarcJson(record)))).record, record)) failures.push('MARC-in-JSON: different record')
  return failures
}

for (const file of sharedRecordFiles()) {
  if (file === 'marc4j/marc-json.json') continue // not MARC (NotMarcError), see corpus.test.ts
  t.test(`round trips: ${file}`, async (t) => {
    const failures: string[] = []
    const items = await okItems(file)
    for (const item of items) {
      const tooBig = TOO_BIG_FOR_ISO2709[file]?.includes(item.position) === true
      for (const failure of roundTripFailures(item.record, tooBig)) failures.push(`#${item.position} ${failure}`)
    }
    t.same(failures, [], `${items.length} records written as ISO 2709, MARCXML and MARC-in-JSON and read back`)
  })
}

t.test('a record too big for ISO 2709 is refused, not truncated', async (t) => {
  const [, , , hathi] = okRecords(await readShared('marc4j/bad_hathi_records.mrc'))
  t.ok(hathi)
  if (hathi !== undefined) t.throws(() => toIso2709(hathi), { name: 'MarcWriteError', message: /99,999/ })
})

t.test('a canonical UTF-8 record is written back byte for byte', async (t) => {
  let compared = 0
  for (const file of sharedRecordFiles().filter((f) => !/\.(xml|json)$/.test(f))) {
    for (const item of await okItems(file)) {
      // ASCII keeps NFC out of the picture; Ldr/09 'a' and no warnings mean nothing was repaired.
      if (item.warnings.length > 0 || item.raw[9] !== 0x61 || !isAscii(item.raw)) continue
      if (TOO_BIG_FOR_ISO2709[file]?.includes(item.position) === true) continue
      const written = toIso2709(item.record)
      // Unordered directories are legal but we write fields in order: compare only ordered ones.
      if (file === 'marc4j/unordered-directory-entries.mrc') continue
      t.same(Buffer.from(written), Buffer.from(item.raw), `${file} #${item.position}`)
      compared++
    }
  }
  t.ok(compared > 500, `${compared} records compared`)
})

t.test('twin files in two formats read as the same records', async (t) => {
  const pairs: Array<[string, string]> = [
    ['marc4j/chabon.mrc', 'marc4j/chabon.xml'],
    ['marc4j/summerland.mrc', 'marc4j/summerland.xml'],
    ['ruby-marc/non-numeric.dat', 'ruby-marc/non-numeric.xml'],
    ['pymarc/batch.xml', 'pymarc/batch.json'],
  ]
  for (const [a, b] of pairs) {
    t.same(okRecords(await readShared(b)).map(withoutLengths), okRecords(await readShared(a)).map(withoutLengths), `${a} = ${b}`)
  }
})

t.test('toMarcJson produces MARC-in-JSON as other tools write it', async (t) => {
  for (const file of ['pymarc/one.json', 'marc4j/marc-in-json.json']) {
    const [record] = okRecords(await readShared(file))
    t.ok(record)
    if (record === undefined) continue
    const original = JSON.parse(sharedText(file)) as { leader: string }
    // Ldr/09 is 'a' once read: the text is Unicode whatever the file said.
    original.leader = original.leader.slice(0, 9) + 'a' + original.leader.slice(10)
    t.same(toMarcJson(record), original, file)
  }
})

t.test('marcXmlCollection streams a collection that reads back', async (t) => {
  const records = okRecords(await readShared('marc4j/pride-and-prejudice-fixed.mrc'))
  const xml = [...marcXmlCollection(records.map(toMarcXml))].join('')
  t.match(xml, /^<\?xml version="1.0" encoding="UTF-8"\?>\n<collection xmlns="http:\/\/www.loc.gov\/MARC21\/slim">\n<record/)
  const back = await readAll(encoder.encode(xml), 4096)
  t.same(okRecords(back), records)
  t.same(back.flatMap((item) => (item.ok ? item.warnings : [item.problem])), [])
})

const sample: MarcRecord = {
  leader: '00000nam a2200000 a 4500',
  fields: [
    { tag: '001', value: 'x1' },
    { tag: '245', ind1: '1', ind2: '0', subfields: [{ code: 'a', value: 'Tom & Jerry <the "cat">\r\n' }] },
  ],
}

t.test('toMarcXml escapes text and attributes', async (t) => {
  const xml = toMarcXml({ ...sample, fields: [...sample.fields, { tag: '500', ind1: '"', ind2: '&', subfields: [{ code: '<', value: '>' }] }] })
  t.match(xml, 'Tom &amp; Jerry &lt;the "cat"&gt;&#13;\n')
  t.match(xml, 'ind1="&#34;" ind2="&#38;"><subfield code="&#60;">&gt;</subfield>'.replace('><', '>\n    <'))
  const back = readSingleRecord(encoder.encode(xml))
  t.ok(back.ok)
  if (back.ok) t.same(back.record.fields[1], sample.fields[1], 'CR survives the XML round trip')
})

t.test('writers refuse what their format cannot hold', async (t) => {
  const long = 'x'.repeat(10_000)
  const cases: Array<[string, MarcRecord, RegExp]> = [
    ['field over 9,999 bytes', { ...sample, fields: [{ tag: '520', ind1: ' ', ind2: ' ', subfields: [{ code: 'a', value: long }] }] }, /9,999/],
    [
      'record over 99,999 bytes',
      { ...sample, fields: Array.from({ length: 12 }, () => ({ tag: '500', ind1: ' ', ind2: ' ', subfields: [{ code: 'a', value: long.slice(0, 9000) }] })) },
      /99,999/,
    ],
    ['bad tag', { ...sample, fields: [{ tag: '42', value: 'x' }] }, /tag/],
    ['control field with a data tag', { ...sample, fields: [{ tag: '245', value: 'x' }] }, /control field with a data field tag/],
    ['data field with a control tag', { ...sample, fields: [{ tag: '008', ind1: ' ', ind2: ' ', subfields: [] }] }, /control field tag/],
    ['subfield delimiter in text', { ...sample, fields: [{ tag: '500', ind1: ' ', ind2: ' ', subfields: [{ code: 'a', value: 'a\x1fb' }] }] }, /0x1F/],
    ['two-character indicator', { ...sample, fields: [{ tag: '500', ind1: '10', ind2: ' ', subfields: [] }] }, /indicators/],
    ['short leader', { ...sample, leader: '00000nam' }, /leader/],
  ]
  for (const [name, record, message] of cases) t.throws(() => toIso2709(record), { name: 'MarcWriteError', message }, name)
  t.throws(
    () => toMarcXml({ ...sample, fields: [{ tag: '500', ind1: ' ', ind2: ' ', subfields: [{ code: 'a', value: 'bell\x07' }] }] }),
    { name: 'MarcWriteError', message: /U\+0007/ },
    'XML 1.0 cannot carry C0 controls',
  )
})

t.test('toIso2709 computes the structural leader positions', async (t) => {
  const bytes = toIso2709({ ...sample, leader: '99999cam  2299999 a 450 ' })
  const leader = Buffer.from(bytes.subarray(0, 24)).toString('latin1')
  t.equal(leader, `${String(bytes.length).padStart(5, '0')}cam a2200049 a 4500`)
  t.equal(bytes[48], 0x1e, 'directory terminator right before the base address')
  t.equal(bytes[bytes.length - 1], 0x1d)
  t.same(readSharedMarc('marc4j/chabon.mrc').subarray(0, 5).toString(), '00759')
})
