import t from 'tap'
import { mergeRecords, overlayRecord, tagMatches } from '../../../src/domain/matching/merge.ts'
import { DEFAULT_MERGE_RULE, type MergeRule } from '../../../src/domain/matching/policy.ts'
import type { MarcRecord } from '../../../src/marc/record.ts'
import { cf, df, leader, record, show } from './builders.ts'

/** A brief acquisitions record in the repository, with local fields added by staff. */
const existing: MarcRecord = record(
  { encoding: '5' },
  cf('001', '991000000000001'),
  cf('003', 'ExL'),
  cf('005', '20230101120000.0'),
  cf('008', '230101s2006    enk           000 0 eng d'),
  df('020', '  ‡a184533213X'),
  df('035', '  ‡a(OCoLC)69733027'),
  df('035', '  ‡a(Sirsi)a123456'),
  df('245', '00‡aMiller\'s ceramic figures'),
  df('590', '  ‡aLibrary copy signed by the author.'),
  df('650', ' 0‡aPorcelain figures‡xPrices.'),
  df('949', '  ‡aOrdered 2023-01-01‡bACQ'),
)

/** The full OCLC record for the same book, as a vendor delivers it: own 001/003, vendor 9XX. */
const incoming: MarcRecord = record(
  { status: 'c', encoding: 'I' },
  cf('001', 'ocm69733027'),
  cf('003', 'OCoLC'),
  cf('005', '20240917154400.0'),
  cf('008', '060403s2006    enka          001 0 eng  '),
  df('020', '  ‡a184533213X (hbk.)'),
  df('020', '  ‡a9781845332136 (hbk.)'),
  df('035', '  ‡a(OCoLC)69733027'),
  df('245', '00‡aMiller\'s ceramic figures.'),
  df('300', '  ‡a288 p. :‡bill. (some col.) ;‡c24 cm.'),
  df('650', ' 0‡aPorcelain figures‡xPrices.'),
  df('650', ' 0‡aPorcelain figures‡xCollectors and collecting.'),
  df('938', '  ‡aBaker & Taylor‡bBKTY'),
  df('994', '  ‡aC0‡bMRQ'),
)

const incomingBody = [
  '005 20240917154400.0',
  '008 060403s2006    enka          001 0 eng  ',
  '020   ‡a184533213X (hbk.)',
  '020   ‡a9781845332136 (hbk.)',
]

