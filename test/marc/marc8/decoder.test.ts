import t from 'tap'
import { decodeAscii } from '../../../src/marc/marc8/ascii.ts'
import { decodeMarc8 } from '../../../src/marc/marc8/index.ts'
import { decode, latin1 } from './helpers.ts'

t.test('subfield delimiters and terminators pass through unchanged', async (t) => {
  t.same(decode('\x1faCaf\xe2e\x1fbx\x1e\x1d'), { ok: true, text: '\x1faCafé\x1fbx\x1e\x1d' })
  t.same(decode('\x1fa\x1b$1!0d\x1fh[video]'), { ok: true, text: '\x1fa人\x1fh[video]' }, 'also out of EACC')
  t.same(decode(''), { ok: true, text: '' })
})

t.test('ASCII input takes the fast path and comes back as is', async (t) => {
  const field = '\x1faJazz & blues /\x1fcedited by J. Smith.'
  t.equal(decodeAscii(latin1(field)), field)
  t.same(decodeMarc8(latin1(field)), { ok: true, text: field })
  t.same(decodeMarc8(latin1(`xx${field}`).subarray(2)), { ok: true, text: field }, 'a view with an offset')
  for (const notAscii of ['caf\xe2e', 'a\x1b(B', 'tab\there', 'del\x7f', 'r&#x00E9;sum&#x00E9;']) {
    t.equal(decodeAscii(latin1(notAscii)), undefined, `${JSON.stringify(notAscii)} needs the full decoder`)
  }
})

t.test('C1 controls of the MARC-8 set: NSB/NSE and the joiners', async (t) => {
  t.same(decode('\x88The\x89 Beatles'), { ok: true, text: '\u0098The\u009c Beatles' })
  t.same(decode('a\x8db\x8ec'), { ok: true, text: 'a\u200db\u200cc' })
})

t.test('EACC details', async (t) => {
  t.same(decode('\x1b$1!S+!#!\'`X!_s\x1b(B.'), { ok: true, text: '肖\u3000显靜.' }, 'pymarc line 5: 0x212321 is U+3000')
  t.same(decode('\x1b$1!# !0d'), { ok: true, text: '\u3000人' }, '0x212320 (also U+3000) has a 0x20 inside the character')
  t.same(decode('\x1b$1!0d !0d'), { ok: true, text: '人 人' }, 'a lone 0x20 between characters is a space, as in yaz and marc4j')
  t.same(decode('\x1b$1!uY\x1b(B'), { ok: true, text: '\u{212c4}' }, 'a CJK Extension B character (two UTF-16 units)')
  t.same(decode('\x1b$1!0d\xe6!0d'), { ok: true, text: '人人\u0306' }, 'G1 (ANSEL) still works while EACC is G0')
})

t.test('LC numeric character references (lossless conversion) become the character', async (t) => {
  t.same(decode('Rio de Janeiro escaped replacement char: &#xFFFD; .'), {
    ok: true,
    text: 'Rio de Janeiro escaped replacement char: \ufffd .',
  })
  t.same(decode('&#x0391;&#x03b8;&#x1D11E;'), { ok: true, text: 'Αθ\u{1d11e}' }, 'any case, beyond the BMP')
  t.same(decode('&#x03BF;\xe2'), {
    ok: false,
    reason: 'combining mark 0xE2 from the Extended Latin (ANSEL) set has no base character (end of data)',
    offset: 8,
  })
  t.same(decode('\xe2&#x03B1;'), { ok: true, text: '\u03ac' }, 'a mark before a reference goes on the referenced character')
  for (const literal of ['&#x;', '&#x41', '&#xZZ;', '&#x1F;', '&#xD800;', '&#x110000;', '&#x0000041;', 'AT&T']) {
    t.same(decode(literal), { ok: true, text: literal }, `${literal} is plain text`)
  }
  t.same(decode('\x1b(2&#x41;\x1b(B'), { ok: true, text: '&#ר41;' }, 'only with ASCII as G0: in Hebrew 0x78 is ר')
})

t.test('each error reason, with the offset of the first undecodable byte', async (t) => {
  t.same(decode('Sci\xc9nce'), { ok: false, reason: 'byte 0xC9 is not in the Extended Latin (ANSEL) set', offset: 3 })
  t.same(decode('\x1b(S"A :'), { ok: false, reason: 'byte 0x3A is not in the Basic Greek set', offset: 6 })
  t.same(decode('\x1b(2ye\x7fz'), { ok: false, reason: 'byte 0x7F (DELETE) is not a MARC-8 character', offset: 5 })
  t.same(decode('a\x14b'), { ok: false, reason: 'byte 0x14 is a control character MARC-8 does not use', offset: 1 })
  t.same(decode('a\tb'), { ok: false, reason: 'byte 0x09 is a control character MARC-8 does not use', offset: 1 })
  t.same(decode('Stra\x81e'), { ok: false, reason: 'byte 0x81 is a control character MARC-8 does not use', offset: 4 })
  t.same(decode('no\xa0break'), { ok: false, reason: 'byte 0xA0 is not in the Extended Latin (ANSEL) set', offset: 2 })
  t.same(decode('\x1b)Qx\xff'), { ok: false, reason: 'byte 0xFF is not in the Extended Cyrillic set', offset: 4 })
  t.same(decode('\x1b$1!0d{69'), {
    ok: false,
    reason: 'bytes 0x7B 0x36 0x39 are not in the Chinese, Japanese, Korean (EACC) set',
    offset: 6,
  })
  t.same(decode('\x1b$1!0d!0'), {
    ok: false,
    reason: 'incomplete Chinese, Japanese, Korean (EACC) character 0x21 0x30 at end of data',
    offset: 6,
  })
  t.same(decode('\x1b$1!0d6}\x1b(B'), {
    ok: false,
    reason: 'incomplete Chinese, Japanese, Korean (EACC) character 0x36 0x7D followed by 0x1B',
    offset: 6,
  })
  t.same(decode('\x1b$1!0d:\x1fb'), {
    ok: false,
    reason: 'incomplete Chinese, Japanese, Korean (EACC) character 0x3A followed by 0x1F',
    offset: 6,
  })
})

t.test('no state survives between calls, whatever size the input', async (t) => {
  const long = latin1(`\x1b(N${'mIR '.repeat(3000)}`) // grows the shared output buffer
  const first = decodeMarc8(long)
  t.ok(first.ok && first.text.startsWith('Мир Мир') && first.text.length === 12000)
  t.same(decode('caf\xe2e'), { ok: true, text: 'café' })
  t.same(decode('\x1b$1!0d'), { ok: true, text: '人' })
  t.same(decode('!0d'), { ok: true, text: '!0d' })
})
