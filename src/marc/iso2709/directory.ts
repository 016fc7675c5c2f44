import { problem, type RecordProblem } from '../problems.ts'
import { FIELD_TERMINATOR, latin1, readDigits, readTag } from './bytes.ts'
import { oddDirectory } from './directory-odd.ts'
import { byTerminators, firstInconsistency, readVariableEntries } from './directory-repair.ts'
import type { Entries, FieldSlices } from './slices.ts'
import { countOf } from '../../wording.ts'

/**
 * Locates the fields of one record. `base` is the byte after the directory's terminator (the real
 * base address, whatever Ldr/12-16 says); `dataEnd` is the index of the record terminator, and the
 * byte before it has been checked to be a field terminator.
 *
 * Tried in order, the first that accounts for every field wins:
 * 1. the directory as written (12-byte entries; offsets and lengths end at field terminators);
 * 2. the field terminators, when the directory has as many entries as the data area has fields and
 *    either every length is right (offsets overflowed 5 digits: `bad_hathi_records.mrc` record 4,
 *    `bad_too_long_plus_2.mrc` record 1) or the offsets are in order (lengths counted in
 *    characters instead of bytes: `marc_with_bad_utf8.utf8.marc`, `bad_subfield_code.dat`; one
 *    length off by one, every later offset one byte past its field: `cp866_unimarc.marc`);
 * 3. entries of 13 or 14 bytes, each checked against the running offset and a terminator (6-digit
 *    offsets past byte 99999: `datos-20161010-slice.mrc`; a 5-digit length for a field over 9999
 *    bytes: `bad_oversize_field_bad_directory.mrc` record 2).
 * 2 and 3 add a warning; if none fits, the record is rejected with the first inconsistency found.
 */
export function locateFields(
  bytes: Uint8Array,
  base: number,
  dataEnd: number,
  warnings: RecordProblem[],
  repair = false,
): FieldSlices | RecordProblem {
  const directoryLength = base - 1 - 24
  let fixedFailure: RecordProblem | undefined
  if (directoryLength % 12 === 0) {
    const normal = contiguousLayout(bytes, base, dataEnd, directoryLength / 12)
    if (normal !== undefined) return normal
    const entries = readFixedEntries(bytes, directoryLength / 12)
    if ('tags' in entries) {
      const slices =
        asWritten(bytes, base, dataEnd, entries) ?? byTerminators(bytes, base, dataEnd, entries, warnings)
      if (slices !== undefined) return slices
    }
    const withoutImpossible = repair
      ? (withoutImpossibleEntries(bytes, base, dataEnd, directoryLength / 12, warnings) ??
        withoutUnnamedFields(bytes, base, dataEnd, directoryLength / 12, warnings))
      : undefined
    if (withoutImpossible !== undefined) return withoutImpossible
    if (!('tags' in entries)) return entries
    fixedFailure = firstInconsistency(bytes, base, dataEnd, entries)
  }
  const variable = readVariableEntries(bytes, base, dataEnd)
  if (variable !== undefined) {
    warnings.push(variable.warning)
    return variable.slices
  }
  const odd = repair && directoryLength % 12 !== 0 ? oddDirectory(bytes, base, dataEnd, warnings) : undefined
  if (odd !== undefined) return odd
  return (
    fixedFailure ??
    problem(
      'BAD_DIRECTORY',
      `the directory is ${countOf(directoryLength, 'byte')} long, not a multiple of 12 (it starts '${latin1(bytes, 24, Math.min(base - 1, 48))}')`,
    )
  )
}

/**
 * REPAIR: the directory without the entries that cannot describe a field — a tag that is not
 * letters or digits (0x1F and blanks: a corrupted entry), a length or offset that is not a number,
 * a field starting beyond the data area — accepted only when what remains pairs up with the field
 * terminators as written or one to one (yaz recovers every real field of such records the same
 * way, with one warning). Each skipped entry is a repair warning.
 */
function withoutImpossibleEntries(
  bytes: Uint8Array,
  base: number,
  dataEnd: number,
  count: number,
  warnings: RecordProblem[],
): FieldSlices | undefined {
  const entries: Entries = { tags: [], lengths: [], offsets: [] }
  const skipped: RecordProblem[] = []
  for (let i = 0, at = 24; i < count; i++, at += 12) {
    const tag = readTag(bytes, at)
    const length = readDigits(bytes, at + 3, 4)
    const offset = readDigits(bytes, at + 7, 5)
    if (tag !== undefined && length > 0 && offset >= 0 && base + offset < dataEnd) {
      entries.tags.push(tag)
      entries.lengths.push(length)
      entries.offsets.push(offset)
      continue
    }
    skipped.push({
      ...problem('BAD_DIRECTORY', `directory entry ${i + 1} ('${latin1(bytes, at, at + 12)}') cannot describe a field; skipped`),
      repair: `skipped directory entry ${i + 1}`,
    })
  }
  if (skipped.length === 0 || entries.tags.length === 0) return undefined
  const mark = warnings.length
  const slices = asWritten(bytes, base, dataEnd, entries) ?? byTerminators(bytes, base, dataEnd, entries, warnings)
  if (slices === undefined) {
    warnings.length = mark
    return undefined
  }
  warnings.push(...skipped)
  return slices
}

