import t from 'tap'
import { decodeMarc8 } from '../../../src/marc/marc8/index.ts'
import { marcFields, type MarcField } from './helpers.ts'

/*
 * The known-broken MARC-8 files of the marc4j, pymarc and ruby-marc suites, one decision each:
 * a decode error (reported, never patched) or a tolerance that the LC spec or the reference
 * decoders also apply. Offsets are byte indexes into the field data after the indicators.
 */

type Failure = [record: number, tag: string, reason: string, offset: number]

function failures(fields: readonly MarcField[]): Failure[] {
  return fields.flatMap((field): Failure[] => {
    const result = decodeMarc8(field.data)
    return result.ok ? [] : [[field.record, field.tag, result.reason, result.offset]]
  })
}

function text(field: MarcField | undefined): string {
  const result = field === undefined ? undefined : decodeMarc8(field.data)
  return result?.ok === true ? result.text : `not decoded: ${JSON.stringify(result)}`
}

const EACC = 'Chinese, Japanese, Korean (EACC)'

t.test('marc4j/greekmissingcharsetchange.mrc: Greek text that never switches back to ASCII is an error', async (t) => {
  // Record 0 designates Basic Greek (ESC ( S) and then writes ':' ',' '.' and the digits and the
  // English parallel title with it. Basic Greek has no ':' at 0x3A. yaz silently drops those bytes
  // and turns "= The agora in the Mediterranean" into Greek letters (see expected-yaz); marc4j's
  // permissive reader guesses a switch back to ASCII and logs an error; its strict reader throws.
  // Guessing is not ours to do, so the four 880 fields are reported.
  const fields = marcFields('marc4j/greekmissingcharsetchange.mrc')
  t.same(failures(fields.filter((field) => field.record === 0)), [
    [0, '880', 'byte 0x3A is not in the Basic Greek set', 39],
    [0, '880', 'byte 0x3A is not in the Basic Greek set', 22],
    [0, '880', 'byte 0x2C is not in the Basic Greek set', 27],
    [0, '880', 'byte 0x2E is not in the Basic Greek set', 70],
  ])

  // Record 1 is the same record with the Greek as LC numeric character references (&#x0397;) and
  // ANSEL accents before some of them: decoded, it is exactly record 2, the UTF-8 original.
  const lossless = fields.filter((field) => field.record === 1)
  const original = fields.filter((field) => field.record === 2)
  t.equal(original[0]?.leader[9], 'a', 'record 2 is UTF-8')
  t.same(
    lossless.map((field) => [field.tag, text(field)]),
    original.map((field) => [field.tag, Buffer.from(field.data).toString('utf8').normalize('NFC')]),
  )
})

t.test('marc4j/incomplete_esc_seq.mrc: escape sequences cut off by the field end are errors', async (t) => {
  // Some field terminators of this record fall inside `ESC $ 1`; marc4j's strict converter throws
  // "Incomplete character set code found following escape character" (the permissive one drops the
  // ESC). Two more 880s are mangled EACC. A bare `ESC $ 1` before the end designates nothing.
  t.same(failures(marcFields('marc4j/incomplete_esc_seq.mrc')), [
    [0, '880', `bytes 0x62 0x3C 0x21 are not in the ${EACC} set`, 98],
    [0, '880', `bytes 0x21 0x27 0x32 are not in the ${EACC} set`, 75],
    [0, '880', 'incomplete escape sequence ESC $ at end of data', 28],
    [0, '880', 'incomplete escape sequence ESC $ ) at end of data', 35],
    [0, '880', 'incomplete escape sequence ESC $ - at end of data', 35],
    [0, '880', 'incomplete escape sequence ESC $ , at end of data', 35],
    [
      0,
      '880',
      `escape sequence ESC $ 1 designates the ${EACC} set but is directly followed by end of data, so no character uses it`,
      35,
    ],
  ])
})

