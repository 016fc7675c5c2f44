/**
 * The reader's options (issue 14): junk told apart from records, every problem of a record, the
 * REPAIR policy, and the text's Unicode normalization with the ISO 2709 round trip it allows.
 * Defaults keep what the reader always did (STRICT, NFC, junk as records).
 */
import t from 'tap'
import { readRecords, readSingleRecord, type JunkItem, type ReadItem, type ReadOptions } from '../../src/marc/reader.ts'
import type { DataField } from '../../src/marc/record.ts'
import { toIso2709 } from '../../src/marc/writer.ts'
import { readSharedMarc } from '../helpers/shared.ts'
import { chunked, readAll, sharedRecordFiles } from './helpers.ts'
import { cleanRecord, df, isoRecord, UNDIVIDED_RECORD } from './iso-builder.ts'

async function readWith(bytes: Uint8Array, options: ReadOptions & { junk: 'SEPARATE' }, size = 7): Promise<Array<ReadItem | JunkItem>> {
  const items: Array<ReadItem | JunkItem> = []
  for await (const item of readRecords(chunked(bytes, size), options)) items.push(item)
  return items
}

const label = (item: ReadItem | JunkItem): string =>
  'kind' in item ? `junk:${item.problem.code}:${item.raw.length}` : item.ok ? `ok:${item.position}` : `${item.problem.code}:${item.position}`

t.test('junk: 6 records, a stray record terminator and one trailing byte', async (t) => {
  const records = ['1', '2', '3', '4', '5', '6'].map((id) => cleanRecord(id))
  const file = Buffer.concat([...records.slice(0, 3), Buffer.from([0x1d]), ...records.slice(3), Buffer.from('x')])
  const today = await readAll(file)
  t.equal(today.length, 8, 'default (junk as records): what the reader always did')
  const items = await readWith(file, { junk: 'SEPARATE' })
  t.same(items.map(label), ['ok:1', 'ok:2', 'ok:3', 'junk:TRAILING_JUNK:1', 'ok:4', 'ok:5', 'ok:6', 'junk:TRAILING_JUNK:1'], '6 records, as yaz counts')
  t.match(items[3], { kind: 'junk', after: 3, problem: { message: /a stray record terminator/ } })
  t.match(items[7], { kind: 'junk', after: 6 })
  t.same(Buffer.concat(items.map((item) => item.raw)), file, 'every byte is in exactly one item, in order')
})

t.test('junk: padding, text between records and a byte order mark are accounted for', async (t) => {
  const file = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), cleanRecord('a'), Buffer.from('\r\n\0\0'), Buffer.from('GARBAGE'), cleanRecord('b'), Buffer.from('\n\n')])
  for (const size of [1, 5, 4096]) {
    const items = await readWith(file, { junk: 'SEPARATE' }, size)
    t.same(items.map(label), ['junk:PADDING:3', 'ok:1', 'junk:PADDING:4', 'junk:TRAILING_JUNK:7', 'ok:2', 'junk:PADDING:2'], `${size}-byte chunks`)
    t.same(Buffer.concat(items.map((item) => item.raw)), file)
  }
})

t.test('every fatal problem of a record, in order, with its field position', async (t) => {
  const broken = isoRecord([['001', 'x'], ['245', df('10$aTi\x07tle')], ['500', df('  $aFine.')], ['650', df(' 0$ Bad code')]])
  const items = await readAll(Buffer.concat([cleanRecord(), broken]))
  const item = items[1]
  t.match(item, { ok: false, problem: { code: 'CONTROL_CHARACTER', field: 2 } })
  t.same(item?.ok === false ? item.problems?.map((p) => `${p.field}:${p.code}`) : null, ['2:CONTROL_CHARACTER', '4:BAD_SUBFIELD_CODE'])
  const warned = await readAll(Buffer.concat([cleanRecord(), isoRecord([['970', df('  \\$p1')], ['245', df('1$aTitle')]])]))
  t.match(warned[1], { ok: false, problems: [{ code: 'BAD_INDICATOR', field: 2 }], warnings: [{ code: 'BAD_INDICATOR', field: 1 }] }, 'warnings found before are kept')
})

