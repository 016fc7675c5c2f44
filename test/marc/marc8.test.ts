/**
 * MARC-8 at record level: our reading of MARC-8 files against the same records in UTF-8, and
 * against yaz-marcdump's conversion (expected-yaz/, an independent implementation of the LC code
 * tables), field by field, NFC on both sides. Every place where we differ from yaz is listed in
 * YAZ_DIFFERENCES with the reason, and asserted exactly.
 */
import { isAscii, isUtf8 } from 'node:buffer'
import { readdirSync } from 'node:fs'
import { gunzipSync } from 'node:zlib'
import t, { type Test } from 'tap'
import { chooseCharset } from '../../src/marc/iso2709/charset.ts'
import type { ReadItem } from '../../src/marc/reader.ts'
import { isControlField, type MarcRecord } from '../../src/marc/record.ts'
import { readSharedMarc, sharedMarcPath } from '../helpers/shared.ts'
import { okRecords, readAll, readShared, sharedRecordFiles } from './helpers.ts'

/** One line per field (leader first, without its lengths), NFC, for field-by-field comparison. */
function lines(record: MarcRecord): string[] {
  return [
    'LDR ' + record.leader.slice(5, 12) + record.leader.slice(17),
    ...record.fields.map((field) =>
      isControlField(field)
        ? `${field.tag} ${field.value.normalize('NFC')}`
        : `${field.tag} ${field.ind1}${field.ind2} ${field.subfields.map((s) => `$${s.code}${s.value.normalize('NFC')}`).join('')}`,
    ),
  ]
}

t.test('brkrtest.mrc (MARC-8) reads as brkrtest_UTF8.mrc, field by field', async (t) => {
  const marc8 = okRecords(await readShared('marc4j/brkrtest.mrc'))
  const utf8 = okRecords(await readShared('marc4j/brkrtest_UTF8.mrc'))
  t.equal(marc8.length, 8)
  marc8.forEach((record, i) => t.same(lines(record), lines(utf8[i] ?? record), `record ${i + 1}`))
})

t.test('marc8.dat and the mislabelled utf8_without_leader_flag.dat read as utf8_with_leader_flag.dat', async (t) => {
  const [expected] = okRecords(await readShared('pymarc/utf8_with_leader_flag.dat'))
  const [fromMarc8] = okRecords(await readShared('pymarc/marc8.dat'))
  const [mislabelled] = okRecords(await readShared('pymarc/utf8_without_leader_flag.dat'))
  t.ok(expected && fromMarc8 && mislabelled)
  if (expected === undefined || fromMarc8 === undefined || mislabelled === undefined) return
  t.same(lines(fromMarc8), lines(expected))
  t.same(lines(mislabelled), lines(expected))
  t.equal(fromMarc8.leader.charAt(9), 'a', 'Ldr/09 is a once converted')
})

t.test('every record read from a MARC-8 file is Unicode (Ldr/09 a) and NFC', async (t) => {
  for (const file of ['evergreen/jazz_1k.mrc', 'evergreen/lul_fre_500.mrc', 'evergreen/hebrew.marc', 'marc4j/cyrillic_capital_e.mrc']) {
    const records = okRecords(await readShared(file))
    t.ok(records.every((r) => r.leader.charAt(9) === 'a'), `${file}: Ldr/09`)
    const text = JSON.stringify(records)
    t.equal(text, text.normalize('NFC'), `${file}: NFC`)
  }
})

/**
 * The mislabelled-UTF-8 heuristic (iso2709/charset.ts) on the whole shared corpus: exactly the
 * records known to be UTF-8 under a blank Ldr/09 are taken for UTF-8, and none of the MARC-8 ones.
 */
t.test('the mislabelled-UTF-8 heuristic picks exactly the mislabelled records', async (t) => {
  const picked: Record<string, number> = {}
  let marc8NonAscii = 0
  for (const file of sharedRecordFiles().filter((f) => !/\.(xml|json)$/.test(f))) {
    for (const item of await readShared(file)) {
      const raw = item.raw
      const base = raw.indexOf(0x1e, 24) + 1
      if (raw[9] !== 0x20 || base === 0) continue
      const data = raw.subarray(base, raw.length - 1)
      if (isAscii(data)) continue
      const warnings: never[] = []
      if (chooseCharset(0x20, data, warnings) === 'UTF8') picked[file] = (picked[file] ?? 0) + 1
      else {
        marc8NonAscii++
        t.notOk(isUtf8(data) && data.indexOf(0x1b) < 0, `${file} #${item.position} is MARC-8 but valid UTF-8`)
      }
    }
  }
  t.same(picked, {
    'evergreen/FSL.marc': 52,
    'evergreen/map_data.mrc': 3,
    'pymarc/bad_subfield_code.dat': 1,
    'pymarc/testunimarc.dat': 1,
    'pymarc/utf8_without_leader_flag.dat': 1,
  })
  t.equal(marc8NonAscii, 714, 'the number quoted in charset.ts')
})

// ── yaz ────────────────────────────────────────────────────────────────────────────────────

interface YazDifference {
  /** Records we reject and yaz converts. */
  rejected?: number[]
  /** Record position → indexes (0 = leader) of the lines that differ. */
  lines?: Record<number, number[]>
  why: string
}

