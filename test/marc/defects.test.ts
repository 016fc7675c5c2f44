/**
 * The fatal-vs-warning table of src/marc/iso2709/record.ts, one generated record per row: each
 * record has exactly one defect and sits after a clean record (so the file is recognisable as
 * ISO 2709) and before another (so we see reading go on).
 */
import t from 'tap'
import type { ReadItem } from '../../src/marc/reader.ts'
import { isControlField } from '../../src/marc/record.ts'
import { MAX_RECORD_BYTES } from '../../src/marc/iso2709/frame.ts'
import { readAll } from './helpers.ts'
import { cleanRecord, df, isoRecord, type FieldSpec } from './iso-builder.ts'

const TITLE: FieldSpec = ['245', df('10$aTitle.')]

async function readBetweenClean(damaged: Uint8Array): Promise<ReadItem[]> {
  return readAll(Buffer.concat([cleanRecord('first'), damaged, cleanRecord('last')]))
}

interface Row {
  row: string
  bytes: Uint8Array
  /** 'fatal' items are at position 2; warnings are on the ok record at position 2. */
  fatal?: string
  warning?: string
  message?: RegExp
}

const latin1 = (text: string): Buffer => Buffer.from(text, 'latin1')

const rows: Row[] = [
  { row: 'fewer than 24 bytes', bytes: latin1('00010nam\x1d'), fatal: 'BAD_LEADER', message: /9 bytes long, shorter than a 24-byte leader/ },
  { row: 'Ldr/00-04 not digits', bytes: isoRecord([TITLE], { recordLength: '0x12z' }), fatal: 'BAD_LEADER', message: /'0x12z' is not a number/ },
  { row: 'control character in Ldr/06', bytes: isoRecord([TITLE], { leader: 'n\x01m a' }), fatal: 'BAD_LEADER', message: /Ldr\/06 is U\+0001/ },
  { row: "Ldr/10-11 digits other than '22'", bytes: isoRecord([TITLE], { rawLeader: '00000nam a0000000 a 4500' }), fatal: 'BAD_LEADER', message: /'00'/ },
  { row: "Ldr/10-11 '00', no 0x1F in the record", bytes: isoRecord([['001', 'x'], ['500', 'A note.']], { rawLeader: '00000nam a0000000 a 4500' }), fatal: 'BAD_LEADER', message: /'00'/ },
  { row: 'Ldr/10-11 blank', bytes: isoRecord([TITLE], { rawLeader: '00041nam a  00037 a 4500' }), warning: 'BAD_LEADER', message: /read as 22/ },
  { row: "Ldr/20-23 not '4500'", bytes: isoRecord([TITLE], { rawLeader: '00041nam a2200037 a 450 ' }), warning: 'BAD_LEADER', message: /"450 ", not '4500'/ },
  { row: 'Ldr/00-04 ≠ real length', bytes: isoRecord([TITLE], { recordLength: '00099' }), warning: 'LENGTH_MISMATCH', message: /is 99 but the record is 49 bytes/ },
  { row: 'Ldr/12-16 not numeric', bytes: isoRecord([TITLE], { baseAddress: 'f0037' }), warning: 'LENGTH_MISMATCH', message: /'f0037' but the data starts at byte 37/ },
  {
    row: 'no field terminator after the directory',
    bytes: latin1('00040nam a2200037 a 4500245000500000abcd\x1d'),
    fatal: 'BAD_DIRECTORY',
    message: /no field terminator/,
  },
  { row: 'empty directory', bytes: latin1('00026nam a2200025 a 4500\x1e\x1d'), fatal: 'EMPTY_RECORD' },
  { row: 'tag that is not alphanumeric', bytes: isoRecord([['0 2', df('  $a1')]]), fatal: 'BAD_DIRECTORY', message: /tag '0 2'/ },
  { row: 'non-numeric field length', bytes: isoRecord([TITLE], { directory: '24500x100000' }), fatal: 'BAD_DIRECTORY', message: /non-numeric/ },
  { row: 'directory not 12-byte entries', bytes: isoRecord([TITLE], { directory: '2450011000001' }), fatal: 'BAD_DIRECTORY', message: /13 bytes long, not a multiple of 12/ },
  {
    row: '13-byte entry with a 5-digit length, proven',
    bytes: isoRecord([['520', df(`  $a${'x'.repeat(10_000)}`)]], { directory: '5201000500000' }),
    warning: 'BAD_DIRECTORY',
    message: /1 entry with a 5-digit length/,
  },
  {
    row: 'offsets wrong, every length right',
    bytes: isoRecord([['001', 'x'], TITLE], { directory: '001000299999245001199999' }),
    warning: 'LENGTH_MISMATCH',
    message: /2 directory offsets do not point at their fields/,
  },
  {
    row: 'lengths wrong, entries and terminators pair up in order',
    bytes: isoRecord([['001', 'x'], TITLE], { directory: '001000100000245001000001' }),
    warning: 'LENGTH_MISMATCH',
    message: /2 directory lengths and 1 offset disagree/,
  },
  {
    row: 'directory and terminators irreconcilable',
    bytes: isoRecord([['001', 'x'], TITLE, ['500', df('  $aNote.')]], { directory: '001000200000245001100002' }),
    fatal: 'LENGTH_MISMATCH',
    message: /accounts for 13 of the 23 bytes of the data area, which has 3 terminated fields for 2 directory entries/,
  },
  { row: 'a data field of 1 byte', bytes: isoRecord([['001', 'x'], ['245', '1']]), fatal: 'BAD_INDICATOR', message: /^field #2 \(245\) is 1 byte long: it has no room for 2 indicators$/ },
  { row: 'a data field of 0 bytes', bytes: isoRecord([['001', 'x'], ['245', '']]), fatal: 'BAD_INDICATOR', message: /^field #2 \(245\) is 0 bytes long: it has no room for 2 indicators$/ },
  { row: 'directory entries but an empty data area', bytes: latin1('00038nam a2200037 a 4500245000100000\x1e\x1d'), fatal: 'LENGTH_MISMATCH', message: /^the directory has 1 entry but the data area is empty$/ },
  { row: 'last field not terminated', bytes: isoRecord([TITLE], { noLastFieldTerminator: true }), fatal: 'MISSING_TERMINATOR', message: /last field/ },
  { row: "Ldr/09 'a' and invalid UTF-8", bytes: isoRecord([['245', Buffer.from([0x31, 0x30, 0x1f, 0x61, 0xc3, 0x28])]]), fatal: 'UNDECODABLE_BYTES', message: /byte 5 of the field \(bytes C3 28\)/ },
  {
    row: 'Ldr/09 blank and bytes the MARC-8 decoder rejects',
    bytes: isoRecord([['245', Buffer.from([0x31, 0x30, 0x1f, 0x61, 0x41, 0xff])]], { leader: 'nam  ' }),
    fatal: 'UNDECODABLE_BYTES',
    message: /not valid MARC-8 at byte 6/,
  },
  { row: 'Ldr/09 blank but UTF-8', bytes: isoRecord([['245', df('10$aCafé.')]], { leader: 'nam  ' }), warning: 'MISLABELLED_ENCODING' },
  { row: 'Ldr/09 another value, plain ASCII', bytes: isoRecord([TITLE], { leader: 'nam z' }), warning: 'MISLABELLED_ENCODING', message: /'z'/ },
  { row: 'Ldr/09 another value, not ASCII', bytes: isoRecord([['245', df('10$aCafé.')]], { leader: 'nam z' }), fatal: 'UNDECODABLE_BYTES', message: /character set is unknown/ },
  { row: 'C0 control character in text', bytes: isoRecord([['245', df('10$aTi\x07tle.')]]), fatal: 'CONTROL_CHARACTER', message: /field #1 \(245\) \$a contains the control character U\+0007 at character 3/ },
  { row: 'ESC in a UTF-8 record', bytes: isoRecord([['245', df('10$a\x1b(2abc')]]), fatal: 'CONTROL_CHARACTER', message: /MARC-8 escape sequence/ },
  { row: 'control field with a subfield delimiter', bytes: isoRecord([['001', df('$a123')]]), fatal: 'BAD_FIELD', message: /control field but contains a subfield delimiter/ },
  { row: 'data field with text but no delimiter', bytes: isoRecord([['245', '10Title']]), fatal: 'BAD_FIELD', message: /no subfield delimiter/ },
  { row: 'text between indicators and first subfield', bytes: isoRecord([['245', df('10xy$aTitle')]]), fatal: 'BAD_FIELD', message: /"xy"/ },
  { row: 'data field with indicators only', bytes: isoRecord([TITLE, ['980', '  ']]), warning: 'EMPTY_FIELD' },
  { row: 'one indicator', bytes: isoRecord([['245', df('1$aTitle')]]), fatal: 'BAD_INDICATOR', message: /1 indicator character/ },
  { row: 'control character as indicator', bytes: isoRecord([['245', df('\x141$aTitle')]]), fatal: 'BAD_INDICATOR', message: /U\+0014/ },
  { row: 'blanks/backslashes after the indicators', bytes: isoRecord([['970', df('  \\$p19.99')]]), warning: 'BAD_INDICATOR', message: /the extra "\\\\" was dropped/ },
  { row: 'backslash indicator', bytes: isoRecord([['245', df('1\\$aTitle')]]), warning: 'BAD_INDICATOR', message: /MARCBreaker blank/ },
  { row: 'subfield code blank', bytes: isoRecord([['020', df('  $ a1591403715')]]), fatal: 'BAD_SUBFIELD_CODE', message: /' ' \(U\+0020\)/ },
  { row: 'subfield code not ASCII', bytes: isoRecord([['245', df('10$áTitle')]]), fatal: 'BAD_SUBFIELD_CODE', message: /'á'/ },
  { row: 'delimiter followed by delimiter', bytes: isoRecord([['020', df('  $$9781410442444')]]), fatal: 'BAD_SUBFIELD_CODE', message: /not followed by a subfield code/ },
  { row: 'delimiter as the last byte of a field', bytes: isoRecord([['100', df('1 $aRoach, Max,$d1924-2007.$')]]), warning: 'BAD_SUBFIELD_CODE', message: /dropped/ },
]

for (const row of rows) {
  t.test(row.row, async (t) => {
    const items = await readBetweenClean(row.bytes)
    t.equal(items.length, 3, 'three items: the record is neither lost nor split')
    t.match(items[0], { ok: true, position: 1 })
    t.match(items[2], { ok: true, position: 3 }, 'reading goes on after it')
    const item = items[1]
    if (row.fatal !== undefined) {
      t.match(item, { ok: false, position: 2, problem: { code: row.fatal, message: row.message ?? /./ } })
    } else {
      t.match(item, { ok: true, position: 2 })
      const warnings = item?.ok === true ? item.warnings : []
      t.ok(
        warnings.some((w) => w.code === row.warning && (row.message ?? /./).test(w.message)),
        `warning ${row.warning}: ${JSON.stringify(warnings)}`,
      )
    }
    t.same(Buffer.from(item?.raw ?? []), Buffer.from(row.bytes), 'raw is the record exactly as given')
  })
}

t.test('repairs are visible in the record', async (t) => {
  const [, item] = await readBetweenClean(isoRecord([['970', df('  \\$p19.99')], ['245', df('1\\$aTitle')], ['100', df('1 $aRoach$')]], { rawLeader: '00000nam a  00000 a 450 ' }))
  t.ok(item?.ok)
  if (item?.ok !== true) return
  t.equal(item.record.leader.slice(10, 12) + item.record.leader.slice(20), '224500', 'Ldr/10-11 and 20-23 read as the MARC 21 constants')
  const [f970, f245, f100] = item.record.fields
  t.same(f970, { tag: '970', ind1: ' ', ind2: ' ', subfields: [{ code: 'p', value: '19.99' }] })
  t.same(f245, { tag: '245', ind1: '1', ind2: ' ', subfields: [{ code: 'a', value: 'Title' }] })
  t.same(f100, { tag: '100', ind1: '1', ind2: ' ', subfields: [{ code: 'a', value: 'Roach' }] })
})

t.test('glued records: a missing record terminator', async (t) => {
  const glued = Buffer.concat([isoRecord([TITLE], { noRecordTerminator: true }), isoRecord([['001', 'next'], TITLE])])
  const items = await readAll(Buffer.concat([cleanRecord(), glued]))
  t.same(items.map((i) => (i.ok ? 'ok' : i.problem.code)), ['ok', 'MISSING_TERMINATOR', 'ok'])
  t.match(items[1], { problem: { message: /no record terminator \(0x1D\): its 48 bytes end with a field terminator where its leader's length \(48\) ends it/ } })
  const last = items[2]
  t.ok(last?.ok === true && last.record.fields.some((f) => isControlField(f) && f.value === 'next'))
})

t.test('glued records: the first of three lost its final 0x1D (MARC 21 lengths count it)', async (t) => {
  const first = isoRecord([['001', 'one'], TITLE])
  const second = isoRecord([['001', 'two'], TITLE])
  const third = isoRecord([['001', 'three'], TITLE])
  t.equal(first.readUInt8(first.length - 1), 0x1d)
  t.equal(first.subarray(0, 5).toString(), String(first.length).padStart(5, '0'), 'Ldr/00-04 counts the record terminator')
  const cut = first.subarray(0, first.length - 1)
  const items = await readAll(Buffer.concat([cut, second, third]))
  t.same(items.map((i) => (i.ok ? 'ok' : i.problem.code)), ['MISSING_TERMINATOR', 'ok', 'ok'], 'three records processed, the intact ones imported')
  t.same(items.map((i) => i.position), [1, 2, 3])
  t.match(items[0], { problem: { message: /its 64 bytes end with a field terminator where its leader's length \(65\) ends it/ } })
  t.same(Buffer.from(items[0]?.raw ?? []), cut)
  t.same(Buffer.from(items[1]?.raw ?? []), second, 'the second record is not absorbed by the first')
  t.ok(items[1]?.ok === true && items[1].record.fields.some((f) => isControlField(f) && f.value === 'two'))
  t.ok(items[2]?.ok === true && items[2].record.fields.some((f) => isControlField(f) && f.value === 'three'))
})

t.test('the last record lost its final 0x1D (MARC 21 length)', async (t) => {
  const last = isoRecord([['001', 'last'], TITLE])
  const items = await readAll(Buffer.concat([cleanRecord(), last.subarray(0, last.length - 1), Buffer.from('\n')]))
  t.same(items.map((i) => (i.ok ? 'ok' : i.problem.code)), ['ok', 'MISSING_TERMINATOR'])
})

t.test('a truncated last record', async (t) => {
  const whole = isoRecord([['001', 'cut'], TITLE])
  const items = await readAll(Buffer.concat([cleanRecord(), whole.subarray(0, whole.length - 10)]))
  t.same(items.map((i) => (i.ok ? 'ok' : i.problem.code)), ['ok', 'TRUNCATED'])
  t.match(items[1], { problem: { message: /ends 55 bytes into a record whose leader announces 65 bytes/ } })
})

t.test('a complete last record without its record terminator', async (t) => {
  const items = await readAll(Buffer.concat([cleanRecord(), isoRecord([TITLE], { noRecordTerminator: true }), Buffer.from('\r\n')]))
  t.same(items.map((i) => (i.ok ? 'ok' : i.problem.code)), ['ok', 'MISSING_TERMINATOR'])
})

t.test('junk after the last record and between records', async (t) => {
  const trailing = await readAll(Buffer.concat([cleanRecord(), Buffer.from('\n-- exported by LibrarySystem 4.2 --\n')]))
  t.same(trailing.map((i) => (i.ok ? 'ok' : i.problem.code)), ['ok', 'TRAILING_JUNK'])
  t.match(trailing[1], { problem: { message: /bytes after the last record are not a MARC record \(they start '-- exported by Library/ } })
  const between = await readAll(Buffer.concat([cleanRecord(), Buffer.from('GARBAGE'), cleanRecord('after')]))
  t.same(between.map((i) => (i.ok ? 'ok' : i.problem.code)), ['ok', 'TRAILING_JUNK', 'ok'], 'the record after the junk is recovered')
  t.same(Buffer.from(between[1]?.raw ?? []).toString(), 'GARBAGE')
})

t.test('padding between and after records is not a record', async (t) => {
  const items = await readAll(Buffer.concat([cleanRecord(), Buffer.from('\r\n\x00\x00  \t'), cleanRecord(), Buffer.from('\n\x1a'), Buffer.alloc(821, 0x20)]))
  t.same(items.map((i) => (i.ok ? 'ok' : i.problem.code)), ['ok', 'ok'])
  t.same(items.map((i) => i.position), [1, 2])
})

t.test('no record terminator for longer than a record can be', async (t) => {
  const blob = Buffer.alloc(MAX_RECORD_BYTES + 200_000, 0x78)
  blob.write('00123', 0)
  const items = await readAll(Buffer.concat([cleanRecord(), blob, Buffer.from([0x1d]), cleanRecord('after')]))
  t.same(items.map((i) => (i.ok ? 'ok' : i.problem.code)), ['ok', 'MISSING_TERMINATOR', 'ok'])
  t.ok((items[1]?.raw.length ?? 0) <= MAX_RECORD_BYTES + 65536, 'buffering stopped at the limit')
})

t.test('text is NFC, and a value starting with a combining mark keeps its own subfield code', async (t) => {
  const [, item] = await readBetweenClean(isoRecord([['245', df('10$aCafe\u0301$e\u0301tude')]]))
  t.match(item, { ok: true, record: { fields: [{ subfields: [{ code: 'a', value: 'Café' }, { code: 'e', value: '\u0301tude' }] }] } })
  // NFC (the reader's default) changed the field: a recorded repair, from which form to which.
  t.same(item?.ok === true ? item.warnings.map((w) => [w.code, w.field, w.repair]) : null, [['NORMALIZED', 1, 'text normalized from NFD to NFC']])
})