/**
 * REPAIR: entries whose tag is not a tag (`bad_indicator.dat`: '0 2', an ISBN field that lost a
 * digit of its tag and its indicators) but whose length and offset point exactly at a terminated
 * field, every other entry pairing up with its field too. The field is real, but which field it is
 * cannot be known, and any tag we gave it would be a guess: the fields are located as written,
 * the unnamed one under its bytes as found, and `buildFields` (fields.ts) drops it with its text
 * quoted in the warning, so every field keeps its directory position in messages.
 */
function withoutUnnamedFields(
  bytes: Uint8Array,
  base: number,
  dataEnd: number,
  count: number,
  warnings: RecordProblem[],
): FieldSlices | undefined {
  const entries: Entries = { tags: [], lengths: [], offsets: [] }
  let unnamed = 0
  for (let i = 0, at = 24; i < count; i++, at += 12) {
    const tag = readTag(bytes, at)
    const length = readDigits(bytes, at + 3, 4)
    const offset = readDigits(bytes, at + 7, 5)
    if (length < 1 || offset < 0) return undefined
    if (tag === undefined) unnamed++
    entries.tags.push(tag ?? latin1(bytes, at, at + 3))
    entries.lengths.push(length)
    entries.offsets.push(offset)
  }
  if (unnamed === 0 || unnamed === count) return undefined
  const mark = warnings.length
  const slices = asWritten(bytes, base, dataEnd, entries) ?? byTerminators(bytes, base, dataEnd, entries, warnings)
  if (slices === undefined) warnings.length = mark
  return slices
}

/** The normal record, in one pass: 12-byte entries, fields back to back in directory order. */
function contiguousLayout(bytes: Uint8Array, base: number, dataEnd: number, count: number): FieldSlices | undefined {
  const tags: string[] = []
  const starts: number[] = []
  const ends: number[] = []
  let next = base
  for (let at = 24; at < 24 + count * 12; at += 12) {
    const tag = readTag(bytes, at)
    const length = readDigits(bytes, at + 3, 4)
    if (tag === undefined || length < 1 || readDigits(bytes, at + 7, 5) !== next - base) return undefined
    const end = next + length - 1
    if (end >= dataEnd || bytes[end] !== FIELD_TERMINATOR) return undefined
    tags.push(tag)
    starts.push(next)
    ends.push(end)
    next = end + 1
  }
  return next === dataEnd ? { tags, starts, ends, contiguous: true } : undefined
}

function readFixedEntries(bytes: Uint8Array, count: number): Entries | RecordProblem {
  const tags: string[] = new Array<string>(count)
  const lengths: number[] = new Array<number>(count)
  const offsets: number[] = new Array<number>(count)
  for (let i = 0, at = 24; i < count; i++, at += 12) {
    const tag = readTag(bytes, at)
    if (tag === undefined) {
      return problem(
        'BAD_DIRECTORY',
        `directory entry ${i + 1} has tag '${latin1(bytes, at, at + 3)}'; a tag is 3 ASCII letters or digits`,
      )
    }
    const length = readDigits(bytes, at + 3, 4)
    const offset = readDigits(bytes, at + 7, 5)
    if (length < 0 || offset < 0) {
      return problem(
        'BAD_DIRECTORY',
        `directory entry ${i + 1} ('${latin1(bytes, at, at + 12)}') has a non-numeric field length or offset`,
      )
    }
    tags[i] = tag
    lengths[i] = length
    offsets[i] = offset
  }
  return { tags, lengths, offsets }
}

/** Case 1: every entry points at exactly one terminated field. */
function asWritten(bytes: Uint8Array, base: number, dataEnd: number, entries: Entries): FieldSlices | undefined {
  const { tags, lengths, offsets } = entries
  const count = tags.length
  const starts: number[] = new Array<number>(count)
  const ends: number[] = new Array<number>(count)
  let next = 0
  let contiguous = true
  for (let i = 0; i < count; i++) {
    const length = lengths[i] ?? 0
    const offset = offsets[i] ?? 0
    const start = base + offset
    const end = start + length - 1
    if (length < 1 || end >= dataEnd || bytes[end] !== FIELD_TERMINATOR) return undefined
    if (offset !== next) contiguous = false
    next = offset + length
    starts[i] = start
    ends[i] = end
  }
  if (contiguous && base + next === dataEnd) return { tags, starts, ends, contiguous: true }
  // Out-of-order entries are legal ISO 2709 (`unordered-directory-entries.mrc`), but then each
  // field must be checked for a stray terminator inside it, and the fields must still cover the
  // data area exactly once — both of which contiguity otherwise implies. Bytes no entry points
  // at would be content silently dropped. Tiling first: once the fields are known not to overlap,
  // the terminator searches cover the data area once (entries all pointing at one long field
  // would otherwise search it once each).
  if (!tilesDataArea(starts, ends, base, dataEnd)) return undefined
  for (let i = 0; i < count; i++) {
    const start = starts[i] ?? 0
    if (bytes.indexOf(FIELD_TERMINATOR, start) !== ends[i]) return undefined
  }
  return { tags, starts, ends, contiguous: false }
}

/** Whether the fields, in any order, cover `[base, dataEnd)` exactly, without gaps or overlaps. */
function tilesDataArea(starts: number[], ends: number[], base: number, dataEnd: number): boolean {
  const order = starts.map((_, i) => i).sort((a, b) => (starts[a] ?? 0) - (starts[b] ?? 0))
  let next = base
  for (const i of order) {
    if (starts[i] !== next) return false
    next = (ends[i] ?? 0) + 1
  }
  return next === dataEnd
}
