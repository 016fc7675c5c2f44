import { isDigitCode, skipLeadingOpeners, type StandardNumber } from './standard-number.ts'

/**
 * Reads the ISBN at the start of an 020 $a/$z value. The ISBN is the leading run of digits and `X`,
 * ignoring hyphens and spaces; whatever follows (a qualifier like "(pbk.) :", or "pbk." glued on as
 * in `badisbns.xml`) ends it.
 *
 * - A valid ISBN-10 or ISBN-13 → its ISBN-13 form (an ISBN-10 gets the `978` prefix and a new check
 *   digit; a `979` ISBN-13 has no ISBN-10 form), so ISBN-10 and ISBN-13 are one key.
 * - An ISBN-shaped value (9 digits + digit/X, or 13 digits starting 978/979) with a wrong check digit
 *   → `valid: false` with the cleaned value as written (uppercase X), never converted: recomputing
 *   the check digit would make it collide with the real ISBN it was mistyped from. MARC puts such
 *   numbers in $z ("canceled/invalid ISBN"), so keys.ts treats them as cancelled wherever they are.
 * - Anything else (wrong length, X inside, a 13-digit EAN that is not 978/979, "HL00361126") → null.
 */
export function parseIsbn(raw: string): StandardNumber | null {
  let chars = ''
  for (let i = skipLeadingOpeners(raw); i < raw.length; i++) {
    const code = raw.charCodeAt(i)
    if (isDigitCode(code)) chars += raw[i]
    else if (code === 88 || code === 120) chars += 'X'
    else if (code === 45 || code === 32 || (code >= 0x2010 && code <= 0x2015)) continue
    else break
    if (chars.length > 13) return null
  }
  if (chars.length === 10) return parseIsbn10(chars)
  if (chars.length === 13) return parseIsbn13(chars)
  return null
}

function parseIsbn10(chars: string): StandardNumber | null {
  let sum = 0
  for (let i = 0; i < 10; i++) {
    const code = chars.charCodeAt(i)
    let digit: number
    if (isDigitCode(code)) digit = code - 48
    else if (i === 9) digit = 10
    else return null
    sum += (10 - i) * digit
  }
  if (sum % 11 !== 0) return { value: chars, valid: false }
  const stem = '978' + chars.slice(0, 9)
  return { value: stem + isbn13CheckDigit(stem), valid: true }
}

function parseIsbn13(chars: string): StandardNumber | null {
  if (!chars.startsWith('978') && !chars.startsWith('979')) return null
  for (let i = 0; i < 13; i++) if (!isDigitCode(chars.charCodeAt(i))) return null
  return { value: chars, valid: isbn13CheckDigit(chars) === chars[12] }
}

/** The check digit for the first 12 digits of an ISBN-13 (weights 1,3,1,3,…; mod 10). */
function isbn13CheckDigit(digits: string): string {
  let sum = 0
  for (let i = 0; i < 12; i++) sum += (digits.charCodeAt(i) - 48) * (i % 2 === 0 ? 1 : 3)
  return String((10 - (sum % 10)) % 10)
}
