import { ByteQueue } from '../byte-queue.ts'
import { problem, type RecordProblem } from '../problems.ts'
import { FIELD_TERMINATOR, RECORD_TERMINATOR, copyOf, isPadding, latin1, readDigits } from './bytes.ts'
import { countOf } from '../../wording.ts'

/**
 * A record's bytes as cut from the stream, or bytes that could only be reported. `junk`: bytes
 * that are no record (only when the framer was asked to tell them apart).
 */
export type Frame = { bytes: Uint8Array; problem?: RecordProblem; junk?: true }

/**
 * A record over this size without a record terminator is not a record: stop buffering (memory
 * stays bounded even for a multi-gigabyte file with no 0x1D) and resynchronise at the next
 * terminator. The largest real record in the test data is 1.1 MB (`bad_hathi_records.mrc`).
 */
export const MAX_RECORD_BYTES = 16 * 1024 * 1024

/**
 * Cuts a byte stream into records. Records are framed by the record terminator, not by
 * Ldr/00-04: real files carry lengths that are wrong (off by one, counted in characters, capped at
 * 99999, or taken mod 100000 — see SOURCES.md), while a 0x1D inside text never occurs in valid
 * MARC-8 or UTF-8. The leader length is still used where it is the only evidence: to tell a
 * missing terminator (two records glued together) and a truncated last record.
 *
 * Every returned `bytes` is a copy: callers may keep it (it becomes the downloadable raw record)
 * after the source has reused its buffer.
 */
export class Iso2709Framer {
  private readonly carry = new ByteQueue()
  private readonly slab = SHARED_SLAB
  private skipping = false
  /**
   * Report what is no record as junk frames — padding included, so that every byte is in a
   * frame — instead of as records (stray terminators, text) or not at all (padding).
   */
  private readonly separateJunk: boolean

  constructor(separateJunk = false) {
    this.separateJunk = separateJunk
  }

  push(chunk: Uint8Array, out: Frame[]): void {
    let pos = 0
    if (this.skipping || this.carry.length > 0) {
      const end = chunk.indexOf(RECORD_TERMINATOR)
      if (end < 0) {
        this.hold(chunk, out)
        return
      }
      if (this.skipping) {
        this.skipping = false
      } else {
        this.carry.append(chunk.subarray(0, end + 1))
        const bytes = copyOf(this.carry.view())
        this.carry.clear()
        this.candidate(bytes, out)
      }
      pos = end + 1
    }
    while (pos < chunk.length) {
      const padded = pos
      while (pos < chunk.length && isPadding(chunk[pos] ?? 0)) pos++
      if (this.separateJunk && pos > padded) out.push(padding(copyOf(chunk, padded, pos)))
      if (pos >= chunk.length) break
      const end = chunk.indexOf(RECORD_TERMINATOR, pos)
      if (end < 0) {
        this.hold(chunk.subarray(pos), out)
        break
      }
      this.candidate(this.slab.copy(chunk, pos, end + 1), out)
      pos = end + 1
    }
  }

  end(out: Frame[]): void {
    if (this.carry.length === 0) return
    let bytes = copyOf(this.carry.view())
    this.carry.clear()
    let length = bytes.length
    while (length > 0 && isPadding(bytes[length - 1] ?? 0)) length--
    // The padding after the last bytes is not part of them (a final newline, say).
    const tail = bytes.subarray(length)
    bytes = bytes.subarray(0, length)
    const declared = readDigits(bytes, 0, 5)
    if (declared < 0) {
      const frame: Frame = {
        bytes,
        problem: problem(
          'TRAILING_JUNK',
          `${countOf(bytes.length, 'byte')} after the last record ${bytes.length === 1 ? 'is' : 'are'} not a MARC record (${bytes.length === 1 ? 'it is' : 'they start'} '${latin1(bytes, 0, 24)}')`,
        ),
      }
      if (this.separateJunk) frame.junk = true
      out.push(frame)
    } else if ((declared === length + 1 || declared === length) && bytes[length - 1] === FIELD_TERMINATOR) {
      out.push({
        bytes,
        problem: problem('MISSING_TERMINATOR', 'the last record is complete but has no record terminator (0x1D)'),
      })
    } else {
      out.push({
        bytes,
        problem: problem(
          'TRUNCATED',
          `the input ends ${countOf(length, 'byte')} into a record whose leader announces ${countOf(declared, 'byte')}; the rest of the record is missing`,
        ),
      })
    }
    if (this.separateJunk && tail.length > 0) out.push(padding(tail))
  }

  /** Buffers an incomplete record, giving up (and reporting) past MAX_RECORD_BYTES. */
  private hold(part: Uint8Array, out: Frame[]): void {
    if (this.skipping) return
    this.carry.append(part)
    if (this.carry.length <= MAX_RECORD_BYTES) return
    const bytes = copyOf(this.carry.view())
    this.carry.clear()
    this.skipping = true
    out.push({
      bytes,
      problem: problem(
        'MISSING_TERMINATOR',
        `no record terminator (0x1D) within ${MAX_RECORD_BYTES} bytes; the data up to the next terminator was skipped`,
      ),
    })
  }

