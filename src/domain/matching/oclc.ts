import { isDigitCode } from './standard-number.ts'

/**
 * Reads an OCLC control number from an 035 $a/$z value, or null when the value is not one.
 *
 * Accepted: `(OCoLC)` (MARC organization code; compared case-insensitively because "(OCOLC)" occurs
 * in vendor data), optionally followed by OCLC's `ocm`/`ocn`/`on` prefixes, and bare
 * `ocm`/`ocn`/`on` numbers. Blanks around the parts are ignored and leading zeros dropped, so
 * "(OCoLC)ocm00012345", "(OCoLC) 12345" and "ocn000012345" all read as "12345".
 *
 * Rejected: other institutions' numbers ("(DLC)…", "(Sirsi)…"), bare digits (whose system is
 * unknown), an all-zero number, and an `(OCoLC)` value with anything but digits after the prefix
 * ("(OCoLC)12345abc", "(OCoLC)1234-5"): guessing its digits could match the wrong record, and a
 * number that never matches costs only an ADD the cataloger can merge later.
 */
export function parseOclcNumber(raw: string): string | null {
  let rest = raw.trim()
  if (rest.charCodeAt(0) === 40) {
    const close = rest.indexOf(')')
    if (close !== 6 || rest.slice(1, 6).toLowerCase() !== 'ocolc') return null
    rest = stripOclcPrefix(rest.slice(7).trim())
  } else {
    const stripped = stripOclcPrefix(rest)
    if (stripped === rest) return null
    rest = stripped
  }
  return digitsWithoutLeadingZeros(rest.trim())
}

function stripOclcPrefix(value: string): string {
  const head = value.slice(0, 3).toLowerCase()
  if (head === 'ocm' || head === 'ocn') return value.slice(3)
  if (head.startsWith('on')) return value.slice(2)
  return value
}

function digitsWithoutLeadingZeros(value: string): string | null {
  let firstSignificant = -1
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i)
    if (!isDigitCode(code)) return null
    if (firstSignificant < 0 && code !== 48) firstSignificant = i
  }
  return firstSignificant < 0 ? null : value.slice(firstSignificant)
}
