import t from 'tap'
import { decodeMarc8 } from '../../../src/marc/marc8/index.ts'
import { latin1 } from './helpers.ts'

/*
 * `replace` (the REPAIR policy): what is not MARC-8 becomes U+FFFD, one per undecodable unit (a
 * byte, an escape sequence, an EACC triple, the marks of a missing base), decoding goes on in the
 * same sets, and the subfield structure (0x1F, and the default sets after it) is never touched.
 */
const replaced = (text: string) => decodeMarc8(latin1(text), true, true)

t.test('each kind of undecodable unit is one U+FFFD, counted in bytes', async (t) => {
  t.same(replaced('AB\xcbCD'), { ok: true, text: 'AB\uFFFDCD', replaced: { bytes: 1, offset: 2, reason: 'byte 0xCB is not in the Extended Latin (ANSEL) set' } })
  t.same(replaced('A\x7fB\xffC'), {
    ok: true,
    text: 'A\uFFFDB\uFFFDC',
    replaced: { bytes: 2, offset: 1, reason: 'byte 0x7F (DELETE) is not a MARC-8 character' },
  }, 'DEL and 0xFF: counted together, the first named')
  t.same(replaced('Soci\x1btt\xe2e.'), { ok: true, text: 'Soci\uFFFDté.', replaced: { bytes: 2, offset: 4, reason: 'unknown escape sequence ESC t' } })
  t.same(replaced('End\x1b$'), { ok: true, text: 'End\uFFFD', replaced: { bytes: 2, offset: 3, reason: 'incomplete escape sequence ESC $ at end of data' } })
  t.same(replaced('\x1b$1!0d{69!0d'), {
    ok: true,
    text: '人\uFFFD人',
    replaced: { bytes: 3, offset: 6, reason: 'bytes 0x7B 0x36 0x39 are not in the Chinese, Japanese, Korean (EACC) set' },
  }, 'an unassigned EACC triple, and the set stays EACC')
  t.same(replaced('\x1b$1!0d:\x1fb!0d'), {
    ok: true,
    text: '人\uFFFD\x1fb!0d',
    replaced: { bytes: 1, offset: 6, reason: 'incomplete Chinese, Japanese, Korean (EACC) character 0x3A followed by 0x1F' },
  }, 'a cut EACC character: the delimiter still starts a subfield, in ASCII')
})

t.test('the subfield structure is never replaced', async (t) => {
  // marc4j/cyrillic_capital_e.mrc: Э written as 0x1F right after ESC ( N.
  t.same(replaced('\x1fbESC\x1b(N\x1fKSMO'), {
    ok: true,
    text: '\x1fbESC\uFFFD\x1fKSMO',
    replaced: { bytes: 3, offset: 5, reason: 'escape sequence ESC ( N designates the Basic Cyrillic set but is directly followed by subfield delimiter 0x1F, so no character uses it' },
  })
  t.same(replaced('ab\x1b(\x1fcd'), { ok: true, text: 'ab\uFFFD\x1fcd', replaced: { bytes: 2, offset: 2, reason: 'unknown escape sequence ESC ( 0x1F' } }, 'a broken escape stops before the delimiter')
})

t.test('combining marks: on the U+FFFD of a bad base, or replaced when there is no base', async (t) => {
  t.same(replaced('a\xe2\xcbb'), { ok: true, text: 'a\uFFFD\u0301b', replaced: { bytes: 1, offset: 2, reason: 'byte 0xCB is not in the Extended Latin (ANSEL) set' } })
  t.same(replaced('ab\xe2\xe3'), {
    ok: true,
    text: 'ab\uFFFD',
    replaced: { bytes: 2, offset: 2, reason: 'combining mark 0xE2 from the Extended Latin (ANSEL) set has no base character (end of data)' },
  })
  t.same(replaced('ab\xe2\x1fcd'), {
    ok: true,
    text: 'ab\uFFFD\x1fcd',
    replaced: { bytes: 1, offset: 2, reason: 'combining mark 0xE2 from the Extended Latin (ANSEL) set has no base character (followed by subfield delimiter 0x1F)' },
  })
})

t.test('without replace, and for valid MARC-8, nothing changes', async (t) => {
  t.same(decodeMarc8(latin1('AB\xcbCD')), { ok: false, reason: 'byte 0xCB is not in the Extended Latin (ANSEL) set', offset: 2 })
  t.same(replaced('Soci\xe2et\xe2e'), { ok: true, text: 'Soci\u00e9t\u00e9' }, 'no replaced key when nothing was')
})