const cases: Array<[string, 'merge' | 'overlay', MergeRule, string[]]> = [
  [
    'merge, default rule: local 9XX kept, vendor 9XX dropped, 035s united',
    'merge',
    DEFAULT_MERGE_RULE,
    [
      '001 991000000000001',
      '003 ExL',
      ...incomingBody,
      '035   ‡a(OCoLC)69733027',
      '035   ‡a(Sirsi)a123456',
      "245 00‡aMiller's ceramic figures.",
      '300   ‡a288 p. :‡bill. (some col.) ;‡c24 cm.',
      '650  0‡aPorcelain figures‡xPrices.',
      '650  0‡aPorcelain figures‡xCollectors and collecting.',
      '949   ‡aOrdered 2023-01-01‡bACQ',
    ],
  ],
  [
    'overlay, default rule: 035 replaced, not united',
    'overlay',
    DEFAULT_MERGE_RULE,
    [
      '001 991000000000001',
      '003 ExL',
      ...incomingBody,
      '035   ‡a(OCoLC)69733027',
      "245 00‡aMiller's ceramic figures.",
      '300   ‡a288 p. :‡bill. (some col.) ;‡c24 cm.',
      '650  0‡aPorcelain figures‡xPrices.',
      '650  0‡aPorcelain figures‡xCollectors and collecting.',
      '949   ‡aOrdered 2023-01-01‡bACQ',
    ],
  ],
  [
    'merge keeping local notes (59X) and subjects united',
    'merge',
    { preservedTags: ['9XX', '59X'], unionTags: ['035', '6XX'] },
    [
      '001 991000000000001',
      '003 ExL',
      ...incomingBody,
      '035   ‡a(OCoLC)69733027',
      '035   ‡a(Sirsi)a123456',
      "245 00‡aMiller's ceramic figures.",
      '300   ‡a288 p. :‡bill. (some col.) ;‡c24 cm.',
      '590   ‡aLibrary copy signed by the author.',
      '650  0‡aPorcelain figures‡xPrices.',
      '650  0‡aPorcelain figures‡xCollectors and collecting.',
      '949   ‡aOrdered 2023-01-01‡bACQ',
    ],
  ],
  [
    'overlay ignores union tags but keeps preserved ones',
    'overlay',
    { preservedTags: ['59X'], unionTags: ['035'] },
    [
      '001 991000000000001',
      '003 ExL',
      ...incomingBody,
      '035   ‡a(OCoLC)69733027',
      "245 00‡aMiller's ceramic figures.",
      '300   ‡a288 p. :‡bill. (some col.) ;‡c24 cm.',
      '590   ‡aLibrary copy signed by the author.',
      '650  0‡aPorcelain figures‡xPrices.',
      '650  0‡aPorcelain figures‡xCollectors and collecting.',
      '938   ‡aBaker & Taylor‡bBKTY',
      '994   ‡aC0‡bMRQ',
    ],
  ],
  [
    'a tag both united and preserved is united',
    'merge',
    { preservedTags: ['9XX'], unionTags: ['9XX'] },
    [
      '001 991000000000001',
      '003 ExL',
      ...incomingBody,
      '035   ‡a(OCoLC)69733027',
      "245 00‡aMiller's ceramic figures.",
      '300   ‡a288 p. :‡bill. (some col.) ;‡c24 cm.',
      '650  0‡aPorcelain figures‡xPrices.',
      '650  0‡aPorcelain figures‡xCollectors and collecting.',
      '938   ‡aBaker & Taylor‡bBKTY',
      '949   ‡aOrdered 2023-01-01‡bACQ',
      '994   ‡aC0‡bMRQ',
    ],
  ],
  [
    'no preserved tags: only 001/003 survive from the existing record',
    'overlay',
    { preservedTags: [], unionTags: [] },
    [
      '001 991000000000001',
      '003 ExL',
      ...incomingBody,
      '035   ‡a(OCoLC)69733027',
      "245 00‡aMiller's ceramic figures.",
      '300   ‡a288 p. :‡bill. (some col.) ;‡c24 cm.',
      '650  0‡aPorcelain figures‡xPrices.',
      '650  0‡aPorcelain figures‡xCollectors and collecting.',
      '938   ‡aBaker & Taylor‡bBKTY',
      '994   ‡aC0‡bMRQ',
    ],
  ],
]

t.test('mergeRecords / overlayRecord', async (t) => {
  for (const [name, how, rule, expected] of cases) {
    const result = how === 'merge' ? mergeRecords(existing, incoming, rule) : overlayRecord(existing, incoming, rule)
    t.strictSame(show(result), expected, name)
    t.equal(result.leader, incoming.leader, `${name}: leader from the incoming record`)
  }
})

t.test('union deduplicates exact content only', async (t) => {
  const a = record({}, df('035', '  ‡a(OCoLC)1'), df('035', '9 ‡aLOCAL1'))
  const b = record({}, df('035', '  ‡a(OCoLC)1'), df('035', '  ‡aLOCAL1'), df('035', '  ‡z(OCoLC)1'))
  t.strictSame(show(mergeRecords(a, b, DEFAULT_MERGE_RULE)), [
    '035   ‡a(OCoLC)1',
    '035 9 ‡aLOCAL1',
    '035   ‡aLOCAL1',
    '035   ‡z(OCoLC)1',
  ])
})

t.test('the incoming 001/003 never replace the existing ones, even when absent there', async (t) => {
  const noId = record({}, df('245', '00‡aOld'))
  const tags = show(mergeRecords(noId, incoming, DEFAULT_MERGE_RULE)).map((line) => line.slice(0, 3))
  t.notOk(tags.includes('001'), 'no 001')
  t.notOk(tags.includes('003'), 'no 003')
  t.ok(tags.includes('005'), 'the rest is there')
})

