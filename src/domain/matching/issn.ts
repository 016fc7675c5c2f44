import { isDigitCode, skipLeadingOpeners, type StandardNumber } from './standard-number.ts'

/**
 * Reads the ISSN at the start of an 022 $a/$y/$z value as `NNNN-NNNC` (C a digit or uppercase X).
 * The hyphen may be missing or a blank; a qualifier may follow ("0028-0836 (print)"), but not another
 * digit. A wrong check digit gives `valid: false` (MARC 022 $y holds "incorrect ISSN"), which keys.ts
 * treats as cancelled. 022 $l (ISSN-L) is never read: it links the print and online versions, so
 * matching on it would merge different inventory types.
 */
export function parseIssn(raw: string): StandardNumber | null {
  let i = skipLeadingOpeners(raw)
  let digits = ''
  let separated = false
  while (digits.length < 8 && i < raw.length) {
    const code = raw.charCodeAt(i)
    if (isDigitCode(code)) digits += raw[i]
    else if (digits.length === 7 && (code === 88 || code === 120)) digits += 'X'
    else if (digits.length === 4 && !separated && (code === 45 || code === 32)) separated = true
    else return null
    i++
  }
  if (digits.length !== 8) return null
  if (i < raw.length) {
    const next = raw.charCodeAt(i)
    if (isDigitCode(next) || next === 88 || next === 120 || next === 45) return null
  }
  const value = digits.slice(0, 4) + '-' + digits.slice(4)
  return { value, valid: issnCheckDigit(digits) === digits[7] }
}

/** Weights 8…2 on the first seven digits, mod 11; 10 is written X. */
function issnCheckDigit(digits: string): string {
  let sum = 0
  for (let i = 0; i < 7; i++) sum += (digits.charCodeAt(i) - 48) * (8 - i)
  const check = (11 - (sum % 11)) % 11
  return check === 10 ? 'X' : String(check)
}
