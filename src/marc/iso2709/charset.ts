import { Buffer, isAscii, isUtf8 } from 'node:buffer'
import { describeChar, problem, type RecordProblem } from '../problems.ts'
import { ESC } from './bytes.ts'

/** `UNNAMED`: REPAIR only — Ldr/09 names no character set and the text is not ASCII (`field-text.ts`). */
export type Charset = 'UTF8' | 'MARC8' | 'UNNAMED'

/**
 * Which character set a binary record's text is in, from Ldr/09 and the bytes themselves.
 *
 * - Ldr/09 'a': UTF-8, and bytes that are not UTF-8 are an error (`utf8_with_bad_bytes.marc`,
 *   `marc8_accented_chars.marc` are MARC-8 bytes labelled UTF-8): we report, we don't guess
 *   (under REPAIR those bytes become U+FFFD, see `field-text.ts`).
 * - Ldr/09 blank: MARC-8, except mislabelled UTF-8. Systems that export UTF-8 but leave Ldr/09
 *   blank are common (`evergreen/FSL.marc` from Aleph, `evergreen/map_data.mrc`,
 *   `pymarc/utf8_without_leader_flag.dat`), and MARC-8-decoding their bytes does not fail — it
 *   silently produces mojibake. So a blank-Ldr/09 record is read as UTF-8 (with a warning) when
 *   (1) it has no ESC byte (UTF-8 text never contains one; MARC-8 uses it for non-Latin scripts),
 *   (2) it has at least one byte ≥ 0x80 (pure ASCII reads the same either way), and
 *   (3) the whole data area is valid UTF-8.
 *   Limits, by construction of the test: a MARC-8 record whose ANSEL bytes happen to form valid
 *   UTF-8 would be misread. That needs a lead byte 0xC2-0xF4 followed by continuation bytes
 *   0x80-0xBF — in ANSEL a spacing symbol (℗ © ♯ ¿ ¡ ß) or a combining mark (0xE0-0xFE, normally
 *   followed by an ASCII base letter) followed by one to three special letters from 0xA1-0xBF
 *   (Ł Ø Đ Þ Æ Œ ł ø …), which real text essentially never contains: of the 714 records of the
 *   shared test data that are labelled MARC-8 and have bytes ≥ 0x80 in MARC-8 (or a code page),
 *   none is valid UTF-8 (`test/marc/marc8.test.ts` keeps it that way). The decision is per record, not per field: a record
 *   mixing UTF-8 and MARC-8 bytes is not valid UTF-8, goes to the MARC-8 decoder and is rejected
 *   only if that decoder finds bytes it cannot map. Single-byte code pages labelled MARC-8
 *   (`pymarc/1251.dat` Windows-1251) are not UTF-8 either and are left to the MARC-8 decoder
 *   likewise.
 * - Ldr/09 anything else: the character set is unknown. A record that is plain ASCII reads the same
 *   in every candidate, so it is read (with a warning); otherwise it is rejected, or under REPAIR
 *   (`repair`) read as `UNNAMED`: ASCII as ASCII, every other byte U+FFFD, Ldr/09 set to 'a' — no
 *   byte is read in a character set the record does not name (`ruby-marc/cp866_*.marc`, CP866 under
 *   Ldr/09 '0': reading it as CP866 would be the guess), and the incoming record keeps the bytes.
 */
