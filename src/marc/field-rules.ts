import { describeChar, problem, type RecordProblem } from './problems.ts'

/**
 * Field rules every reader (and the writers) apply, so a record means the same thing whatever
 * format it arrived in, and anything we read can be written back.
 *
 * Tags: three ASCII letters or digits (ISO 2709 allows alphabetic tags; Aleph's CAT/FMT/LOC and
 * HathiTrust's CID/DAT/HOL are real examples in the test data). 00X tags are control fields;
 * other numeric tags are data fields; alphabetic tags may be either (Aleph writes FMT as a control
 * field and CAT as a data field), so for them the data decides.
 */
const TAG = /^[0-9A-Za-z]{3}$/
const NUMERIC_TAG = /^[0-9]{3}$/

export function isValidTag(tag: string): boolean {
  return TAG.test(tag)
}

export function isControlTag(tag: string): boolean {
  return tag.startsWith('00')
}

/** True when the tag must hold subfields: numeric and not 00X. */
export function isDataTag(tag: string): boolean {
  return NUMERIC_TAG.test(tag) && !tag.startsWith('00')
}

/**
 * C0 control characters have no place in MARC text: the structural ones (0x1D-0x1F) would corrupt
 * the record when written back, ESC means MARC-8 escape sequences leaked into Unicode text, and
 * XML 1.0 cannot represent any of them, so such a record could not even be offered as MARCXML.
 * Tab, LF and CR are tolerated: some systems keep line breaks in notes, and XML can carry them.
 */
export const CONTROL_CHARACTER = /[\x00-\x08\x0B\x0C\x0E-\x1F]/

export function controlCharacterProblem(where: string, text: string): RecordProblem | undefined {
  const match = CONTROL_CHARACTER.exec(text)
  if (match === null) return undefined
  const char = match[0]
  const hint = char === '\x1b' ? ' (a MARC-8 escape sequence in Unicode text?)' : ''
  return problem(
    'CONTROL_CHARACTER',
    `${where} contains the control character ${describeChar(char)} at character ${match.index + 1}${hint}`,
  )
}

/**
 * One indicator. MARC 21 uses blank, digits and lowercase letters; ISO 2709 allows any graphic
 * ASCII character, and we accept those (local practice), but nothing else. A backslash is
 * MARCBreaker's notation for a blank that leaked into binary data, so it is read as a blank with a
 * warning.
 */
export function checkIndicator(
  value: string,
  which: 1 | 2,
  where: string,
  warnings: RecordProblem[],
  repair = false,
): string | RecordProblem {
  if (value.length !== 1) {
    const found = problem('BAD_INDICATOR', `${where}: indicator ${which} is ${JSON.stringify(value)}, not one character`)
    return repair ? blanked(found, which, warnings) : found
  }
  const code = value.charCodeAt(0)
  if (code === 0x5c) {
    warnings.push({
      ...problem('BAD_INDICATOR', `${where}: indicator ${which} is '\\' (MARCBreaker blank); read as blank`),
      repair: `indicator ${which} '\\' set to blank`,
    })
    return ' '
  }
  if (code < 0x20 || code > 0x7e) {
    const found = problem('BAD_INDICATOR', `${where}: indicator ${which} is ${describeChar(value)}, not a printable ASCII character`)
    return repair ? blanked(found, which, warnings) : found
  }
  return value
}

/**
 * REPAIR: an indicator that is no indicator at all (a control character, U+FFFD left by a lossy
 * conversion — OCLC's MARCXML 880 fields —, several characters) is read as blank, "no information",
 * which is what a cataloguer would key; the text of the field is untouched.
 */
function blanked(found: RecordProblem, which: 1 | 2, warnings: RecordProblem[]): string {
  warnings.push({ ...found, message: `${found.message}; read as blank`, repair: `indicator ${which} set to blank` })
  return ' '
}

/** A subfield code: one graphic ASCII character (MARC 21: a-z, 0-9; locally also others). */
export function checkSubfieldCode(code: string, where: string): RecordProblem | undefined {
  if (code.length === 0) {
    return problem('BAD_SUBFIELD_CODE', `${where}: a subfield delimiter is not followed by a subfield code`)
  }
  const value = code.charCodeAt(0)
  if (code.length !== 1 || value <= 0x20 || value > 0x7e) {
    return problem(
      'BAD_SUBFIELD_CODE',
      `${where}: subfield code ${code.length === 1 ? describeChar(code) : JSON.stringify(code)} is not a single printable ASCII character`,
    )
  }
  return undefined
}

/** "field #12 (245)": the position disambiguates repeated tags. */
export function fieldName(index: number, tag: string): string {
  return `field #${index + 1} (${tag})`
}

/** "NFD", "NFC" or "neither NFC nor NFD": the Unicode normalization form a text is in (ASCII is in both; NFD is named first). */
export function formOf(text: string): string {
  if (text === text.normalize('NFD')) return 'NFD'
  return text === text.normalize('NFC') ? 'NFC' : 'neither NFC nor NFD'
}

/**
 * A field whose text the profile's normalization (NFC or NFD) changed: a recorded repair, one per
 * field, saying from which form to which (`original` is the field's text, or its values, as read).
 */
export function normalizedWarning(where: string, original: string, to: 'NFC' | 'NFD', field: number): RecordProblem {
  const from = formOf(original)
  return {
    ...problem('NORMALIZED', `${where}: the text was ${from === 'neither NFC nor NFD' ? from : `in ${from}`}; normalized to ${to} as the profile asks`),
    field,
    repair: `text normalized from ${from === 'neither NFC nor NFD' ? 'a mix of forms' : from} to ${to}`,
  }
}
