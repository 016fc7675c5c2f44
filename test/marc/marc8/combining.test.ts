import t from 'tap'
import { decode } from './helpers.ts'

// MARC-8 writes combining marks before their base character, Unicode after it; output is NFC.

t.test('one mark moves after its base and composes', async (t) => {
  t.same(decode('Genevi\xe1eve th\xe2e\xe3atre'), { ok: true, text: 'Geneviève théâtre' })
  const result = decode('\xe2e')
  t.ok(result.ok && result.text === '\u00e9' && result.text.length === 1, 'NFC: a single precomposed é')
})

t.test('two stacked marks keep their MARC-8 order after the base', async (t) => {
  // yaz, marc4j and pymarc all keep the order, and LC's own conversion of marc4j/brkrtest.mrc
  // agrees; with two marks above, order decides the result: ō then acute is ṓ (U+1E53).
  t.same(decode('\xe5\xe2o'), { ok: true, text: '\u1e53' })
  t.same(decode('\xe2\xe5o'), { ok: true, text: '\u00f3\u0304' }, 'acute then macron is a different letter')
  t.same(decode('\xe3\xf2a'), { ok: true, text: 'ậ' }, 'marks of different classes: NFC orders them')
})

t.test('a mark before a multibyte EACC character follows that character', async (t) => {
  t.same(decode('\x1b$1\xe2!0d\x1b(B'), { ok: true, text: '人\u0301' })
})

t.test('an escape sequence between a mark and its base does not separate them', async (t) => {
  t.same(decode('\xe2\x1b(NA\x1b(B'), { ok: true, text: '\u0430\u0301' })
})

t.test('the double ligature and double tilde follow LC: one mark after the first letter, the second half maps to nothing', async (t) => {
  // marc4j/brkrtest.mrc "d{lllig}i{rlig}a" and its LC-converted brkrtest_UTF8.mrc: "di͡a".
  t.same(decode('d\xebi\xecad\xebi\xeca'), { ok: true, text: 'di\u0361adi\u0361a' })
  t.same(decode('\xfan\xfbg'), { ok: true, text: 'n\u0360g' })
})

t.test('marks of the non-Latin sets are reordered too', async (t) => {
  t.same(decode('\x1b(2@`'), { ok: true, text: '\u05d0\u05b7' }, 'Hebrew patah (U+FB2E is excluded from NFC)')
  t.same(decode('\x1b(S"a'), { ok: true, text: '\u03ac' }, 'Greek acute on alpha composes to ά')
  t.same(decode('\x1b(3qH'), { ok: true, text: '\u0628\u0651' }, 'Arabic shadda')
})

t.test('SPACE is a base character', async (t) => {
  t.same(decode('\xe2 x'), { ok: true, text: ' \u0301x' })
})

t.test('a mark with no base character is reported at the mark', async (t) => {
  t.same(decode('abc\xe2'), {
    ok: false,
    reason: 'combining mark 0xE2 from the Extended Latin (ANSEL) set has no base character (end of data)',
    offset: 3,
  })
  t.same(decode('\x1fa\xe3\xe2\x1fbx'), {
    ok: false,
    reason: 'combining mark 0xE3 from the Extended Latin (ANSEL) set has no base character (followed by subfield delimiter 0x1F)',
    offset: 2,
  })
  t.same(decode('d\xebi\xec'), {
    ok: false,
    reason: 'combining mark 0xEC from the Extended Latin (ANSEL) set has no base character (end of data)',
    offset: 3,
  }, 'even a half that maps to nothing needs its letter')
  t.same(decode('\x1b(2K'), {
    ok: false,
    reason: 'combining mark 0x4B from the Basic Hebrew set has no base character (end of data)',
    offset: 3,
  })
})

t.test('NFC also folds the three Basic Greek singletons into their canonical equivalents', async (t) => {
  t.same(decode('\x1b(S4;?'), { ok: true, text: '\u02b9\u00b7;' }, 'U+0374, U+0387, U+037E')
})
