/**
 * Issue 14, bytes that are not in the record's character set: under REPAIR they become U+FFFD in
 * the stored text, each field with such bytes carries a repair warning (how many bytes, where the
 * first is), the record is counted and listed as imported with repairs, and its download is the
 * record as uploaded, so the bytes are not lost. STRICT refuses the records as before. The records
 * are built here from literal bytes; the expected texts follow from the WHATWG UTF-8 decoder
 * (one U+FFFD per maximal invalid subsequence) and the LC MARC-8 code tables.
 */
import t from 'tap'
import { createTestApp, type TestApp } from '../helpers/app.ts'
import { createProfile, runImport } from '../helpers/imports.ts'
import { cleanRecord, isoRecord } from '../marc/iso-builder.ts'
import { gunzip, marcjsIso2709, ourItems } from './fixtures.ts'

const ESC = 0x1b
const field = (...parts: Array<string | number[]>): Uint8Array =>
  Buffer.concat(parts.map((part) => (typeof part === 'string' ? Buffer.from(part, 'latin1') : Buffer.from(part))))
const MARC8 = { leader: 'nam  ' } // Ldr/09 blank

interface Built {
  what: string
  /** Its 001. */
  id: string
  bytes: Buffer
  /** The field holding the replaced bytes (1-based, directory order), as MARC-in-JSON subfields. */
  field: number
  tag: string
  subfields: Array<Record<string, string>>
  /** The repair recorded on that field. */
  repair: string
}

const BUILT: Built[] = [
  {
    // Latin-1 'ç' (0xE7) in a UTF-8 record: a lead byte of three with 'a' after it.
    what: 'invalid UTF-8: a Latin-1 byte',
    id: 'u1',
    bytes: isoRecord([['001', 'u1'], ['245', field('10\x1faFran', [0xe7], 'ais moderne.')]]),
    field: 2,
    tag: '245',
    subfields: [{ a: 'Fran\uFFFDais moderne.' }],
    repair: '1 byte not valid UTF-8 replaced by U+FFFD; the incoming record keeps them',
  },
  {
    // marc4j/sample1.mrc record 7's bytes: 0xF8 is no UTF-8 lead byte, and each 0xBF after it is a
    // continuation byte with no lead: four maximal invalid subsequences.
    what: 'invalid UTF-8: F8 BF BF BF',
    id: 'u2',
    bytes: isoRecord([['001', 'u2'], ['245', field('00\x1faTitle.')], ['500', field('  \x1faA', [0xf8, 0xbf, 0xbf, 0xbf], 'B.')]]),
    field: 3,
    tag: '500',
    subfields: [{ a: 'A\uFFFD\uFFFD\uFFFD\uFFFDB.' }],
    repair: '4 bytes not valid UTF-8 replaced by U+FFFD; the incoming record keeps them',
  },
  {
    // pymarc/bad_marc8_escape.dat: ESC t is no MARC-8 escape sequence; E2 65 is ANSEL acute + e.
    what: 'MARC-8: an unknown escape sequence',
    id: 'm1',
    bytes: isoRecord([['001', 'm1'], ['245', field('10\x1faSoci', [ESC, 0x74], 't', [0xe2], 'e.')]], MARC8),
    field: 2,
    tag: '245',
    subfields: [{ a: 'Soci\uFFFDté.' }],
    repair: '2 bytes not valid MARC-8 replaced by U+FFFD; the incoming record keeps them',
  },
  {
    // 0xCB is unassigned in ANSEL (pymarc/1251.dat's Windows-1251 'Л'); ESC $ at the end of the
    // field is an escape sequence cut short (marc4j/incomplete_esc_seq.mrc).
    what: 'MARC-8: an unassigned byte and an incomplete escape sequence',
    id: 'm2',
    bytes: isoRecord([['001', 'm2'], ['245', field('10\x1faAB', [0xcb], 'CD\x1fbEnd', [ESC, 0x24])]], MARC8),
    field: 2,
    tag: '245',
    subfields: [{ a: 'AB\uFFFDCD' }, { b: 'End\uFFFD' }],
    repair: '3 bytes not valid MARC-8 replaced by U+FFFD; the incoming record keeps them',
  },
]
const CLEAN = cleanRecord('c1')
const UPLOAD = Buffer.concat([CLEAN, ...BUILT.map((b) => b.bytes)])
const REPAIRED_POSITIONS = BUILT.map((_, i) => i + 2)

async function get(env: TestApp, url: string, headers: Record<string, string> = {}) {
  return env.app.inject({ method: 'GET', url, headers: { ...env.admin.headers, ...headers } })
}

interface Repair {
  code: string
  message: string
  field: number | null
  repair: string
}

