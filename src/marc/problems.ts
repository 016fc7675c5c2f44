import type { MarcRecord } from './record.ts'

export type MarcFormat = 'ISO2709' | 'MARCXML' | 'MARC_JSON'

/**
 * One stable code per kind of defect. The same code is used whether the defect was fatal for the
 * record (`ok: false`, `problem`) or tolerated (`ok: true`, `warnings`): the code says *what* is
 * wrong, the item kind says whether the record was imported. The fatal-vs-warning table lives in
 * `iso2709/record.ts` (and is mirrored by `test/marc/defects.test.ts`).
 */
export const RECORD_PROBLEM_CODES = [
  'BAD_LEADER',
  'BAD_DIRECTORY',
  'LENGTH_MISMATCH',
  'MISSING_TERMINATOR',
  'TRUNCATED',
  'TRAILING_JUNK',
  'INVALID_XML',
  'INVALID_JSON',
  'NOT_A_RECORD',
  'UNDECODABLE_BYTES',
  'MISLABELLED_ENCODING',
  'CONTROL_CHARACTER',
  'BAD_FIELD',
  'BAD_INDICATOR',
  'BAD_SUBFIELD_CODE',
  'EMPTY_FIELD',
  'EMPTY_RECORD',
  'UNKNOWN_ELEMENT',
  'BAD_ATTRIBUTE',
  'MULTIPLE_RECORDS',
  'NESTING_TOO_DEEP',
  'EMPTY_SUBFIELD',
  'PADDING',
  'NORMALIZED',
] as const

export type RecordProblemCode = (typeof RECORD_PROBLEM_CODES)[number]

/**
 * `message` is for cataloguing staff: it names the field, position or byte that is wrong. `field`
 * is the 1-based position of the field it concerns (directory or element order), when it concerns
 * one. `repair` says what the reader changed to read the record (a REPAIR-policy mend, or one
 * every policy makes); a problem without it changed nothing.
 */
export interface RecordProblem {
  code: RecordProblemCode
  message: string
  field?: number
  repair?: string
}

/**
 * How the reader treats a defect it can mend without guessing content (an empty subfield, a
 * directory entry that cannot be real while the field terminators agree, an indicator that is not
 * a printable character, a structural leader position): `STRICT` refuses the record, as the reader
 * always did; `REPAIR` mends it and returns the record with each repair as a warning. Defects that
 * would need a guess are fatal under both.
 */
export type RepairPolicy = 'STRICT' | 'REPAIR'

/**
 * The Unicode normalization of the text read: `PRESERVE` keeps the incoming text's (MARC-8 is
 * converted to the LC code tables' decomposed sequences, base letter then combining marks), `NFC`
 * (what the reader always did) and `NFD` normalize every value.
 */
export type Normalization = 'PRESERVE' | 'NFC' | 'NFD'

/** What a record parser is told; `ReadOptions` defaults: STRICT, NFC. */
export interface RecordOptions {
  repair: RepairPolicy
  normalization: Normalization
}

export const DEFAULT_RECORD_OPTIONS: RecordOptions = { repair: 'STRICT', normalization: 'NFC' }

/**
 * One record of an upload as read. `position` is 1-based and counts broken records too, so staff
 * can find "record 17" in their own tools. `raw` is what staff download to fix and re-upload:
 * ISO 2709 — the record's bytes exactly as in the file (terminator included); MARCXML — the
 * `<record>` element, made standalone (see `marcxml/split.ts`); MARC-in-JSON — the record's JSON
 * text.
 */
export type ReadItem =
  | { ok: true; position: number; record: MarcRecord; raw: Uint8Array; warnings: RecordProblem[] }
  | {
      ok: false
      position: number
      /** The first fatal problem (`problems[0]`). */
      problem: RecordProblem
      raw: Uint8Array
      /** Every fatal problem found, in record order (the reader always sets it). */
      problems?: RecordProblem[]
      /** The tolerated defects found before reading stopped (the reader always sets it). */
      warnings?: RecordProblem[]
    }

/**
 * Bytes between or after records that are no record (`readRecords` with `junk: 'SEPARATE'`):
 * stray record terminators, text, padding. They belong to the file, not to a record, so they take
 * no record position; `after` is the position of the record before them (0: none). `problem.code`
 * is `PADDING` for blanks, line ends, NUL and Ctrl-Z (harmless, what yaz skips silently) and
 * `TRAILING_JUNK` for anything else. With the records, they account for every byte of the input.
 */
export interface JunkItem {
  kind: 'junk'
  ok: false
  after: number
  raw: Uint8Array
  problem: RecordProblem
}

/** A record as a format parser returns it, before the reader adds its position and raw bytes. */
export type ParsedRecord =
  | { ok: true; record: MarcRecord; warnings: RecordProblem[] }
  | { ok: false; problem: RecordProblem; problems?: RecordProblem[]; warnings?: RecordProblem[] }

/** The input as a whole is not MARC in any supported format: the job fails, nothing is imported. */
export class NotMarcError extends Error {
  override name = 'NotMarcError'
}

export function problem(code: RecordProblemCode, message: string): RecordProblem {
  return { code, message }
}

/** Byte values in messages: `0x1E` style, the way MARC documentation names them. */
export function hexByte(byte: number): string {
  return '0x' + byte.toString(16).toUpperCase().padStart(2, '0')
}

/** Characters in messages: printable ones quoted, others as code points (U+0014). */
export function describeChar(char: string): string {
  const code = char.codePointAt(0) ?? 0
  const hex = 'U+' + code.toString(16).toUpperCase().padStart(4, '0')
  return code < 0x20 || (code >= 0x7f && code <= 0x9f) ? hex : `'${char}' (${hex})`
}
