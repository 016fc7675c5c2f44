/** A standard number read from a subfield: `valid` is false when its check digit is wrong. */
export interface StandardNumber {
  value: string
  valid: boolean
}

export function isDigitCode(code: number): boolean {
  return code >= 48 && code <= 57
}

/**
 * Index of the first character after leading blanks and opening brackets: catalogers and vendors
 * write "(0373197527pbk.)" and " 0028-0836" (seed data `evergreen/badisbns.xml`).
 */
export function skipLeadingOpeners(raw: string): number {
  let i = 0
  while (i < raw.length) {
    const code = raw.charCodeAt(i)
    if (code === 32 || code === 9 || code === 40 || code === 91) i++
    else break
  }
  return i
}
