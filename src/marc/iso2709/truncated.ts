import { fieldName } from '../field-rules.ts'
import type { ParsedRecord, RecordOptions, RecordProblem } from '../problems.ts'
import { FIELD_TERMINATOR, RECORD_TERMINATOR, readDigits, readTag } from './bytes.ts'
import { parseIso2709 } from './record.ts'
import { countOf } from '../../wording.ts'

/**
 * REPAIR: the last record of a file cut short (`008008027.mrc`, cut at exactly 65,536 bytes: its
 * record 19 has 3,034 of 3,475 bytes). When the leader and the whole directory arrived, and every
 * field before the cut is exactly where its entry says and ends with its terminator, those fields
 * are known for certain; the field the cut goes through and those after it are not there to read.
 * The record is read with the complete fields and a repair naming each field dropped; nothing is
 * guessed (a cut field is dropped whole, not kept half). Otherwise the record stays TRUNCATED.
 */
export function parseTruncated(bytes: Uint8Array, cut: RecordProblem, options: RecordOptions): ParsedRecord {
  const refused: ParsedRecord = { ok: false, problem: cut, problems: [cut], warnings: [] }
  const directoryEnd = bytes.indexOf(FIELD_TERMINATOR, 24)
  if (readDigits(bytes, 0, 5) < 0 || directoryEnd < 0 || (directoryEnd - 24) % 12 !== 0) return refused
  const base = directoryEnd + 1
  const count = (directoryEnd - 24) / 12
  let complete = 0
  let next = 0
  for (; complete < count; complete++) {
    const at = 24 + complete * 12
    const length = readDigits(bytes, at + 3, 4)
    const offset = readDigits(bytes, at + 7, 5)
    if (readTag(bytes, at) === undefined || length < 1 || offset !== next) return refused
    const end = base + offset + length - 1
    if (end >= bytes.length) break
    if (bytes[end] !== FIELD_TERMINATOR || bytes.subarray(base + offset, end).includes(FIELD_TERMINATOR)) return refused
    next = offset + length
  }
  if (complete === 0 || complete === count || base + next > bytes.length) return refused
  // The later entries must still be well-formed, in order, and start at or after the cut: else the
  // directory does not describe these bytes and the "complete" fields could be coincidences.
  for (let i = complete; i < count; i++) {
    const at = 24 + i * 12
    const length = readDigits(bytes, at + 3, 4)
    const offset = readDigits(bytes, at + 7, 5)
    if (readTag(bytes, at) === undefined || length < 1 || offset !== next) return refused
    next = offset + length
  }
  const keptData = bytes.subarray(base, base + sumOfLengths(bytes, complete))
  const record = new Uint8Array(24 + complete * 12 + 1 + keptData.length + 1)
  record.set(bytes.subarray(0, 24 + complete * 12), 0)
  record[24 + complete * 12] = FIELD_TERMINATOR
  record.set(keptData, 24 + complete * 12 + 1)
  record[record.length - 1] = RECORD_TERMINATOR
  writeDigits(record, 0, 5, record.length)
  writeDigits(record, 12, 5, 24 + complete * 12 + 1)
  const parsed = parseIso2709(record, options)
  if (!parsed.ok) return refused
  const dropped: string[] = []
  for (let i = complete; i < count; i++) {
    const at = 24 + i * 12
    const tag = String.fromCharCode(bytes[at] ?? 0, bytes[at + 1] ?? 0, bytes[at + 2] ?? 0)
    const length = readDigits(bytes, at + 3, 4)
    const start = base + readDigits(bytes, at + 7, 5)
    const present = Math.max(0, Math.min(length, bytes.length - start))
    dropped.push(`${fieldName(i, tag)}${present > 0 ? ` (${present} of its ${countOf(length, 'byte')})` : ''}`)
  }
  const repairWarning: RecordProblem = {
    code: 'TRUNCATED',
    message: `${cut.message}. The leader, the directory and ${complete} of its ${countOf(count, 'field')} arrived whole and were read; the input ends inside ${dropped.join(', ')}, dropped`,
    repair: `dropped ${dropped.length === 1 ? 'the field' : `the ${dropped.length} fields`} the input cut off: ${dropped.join(', ')}`,
  }
  return { ok: true, record: parsed.record, warnings: [repairWarning, ...parsed.warnings] }
}

function sumOfLengths(bytes: Uint8Array, count: number): number {
  let sum = 0
  for (let i = 0; i < count; i++) sum += readDigits(bytes, 24 + i * 12 + 3, 4)
  return sum
}

function writeDigits(bytes: Uint8Array, at: number, width: number, value: number): void {
  const text = String(value).padStart(width, '0').slice(-width)
  for (let i = 0; i < width; i++) bytes[at + i] = text.charCodeAt(i)
}