t.test('MARCXML: every fatal problem, in document order', async (t) => {
  const xml = Buffer.from(
    '<record xmlns="http://www.loc.gov/MARC21/slim"><leader>00000nam a2200000 a 4500</leader>' +
      '<controlfield tag="001">1</controlfield><datafield tag="245" ind1="1" ind2="0"><subfield>Title</subfield></datafield>' +
      '<datafield tag="500" ind1=" " ind2=" "><subfield code="a">Fine.</subfield></datafield><datafield ind1=" " ind2=" "><subfield code="a">x</subfield></datafield></record>',
  )
  const item = readSingleRecord(xml)
  t.same(item.ok ? null : item.problems?.map((p) => `${p.field}:${p.code}`), ['2:BAD_SUBFIELD_CODE', '4:BAD_FIELD'])
})

t.test('REPAIR: an empty subfield is dropped (STRICT refuses the record)', async (t) => {
  const bytes = Buffer.concat([cleanRecord(), isoRecord([['336', df('  $bcri$$2rdacontent')]])])
  t.match((await readAll(bytes))[1], { ok: false, problem: { code: 'BAD_SUBFIELD_CODE' } })
  const item = (await readWith(bytes, { junk: 'SEPARATE', repair: 'REPAIR' }))[1]
  t.match(item, { ok: true, record: { fields: [{ tag: '336', subfields: [{ code: 'b', value: 'cri' }, { code: '2', value: 'rdacontent' }] }] } })
  t.match(item, { warnings: [{ code: 'EMPTY_SUBFIELD', field: 1, repair: 'dropped an empty subfield' }] })
})

t.test('REPAIR: directory entries that cannot be real are skipped when the terminators agree', async (t) => {
  const fields: Array<[string, string]> = [['001', 'x'], ['245', df('10$aTitle.')]]
  const real = '001000200000' + '245001100002'
  const cases = [
    ['a tag of 0x1F and blanks', '\x1f  001100002', 'BAD_DIRECTORY'],
    ['a start beyond the data', '500001199999', 'LENGTH_MISMATCH'],
  ] as const
  for (const [what, bogus, strict] of cases) {
    const bytes = Buffer.concat([cleanRecord(), isoRecord(fields, { directory: real.slice(0, 12) + bogus + real.slice(12) })])
    t.match((await readAll(bytes))[1], { ok: false, problem: { code: strict } }, `${what}: STRICT`)
    const item = (await readWith(bytes, { junk: 'SEPARATE', repair: 'REPAIR' }))[1]
    t.match(item, { ok: true, record: { fields: [{ tag: '001', value: 'x' }, { tag: '245', subfields: [{ value: 'Title.' }] }] } }, `${what}: REPAIR`)
    t.match(item, { warnings: [{ code: 'BAD_DIRECTORY', repair: 'skipped directory entry 2' }] })
  }
  // An entry whose tag is no tag but which names a real field (`bad_indicator.dat`'s '0 2'): the
  // field cannot be named, so it is dropped, its bytes quoted in the warning.
  const unnamed = Buffer.concat([cleanRecord(), isoRecord([...fields, ['500', df('  $aNote.')]], { directory: real + '\x1f  001000013' })])
  t.match((await readAll(unnamed))[1], { ok: false, problem: { code: 'BAD_DIRECTORY' } }, 'a field without a tag: STRICT')
  const dropped = (await readWith(unnamed, { junk: 'SEPARATE', repair: 'REPAIR' }))[1]
  t.match(dropped, { ok: true, record: { fields: [{ tag: '001', value: 'x' }, { tag: '245' }] } }, 'a field without a tag: REPAIR drops it')
  t.equal(dropped !== undefined && 'record' in dropped ? dropped.record.fields.length : -1, 2, 'and only it')
  t.match(dropped, {
    warnings: [{ code: 'BAD_DIRECTORY', field: 3, repair: "dropped field #3, whose tag '\\x1f  ' is no tag", message: /its field " {2}\\u001faNote\." cannot be named and was dropped/ }],
  })
})

