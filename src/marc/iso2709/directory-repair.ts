import { fieldName } from '../field-rules.ts'
import { problem, type RecordProblem } from '../problems.ts'
import { FIELD_TERMINATOR, readDigits, readTag } from './bytes.ts'
import type { Entries, FieldSlices } from './slices.ts'
import { countOf } from '../../wording.ts'

/*
 * The repairs `locateFields` (directory.ts) falls back on, each accepted only when it accounts for
 * every field of the data area; otherwise the record is rejected with `firstInconsistency`.
 */

function terminatorPositions(bytes: Uint8Array, base: number, dataEnd: number): number[] {
  const positions: number[] = []
  for (let at = bytes.indexOf(FIELD_TERMINATOR, base); at >= 0 && at < dataEnd; at = bytes.indexOf(FIELD_TERMINATOR, at + 1)) {
    positions.push(at)
  }
  return positions
}

/** The first of the ascending `positions` at or after `at` (a binary search), or -1. */
function firstAtOrAfter(positions: readonly number[], at: number): number {
  let low = 0
  let high = positions.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if ((positions[middle] ?? 0) < at) low = middle + 1
    else high = middle
  }
  return positions[low] ?? -1
}

/** Case 2: fields between terminators, in directory order. */
export function byTerminators(
  bytes: Uint8Array,
  base: number,
  dataEnd: number,
  entries: Entries,
  warnings: RecordProblem[],
): FieldSlices | undefined {
  const { tags, lengths, offsets } = entries
  const terminators = terminatorPositions(bytes, base, dataEnd)
  if (terminators.length !== tags.length) return undefined
  const starts: number[] = []
  const ends: number[] = []
  let wrongLengths = 0
  let wrongOffsets = 0
  let ordered = true
  let start = base
  let firstWrong = { index: -1, found: 0 }
  for (let i = 0; i < terminators.length; i++) {
    const end = terminators[i] ?? 0
    if (end - start + 1 !== lengths[i]) {
      wrongLengths++
      if (firstWrong.index < 0) firstWrong = { index: i, found: end - start + 1 }
    }
    if (start - base !== offsets[i]) wrongOffsets++
    if (i > 0 && (offsets[i] ?? 0) <= (offsets[i - 1] ?? 0)) ordered = false
    starts.push(start)
    ends.push(end)
    start = end + 1
  }
  if (wrongLengths === 0) {
    warnings.push({
      ...problem(
        'LENGTH_MISMATCH',
        `${countOf(wrongOffsets, 'directory offset')} do not point at their fields (offsets past 99999 do not fit in 5 digits); every field length matches its terminator, so the fields were located by their lengths`,
      ),
      repair: 'directory offsets recomputed on writing',
    })
  } else if (ordered) {
    // One wrong length (`cp866_unimarc.marc`: entry 7 says 125 bytes for a field of 124, and every
    // later offset is one byte past its field) is named, with what the terminators say instead.
    const which =
      wrongLengths === 1
        ? `directory entry ${firstWrong.index + 1} says ${fieldName(firstWrong.index, tags[firstWrong.index] ?? '')} is ${countOf(lengths[firstWrong.index] ?? 0, 'byte')} long where its field terminator makes it ${firstWrong.found}, and ${countOf(wrongOffsets, 'offset')} disagree with the field terminators`
        : `${countOf(wrongLengths, 'directory length')} and ${countOf(wrongOffsets, 'offset')} disagree with the field terminators (counted in characters instead of bytes?)`
    warnings.push({
      ...problem(
        'LENGTH_MISMATCH',
        `${which}; the directory has as many entries as the data area has terminated fields, in the same order, so the fields were read between terminators in directory order`,
      ),
      ...(wrongLengths === 1 ? { field: firstWrong.index + 1 } : {}),
      repair: 'directory lengths and offsets recomputed on writing',
    })
  } else {
    return undefined
  }
  return { tags, starts, ends, contiguous: true }
}