t.test('bytes not in the character set, through the API', async (t) => {
  const env = await createTestApp(t)
  const repairProfile = await createProfile(env, { match: { method: 'NONE' }, repairPolicy: 'REPAIR', normalization: 'NFC' })
  const strictProfile = await createProfile(env, { match: { method: 'NONE' }, repairPolicy: 'STRICT', normalization: 'NFC' })
  const [repaired, refused] = await Promise.all([runImport(t, env, repairProfile, UPLOAD), runImport(t, env, strictProfile, UPLOAD)])

  t.test('REPAIR imports them, counted and listed with a repair on the field', async (t) => {
    t.equal(repaired.report.counters.recordsAdded, 5)
    t.equal(repaired.report.counters.recordsImportedWithRepairs, 4)
    const files = (await get(env, `/v1/jobs/${repaired.job.id}/files`)).json()
    const [file] = (Array.isArray(files) ? files : files.items) as Array<{ repairs: Array<{ position: number; repairs: Repair[] }> }>
    t.same(file?.repairs.map((r) => r.position), REPAIRED_POSITIONS)
    for (const [index, built] of BUILT.entries()) {
      const listed = file?.repairs.find((r) => r.position === index + 2)?.repairs ?? []
      t.same(listed.map((r) => [r.code, r.field, r.repair]), [['UNDECODABLE_BYTES', built.field, built.repair]], `${built.what}: the repair`)
      t.match(listed[0]?.message, new RegExp(`^field #${built.field} \\(${built.tag}\\): `), `${built.what}: the message names the field`)
    }
  })

  t.test('the stored text has U+FFFD where the bytes were, the rest as decoded', async (t) => {
    const listed = (await get(env, `/v1/records?jobId=${repaired.job.id}&change=added&limit=50`)).json().items as Array<{ mmsId: string }>
    const records = await Promise.all(listed.map(async (r) => (await get(env, `/v1/records/${r.mmsId}`)).json().marc))
    for (const built of BUILT) {
      const record = records.find((m: { fields: Array<Record<string, unknown>> }) => m.fields.some((f) => f['001'] === built.id))
      const stored = record?.fields.find((f: Record<string, unknown>) => built.tag in f)?.[built.tag]
      t.same(stored?.subfields, built.subfields, `${built.what}: ${JSON.stringify(built.subfields)}`)
    }
  })

  t.test('the repaired records download as uploaded and re-read in our reader and in marcjs', async (t) => {
    const res = await get(env, `/v1/jobs/${repaired.job.id}/report/recordsImportedWithRepairs/download?format=ISO2709`)
    t.equal(res.statusCode, 200)
    const bytes = gunzip(res.rawPayload)
    t.same(bytes, Buffer.concat(BUILT.map((b) => b.bytes)), 'the incoming bytes, replaced bytes included')
    const again = await ourItems(bytes, { repair: 'REPAIR' })
    t.same(again.map((i) => i.ok && i.warnings.map((w) => w.code)), BUILT.map(() => ['UNDECODABLE_BYTES']), 'our reader: the same repairs')
    t.same((await ourItems(bytes)).map((i) => i.ok || i.problem.code), BUILT.map(() => 'UNDECODABLE_BYTES'), 'our reader, STRICT: refused as before')
    t.equal((await marcjsIso2709(bytes)).length, BUILT.length, 'marcjs')
  })

  t.test('STRICT refuses them with UNDECODABLE_BYTES, as before, and they download as uploaded', async (t) => {
    t.equal(refused.report.counters.recordsAdded, 1)
    t.equal(refused.report.counters.recordsNotImported, 4)
    t.equal(refused.report.counters.recordsImportedWithRepairs, 0)
    const download = await get(env, `/v1/jobs/${refused.job.id}/not-imported`, { accept: 'application/marc' })
    t.same(download.rawPayload, Buffer.concat(BUILT.map((b) => b.bytes)))
    t.equal((await marcjsIso2709(download.rawPayload)).length, BUILT.length, 'marcjs')
  })
})

t.test('the repairs of a record come in field order, the bytes replaced first within a field', async (t) => {
  const record = isoRecord([
    ['001', 'o1'],
    ['245', field('\x140\x1faA', [0xff], 'B.')],
    ['500', field('  \x1faC', [0xc3], 'D.')],
  ])
  const [item] = await ourItems(record, { repair: 'REPAIR' })
  t.same(
    item?.ok === true ? item.warnings.map((w) => [w.code, w.field]) : item,
    [['UNDECODABLE_BYTES', 2], ['BAD_INDICATOR', 2], ['UNDECODABLE_BYTES', 3]],
  )
  t.same(item?.ok === true ? item.record.fields.slice(1) : [], [
    { tag: '245', ind1: ' ', ind2: '0', subfields: [{ code: 'a', value: 'A\uFFFDB.' }] },
    { tag: '500', ind1: ' ', ind2: ' ', subfields: [{ code: 'a', value: 'C\uFFFDD.' }] },
  ])
})