t.test('REPAIR: a subfield whose code is no code is dropped with its text quoted; a field left empty goes too', async (t) => {
  // oss.marc 020 "$ a1591403715", bad_subfield_code.dat "$áActivePerl", utf8_invalid.mrc "$\uFFFDbAssociation".
  const bytes = Buffer.concat([
    cleanRecord(),
    isoRecord([['001', 'y'], ['020', df('  $ a1591403715 (electronic bk.)')], ['245', df('10$\u00e1Title /$cBy me.')], ['260', df('  $aPlace :$\ufffdbPublisher')]]),
  ])
  t.match((await readAll(bytes))[1], { ok: false, problem: { code: 'BAD_SUBFIELD_CODE', field: 2 } }, 'STRICT refuses')
  const item = (await readWith(bytes, { junk: 'SEPARATE', repair: 'REPAIR' }))[1]
  t.match(item, {
    ok: true,
    record: {
      fields: [
        { tag: '001', value: 'y' },
        { tag: '245', subfields: [{ code: 'c', value: 'By me.' }] },
        { tag: '260', subfields: [{ code: 'a', value: 'Place :' }] },
      ],
    },
  })
  t.same(item !== undefined && 'record' in item ? item.record.fields.length : -1, 3, 'the 020 left without a subfield is dropped')
  t.same(
    item !== undefined && 'warnings' in item ? (item.warnings ?? []).map((w) => [w.field, w.code, w.repair]) : [],
    [
      [2, 'BAD_SUBFIELD_CODE', "dropped the subfield coded ' ' (U+0020)"],
      [2, 'BAD_SUBFIELD_CODE', 'dropped the field, left without subfields'],
      [3, 'BAD_SUBFIELD_CODE', "dropped the subfield coded 'á' (U+00E1)"],
      [4, 'BAD_SUBFIELD_CODE', "dropped the subfield coded '\ufffd' (U+FFFD)"],
    ],
  )
  t.match(item, { warnings: [{ message: /its text "a1591403715 \(electronic bk\.\)"/ }, {}, { message: /its text "Title \/"/ }, { message: /its text "bPublisher"/ }] })
})

t.test('REPAIR: a directory with one entry a byte short or long, the fields located by their terminators', async (t) => {
  const fields: Array<[string, string]> = [['001', 'BTJ1'], ['245', df('10$aTitle.')], ['500', df('  $aNote.')]]
  const entries = ['001000500000', '245001100005', '500001000016']
  // pride-and-prejudice-with-many-errors.mrc: the 001 entry lost a '0' (01001300000); the only
  // tag it can be is 001 (a field without subfields is a control field, 00X).
  const short = Buffer.concat([cleanRecord(), isoRecord(fields, { directory: '01000500000' + entries[1] + entries[2] })])
  t.match((await readAll(short))[1], { ok: false, problem: { code: 'BAD_DIRECTORY', message: /35 bytes long, not a multiple of 12/ } }, 'one byte short: STRICT')
  t.match((await readWith(short, { junk: 'SEPARATE', repair: 'REPAIR' }))[1], {
    ok: true,
    record: { fields: [{ tag: '001', value: 'BTJ1' }, { tag: '245' }, { tag: '500' }] },
    warnings: [{ code: 'BAD_DIRECTORY', field: 1, repair: 'directory entry 1 read as tag 001, length and offset from the field terminators' }],
  }, 'one byte short: REPAIR')
  // bad_records.mrc record 4: a stray byte after an entry (here a blank: a digit would make
  // '1500…' a 150 entry with a 5-digit length, which the wide-entry reading finds first).
  const long = Buffer.concat([cleanRecord(), isoRecord(fields, { directory: entries[0] + '245001100005 ' + entries[2] })])
  t.match((await readWith(long, { junk: 'SEPARATE', repair: 'REPAIR' }))[1], {
    ok: true,
    record: { fields: [{ tag: '001' }, { tag: '245', subfields: [{ value: 'Title.' }] }, { tag: '500' }] },
    warnings: [{ code: 'BAD_DIRECTORY', field: 2, repair: 'directory entry 2 read as tag 245, length and offset from the field terminators' }],
  }, 'one byte long: REPAIR')
  // A data field's entry that lost a byte of its tag could be any of many tags: not repaired.
  const guess = Buffer.concat([cleanRecord(), isoRecord(fields, { directory: entries[0] + '24001100005' + entries[2] })])
  t.match((await readWith(guess, { junk: 'SEPARATE', repair: 'REPAIR' }))[1], { ok: false, problem: { code: 'BAD_DIRECTORY' } }, 'a tag that would be a guess')
})