  /** One terminator-delimited chunk: usually one record, sometimes junk or glued records. */
  private candidate(bytes: Uint8Array, out: Frame[]): void {
    if (readDigits(bytes, 0, 5) < 0) {
      const start = findRecordStart(bytes)
      if (start > 0) {
        const junk: Frame = {
          bytes: bytes.subarray(0, start),
          problem: problem(
            'TRAILING_JUNK',
            `${countOf(start, 'byte')} before a record ${start === 1 ? 'is' : 'are'} not a MARC record (${start === 1 ? 'it is' : 'they start'} '${latin1(bytes, 0, Math.min(start, 24))}')`,
          ),
        }
        if (this.separateJunk) junk.junk = true
        out.push(junk)
        bytes = bytes.subarray(start)
      } else if (this.separateJunk) {
        // Not the start of a record (no five-digit length), and no record starts inside: a stray
        // record terminator, or text ended by one.
        out.push({
          bytes,
          junk: true,
          problem: problem(
            'TRAILING_JUNK',
            bytes.length === 1
              ? 'a stray record terminator (0x1D) outside any record'
              : `${bytes.length} bytes outside any record, up to a record terminator, are not a MARC record (they start '${latin1(bytes, 0, 24)}')`,
          ),
        })
        return
      }
    }
    // Leader lengths chained exactly to the end of the chunk, each boundary right after a field
    // terminator and before the digits of a leader: records glued together without their record
    // terminators. MARC 21's Ldr/00-04 counts the record terminator, so a record that lost it ends
    // one byte before its stated length; some writers leave the terminator out of the count, so
    // the stated length itself is the other candidate.
    const cuts: number[] = []
    let at = 0
    for (;;) {
      const declared = readDigits(bytes, at, 5)
      if (declared <= 24) break
      if (at + declared === bytes.length) {
        at = bytes.length
        break
      }
      const next = gluedBoundary(bytes, at + declared - 1) ?? gluedBoundary(bytes, at + declared)
      if (next === undefined) break
      cuts.push(next)
      at = next
    }
    if (at !== bytes.length) cuts.length = 0
    let from = 0
    for (const cut of cuts) {
      const declared = readDigits(bytes, from, 5)
      out.push({
        bytes: bytes.subarray(from, cut),
        problem: problem(
          'MISSING_TERMINATOR',
          `the record has no record terminator (0x1D): its ${countOf(cut - from, 'byte')} end with a field terminator where its leader's length (${declared}) ends it, and the next record starts right after`,
        ),
      })
      from = cut
    }
    out.push({ bytes: from === 0 ? bytes : bytes.subarray(from) })
  }
}

/** `at` when a record can end there and another start: a field terminator before, a leader after. */
function gluedBoundary(bytes: Uint8Array, at: number): number | undefined {
  return at < bytes.length && bytes[at - 1] === FIELD_TERMINATOR && readDigits(bytes, at, 5) > 24 ? at : undefined
}

function padding(bytes: Uint8Array): Frame {
  return {
    bytes,
    junk: true,
    problem: problem('PADDING', `${countOf(bytes.length, 'byte')} of padding (blanks, line ends, NUL or Ctrl-Z) outside any record`),
  }
}

const SLAB_BYTES = 256 * 1024

/**
 * Copies of records, carved out of 256 KiB blocks (8-byte aligned, which `hasControlByte` likes)
 * instead of one allocation each: on the hot path a fresh ArrayBuffer per record costs more than
 * the copy. The price is the usual one of pooled buffers: a record kept alive keeps its block.
 * One slab serves every framer: a carved copy is never written again, and a framer per record
 * (readSingleRecord, the runner's bulk files) must not cost a fresh 256 KiB block each.
 */
class RecordSlab {
  private block = new Uint8Array(0)
  private used = 0

  copy(view: Uint8Array, start: number, end: number): Uint8Array {
    const length = end - start
    if (length > SLAB_BYTES / 8) return copyOf(view, start, end)
    if (this.used + length > this.block.length) {
      this.block = new Uint8Array(SLAB_BYTES)
      this.used = 0
    }
    const at = this.used
    this.block.set(view.subarray(start, end), at)
    this.used = (at + length + 7) & ~7
    return this.block.subarray(at, at + length)
  }
}

const SHARED_SLAB = new RecordSlab()

/**
 * Where a record starts inside junk: a leader whose length takes us exactly to the end of the
 * chunk and whose base address lands right after a directory of whole 12-byte entries, ended by a
 * field terminator. Anything weaker finds "records" in text (a base address can equal the rest of
 * the chunk by coincidence).
 */
function findRecordStart(bytes: Uint8Array): number {
  for (let i = 1; i + 24 < bytes.length; i++) {
    const byte = bytes[i] ?? 0
    if (byte < 0x30 || byte > 0x39 || readDigits(bytes, i, 5) !== bytes.length - i) continue
    const base = readDigits(bytes, i + 12, 5)
    if (base > 24 && (base - 25) % 12 === 0 && bytes[i + base - 1] === FIELD_TERMINATOR) return i
  }
  return -1
}
