import t from 'tap'
import { parseIsbn } from '../../../src/domain/matching/isbn.ts'
import { readSharedMarc } from '../../helpers/shared.ts'

const VALID = (value: string) => ({ value, valid: true })
const INVALID = (value: string) => ({ value, valid: false })

const cases: Array<[string, string, { value: string; valid: boolean } | null]> = [
  ['bare ISBN-10 becomes ISBN-13', '0306406152', VALID('9780306406157')],
  ['hyphenated ISBN-10', '0-306-40615-2', VALID('9780306406157')],
  ['spaced ISBN-10', '0 306 40615 2', VALID('9780306406157')],
  ['Unicode hyphens', '0‐306‐40615‐2', VALID('9780306406157')],
  ['ISBN-13 as is', '9780306406157', VALID('9780306406157')],
  ['hyphenated ISBN-13', '978-0-306-40615-7', VALID('9780306406157')],
  ['ISBN-10 with check digit X', '080442957X', VALID('9780804429573')],
  ['lowercase x', '080442957x', VALID('9780804429573')],
  ['979 ISBN-13 has no ISBN-10 form', '979-10-90636-07-1', VALID('9791090636071')],
  ['qualifier after a blank', '0553268473 (pbk.) :', VALID('9780553268478')],
  ['qualifier glued on', '0440487331pbk.', VALID('9780440487333')],
  ['inside parentheses with qualifier', '(0373197527pbk.) :', VALID('9780373197521')],
  ['ISBN-10 and its ISBN-13 are one key (1)', '184533213X (hbk.)', VALID('9781845332136')],
  ['ISBN-10 and its ISBN-13 are one key (2)', '9781845332136 (hbk.)', VALID('9781845332136')],
  ['plain $a from badisbns.xml', '0553204300', VALID('9780553204308')],
  ['leading blank', ' 0306406152', VALID('9780306406157')],
  ['wrong ISBN-10 check digit kept as written', '0306406153', INVALID('0306406153')],
  ['wrong check digit, glued qualifier', '4980858214bbd :', INVALID('4980858214')],
  ['wrong ISBN-13 check digit kept as written', '9780306406158', INVALID('9780306406158')],
  ['X inside an ISBN-13 is not an ISBN', '978184533213X (hbk.)', null],
  ['X as ISBN-13 check digit', '978788430094X', null],
  ['X inside with price digits glued on', '089542262X295', null],
  ['ISBN-10 with price digits glued on', '0553101315175', null],
  ['13-digit EAN outside 978/979', '8901452100503', null],
  ['publisher stock number', 'HL00361126 :', null],
  ['letters first', 'JL03022802 set :', null],
  ['too short', '030640615', null],
  ['too long', '97803064061570', null],
  ['X not last in an ISBN-10', '03064X6152', null],
  ['empty', '', null],
  ['qualifier only', '(pbk.)', null],
]

t.test('parseIsbn', async (t) => {
  for (const [name, raw, expected] of cases) t.strictSame(parseIsbn(raw), expected, `${name}: ${JSON.stringify(raw)}`)
})

t.test('the table covers every 020 $a/$z of the known-bad ISBN file', async (t) => {
  const xml = readSharedMarc('evergreen/badisbns.xml').toString('utf8')
  const values: string[] = []
  for (const field of xml.matchAll(/<datafield[^>]*tag="020"[^>]*>(.*?)<\/datafield>/g)) {
    for (const subfield of (field[1] ?? '').matchAll(/<subfield code="[az]">([^<]*)<\/subfield>/g)) {
      values.push(subfield[1] ?? '')
    }
  }
  t.ok(values.length >= 10, 'found the 020s')
  const tabled = new Set(cases.map(([, raw]) => raw))
  for (const value of values) t.ok(tabled.has(value), `tabled: ${JSON.stringify(value)}`)
})