/** The precise reason case 1 and 2 failed, for the rejection message. */
export function firstInconsistency(bytes: Uint8Array, base: number, dataEnd: number, entries: Entries): RecordProblem {
  const { tags, lengths, offsets } = entries
  const terminators = terminatorPositions(bytes, base, dataEnd)
  for (let i = 0; i < tags.length; i++) {
    const length = lengths[i] ?? 0
    const offset = offsets[i] ?? 0
    const end = base + offset + length - 1
    const where = `${fieldName(i, tags[i] ?? '')}: the directory says ${countOf(length, 'byte')} at offset ${offset}`
    if (end >= dataEnd) {
      return problem('LENGTH_MISMATCH', `${where}, beyond the end of the data area (${countOf(dataEnd - base, 'byte')})`)
    }
    if (length < 1 || bytes[end] !== FIELD_TERMINATOR || firstAtOrAfter(terminators, base + offset) !== end) {
      return problem(
        'LENGTH_MISMATCH',
        `${where}, which does not end at a field terminator, and the data area has ${terminators.length} terminated fields for ${tags.length} directory entries`,
      )
    }
  }
  const covered = lengths.reduce((sum, length) => sum + length, 0)
  const found = terminators.length
  return problem(
    'LENGTH_MISMATCH',
    `the directory accounts for ${covered} of the ${countOf(dataEnd - base, 'byte')} of the data area, which has ${countOf(found, 'terminated field')} for ${countOf(tags.length, 'directory entry')}`,
  )
}

const WIDTHS: ReadonlyArray<readonly [number, number]> = [
  [4, 5],
  [4, 6],
  [5, 5],
  [5, 6],
]

/** Case 3: entries wider than 12 bytes, each proven by the running offset and a terminator. */
export function readVariableEntries(
  bytes: Uint8Array,
  base: number,
  dataEnd: number,
): { slices: FieldSlices; warning: RecordProblem } | undefined {
  const directoryEnd = base - 1
  const tags: string[] = []
  const starts: number[] = []
  const ends: number[] = []
  const widened = new Map<string, { count: number; first: string }>()
  let at = 24
  let next = 0
  while (at < directoryEnd) {
    const tag = readTag(bytes, at)
    if (tag === undefined) return undefined
    let matched = false
    for (const [lengthWidth, offsetWidth] of WIDTHS) {
      if (at + 3 + lengthWidth + offsetWidth > directoryEnd) continue
      const length = readDigits(bytes, at + 3, lengthWidth)
      const offset = readDigits(bytes, at + 3 + lengthWidth, offsetWidth)
      const end = base + offset + length - 1
      if (length < 1 || offset !== next || end >= dataEnd || bytes[end] !== FIELD_TERMINATOR) continue
      if (bytes.indexOf(FIELD_TERMINATOR, base + offset) !== end) continue
      if (lengthWidth + offsetWidth !== 9) {
        const kind = [lengthWidth === 5 ? 'a 5-digit length' : '', offsetWidth === 6 ? 'a 6-digit offset' : ''].filter(Boolean).join(' and ')
        const seen = widened.get(kind)
        if (seen === undefined) widened.set(kind, { count: 1, first: fieldName(tags.length, tag) })
        else seen.count++
      }
      tags.push(tag)
      starts.push(base + offset)
      ends.push(end)
      next = offset + length
      at += 3 + lengthWidth + offsetWidth
      matched = true
      break
    }
    if (!matched) return undefined
  }
  if (at !== directoryEnd || base + next !== dataEnd || widened.size === 0) return undefined
  const kinds = [...widened].map(([kind, { count: n, first }]) => `${countOf(n, 'entry')} with ${kind} (the first: ${first})`)
  return {
    slices: { tags, starts, ends, contiguous: true },
    warning: {
      ...problem(
        'BAD_DIRECTORY',
        `the directory has ${kinds.join('; ')}, too large for ISO 2709's 12-byte entries; every entry was confirmed by the running offset and a field terminator`,
      ),
      repair: 'directory entries wider than 12 bytes read by the running offset; the directory is rebuilt with 12-byte entries on writing',
    },
  }
}
