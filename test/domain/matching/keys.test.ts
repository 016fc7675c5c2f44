import t from 'tap'
import { indexKeys, matchedOn, matchKeyId, matchKeys, type MatchKey } from '../../../src/domain/matching/keys.ts'
import type { MatchMethod } from '../../../src/domain/matching/policy.ts'
import type { MarcRecord } from '../../../src/marc/record.ts'
import { cf, df, f008, record } from './builders.ts'

const valid = (kind: MatchKey['kind'], value: string): MatchKey => ({ kind, value, cancelled: false })
const cancelled = (kind: MatchKey['kind'], value: string): MatchKey => ({ kind, value, cancelled: true })

/** An OCLC record as exported from Connexion, after an OCLC merge left the old number in 035 $z. */
const oclcBook = record(
  { encoding: 'I' },
  cf('001', 'ocm69733027'),
  cf('003', 'OCoLC'),
  f008(),
  df('020', '  ‡z978184533213X (hbk.)'),
  df('020', '  ‡a184533213X (hbk.)'),
  df('020', '  ‡a9781845332136 (hbk.)'),
  df('020', '  ‡z0306406152'),
  df('020', '  ‡a0306406153'),
  df('035', '  ‡a(OCoLC)69733027‡z(OCoLC)ocm00012345'),
  df('035', '  ‡a(DLC)  2006123456'),
  df('035', '  ‡a(Sirsi) a123456'),
  df('245', '00‡aMiller\'s ceramic figures.'),
)

const serial = record(
  { level: 's' },
  cf('001', ' 991234567890123 '),
  f008(),
  df('022', '0 ‡a0028-0836‡y0028-0837‡z1050-124X‡l0028-0836'),
  df('022', '  ‡a0378-5956'),
  df('245', '00‡aNature.'),
)

const empty: MarcRecord = record({}, df('245', '00‡aNo identifiers.'))

const cases: Array<[string, MarcRecord, MatchMethod, boolean, MatchKey[]]> = [
  ['OCLC: 035 $a only, other institutions ignored', oclcBook, 'OCLC', false, [valid('OCLC', '69733027')]],
  [
    'OCLC with cancelled numbers: 035 $z too',
    oclcBook,
    'OCLC',
    true,
    [valid('OCLC', '69733027'), cancelled('OCLC', '12345')],
  ],
  [
    'ISBN: ISBN-10 and ISBN-13 of one book are one key; bad $a left out',
    oclcBook,
    'ISBN',
    false,
    [valid('ISBN', '9781845332136')],
  ],
  [
    'ISBN with cancelled numbers: $z normalised, bad-check-digit $a as cancelled',
    oclcBook,
    'ISBN',
    true,
    [valid('ISBN', '9781845332136'), cancelled('ISBN', '9780306406157'), cancelled('ISBN', '0306406153')],
  ],
  ['ISSN: $a only; bad check digit in $a left out; $l never', serial, 'ISSN', false, [valid('ISSN', '0028-0836')]],
  [
    'ISSN with cancelled numbers: $y, $z and the bad $a',
    serial,
    'ISSN',
    true,
    [
      valid('ISSN', '0028-0836'),
      cancelled('ISSN', '0028-0837'),
      cancelled('ISSN', '1050-124X'),
      cancelled('ISSN', '0378-5956'),
    ],
  ],
  ['SYSTEM_ID: the 001, trimmed', serial, 'SYSTEM_ID', false, [valid('SYSTEM_ID', '991234567890123')]],
  ['SYSTEM_ID: a foreign 001 is still the key', oclcBook, 'SYSTEM_ID', true, [valid('SYSTEM_ID', 'ocm69733027')]],
  ['SYSTEM_ID: no 001, no key', empty, 'SYSTEM_ID', false, []],
  ['NONE: no keys', oclcBook, 'NONE', true, []],
  ['OCLC on a record without 035', serial, 'OCLC', true, []],
  ['ISBN on a record without 020', empty, 'ISBN', true, []],
]

