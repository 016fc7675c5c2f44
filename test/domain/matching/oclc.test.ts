import t from 'tap'
import { parseOclcNumber } from '../../../src/domain/matching/oclc.ts'

const cases: Array<[string, string, string | null]> = [
  ['(OCoLC) prefix', '(OCoLC)69733027', '69733027'],
  ['(OCoLC) with ocm and leading zeros', '(OCoLC)ocm00012345', '12345'],
  ['(OCoLC) with ocn', '(OCoLC)ocn123456789', '123456789'],
  ['(OCoLC) with on', '(OCoLC)on1234567890', '1234567890'],
  ['(OCoLC) with leading zeros', '(OCoLC)00012345', '12345'],
  ['blanks around the parts', ' (OCoLC) ocm 0012345 ', '12345'],
  ['prefix in capitals', '(OCOLC)12345', '12345'],
  ['bare ocm', 'ocm05702874', '5702874'],
  ['bare ocn', 'ocn214285386', '214285386'],
  ['bare on', 'on1000000001', '1000000001'],
  ['Library of Congress number', '(DLC)   85153773', null],
  ['local system number', '(Sirsi) a123456', null],
  ['other institution with digits', '(CaOTULAS)160373042', null],
  ['bare digits: system unknown', '12345678', null],
  ['letters after the digits', '(OCoLC)12345abc', null],
  ['hyphen inside', '(OCoLC)1234-5', null],
  ['non-numeric OCLC-prefixed value', '(OCoLC)M-ESTCN123', null],
  ['prefix only', '(OCoLC)', null],
  ['all zeros', '(OCoLC)000', null],
  ['ocm without digits', 'ocm', null],
  ['unclosed parenthesis', '(OCoLC12345', null],
  ['empty', '', null],
]

t.test('parseOclcNumber', async (t) => {
  for (const [name, raw, expected] of cases) t.equal(parseOclcNumber(raw), expected, `${name}: ${JSON.stringify(raw)}`)
})
