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
import { cleanRecord, df, isoRecord } from './iso-builder.ts'

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
      t.ok(item.warnings.length > 0, `${file} #${item.position}: a recorded warning says why the bytes differ`)
    }
  }
  // Counted from SOURCES.md: pride-and-prejudice-fixed 383, 065001035 40, nepali 95 of 96 (one
  // 260 with a 3-character indicator area), the RDA records 10, …: at least these are identical.
  t.ok(identical >= 383 + 40 + 95 + 10, `${identical} records identical`)
  const diacritic = await readAll(readSharedMarc('pymarc/diacritic.dat'))
  t.notOk(diacritic[0]?.ok === true && Buffer.from(toIso2709(diacritic[0].record)).equals(Buffer.from(diacritic[0].raw)), 'NFC (the default) rewrites decomposed text')
})
