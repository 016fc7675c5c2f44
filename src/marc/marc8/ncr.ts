/*
 * LC "lossless conversion to MARC-8" (MARC 21 Specifications, Character Sets Part 4): a Unicode
 * character outside the MARC-8 repertoire is written as the ASCII text `&#xXXXX;` (hex scalar value,
 * four or more digits). Turning it back into the character is the reverse of an LC-specified step,
 * not a guess; ruby-marc does it by default, marc4j behind `translateNCR`, yaz not at all.
 */

const AMPERSAND = 0x26
const NUMBER_SIGN = 0x23
const SMALL_X = 0x78
const SEMICOLON = 0x3b
const MAX_DIGITS = 6

/**
 * Returns the code point and byte length of the NCR at `start`, or undefined when the bytes there are
 * not one. References to controls, surrogates or values beyond U+10FFFF are left as literal text:
 * they cannot come from a lossless conversion, and a decoded U+001F would forge a subfield.
 */
export function readNcr(bytes: Uint8Array, start: number): { codePoint: number; length: number } | undefined {
  if (bytes[start] !== AMPERSAND || bytes[start + 1] !== NUMBER_SIGN || bytes[start + 2] !== SMALL_X) return undefined
  let codePoint = 0
  let i = start + 3
  for (; i < bytes.length && i - start - 3 < MAX_DIGITS; i++) {
    const digit = hexDigit(bytes[i] ?? 0)
    if (digit < 0) break
    codePoint = codePoint * 16 + digit
  }
  if (i === start + 3 || bytes[i] !== SEMICOLON) return undefined
  if (codePoint < 0x20 || (codePoint >= 0x7f && codePoint <= 0x9f)) return undefined
  if ((codePoint >= 0xd800 && codePoint <= 0xdfff) || codePoint > 0x10ffff) return undefined
  return { codePoint, length: i + 1 - start }
}

function hexDigit(byte: number): number {
  if (byte >= 0x30 && byte <= 0x39) return byte - 0x30
  if (byte >= 0x41 && byte <= 0x46) return byte - 0x37
  if (byte >= 0x61 && byte <= 0x66) return byte - 0x57
  return -1
}