t.test('matchKeys', async (t) => {
  for (const [name, marc, method, matchCancelledNumbers, expected] of cases) {
    t.strictSame(matchKeys(marc, method, { matchCancelledNumbers }), expected, name)
  }
})

t.test('a number both valid and cancelled in one record is one valid key', async (t) => {
  const marc = record({}, df('035', '  ‡z(OCoLC)555‡a(OCoLC)ocm555'), df('020', '  ‡z0306406152‡a9780306406157'))
  t.strictSame(matchKeys(marc, 'OCLC', { matchCancelledNumbers: true }), [valid('OCLC', '555')])
  t.strictSame(matchKeys(marc, 'ISBN', { matchCancelledNumbers: true }), [valid('ISBN', '9780306406157')])
})

t.test('indexKeys: every kind, valid and cancelled, keyed by the MMS ID not the 001', async (t) => {
  t.strictSame(indexKeys(oclcBook, '991000000000001'), [
    valid('SYSTEM_ID', '991000000000001'),
    valid('OCLC', '69733027'),
    cancelled('OCLC', '12345'),
    valid('ISBN', '9781845332136'),
    cancelled('ISBN', '9780306406157'),
    cancelled('ISBN', '0306406153'),
  ])
  t.strictSame(indexKeys(serial, '991000000000002'), [
    valid('SYSTEM_ID', '991000000000002'),
    valid('ISSN', '0028-0836'),
    cancelled('ISSN', '0028-0837'),
    cancelled('ISSN', '1050-124X'),
    cancelled('ISSN', '0378-5956'),
  ])
})

const on = { matchCancelledNumbers: true }
const off = { matchCancelledNumbers: false }

const pairs: Array<[string, MatchKey[], MatchKey[], { matchCancelledNumbers: boolean }, MatchKey[]]> = [
  ['valid meets valid', [valid('OCLC', '1')], [valid('OCLC', '1')], off, [valid('OCLC', '1')]],
  ['nothing shared', [valid('OCLC', '1')], [valid('OCLC', '2')], on, []],
  ['same value, different kind', [valid('OCLC', '12345')], [valid('SYSTEM_ID', '12345')], on, []],
  ['incoming $a meets stored $z, off', [valid('OCLC', '1')], [cancelled('OCLC', '1')], off, []],
  ['incoming $a meets stored $z, on', [valid('OCLC', '1')], [cancelled('OCLC', '1')], on, [cancelled('OCLC', '1')]],
  [
    'incoming $z meets stored $a',
    [cancelled('ISBN', '9780306406157')],
    [valid('ISBN', '9780306406157')],
    on,
    [cancelled('ISBN', '9780306406157')],
  ],
  [
    'one valid and one cancelled shared key',
    [valid('OCLC', '1'), cancelled('OCLC', '2')],
    [valid('OCLC', '1'), valid('OCLC', '2')],
    on,
    [valid('OCLC', '1'), cancelled('OCLC', '2')],
  ],
]

t.test('matchedOn', async (t) => {
  for (const [name, incoming, stored, options, expected] of pairs) {
    t.strictSame(matchedOn(incoming, stored, options), expected, name)
  }
})

t.test('an incoming ISBN-10 finds a repository record that has only the ISBN-13', async (t) => {
  const repository = record({}, df('020', '  ‡a978-0-306-40615-7 (hardcover)'))
  const incoming = record({}, df('020', '  ‡a0-306-40615-2'))
  const stored = indexKeys(repository, '991000000000003')
  const keys = matchKeys(incoming, 'ISBN', off)
  t.strictSame(matchedOn(keys, stored, off), [valid('ISBN', '9780306406157')])
  const index = new Map(stored.map((key) => [matchKeyId(key), key]))
  t.ok(keys.every((key) => index.has(matchKeyId(key))), 'found through a map keyed by matchKeyId')
})
