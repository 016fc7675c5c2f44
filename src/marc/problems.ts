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
] as const

export type RecordProblemCode = (typeof RECORD_PROBLEM_CODES)[number]

/** `message` is for cataloguing staff: it names the field, position or byte that is wrong. */
export interface RecordProblem {
  code: RecordProblemCode
  message: string
}

/**
 * One record of an upload as read. `position` is 1-based and counts broken records too, so staff
 * can find "record 17" in their own tools. `raw` is what staff download to fix and re-upload:
 * ISO 2709 — the record's bytes exactly as in the file (terminator included); MARCXML — the
 * `<record>` element, made standalone (see `marcxml/split.ts`); MARC-in-JSON — the record's JSON
 * text.
 */
export type ReadItem =
  | { ok: true; position: number; record: MarcRecord; raw: Uint8Array; warnings: RecordProblem[] }
  | { ok: false; position: number; problem: RecordProblem; raw: Uint8Array }

/** A record as a format parser returns it, before the reader adds its position and raw bytes. */
export type ParsedRecord =
  | { ok: true; record: MarcRecord; warnings: RecordProblem[] }
  | { ok: false; problem: RecordProblem }

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