t.test('REPAIR: a record that is a leader and an empty directory is imported with no fields', async (t) => {
  const bytes = Buffer.concat([cleanRecord(), Buffer.from('00026     2200025   4500\x1e\x1d', 'latin1')])
  t.match((await readAll(bytes))[1], { ok: false, problem: { code: 'EMPTY_RECORD' } })
  t.match((await readWith(bytes, { junk: 'SEPARATE', repair: 'REPAIR' }))[1], {
    ok: true,
    record: { leader: '00026    a2200025   4500', fields: [] },
    warnings: [{ code: 'EMPTY_RECORD', repair: 'imported with no fields' }],
  })
})

t.test('REPAIR: a last record cut off keeps the fields that arrived whole', async (t) => {
  const whole = isoRecord([['001', 'cut'], ['245', df('10$aTitle.')], ['856', df('40$uhttp://example.org/a/long/address')]])
  const cut = whole.subarray(0, whole.length - 12)
  const bytes = Buffer.concat([cleanRecord(), cut])
  t.match((await readAll(bytes))[1], { ok: false, problem: { code: 'TRUNCATED' } })
  t.match((await readWith(bytes, { junk: 'SEPARATE', repair: 'REPAIR' }))[1], {
    ok: true,
    raw: cut,
    record: { fields: [{ tag: '001', value: 'cut' }, { tag: '245', subfields: [{ value: 'Title.' }] }] },
    warnings: [{ code: 'TRUNCATED', repair: 'dropped the field the input cut off: field #3 (856) (27 of its 38 bytes)' }],
  })
  const item = (await readWith(bytes, { junk: 'SEPARATE', repair: 'REPAIR' }))[1]
  t.equal(item !== undefined && 'record' in item ? item.record.fields.length : -1, 2)
  // Cut inside the directory: nothing is certain.
  t.match((await readWith(Buffer.concat([cleanRecord(), whole.subarray(0, 40)]), { junk: 'SEPARATE', repair: 'REPAIR' }))[1], { ok: false, problem: { code: 'TRUNCATED' } })
})

t.test('REPAIR: indicators that are no indicators are blanked (MARCXML 880 with U+FFFD)', async (t) => {
  const xml = Buffer.from(
    '<record xmlns="http://www.loc.gov/MARC21/slim"><leader>00000nam a2200000 a 4500</leader>' +
      '<datafield tag="880" ind1="\uFFFD" ind2="0"><subfield code="6">245-01</subfield><subfield code="a">題名</subfield></datafield></record>',
  )
  t.match(readSingleRecord(xml), { ok: false, problem: { code: 'BAD_INDICATOR', message: /indicator 1 is '\uFFFD'/ } })
  const item = readSingleRecord(xml, undefined, { repair: 'REPAIR' })
  t.match(item, { ok: true, record: { fields: [{ tag: '880', ind1: ' ', ind2: '0' }] }, warnings: [{ code: 'BAD_INDICATOR', field: 1, repair: 'indicator 1 set to blank' }] })
  const iso = Buffer.concat([cleanRecord(), isoRecord([['245', df('\x141$aTitle')]])])
  t.match((await readWith(iso, { junk: 'SEPARATE', repair: 'REPAIR' }))[1], { ok: true, record: { fields: [{ ind1: ' ', ind2: '1' }] } })
})

t.test('REPAIR: a corrupt structural leader position is mended, a code is not', async (t) => {
  const length = isoRecord([['245', df('10$aT')]], { baseAddress: '00\x0137' })
  t.match((await readAll(Buffer.concat([cleanRecord(), length])))[1], { ok: false, problem: { code: 'BAD_LEADER' } })
  t.match((await readWith(Buffer.concat([cleanRecord(), length]), { junk: 'SEPARATE', repair: 'REPAIR' }))[1], {
    ok: true,
    warnings: [{ code: 'BAD_LEADER', repair: "Ldr/14 set to '0'" }],
  })
  const code = isoRecord([['245', df('10$aT')]], { leader: 'n\x01m a' })
  t.match((await readWith(Buffer.concat([cleanRecord(), code]), { junk: 'SEPARATE', repair: 'REPAIR' }))[1], { ok: false, problem: { code: 'BAD_LEADER' } })
})

