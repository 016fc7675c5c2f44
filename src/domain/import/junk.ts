import { countOf } from '../../wording.ts'

/**
 * Bytes between or after the records of an uploaded file that are no record (a stray record
 * terminator, padding, trailing bytes): reported on the bulk file they follow, never counted as
 * records (issue 14 item 5). `after` is the position of the record before them (0: none); `code` is
 * PADDING (blanks, line ends, NUL, Ctrl-Z) or TRAILING_JUNK (anything else).
 */
export interface FileJunk {
  after: number
  bytes: number
  code: 'PADDING' | 'TRAILING_JUNK'
  message: string
}

/** Junk that deserves a warning: anything but padding. */
export function isWarningJunk(junk: readonly FileJunk[]): boolean {
  return junk.some((j) => j.code !== 'PADDING')
}

/** One event line for a file's junk: where it is, how many bytes, of which kind. */
export function describeJunk(fileName: string, junk: readonly FileJunk[]): string {
  const bytes = junk.reduce((sum, j) => sum + j.bytes, 0)
  const places = junk.map((j) => `${countOf(j.bytes, 'byte')} ${j.after === 0 ? 'before the first record' : `after record ${j.after}`} (${j.code}: ${j.message})`)
  return `${fileName}: ${countOf(bytes, 'byte')} between or after records ${junk.length === 1 && junk[0]?.bytes === 1 ? 'is' : 'are'} no record and not counted as one: ${places.join('; ')}`
}
