import t from 'tap'
import { parseIssn } from '../../../src/domain/matching/issn.ts'

const VALID = (value: string) => ({ value, valid: true })
const INVALID = (value: string) => ({ value, valid: false })

const cases: Array<[string, string, { value: string; valid: boolean } | null]> = [
  ['hyphenated', '0028-0836', VALID('0028-0836')],
  ['without hyphen', '00280836', VALID('0028-0836')],
  ['blank instead of hyphen', '0028 0836', VALID('0028-0836')],
  ['check digit X', '1050-124X', VALID('1050-124X')],
  ['lowercase x', '1050-124x', VALID('1050-124X')],
  ['qualifier after', '0028-0836 (print)', VALID('0028-0836')],
  ['leading blank', ' 0378-5955', VALID('0378-5955')],
  ['wrong check digit', '0028-0837', INVALID('0028-0837')],
  ['wrong check digit X', '0028-083X', INVALID('0028-083X')],
  ['a ninth digit', '0028-08361', null],
  ['seven digits', '0028-083', null],
  ['two hyphens', '0028--0836', null],
  ['hyphen in the wrong place', '002-80836', null],
  ['X not last', '0028-X836', null],
  ['label before', 'ISSN 0028-0836', null],
  ['empty', '', null],
]

t.test('parseIssn', async (t) => {
  for (const [name, raw, expected] of cases) t.strictSame(parseIssn(raw), expected, `${name}: ${JSON.stringify(raw)}`)
})