export function chooseCharset(
  ldr09: number,
  data: Uint8Array,
  warnings: RecordProblem[],
  repair = false,
): Charset | RecordProblem {
  if (ldr09 === 0x61) return 'UTF8'
  const hasEsc = data.indexOf(ESC) >= 0
  if (ldr09 === 0x20) {
    if (hasEsc) return 'MARC8'
    // Plain ASCII is the same text in MARC-8 and UTF-8; the UTF-8 path is the fast one.
    if (isAscii(data)) return 'UTF8'
    if (isUtf8(data)) {
      warnings.push({
        ...problem(
          'MISLABELLED_ENCODING',
          "Ldr/09 is blank (MARC-8) but the text is valid UTF-8 with no MARC-8 escapes; read as UTF-8",
        ),
        repair: "Ldr/09 set to 'a' (the text, valid UTF-8, read as UTF-8)",
      })
      return 'UTF8'
    }
    return 'MARC8'
  }
  const label = describeChar(String.fromCharCode(ldr09))
  if (!hasEsc && isAscii(data)) {
    warnings.push({
      ...problem(
        'MISLABELLED_ENCODING',
        `Ldr/09 (character coding scheme) is ${label}, neither blank (MARC-8) nor 'a' (UTF-8); the text is plain ASCII, which reads the same in both`,
      ),
      repair: `Ldr/09 ${label} set to 'a' (the text is plain ASCII)`,
    })
    return 'UTF8'
  }
  const unknown = problem(
    'UNDECODABLE_BYTES',
    `Ldr/09 (character coding scheme) is ${label}, neither blank (MARC-8) nor 'a' (UTF-8), and the text is not plain ASCII, so its character set is unknown`,
  )
  if (!repair) return unknown
  warnings.push({
    ...problem('BAD_LEADER', `${unknown.message}; its bytes that are not ASCII cannot be read in any named character set`),
    repair: "Ldr/09 set to 'a' (the text stored is Unicode); the bytes that are not ASCII replaced by U+FFFD, field by field",
  })
  return 'UNNAMED'
}

/** Index of the first byte that makes `bytes` invalid UTF-8 (only called once decoding failed). */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0
  while (i < bytes.length) {
    const lead = bytes[i] ?? 0
    let need: number
    let min: number
    if (lead < 0x80) {
      i++
      continue
    } else if (lead >= 0xc2 && lead <= 0xdf) {
      need = 1
      min = 0x80
    } else if (lead >= 0xe0 && lead <= 0xef) {
      need = 2
      min = 0x800
    } else if (lead >= 0xf0 && lead <= 0xf4) {
      need = 3
      min = 0x10000
    } else {
      return i
    }
    let codePoint = lead & (0x3f >> need)
    for (let k = 1; k <= need; k++) {
      const next = bytes[i + k]
      if (next === undefined || (next & 0xc0) !== 0x80) return i
      codePoint = (codePoint << 6) | (next & 0x3f)
    }
    if (codePoint < min || codePoint > 0x10ffff || (codePoint >= 0xd800 && codePoint <= 0xdfff)) return i
    i += need + 1
  }
  return -1
}

/** `C3 A9`-style dump of a few bytes around an offending byte, for messages. */
export function hexAround(bytes: Uint8Array, at: number): string {
  const parts: string[] = []
  for (let i = at; i < Math.min(bytes.length, at + 4); i++) {
    parts.push((bytes[i] ?? 0).toString(16).toUpperCase().padStart(2, '0'))
  }
  return parts.join(' ')
}

/**
 * `bytes[start, end)` as UTF-8 text, or undefined if they are not valid UTF-8. Validation and
 * conversion are both SIMD (simdutf) in Node; together they cost about half of a fatal
 * TextDecoder's decode() on the hot path, and unlike TextDecoder they keep a leading U+FEFF.
 */
export function utf8Text(bytes: Uint8Array, start: number, end: number): string | undefined {
  const view = Buffer.from(bytes.buffer, bytes.byteOffset + start, end - start)
  return isUtf8(view) ? view.toString('utf8') : undefined
}

const LENIENT_UTF8 = new TextDecoder('utf-8', { ignoreBOM: true })

/**
 * `bytes` as UTF-8 text with what is not UTF-8 replaced by U+FFFD the WHATWG way (one per maximal
 * invalid subsequence, as every browser and Node's TextDecoder do), and how many bytes that was.
 */
export function utf8Replaced(bytes: Uint8Array): { text: string; invalidBytes: number } {
  let invalidBytes = 0
  let i = firstInvalidUtf8(bytes)
  while (i >= 0 && i < bytes.length) {
    invalidBytes += 1
    const next = firstInvalidUtf8(bytes.subarray(i + 1))
    i = next < 0 ? -1 : i + 1 + next
  }
  return { text: LENIENT_UTF8.decode(bytes), invalidBytes }
}