t.test("the incoming record's field order is kept; what the existing record keeps goes where it stood", async (t) => {
  const unordered: MarcRecord = {
    leader: leader(),
    fields: [df('650', ' 0‡aB'), cf('008', '240101s2024'), df('245', '00‡aT'), df('100', '1 ‡aA'), df('650', ' 0‡aA')],
  }
  t.strictSame(
    show(overlayRecord(record({}, cf('001', 'x')), unordered, DEFAULT_MERGE_RULE)),
    ['001 x', '650  0‡aB', '008 240101s2024', '245 00‡aT', '100 1 ‡aA', '650  0‡aA'],
    'incoming order, 001 first (it stood first)',
  )

  // Subject headings in the cataloguer's order (the first is the primary one), a local 949 between
  // them and a 590 note: merging the same record again must give back the same record.
  const stored = record(
    {},
    cf('001', '991000000000002'),
    cf('005', '20240101000000.0'),
    df('245', '00‡aJazz'),
    df('651', ' 0‡aNew Orleans (La.)'),
    df('949', '  ‡aLocal'),
    df('650', ' 0‡aJazz‡yHistory.'),
    df('590', '  ‡aSigned.'),
    df('035', '  ‡a(OCoLC)7'),
  )
  const again = mergeRecords(stored, stored, { preservedTags: ['9XX', '59X'], unionTags: ['035', '6XX'] })
  t.strictSame(show(again), show(stored), 'merge with its own copy: unchanged, field for field')
  t.strictSame(show(overlayRecord(stored, stored, DEFAULT_MERGE_RULE)), show(stored), 'overlay with its own copy: unchanged')

  const update = record(
    {},
    cf('001', 'ocm7'),
    cf('005', '20250101000000.0'),
    df('245', '00‡aJazz :‡ba history'),
    df('651', ' 0‡aNew Orleans (La.)'),
    df('650', ' 0‡aJazz‡yHistory.'),
    df('650', ' 0‡aBlues (Music)'),
    df('035', '  ‡a(OCoLC)7'),
  )
  t.strictSame(
    show(mergeRecords(stored, update, { preservedTags: ['9XX', '59X'], unionTags: ['035', '6XX'] })),
    [
      '001 991000000000002',
      '005 20250101000000.0',
      '245 00‡aJazz :‡ba history',
      '651  0‡aNew Orleans (La.)',
      '949   ‡aLocal',
      '650  0‡aJazz‡yHistory.',
      '590   ‡aSigned.',
      '650  0‡aBlues (Music)',
      '035   ‡a(OCoLC)7',
    ],
    'the 949 between its old neighbours, the 590 right after the heading it followed, the new 650 where the vendor put it',
  )
})

t.test('inputs are left untouched', async (t) => {
  const before = [structuredClone(existing), structuredClone(incoming)]
  mergeRecords(existing, incoming, DEFAULT_MERGE_RULE)
  overlayRecord(existing, incoming, DEFAULT_MERGE_RULE)
  t.strictSame([existing, incoming], before)
})

t.test('a malformed tag pattern is refused', async (t) => {
  for (const pattern of ['9X', '9XXX', '9**', 'abc', '']) {
    t.throws(() => mergeRecords(existing, incoming, { preservedTags: [pattern], unionTags: [] }), RangeError, pattern)
  }
})

t.test('tagMatches', async (t) => {
  const cases: Array<[string, string, boolean]> = [
    ['949', '9XX', true],
    ['949', '9xx', true],
    ['590', '59X', true],
    ['500', '59X', false],
    ['035', '035', true],
    ['035', '036', false],
    ['001', 'XXX', true],
    ['94', '9XX', false],
  ]
  for (const [tag, pattern, expected] of cases) t.equal(tagMatches(tag, pattern), expected, `${tag} ~ ${pattern}`)
})
