import t from 'tap'
import { decode } from './helpers.ts'

// One test per escape kind of the LC MARC-8 spec, each checked on characters of the set it selects.

t.test('technique 1: ESC g / ESC b / ESC p designate Greek symbols, subscripts, superscripts; ESC s returns to ASCII', async (t) => {
  t.same(decode('\x1bgabc\x1bs abc'), { ok: true, text: 'αβγ abc' })
  t.same(decode('H\x1bb2\x1bsO'), { ok: true, text: 'H₂O' })
  t.same(decode('x\x1bp2\x1bs+y\x1bp(-3)'), { ok: true, text: 'x²+y⁽⁻³⁾' })
  t.same(decode('\x1bp1\x1bb1\x1bg1'), { ok: false, reason: 'byte 0x31 is not in the Greek Symbols set', offset: 8 })
})

t.test('ESC ( F and ESC , F designate single-byte G0 sets', async (t) => {
  t.same(decode('\x1b(2`ab\x1b(B.'), { ok: true, text: 'אבג.' }, 'Basic Hebrew (2)')
  t.same(decode('\x1b(NmOSKWA\x1b(B'), { ok: true, text: 'Москва' }, 'Basic Cyrillic (N)')
  t.same(decode('\x1b(3GbQC'), { ok: true, text: 'اقرأ' }, 'Basic Arabic (3)')
  t.same(decode('\x1b(SAnza'), { ok: true, text: 'Αλφα' }, 'Basic Greek (S)')
  t.same(decode('\x1b,N`RIJ\x1b,B!'), { ok: true, text: 'Юрий!' }, 'the alternate intermediate ,')
})

t.test('ESC ) F and ESC - F designate single-byte G1 sets', async (t) => {
  t.same(decode('\x1b)Q\xc0\xe0\x1b)!E\xa1'), { ok: true, text: 'ґҐŁ' }, 'Extended Cyrillic (Q), then ANSEL back as !E')
  t.same(decode('\x1b-4\xa9\x1b-E\xa1'), { ok: true, text: 'پŁ' }, 'Extended Arabic (4), then ANSEL back as bare E')
})

t.test('a set goes by its 7-bit position, so a "basic" set can be G1 and an "extended" one G0 (ISO 2022)', async (t) => {
  t.same(decode('\x1b)N\xed\xcf\xd3\xcb\xd7\xc1'), { ok: true, text: 'Москва' }, 'Basic Cyrillic as G1')
  t.same(decode('\x1b(Q@'), { ok: true, text: 'ґ' }, 'Extended Cyrillic as G0: 0x40 is its position 0xC0')
  t.same(decode('\x1b(E!'), { ok: true, text: 'Ł' }, 'ANSEL as G0')
  t.same(decode('\x1b(N\x1b)Q\xc4LKA'), { ok: true, text: 'ёлка' }, 'G0 and G1 alternate sets at once')
})

t.test('ESC $ F, ESC $ , F, ESC $ ) F and ESC $ - F designate EACC (3 bytes per character)', async (t) => {
  const ren = '!0d' // 0x213064 → U+4EBA 人
  t.same(decode(`\x1b$1${ren}\x1b(B.`), { ok: true, text: '人.' })
  t.same(decode(`\x1b$,1${ren}${ren}`), { ok: true, text: '人人' })
  t.same(decode('\x1b$)1\xa1\xb0\xe4'), { ok: true, text: '人' }, 'EACC as G1: the same positions with the high bit set')
  t.same(decode('\x1b$-1\xa1\xb0\xe4A'), { ok: true, text: '人A' }, 'G0 is still ASCII')
})

t.test('each call and each subfield starts from G0 = ASCII, G1 = ANSEL', async (t) => {
  t.same(decode('\x1b(NmIR'), { ok: true, text: 'Мир' }, 'Basic Cyrillic has lower case at 0x40–0x5F')
  t.same(decode('mIR\xa1'), { ok: true, text: 'mIRŁ' }, 'the previous call left no state behind')
  t.same(
    decode('\x1fa\x1b(NmOSKWA\x1fbmIR\x1b)Q\xc0\x1fc\xa1'),
    { ok: true, text: '\x1faМосква\x1fbmIRґ\x1fcŁ' },
    'the subfield code and text after 0x1F are read with the default sets again',
  )
})

t.test('unknown escape sequences', async (t) => {
  t.same(decode('ab\x1b(Z'), { ok: false, reason: 'unknown escape sequence ESC ( Z', offset: 2 })
  t.same(decode('Soci\x1btte'), { ok: false, reason: 'unknown escape sequence ESC t', offset: 4 })
  t.same(decode('x\x1b x'), { ok: false, reason: 'unknown escape sequence ESC 0x20', offset: 1 })
  t.same(decode('\x1b(gabc'), { ok: false, reason: 'unknown escape sequence ESC ( g', offset: 0 }, 'technique 1 sets have no ISO 2022 form')
  t.same(decode('\x1b)!Q'), { ok: false, reason: 'unknown escape sequence ESC ) ! Q', offset: 0 }, '! only introduces E')
  t.same(decode('\x1b$(1!0d'), { ok: false, reason: 'unknown escape sequence ESC $ (', offset: 0 }, 'LC lists $, not $( for G0')
})

t.test('incomplete escape sequences at the end of the data', async (t) => {
  t.same(decode('abc\x1b'), { ok: false, reason: 'incomplete escape sequence ESC at end of data', offset: 3 })
  t.same(decode('a\x1b('), { ok: false, reason: 'incomplete escape sequence ESC ( at end of data', offset: 1 })
  t.same(decode('a\x1b$'), { ok: false, reason: 'incomplete escape sequence ESC $ at end of data', offset: 1 })
  t.same(decode('a\x1b$)'), { ok: false, reason: 'incomplete escape sequence ESC $ ) at end of data', offset: 1 })
  t.same(decode('a\x1b)!'), { ok: false, reason: 'incomplete escape sequence ESC ) ! at end of data', offset: 1 })
})

t.test('a set designated with the wrong number of bytes per character', async (t) => {
  t.same(decode('\x1b(1!0d'), {
    ok: false,
    reason: 'escape sequence ESC ( 1 designates the Chinese, Japanese, Korean (EACC) set as a single-byte set',
    offset: 0,
  })
  t.same(decode('\x1b$N'), {
    ok: false,
    reason: 'escape sequence ESC $ N designates the Basic Cyrillic set as a multibyte set',
    offset: 0,
  })
})

t.test('a non-default set designated right before a subfield ends encodes nothing and is reported', async (t) => {
  t.same(decode('\x1fb\x1b(N\x1fKSMO'), {
    ok: false,
    reason:
      'escape sequence ESC ( N designates the Basic Cyrillic set but is directly followed by subfield delimiter 0x1F, so no character uses it',
    offset: 2,
  })
  t.same(decode('a\x1b$1'), {
    ok: false,
    reason:
      'escape sequence ESC $ 1 designates the Chinese, Japanese, Korean (EACC) set but is directly followed by end of data, so no character uses it',
    offset: 1,
  })
  t.same(decode('\x1b(2lzexd\x1b(B\x1fb'), { ok: true, text: 'לתורה\x1fb' }, 'switching back to the defaults first is normal')
})
