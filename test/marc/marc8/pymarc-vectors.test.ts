import t from 'tap'
import { decodeMarc8 } from '../../../src/marc/marc8/index.ts'
import { readSharedMarc } from '../../helpers/shared.ts'

// pymarc's decoder test vectors: line n of test_marc8.txt is line n of test_utf8.txt in MARC-8
// (Arabic, Hebrew and EACC through escape sequences). Both files end with a newline.
const marc8Lines = splitLines(readSharedMarc('pymarc/test_marc8.txt'))
const utf8Lines = readSharedMarc('pymarc/test_utf8.txt').toString('utf8').split('\n').slice(0, -1)

/*
 * The one line the LC tables cannot decode. Line 1515 is `a ESC $ 1` followed by six triples
 * (0x21 0x20 0x3D, 0x21 0x20 0x40, 0x7F 0x20 0x14 …) that are not EACC codes: they are Innovative
 * Interfaces' private encodings of … “ — ’ ” ™, which pymarc decodes only through its extra
 * `ODD_MAP` ("odd characters (all from III for now)"), outside the code tables. yaz and marc4j do
 * not know them either, so the line is a decode error at the first such triple (byte 5).
 */
const NOT_IN_LC_TABLES = new Map([
  [1515, { reason: 'bytes 0x21 0x20 0x3D are not in the Chinese, Japanese, Korean (EACC) set', offset: 5 }],
])

t.test('the vector files have 1,515 lines each', async (t) => {
  t.equal(marc8Lines.length, 1515)
  t.equal(utf8Lines.length, 1515)
})

t.test('every line decodes to its UTF-8 counterpart (NFC on both sides)', async (t) => {
  const mismatches: string[] = []
  let matched = 0
  marc8Lines.forEach((bytes, index) => {
    const lineNumber = index + 1
    const result = decodeMarc8(bytes)
    const expectedFailure = NOT_IN_LC_TABLES.get(lineNumber)
    if (expectedFailure !== undefined) {
      t.same(result, { ok: false, ...expectedFailure }, `line ${lineNumber} is reported, not guessed`)
      return
    }
    const expected = (utf8Lines[index] ?? '').normalize('NFC')
    if (result.ok && result.text === expected) matched++
    else mismatches.push(`line ${lineNumber}: ${JSON.stringify(result)} ≠ ${JSON.stringify(expected)}`)
  })
  t.same(mismatches, [], 'no line other than the documented one differs')
  t.equal(matched, 1514)
})

function splitLines(file: Buffer): Buffer[] {
  const lines: Buffer[] = []
  let start = 0
  for (let end = file.indexOf(0x0a); end >= 0; start = end + 1, end = file.indexOf(0x0a, start)) {
    lines.push(file.subarray(start, end))
  }
  return lines
}