const YAZ_DIFFERENCES: Record<string, YazDifference> = {
  'evergreen/hebrew.marc': {
    rejected: [18],
    why: "Record 18's 880 245 has a 0x7F (DEL) byte where the gershayim of שו״ת belongs; yaz drops it ('שות'), we reject the record.",
  },
  'marc4j/greekmissingcharsetchange.mrc': {
    rejected: [1],
    lines: { 2: [25, 26, 27, 28] },
    why: "Record 1 never switches back from Greek, so ':' (0x3A) is not in the current set: yaz turns the English title, digits included, into Greek letters and drops the ':' and ',' it cannot map; we reject. In record 2, yaz 5.34 writes every Basic Greek character as the literal text '&#x03B1;' (escaped again in its XML) and puts a preceding combining accent after the '&'; decoding those references gives exactly our text.",
  },
  'ruby-marc/marc8_accented_chars.marc': {
    rejected: [1],
    why: "Ldr/09 says UTF-8 but the accented words are MARC-8 bytes. yaz follows Ldr/09 too, but instead of reporting the invalid UTF-8 it empties the four subfields that contain it (100 $a, 245 $a, 490 $a, 505 $a): author and title silently lost. We reject the record. Read as MARC-8 (Ldr/09 blanked), those four fields have their text and every other field equals yaz's.",
  },
}

/** yaz's Greek quirk undone: '&' + marks + '#xHHHH;' → the character followed by its marks. */
function undoYazReferences(text: string): string {
  return text.replace(/&(\p{M}*)#x([0-9A-Fa-f]+);/gu, (_, marks: string, hex: string) => String.fromCodePoint(parseInt(hex, 16)) + marks).normalize('NFC')
}

const yazDir = sharedMarcPath('expected-yaz/')
for (const reference of readdirSync(yazDir).filter((name) => name.endsWith('.xml.gz'))) {
  const source = reference.replace(/\.xml\.gz$/, '').replace('_', '/')
  t.test(`${source} against yaz`, async (t) => {
    const yaz = await readAll(gunzipSync(readSharedMarc(`expected-yaz/${reference}`)))
    const ours = await readShared(source)
    const expected = YAZ_DIFFERENCES[source] ?? { why: 'no difference' }
    t.equal(ours.length, yaz.length, 'same number of records')
    t.ok(yaz.every((item) => item.ok), "yaz's MARCXML reads cleanly")
    t.same(ours.flatMap((item) => (item.ok ? [] : [item.position])), expected.rejected ?? [], `rejected: ${expected.why}`)
    const differing: Record<number, number[]> = {}
    yaz.forEach((yazItem, i) => {
      const ourItem = ours[i]
      if (!yazItem.ok || ourItem?.ok !== true) return
      const a = lines(yazItem.record)
      const b = lines(ourItem.record)
      const indexes = a.flatMap((line, k) => (line === b[k] ? [] : [k]))
      if (a.length !== b.length) indexes.push(-1)
      if (indexes.length > 0) differing[i + 1] = indexes
    })
    t.same(differing, expected.lines ?? {}, `differing fields: ${expected.why}`)
    if (source === 'marc4j/greekmissingcharsetchange.mrc') checkGreek(t, yaz, ours)
    if (source === 'evergreen/hebrew.marc') checkHebrew(t, yaz, ours)
    if (source === 'ruby-marc/marc8_accented_chars.marc') await checkAccented(t, yaz)
  })
}

function checkGreek(t: Test, yaz: ReadItem[], ours: ReadItem[]): void {
  const y = yaz[1]
  const o = ours[1]
  if (y?.ok !== true || o?.ok !== true) {
    t.fail('record 2 read by both')
    return
  }
  t.same(lines(y.record).map(undoYazReferences), lines(o.record), 'record 2 equals ours once the references are decoded')
  const rejected = ours[0]
  t.match(rejected, { ok: false, problem: { code: 'UNDECODABLE_BYTES', message: /field #25 \(880\).*0x3A is not in the Basic Greek set/ } })
}

function checkHebrew(t: Test, yaz: ReadItem[], ours: ReadItem[]): void {
  const y = yaz[17]
  if (y?.ok !== true) {
    t.fail('yaz read record 18')
    return
  }
  t.ok(lines(y.record).some((line) => line.startsWith('880 10 $6245-02/(2/r$aשות תשובות')), "yaz's 880 245 lost the gershayim")
  t.match(ours[17], { ok: false, problem: { code: 'UNDECODABLE_BYTES', message: /field #18 \(880\).*0x7F/ } })
}

async function checkAccented(t: Test, yaz: ReadItem[]): Promise<void> {
  const bytes = Buffer.from(readSharedMarc('ruby-marc/marc8_accented_chars.marc'))
  bytes[9] = 0x20
  const [asMarc8] = okRecords(await readAll(bytes))
  const [reference] = okRecords(yaz)
  t.ok(asMarc8 && reference)
  if (asMarc8 === undefined || reference === undefined) return
  const ours = lines(asMarc8)
  const theirs = lines(reference)
  const differing = theirs.flatMap((line, k) => (line === ours[k] ? [] : [line]))
  t.same(differing, ['100 1  $a', '245 10 $a', '490 0  $a', '505 0  $a'], "yaz's emptied subfields are the only difference")
  t.match(ours[theirs.indexOf('245 10 $a')], /^245 10 \$aHistoire du "nouveau théâtre\."/, 'the title, decoded as MARC-8')
}
