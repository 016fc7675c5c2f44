/**
 * Every reader is linear in its input: hostile nesting, many fields and huge tokens cost time in
 * proportion to their size, and limits are record problems, never a stalled split. Issue 13: a
 * 1.4 MB MARCXML file with 200,000 nested elements in one subfield kept the split busy for 17
 * minutes. The time bounds are loose (a busy machine) but orders of magnitude below the old costs.
 */
import t, { type Test } from 'tap'
import type { ReadItem } from '../../src/marc/reader.ts'
import { readAll } from './helpers.ts'
import { cleanRecord, df, isoRecord, type FieldSpec } from './iso-builder.ts'

const SLIM = 'http://www.loc.gov/MARC21/slim'
const encode = (text: string): Uint8Array => new TextEncoder().encode(text)
const codes = (items: ReadItem[]): string[] => items.map((item) => (item.ok ? 'ok' : item.problem.code))

async function timed(bytes: Uint8Array, chunkSize?: number): Promise<{ items: ReadItem[]; ms: number }> {
  const start = performance.now()
  const items = await readAll(bytes, chunkSize)
  return { items, ms: performance.now() - start }
}

const xmlRecord = (id: string, title: string): string =>
  `<record><leader>00000nam a2200000 a 4500</leader><controlfield tag="001">${id}</controlfield>` +
  `<datafield tag="245" ind1="1" ind2="0"><subfield code="a">${title}</subfield></datafield></record>`

const xmlNeighbours = (middle: string): Uint8Array =>
  encode(`<?xml version="1.0"?>\n<collection xmlns="${SLIM}">\n${xmlRecord('before', 'First.')}\n${middle}\n${xmlRecord('after', 'Last.')}\n</collection>\n`)

function expectNeighbours(t: Test, items: ReadItem[]): void {
  t.match(items[0], { ok: true, position: 1, record: { fields: [{ tag: '001', value: 'before' }, { tag: '245', subfields: [{ code: 'a', value: 'First.' }] }] } })
  t.match(items[2], { ok: true, position: 3, record: { fields: [{ tag: '001', value: 'after' }, { tag: '245', subfields: [{ code: 'a', value: 'Last.' }] }] } })
}

t.test('MARCXML: 200,000 elements nested inside one subfield', async (t) => {
  const depth = 200_000
  const deep = `<record><leader>00000nam a2200000 a 4500</leader><datafield tag="245" ind1="1" ind2="0"><subfield code="a">${'<i>'.repeat(depth)}x${'</i>'.repeat(depth)}</subfield></datafield></record>`
  const bytes = xmlNeighbours(deep)
  t.ok(bytes.length > 1_400_000, 'the 1.4 MB file of the issue')
  const { items, ms } = await timed(bytes)
  t.ok(ms < 1000, `read in ${ms.toFixed(0)} ms`)
  t.same(codes(items), ['ok', 'NESTING_TOO_DEEP', 'ok'])
  t.match(items[1], { position: 2, problem: { message: /nest more than 32 deep inside the record \(at line 4, column \d+, inside <subfield code="a"> of the 245 field\)/ } })
  t.equal(Buffer.from(items[1]?.raw ?? []).toString(), deep.replace('<record>', `<record xmlns="${SLIM}">`), 'the whole element is the raw record')
  expectNeighbours(t, items)
})

t.test('MARCXML: nesting within the bound is read (foreign elements are skipped)', async (t) => {
  const nested = `<record><leader>00000nam a2200000 a 4500</leader><controlfield tag="001">x</controlfield><extra xmlns="urn:x">${'<i>'.repeat(29)}${'</i>'.repeat(29)}</extra></record>`
  const items = await readAll(xmlNeighbours(nested))
  t.same(codes(items), ['ok', 'ok', 'ok'], '31 levels: the record, <extra> and 29 more')
})