t.test('pymarc/bad_marc8_escape.dat: ESC bytes standing in for lost letters are errors', async (t) => {
  // "Soci\x1bt\xe2e linn\x1benne": an ESC where é was (Société linnéenne). No decoding can bring
  // the letter back; marc4j's strict reader crashes on it, yaz and pymarc drop bytes silently.
  // (One `Proc ESC s-verbaux` is a valid ESC s and cannot be told apart; that 580 fails anyway.)
  t.same(failures(marcFields('pymarc/bad_marc8_escape.dat')), [
    [0, '222', 'unknown escape sequence ESC t', 21],
    [0, '245', 'unknown escape sequence ESC e', 31],
    [0, '260', 'incomplete escape sequence ESC , at end of data', 24],
    [0, '580', 'unknown escape sequence ESC 0x20', 45],
    [0, '710', 'unknown escape sequence ESC 0x20', 9],
    [0, '780', 'unknown escape sequence ESC t', 18],
    [0, '780', 'unknown escape sequence ESC t', 6],
    [0, '780', 'unknown escape sequence ESC t', 18],
  ])
})

t.test('pymarc/bad_eacc_encoding.dat: an EACC run holding "{6924f6}" is an error', async (t) => {
  // ruby-marc raises Encoding::InvalidByteSequenceError on the same bytes (its
  // bad_eacc_encoding.marc8.marc) unless told to replace; we report where the run goes wrong.
  t.same(failures(marcFields('pymarc/bad_eacc_encoding.dat')), [
    [0, '880', `bytes 0x7B 0x36 0x39 are not in the ${EACC} set`, 40],
  ])
})

t.test('marc4j/cyrillic_capital_e.mrc: a Cyrillic Э written as 0x1F is caught, not split into a subfield', async (t) => {
  // "Эксмо" arrives as `ESC ( N 0x1F KSMO`: passing 0x1F through would make a bogus subfield $K
  // "SMO". marc4j's own test repairs the stream first (ESC ( N 0x1F → ESC ( N |). We report the
  // designation that nothing uses; the other 880 fields decode normally.
  const fields = marcFields('marc4j/cyrillic_capital_e.mrc')
  const reason =
    'escape sequence ESC ( N designates the Basic Cyrillic set but is directly followed by subfield delimiter 0x1F, so no character uses it'
  t.same(failures(fields), [
    [0, '880', reason, 29],
    [0, '880', reason, 29],
    [1, '880', reason, 26],
    [1, '880', reason, 26],
  ])
  t.equal(text(fields.find((field) => field.tag === '880')), '\x1f6100-01/(N\x1faБуйда, Юрий.')

  const broken = fields.find((field) => decodeMarc8(field.data).ok === false)
  const repaired = Buffer.from(Buffer.from(broken?.data ?? []).toString('latin1').replace('\x1b(N\x1f', '\x1b(N|'), 'latin1')
  t.same(decodeMarc8(repaired), { ok: true, text: '\x1f6260-00/(N\x1faМосква :\x1fbЭксмо,\x1fc2013.' }, 'after marc4j’s repair')
})

t.test('ruby-marc/escaped_character_reference.marc8.marc: an LC numeric character reference is decoded', async (t) => {
  // LC "lossless conversion": &#xFFFD; stands for U+FFFD. ruby-marc and traject expect the character.
  const [, field260] = marcFields('ruby-marc/escaped_character_reference.marc8.marc')
  t.equal(text(field260), '\x1faRio de Janeiro escaped replacement char: \ufffd .\x1fbEditora Record,\x1fc2000.')
})

t.test('ruby-marc/marc8_accented_chars.marc: MARC-8 bytes under a UTF-8 leader decode as MARC-8', async (t) => {
  // Leader/09 says 'a' but the bytes are ANSEL. Which decoder to call is the record reader's choice;
  // given the bytes, this decoder gets what ruby-marc gets with external_encoding "MARC-8" (yaz,
  // trusting the leader, outputs empty subfields).
  const fields = marcFields('ruby-marc/marc8_accented_chars.marc')
  t.equal(fields[0]?.leader[9], 'a')
  t.same(failures(fields), [])
  t.equal(text(fields.find((field) => field.tag === '100')), '\x1faSerreau, Geneviève.')
  t.equal(text(fields.find((field) => field.tag === '245')), '\x1faHistoire du "nouveau théâtre."')
})

t.test('evergreen/hebrew.marc: a DEL inside Hebrew text is an error', async (t) => {
  // `ESC ( 2 y e 0x7F z` is שו?ת (probably ״ gershayim, 0x22, damaged); yaz drops the byte and
  // prints "שות". The other 561 fields decode exactly as yaz does.
  t.same(failures(marcFields('evergreen/hebrew.marc')), [[17, '880', 'byte 0x7F (DELETE) is not a MARC-8 character', 20]])
})
