import { ByteQueue } from '../byte-queue.ts'
import { copyOf } from '../iso2709/bytes.ts'
import { MAX_RECORD_BYTES } from '../iso2709/frame.ts'
import { problem, type RecordProblem } from '../problems.ts'

export interface JsonRecordChunk {
  bytes: Uint8Array
  /** 1-based line where the record's text starts, for messages. */
  line: number
  problem?: RecordProblem
}

const QUOTE = 0x22
const BACKSLASH = 0x5c

/**
 * How deep arrays and objects may nest inside a record: MARC-in-JSON needs 5 (record, fields,
 * field, field body, subfields, subfield is 6 with the top-level array). A record nested deeper
 * is reported without being parsed, so no JSON parser ever sees the 200,000-deep nesting a hostile
 * file can hold in a few hundred kilobytes.
 */
export const MAX_JSON_DEPTH = 32

function isBlank(byte: number): boolean {
  return byte === 0x20 || byte === 0x0a || byte === 0x0d || byte === 0x09
}

/**
 * Cuts MARC-in-JSON into one text per record, without parsing the document as a whole: a single
 * record object, an array of them (`pymarc/batch.json`), or objects one after another (JSON
 * Lines, how large MARC-in-JSON dumps are usually written). Each record is then parsed on its own,
 * so an invalid record costs only itself and memory is bounded by the largest record. It only
 * tracks strings and bracket depth: a syntax error inside a record is found by `JSON.parse`.
 */
export class MarcJsonSplitter {
  private readonly queue = new ByteQueue()
  private buf: Uint8Array = new Uint8Array(0)
  private scan = 0
  private depth = 0
  private inString = false
  private escaped = false
  private inTopArray = false
  private start = -1
  private scalar = false
  private line = 1
  private startLine = 1
  /** Line where the current record first nested past MAX_JSON_DEPTH (0: it has not). */
  private tooDeepLine = 0

  push(chunk: Uint8Array, out: JsonRecordChunk[]): void {
    const keep = this.start >= 0 ? this.start : this.scan
    this.queue.discard(keep)
    this.queue.append(chunk)
    this.buf = this.queue.view()
    this.scan -= keep
    if (this.start >= 0) this.start -= keep
    this.run(out)
    if (this.start >= 0 && this.buf.length - this.start > MAX_RECORD_BYTES) {
      out.push({
        bytes: copyOf(this.buf, this.start, this.start + MAX_RECORD_BYTES),
        line: this.startLine,
        problem: problem('INVALID_JSON', `the record starting at line ${this.startLine} does not end within ${MAX_RECORD_BYTES} bytes`),
      })
      this.start = -1
      this.tooDeepLine = 0
      this.depth = this.inTopArray ? 1 : 0
      this.inString = false
    }
  }

  end(out: JsonRecordChunk[]): void {
    if (this.start < 0) return
    if (this.scalar) {
      this.emit(this.buf.length, out)
      return
    }
    out.push({
      bytes: copyOf(this.buf, this.start),
      line: this.startLine,
      problem: problem('TRUNCATED', `the input ends inside the record that starts at line ${this.startLine}`),
    })
    this.start = -1
  }

  private recordLevel(): number {
    return this.inTopArray ? 1 : 0
  }

  private emit(end: number, out: JsonRecordChunk[]): void {
    const chunk: JsonRecordChunk = { bytes: copyOf(this.buf, this.start, end), line: this.startLine }
    if (this.tooDeepLine > 0) {
      chunk.problem = problem(
        'NESTING_TOO_DEEP',
        `arrays and objects nest more than ${MAX_JSON_DEPTH} deep inside the record (from line ${this.tooDeepLine}); MARC-in-JSON needs 5 levels`,
      )
    }
    out.push(chunk)
    this.start = -1
    this.scalar = false
    this.tooDeepLine = 0
  }

  private run(out: JsonRecordChunk[]): void {
    const buf = this.buf
    for (let i = this.scan; i < buf.length; i++) {
      const byte = buf[i] ?? 0
      if (byte === 0x0a) this.line++
      if (this.inString) {
        if (this.escaped) this.escaped = false
        else if (byte === BACKSLASH) this.escaped = true
        else if (byte === QUOTE) this.inString = false
        continue
      }
      if (this.scalar) {
        if (isBlank(byte) || byte === 0x2c || byte === 0x5d) {
          this.emit(i, out)
          i--
          if (byte === 0x0a) this.line--
        } else if (byte === QUOTE) {
          this.inString = true
        }
        continue
      }
      if (byte === QUOTE) {
        if (this.start < 0) this.open(i, true)
        this.inString = true
        continue
      }
      if (byte === 0x7b || byte === 0x5b) {
        if (this.depth === 0 && byte === 0x5b && !this.inTopArray && this.start < 0) {
          this.inTopArray = true
          this.depth = 1
          continue
        }
        if (this.start < 0) this.open(i, false)
        this.depth++
        if (this.depth - this.recordLevel() > MAX_JSON_DEPTH && this.tooDeepLine === 0) this.tooDeepLine = this.line
        continue
      }
      if (byte === 0x7d || byte === 0x5d) {
        if (this.start < 0) {
          if (byte === 0x5d && this.inTopArray && this.depth === 1) {
            this.inTopArray = false
            this.depth = 0
          }
          continue
        }
        this.depth--
        if (this.depth === this.recordLevel()) this.emit(i + 1, out)
        continue
      }
      if (this.start < 0 && !isBlank(byte) && byte !== 0x2c) this.open(i, true)
    }
    this.scan = buf.length
  }

  /** A record (or a stray scalar, reported later as not a record) starts at `at`. */
  private open(at: number, scalar: boolean): void {
    this.start = at
    this.startLine = this.line
    this.scalar = scalar
  }
}