// Each chunk used to search the token from its start again: 8 MB in 1 KiB chunks took 207 s.
t.test('MARCXML: a 2 MB comment inside a record, arriving in 1 KiB chunks', async (t) => {
  const comment = `<record><leader>00000nam a2200000 a 4500</leader><!-- ${'-x'.repeat(1_000_000)} --><controlfield tag="001">c</controlfield></record>`
  const { items, ms } = await timed(xmlNeighbours(comment), 1024)
  t.ok(ms < 3000, `read in ${ms.toFixed(0)} ms`)
  t.same(codes(items), ['ok', 'ok', 'ok'])
  expectNeighbours(t, items)
})

t.test('MARCXML: a 2 MB attribute value arriving in 1 KiB chunks', async (t) => {
  const attribute = `<record><leader>00000nam a2200000 a 4500</leader><controlfield tag="001" note="${'y'.repeat(2_000_000)}">c</controlfield></record>`
  const { items, ms } = await timed(xmlNeighbours(attribute), 1024)
  t.ok(ms < 3000, `read in ${ms.toFixed(0)} ms`)
  t.same(codes(items), ['ok', 'ok', 'ok'])
})

t.test('MARC-in-JSON: 200,000 arrays nested in a subfield value', async (t) => {
  const record = (value: string): string =>
    `{"leader":"00000nam a2200000 a 4500","fields":[{"001":"x"},{"245":{"ind1":"1","ind2":"0","subfields":[{"a":${value}}]}}]}`
  const depth = 200_000
  const { items, ms } = await timed(encode(`[\n${record('"First."')},\n${record('['.repeat(depth) + ']'.repeat(depth))},\n${record('"Last."')}\n]`))
  t.ok(ms < 1000, `read in ${ms.toFixed(0)} ms`)
  t.same(codes(items), ['ok', 'NESTING_TOO_DEEP', 'ok'])
  t.match(items[1], { problem: { message: /nest more than 32 deep inside the record \(from line 3\)/ } })
  t.match(items[2], { record: { fields: [{}, { subfields: [{ value: 'Last.' }] }] } })
})

const LARGE = { recordLength: '99999', baseAddress: '99999' }

t.test('ISO 2709: 200,000 empty data fields before the first subfield delimiter', async (t) => {
  // Each field without a delimiter used to search on to the next one: 200,000 searches over
  // 600 KB of data area (6 s).
  const fields: FieldSpec[] = [['001', 'many'], ...Array.from({ length: 200_000 }, (): FieldSpec => ['980', '  ']), ['245', df('10$aTitle.')]]
  // Over 99,999 bytes: Ldr/00-04 and Ldr/12-16 capped, as real exporters do.
  const { items, ms } = await timed(Buffer.concat([cleanRecord('first'), isoRecord(fields, LARGE), cleanRecord('last')]))
  t.ok(ms < 2000, `read in ${ms.toFixed(0)} ms`)
  t.same(codes(items), ['ok', 'ok', 'ok'])
  const item = items[1]
  t.equal(item?.ok === true ? item.record.fields.length : 0, 200_002)
  t.equal(item?.ok === true ? item.warnings.filter((w) => w.code === 'EMPTY_FIELD').length : 0, 200_000)
})

t.test('ISO 2709: 60,000 alphabetic control fields before a data field', async (t) => {
  const fields: FieldSpec[] = [...Array.from({ length: 60_000 }, (_, i): FieldSpec => ['FMT', `v${i}`]), ['245', df('10$aTitle.')]]
  const { items, ms } = await timed(Buffer.concat([cleanRecord('first'), isoRecord(fields, LARGE), cleanRecord('last')]))
  t.ok(ms < 2000, `read in ${ms.toFixed(0)} ms`)
  t.same(codes(items), ['ok', 'ok', 'ok'])
  t.match(items[1], { record: { fields: { 59_999: { tag: 'FMT', value: 'v59999' }, 60_000: { tag: '245' } } } })
})