const KEPT_WHOLE = "no indicators or subfield codes (Ldr/10-11 00): the field's data kept whole as $a under blank indicators; the incoming record keeps it as it came"

t.test("REPAIR: Ldr/10-11 '00', Ldr/09 naming no character set, a directory shifted by one wrong length", async (t) => {
  const bytes = Buffer.concat([cleanRecord(), UNDIVIDED_RECORD])
  t.match((await readAll(bytes))[1], { ok: false, problems: [{ code: 'BAD_LEADER', message: /Ldr\/10-11 .* is '00'/ }] }, 'STRICT: refused as before')
  const item = (await readWith(bytes, { junk: 'SEPARATE', repair: 'REPAIR', normalization: 'PRESERVE' }))[1]
  if (item === undefined || 'kind' in item || !item.ok) return t.fail(`not read: ${JSON.stringify(item)}`)
  t.equal(item.record.leader.slice(5, 12), 'nam a22', 'Ldr/09 and Ldr/10-11 mended')
  const blank = (tag: string, value: string): DataField => ({ tag, ind1: ' ', ind2: ' ', subfields: [{ code: 'a', value }] })
  t.same(item.record.fields, [{ tag: '001', value: 'u1' }, blank('021', 'RU 12'), blank('200', 'Title \uFFFD\uFFFD'), blank('700', 'Author')], 'each field by its terminator; data fields whole as $a')
  t.same(
    item.warnings.map((w) => [w.field ?? 0, w.code, w.repair]),
    [
      [0, 'BAD_LEADER', "Ldr/10-11 set to '22'; each data field's data kept whole as $a under blank indicators"],
      [2, 'LENGTH_MISMATCH', 'directory lengths and offsets recomputed on writing'],
      [0, 'BAD_LEADER', "Ldr/09 set to 'a' (the text stored is Unicode); the bytes that are not ASCII replaced by U+FFFD, field by field"],
      [2, 'BAD_FIELD', KEPT_WHOLE],
      [3, 'UNDECODABLE_BYTES', '2 bytes not ASCII replaced by U+FFFD, one each: the record names no character set; the incoming record keeps them'],
      [3, 'BAD_FIELD', KEPT_WHOLE],
      [4, 'BAD_FIELD', KEPT_WHOLE],
    ],
  )
  t.match(item.warnings[1], { message: /directory entry 2 says field #2 \(021\) is 7 bytes long where its field terminator makes it 6, and 2 offsets disagree/ })
  t.same(item.raw, UNDIVIDED_RECORD, 'the incoming record as it came')
  // The record as mended is clean MARC 21: written out, it reads back without a warning.
  const written = toIso2709(item.record)
  t.match(await readAll(Buffer.concat([cleanRecord(), written])), [{ ok: true }, { ok: true, warnings: [], record: { fields: item.record.fields } }])
})

t.test("REPAIR: Ldr/10-11 '00' with a subfield delimiter in the record stays refused; Ldr/09 '0' with MARC 21 fields reads as U+FFFD", async (t) => {
  const withDelimiter = isoRecord([['001', 'd1'], ['245', df('10$aTitle')]])
  withDelimiter.write('00', 10, 'latin1')
  t.match((await readWith(Buffer.concat([cleanRecord(), withDelimiter]), { junk: 'SEPARATE', repair: 'REPAIR' }))[1], { ok: false, problem: { code: 'BAD_LEADER' } })
  const cp = isoRecord([['001', 'c1'], ['245', Buffer.from('10\x1faT\x8f\xe0', 'latin1')]], { leader: 'nam 0' })
  t.match((await readAll(Buffer.concat([cleanRecord(), cp])))[1], { ok: false, problem: { code: 'UNDECODABLE_BYTES' } }, 'STRICT: refused as before')
  t.match((await readWith(Buffer.concat([cleanRecord(), cp]), { junk: 'SEPARATE', repair: 'REPAIR' }))[1], {
    ok: true,
    record: { fields: [{ tag: '001', value: 'c1' }, { tag: '245', ind1: '1', ind2: '0', subfields: [{ code: 'a', value: 'T\uFFFD\uFFFD' }] }] },
    warnings: [{ code: 'BAD_LEADER' }, { code: 'UNDECODABLE_BYTES', field: 2 }],
  })
})

t.test('normalization: PRESERVE keeps the text as it came, NFC and NFD normalize', async (t) => {
  const bytes = Buffer.concat([cleanRecord(), isoRecord([['245', df('10$aCafe\u0301 and caf\u00e9')]])])
  const value = async (normalization: 'PRESERVE' | 'NFC' | 'NFD'): Promise<string | undefined> => {
    const item = (await readWith(bytes, { junk: 'SEPARATE', normalization }))[1]
    return item?.ok === true ? (item.record.fields[0] as DataField).subfields[0]?.value : undefined
  }
  t.equal(await value('PRESERVE'), 'Cafe\u0301 and caf\u00e9')
  t.equal(await value('NFC'), 'Caf\u00e9 and caf\u00e9')
  t.equal(await value('NFD'), 'Cafe\u0301 and cafe\u0301')
  const marc8 = Buffer.concat([cleanRecord(), isoRecord([['245', Buffer.from('10\x1faCaf\xe2e', 'latin1')]], { leader: 'nam  ' })])
  const preserved = (await readWith(marc8, { junk: 'SEPARATE', normalization: 'PRESERVE' }))[1]
  t.match(preserved, { ok: true, record: { fields: [{ subfields: [{ value: 'Cafe\u0301' }] }] } }, 'MARC-8 as the code tables convert it')
})

t.test('round trip: every readable UTF-8 record of the shared corpus, read with PRESERVE, writes back byte for byte', async (t) => {
  let identical = 0
  for (const file of sharedRecordFiles().filter((f) => /\.(mrc|dat|marc)$/.test(f))) {
    for await (const item of readRecords(chunked(readSharedMarc(file)), { normalization: 'PRESERVE' })) {
      if (!item.ok || item.raw[9] !== 0x61) continue
      let written: Uint8Array | undefined
      try {
        written = toIso2709(item.record)
      } catch {
        written = undefined
      }
      if (written !== undefined && Buffer.from(written).equals(Buffer.from(item.raw))) {
        identical++
        continue
      }
      // A warning that changed nothing (no `repair`) cannot explain a difference.
      t.ok(item.warnings.some((w) => w.repair !== undefined), `${file} #${item.position}: a recorded repair says why the bytes differ`)
    }
  }
  // Counted from SOURCES.md: pride-and-prejudice-fixed 383, 065001035 40, nepali 95 of 96 (one
  // 260 with a 3-character indicator area), the RDA records 10, …: at least these are identical.
  t.ok(identical >= 383 + 40 + 95 + 10, `${identical} records identical`)
})

async function readForm(bytes: Uint8Array, normalization: 'PRESERVE' | 'NFC'): Promise<ReadItem[]> {
  const items: ReadItem[] = []
  for await (const item of readRecords(chunked(bytes, 64 * 1024), { normalization })) items.push(item)
  return items
}

t.test('round trip with NFC: decomposed UTF-8 records differ from their source only in the fields a NORMALIZED repair names', async (t) => {
  // Fields not in NFC, counted from the bytes (Python unicodedata): diacritic.dat 1, nepali.marc 412
  // in its 96 records, pride-and-prejudice-fixed.mrc 97 in 42 records.
  const expected: Record<string, [number, number]> = {
    'pymarc/diacritic.dat': [1, 1],
    'evergreen/nepali.marc': [412, 96],
    'marc4j/pride-and-prejudice-fixed.mrc': [97, 42],
  }
  for (const [file, [fieldsChanged, recordsChanged]] of Object.entries(expected)) {
    const preserved = await readForm(readSharedMarc(file), 'PRESERVE')
    const nfc = await readForm(readSharedMarc(file), 'NFC')
    let fields = 0
    let records = 0
    for (const [i, item] of nfc.entries()) {
      const source = preserved[i]
      if (item.ok !== true || source?.ok !== true) continue
      const differing = item.record.fields.flatMap((field, n) =>
        JSON.stringify(field) === JSON.stringify(source.record.fields[n]) ? [] : [n + 1],
      )
      const normalized = item.warnings.filter((w) => w.code === 'NORMALIZED')
      t.same(normalized.map((w) => w.field), differing, `${file} #${item.position}: a NORMALIZED repair for each field changed, and only those`)
      t.ok(normalized.every((w) => w.repair === 'text normalized from NFD to NFC'), `${file} #${item.position}: from NFD to NFC`)
      const asNfc = source.record.fields.map((field) => JSON.parse(JSON.stringify(field).normalize('NFC')))
      t.same(item.record.fields, asNfc, `${file} #${item.position}: the rest is the record as it came`)
      const written = Buffer.from(toIso2709(item.record))
      if (!written.equals(Buffer.from(item.raw))) t.ok(normalized.length > 0, `${file} #${item.position}: differs, with its repairs`)
      fields += differing.length
      records += differing.length > 0 ? 1 : 0
    }
    t.same([fields, records], [fieldsChanged, recordsChanged], `${file}: fields and records normalized`)
  }
  // Composed text under NFC changes nothing and gets no warning.
  const composed = await readForm(readSharedMarc('pymarc/diacritic.dat'), 'NFC')
  const again = composed[0]?.ok === true ? await readForm(toIso2709(composed[0].record), 'NFC') : []
  t.same(again[0]?.ok === true ? again[0].warnings : null, [], 'a record already in NFC read with NFC: no repair')
})

t.test('changes every policy makes are recorded repairs (issue 14: "anything the reader changes")', async (t) => {
  const repairsOf = (item: ReadItem | undefined) => (item?.ok === true ? item.warnings.map((w) => [w.code, w.field, w.repair]) : item?.problem.code)
  for (const repair of ['STRICT', 'REPAIR'] as const) {
    // A MARCBreaker '\' indicator, and a field ending in a bare delimiter (jazz_1k.mrc).
    const iso = readSingleRecord(isoRecord([['245', df('1\\$aTitle')], ['500', df('  $aNote.$')]]), undefined, { repair })
    t.same(repairsOf(iso), [
      ['BAD_INDICATOR', 1, "indicator 2 '\\' set to blank"],
      ['BAD_SUBFIELD_CODE', 2, 'dropped the subfield delimiter that ends the field'],
    ], `${repair}: ISO 2709`)
    // MARCXML: a non-MARC element (Koha's <datestamp>), a <datafield> without indicator attributes.
    const xml = Buffer.from(
      '<record xmlns="http://www.loc.gov/MARC21/slim" xmlns:k="urn:koha"><leader>00000nam a2200000 a 4500</leader>' +
        '<k:datestamp>2016</k:datestamp><datafield tag="245"><subfield code="a">Title</subfield></datafield></record>',
    )
    t.same(repairsOf(readSingleRecord(xml, undefined, { repair })), [
      ['UNKNOWN_ELEMENT', undefined, 'dropped the element <k:datestamp>, which is not MARC'],
      ['BAD_INDICATOR', 1, 'indicator 1 set to blank (no ind1 attribute)'],
      ['BAD_INDICATOR', 1, 'indicator 2 set to blank (no ind2 attribute)'],
    ], `${repair}: MARCXML`)
    // UTF-8 under a blank Ldr/09 (FSL.marc) is written back with 'a'.
    const blank = isoRecord([['245', df('10$aĆirilica')]])
    blank[9] = 0x20
    t.same(repairsOf(readSingleRecord(blank, undefined, { repair, normalization: 'PRESERVE' })), [
      ['MISLABELLED_ENCODING', undefined, "Ldr/09 set to 'a' (the text, valid UTF-8, read as UTF-8)"],
    ], `${repair}: Ldr/09`)
  }
  // NFD asked of composed text: one repair per field changed, from NFC to NFD; ASCII fields none.
  const composed = isoRecord([['100', df('1 $aDvořák')], ['245', df('10$aSymphony')], ['650', df(' 0$aMusique$xFrançaise')]])
  t.same(repairsOf(readSingleRecord(composed, undefined, { normalization: 'NFD' })), [
    ['NORMALIZED', 1, 'text normalized from NFC to NFD'],
    ['NORMALIZED', 3, 'text normalized from NFC to NFD'],
  ], 'NFD: fields #1 and #3')
  t.same(repairsOf(readSingleRecord(composed, undefined, { normalization: 'NFC' })), [], 'NFC of composed text: nothing changed, nothing recorded')
})
