/** MARC-in-JSON: the document shapes we accept, per-record recovery and the record rules. */
import t from 'tap'
import { readSingleRecord, type ReadItem } from '../../src/marc/reader.ts'
import { readAll, readShared } from './helpers.ts'

const json = (text: string): Uint8Array => new TextEncoder().encode(text)
const codes = (items: ReadItem[]): string[] => items.map((item) => (item.ok ? 'ok' : item.problem.code))
const RECORD = '{"leader":"00000nam a2200000 a 4500","fields":[{"001":"1"},{"245":{"ind1":"1","ind2":"0","subfields":[{"a":"Title"}]}}]}'

t.test('one object, an array, and JSON Lines', async (t) => {
  t.same(codes(await readAll(json(RECORD))), ['ok'])
  t.same(codes(await readAll(json(`[\n${RECORD},\n${RECORD}\n]\n`))), ['ok', 'ok'])
  t.same(codes(await readAll(json(`${RECORD}\n${RECORD}\n${RECORD}\n`))), ['ok', 'ok', 'ok'])
  t.same(codes(await readAll(json('[]'))), [], 'an empty array holds no record')
})

t.test('strings containing brackets and escaped quotes do not confuse the splitter', async (t) => {
  const tricky = RECORD.replace('Title', 'A [b] {c} \\"d\\" \\\\')
  const items = await readAll(json(`[${tricky},${RECORD}]`), 3)
  t.same(codes(items), ['ok', 'ok'])
  t.match(items[0], { record: { fields: [{}, { subfields: [{ value: 'A [b] {c} "d" \\' }] }] } })
})

t.test('a record that is not valid JSON costs only itself, with the line of the file', async (t) => {
  const bad = RECORD.replace('"Title"', '"Ti\ntle"')
  const items = await readAll(json(`[\n${RECORD},\n${bad},\n${RECORD}\n]`))
  t.same(codes(items), ['ok', 'INVALID_JSON', 'ok'])
  t.match(items[1], { problem: { message: /at line 3, column \d+: Bad control character in string literal/ } })
  const [dylan] = await readShared('pymarc/test.json')
  t.match(dylan, { problem: { code: 'INVALID_JSON', message: /line 170, column 36/ } })
})

t.test('values that are not records', async (t) => {
  const items = await readAll(json(`[${RECORD}, 42, "x", null, {"leader":"00000nam a2200000 a 4500"}, {"fields":[]}, ${RECORD}]`))
  t.same(codes(items), ['ok', 'NOT_A_RECORD', 'NOT_A_RECORD', 'NOT_A_RECORD', 'NOT_A_RECORD', 'BAD_LEADER', 'ok'])
})

t.test('the input ending inside a record', async (t) => {
  t.same(codes(await readAll(json(`[${RECORD}, ${RECORD.slice(0, 40)}`))), ['ok', 'TRUNCATED'])
})

t.test('record rules', async (t) => {
  const cases: Array<[string, string, string]> = [
    ['data tag with a string', '{"245":"x"}', 'BAD_FIELD'],
    ['control tag with subfields', '{"001":{"ind1":" ","ind2":" ","subfields":[{"a":"x"}]}}', 'BAD_FIELD'],
    ['two keys', '{"001":"x","002":"y"}', 'BAD_FIELD'],
    ['bad tag', '{"24":"x"}', 'BAD_FIELD'],
    ['subfield with two codes', '{"245":{"ind1":" ","ind2":" ","subfields":[{"a":"x","b":"y"}]}}', 'BAD_SUBFIELD_CODE'],
    ['subfield value not a string', '{"245":{"ind1":" ","ind2":" ","subfields":[{"a":1}]}}', 'BAD_SUBFIELD_CODE'],
    ['indicator too long', '{"245":{"ind1":"10","ind2":" ","subfields":[{"a":"x"}]}}', 'BAD_INDICATOR'],
    ['control character', '{"245":{"ind1":" ","ind2":" ","subfields":[{"a":"x\\u0007"}]}}', 'CONTROL_CHARACTER'],
  ]
  for (const [name, field, code] of cases) {
    const record = `{"leader":"00000nam a2200000 a 4500","fields":[${field}]}`
    t.match(readSingleRecord(json(record)), { ok: false, problem: { code } }, name)
  }
  const lenient = readSingleRecord(json('{"leader":"00000nam a2200000 a 4500","fields":[{"245":{"subfields":[{"a":"e\\u0301"}]}}]}'))
  t.match(lenient, { ok: true, record: { fields: [{ ind1: ' ', ind2: ' ', subfields: [{ value: 'é' }] }] } }, 'missing indicators are blank, text NFC')
  t.same(lenient.ok ? lenient.warnings.map((w) => [w.code, w.repair]) : [], [
    ['BAD_INDICATOR', 'indicator 1 set to blank (no ind1)'],
    ['BAD_INDICATOR', 'indicator 2 set to blank (no ind2)'],
    ['NORMALIZED', 'text normalized from NFD to NFC'],
  ])
})

t.test('raw is the record text exactly', async (t) => {
  const items = await readAll(json(`[ ${RECORD} ,\n ${RECORD}]`))
  t.same(items.map((item) => Buffer.from(item.raw).toString()), [RECORD, RECORD])
})
