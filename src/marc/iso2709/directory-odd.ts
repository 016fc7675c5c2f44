import { fieldName } from '../field-rules.ts'
import { problem, type RecordProblem } from '../problems.ts'
import { FIELD_TERMINATOR, SUBFIELD_DELIMITER, latin1, readTag } from './bytes.ts'
import type { FieldSlices } from './slices.ts'

/*
 * REPAIR: a directory that is not a whole number of 12-byte entries because ONE entry lost or
 * gained a byte (`pride-and-prejudice-with-many-errors.mrc`: 16 records whose 001 entry lost a
 * '0'; `bad_records.mrc` record 4: a stray byte after the only entry). The data area says how many
 * fields there are (its field terminators) and where each is; every other entry must name its
 * field exactly (length and offset as written), which pins down where the odd entry starts and
 * ends. Its tag is then accepted only when it is the one reading of its bytes that fits:
 * - the entry's bytes are the right tag + length + offset with one byte missing or one extra, and
 *   every way of putting that byte back gives the same tag — a tag rebuilt by putting a byte back
 *   must be numeric (a letter could be any of 52) and say what the field's bytes are (00X for a
 *   field without subfields, another number for a field with indicators and subfields);
 * - or the record has one field, and the one entry's tag (bytes 24-26, where ISO 2709 puts it) is
 *   a tag that says what the field's bytes are, its length and offset being garbage
 *   (`bad_records.mrc` record 5) and redundant: the data area is that field.
 * Anything else (two readings, no reading) leaves the record rejected.
 */

interface Terminated {
  starts: number[]
  ends: number[]
}

function terminatedFields(bytes: Uint8Array, base: number, dataEnd: number): Terminated {
  const starts: number[] = []
  const ends: number[] = []
  let start = base
  for (let at = bytes.indexOf(FIELD_TERMINATOR, base); at >= 0 && at < dataEnd; at = bytes.indexOf(FIELD_TERMINATOR, at + 1)) {
    starts.push(start)
    ends.push(at)
    start = at + 1
  }
  return { starts, ends }
}

function digits(value: number, width: number): string {
  return String(value).padStart(width, '0')
}

/** Whether the field's bytes fit the tag: 00X without a delimiter, another number with one after 2 indicators. */
function fitsField(tag: string, bytes: Uint8Array, start: number, end: number): boolean {
  if (!/^[0-9]{3}$/.test(tag)) return readTag(new TextEncoder().encode(tag), 0) !== undefined
  const delimiter = bytes.subarray(start, end).indexOf(SUBFIELD_DELIMITER)
  return tag.startsWith('00') ? delimiter < 0 : delimiter === 2
}

/** The tags `entry` can be read as, given that its length and offset must read `numbers`. */
function tagReadings(entry: string, numbers: string, bytes: Uint8Array, start: number, end: number): Set<string> {
  const readings = new Set<string>()
  const fits = (tag: string, rebuilt: boolean) => {
    if (rebuilt && !/^[0-9]{3}$/.test(tag)) return
    if (fitsField(tag, bytes, start, end)) readings.add(tag)
  }
  if (entry.length === 11) {
    // A byte lost in the numbers: the tag is intact.
    for (let p = 0; p <= 8; p++) if (numbers.slice(0, p) + numbers.slice(p + 1) === entry.slice(3)) fits(entry.slice(0, 3), false)
    // A byte lost in the tag: put each digit back at each place.
    if (entry.slice(2) === numbers) {
      for (let p = 0; p <= 2; p++) for (let d = 0; d <= 9; d++) fits(entry.slice(0, p) + String(d) + entry.slice(p, 2), true)
    }
  } else if (entry.length === 13) {
    for (let p = 3; p <= 12; p++) if (entry.slice(3, p) + entry.slice(p + 1) === numbers) fits(entry.slice(0, 3), false)
    for (let p = 0; p <= 3; p++) {
      const rest = entry.slice(0, p) + entry.slice(p + 1)
      if (rest.slice(3) === numbers) fits(rest.slice(0, 3), p < 3)
    }
  }
  return readings
}

export function oddDirectory(bytes: Uint8Array, base: number, dataEnd: number, warnings: RecordProblem[]): FieldSlices | undefined {
  const directoryLength = base - 1 - 24
  const { starts, ends } = terminatedFields(bytes, base, dataEnd)
  const count = starts.length
  if (count === 0) return undefined
  const odd = directoryLength - 12 * count
  const numbers = starts.map((start, i) => digits((ends[i] ?? 0) - start + 1, 4) + digits(start - base, 5))
  const solutions: Array<{ index: number; tag: string; tags: string[] }> = []
  if (odd === 1 || odd === -1) {
    for (let i = 0; i < count; i++) {
      const tags: string[] = []
      let ok = true
      for (let j = 0; j < count && ok; j++) {
        if (j === i) continue
        const at = 24 + 12 * j + (j > i ? odd : 0)
        const tag = readTag(bytes, at)
        if (tag === undefined || latin1(bytes, at + 3, at + 12) !== numbers[j]) ok = false
        else tags[j] = tag
      }
      if (!ok) continue
      const at = 24 + 12 * i
      const entry = latin1(bytes, at, at + 12 + odd)
      for (const tag of tagReadings(entry, numbers[i] ?? '', bytes, starts[i] ?? 0, ends[i] ?? 0)) {
        tags[i] = tag
        solutions.push({ index: i, tag, tags: [...tags] })
      }
    }
  }
  if (solutions.length === 0 && count === 1 && directoryLength > 12 && directoryLength < 24) {
    const tag = readTag(bytes, 24)
    if (tag !== undefined && /^[0-9]{3}$/.test(tag) && fitsField(tag, bytes, starts[0] ?? 0, ends[0] ?? 0)) {
      solutions.push({ index: 0, tag, tags: [tag] })
    }
  }
  // A stray byte between two entries belongs to either: the same tags either way, one reading.
  if (new Set(solutions.map((s) => s.tags.join())).size !== 1) return undefined
  const [solution] = solutions
  if (solution === undefined) return undefined
  const at = 24 + 12 * solution.index
  const entry = latin1(bytes, at, at + (count === 1 ? directoryLength : 12 + odd))
  warnings.push({
    ...problem(
      'BAD_DIRECTORY',
      `the directory is ${directoryLength} bytes long, not a multiple of 12: directory entry ${solution.index + 1} ('${entry}') is ${count === 1 ? directoryLength : 12 + odd} bytes; ${count === 1 ? 'the data area is one terminated field, so' : `every other entry names its field exactly and the data area has ${count} terminated fields, so`} ${fieldName(solution.index, solution.tag)} was located by its terminator`,
    ),
    field: solution.index + 1,
    repair: `directory entry ${solution.index + 1} read as tag ${solution.tag}, length and offset from the field terminators`,
  })
  return { tags: solution.tags, starts, ends, contiguous: true }
}
