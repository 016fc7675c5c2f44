import { escapeSequence, hexByte, hexBytes } from './describe.ts'
import { readEscape } from './escape.ts'
import type { Marc8Replacements, Marc8Result } from './result.ts'
import { readNcr } from './ncr.ts'
import {
  CODE_POINT_MASK,
  COMBINING,
  NO_OUTPUT,
  NOT_IN_SET,
  type Marc8CharacterSet,
  type Marc8CodeTables,
  type MultiByteCharacterSet,
} from './tables.ts'

const ESC = 0x1b
const SPACE = 0x20
const AMPERSAND = 0x26
const REPLACEMENT_CHARACTER = 0xfffd
const CONTROL_NAMES: ReadonlyMap<number, string> = new Map([
  [0x1d, 'record terminator 0x1D'],
  [0x1e, 'field terminator 0x1E'],
  [0x1f, 'subfield delimiter 0x1F'],
])

// The output as UTF-16LE bytes, reused across calls (decoding is synchronous, so never shared) and
// turned into a string by one native `toString('utf16le')`, several times faster than
// String.fromCharCode over the code units. Every input byte yields at most one code unit (an EACC
// triple or an NCR at most two, a U+FFFD one for at least one byte), so twice the input length
// always suffices.
let output = Buffer.alloc(2048)

/**
 * The ISO 2022 state machine for one field; `decodeMarc8` has already ruled out pure ASCII. With
 * `replace`, bytes that are not MARC-8 become U+FFFD instead of failing the field (see `fail`).
 */
export function decodeStateful(bytes: Uint8Array, tables: Marc8CodeTables, compose = true, replace = false): Marc8Result {
  if (output.length < 2 * bytes.length) output = Buffer.alloc(Math.max(2 * bytes.length, 2 * output.length))
  return new FieldDecoding(bytes, tables, output, replace).run(compose)
}

class FieldDecoding {
  private readonly bytes: Uint8Array
  private readonly tables: Marc8CodeTables
  private readonly output: Buffer
  private readonly replace: boolean
  private g0: Marc8CharacterSet
  private g1: Marc8CharacterSet
  /** Bytes written to `output`. */
  private length = 0
  /** Set once a code point that NFC could change or compose (U+0300 and up) has been written. */
  private beyondLatin = false
  /** Combining marks read but not yet written: MARC-8 puts them before their base, Unicode after. */
  private readonly marks: number[] = []
  /** Byte offset of the first pending mark (-1: none), kept even for marks LC maps to nothing. */
  private markOffset = -1
  private markSet = ''
  /** Bytes the pending marks were read from (what replaces them counts, when they have no base). */
  private markBytes = 0
  private failure: { reason: string; offset: number } | undefined
  private replaced: Marc8Replacements | undefined

  constructor(bytes: Uint8Array, tables: Marc8CodeTables, output: Buffer, replace: boolean) {
    this.bytes = bytes
    this.tables = tables
    this.output = output
    this.replace = replace
    this.g0 = tables.basicLatin
    this.g1 = tables.extendedLatin
  }

  run(compose: boolean): Marc8Result {
    const { bytes } = this
    let i = 0
    while (i < bytes.length && i >= 0) {
      const byte = bytes[i]!
      if (byte === ESC) i = this.escape(i)
      else if (byte >= 0x21 && byte <= 0x7e) i = this.graphic(this.g0, i)
      else if (byte >= 0xa1 && byte <= 0xfe) i = this.graphic(this.g1, i)
      else i = this.fixed(i)
    }
    if (this.failure === undefined && this.markOffset >= 0) this.danglingMark('end of data')
    if (this.failure !== undefined) return { ok: false, ...this.failure }
    const text = this.output.toString('utf16le', 0, this.length)
    if (this.replaced !== undefined) {
      return { ok: true, text: compose && this.beyondLatin ? text.normalize('NFC') : text, replaced: this.replaced }
    }
    // NFC because the service stores NFC: MARC-8 diacritics come out as base + combining marks
    // (what yaz-marcdump leaves in its output) and would otherwise never compare equal to text
    // typed or imported as precomposed UTF-8. Below U+0300 there is nothing NFC would change.
    // (NFC also folds three Basic Greek mappings, U+0374, U+037E, U+0387, into their canonical
    // equivalents U+02B9, ';' and U+00B7; no other code-table entry changes.)
    return { ok: true, text: compose && this.beyondLatin ? text.normalize('NFC') : text }
  }

  private escape(i: number): number {
    const outcome = readEscape(this.bytes, i, this.tables)
    if (!outcome.ok) return this.fail(outcome.reason, i, this.uncontrolled(i, outcome.length))
    const end = i + outcome.length
    const { set, graphicSet } = outcome
    const isDefault = set === (graphicSet === 0 ? this.tables.basicLatin : this.tables.extendedLatin)
    const next = this.bytes[end]
    if (!isDefault && (next === undefined || CONTROL_NAMES.has(next))) {
      // Designating a set and ending the subfield before using it says nothing, since the next
      // subfield starts from the defaults. In the test data it only occurs where the data is broken:
      // marc4j/cyrillic_capital_e.mrc has `ESC ( N 0x1F KSMO` for "ЭКСМО", the Cyrillic Э (0x7C)
      // having been written as a subfield delimiter; passing it through would forge a subfield $K.
      const after = next === undefined ? 'end of data' : CONTROL_NAMES.get(next)
      return this.fail(
        `escape sequence ${escapeSequence(this.bytes, i, end)} designates the ${set.name} set ` +
          `but is directly followed by ${after}, so no character uses it`,
        i,
        outcome.length,
      )
    }
    if (graphicSet === 0) this.g0 = set
    else this.g1 = set
    return end
  }

  private graphic(set: Marc8CharacterSet, i: number): number {
    if (set.bytesPerChar === 3) return this.multibyte(set, i)
    const byte = this.bytes[i]!
    if (byte === AMPERSAND && set === this.tables.basicLatin) {
      const ncr = readNcr(this.bytes, i)
      if (ncr !== undefined) {
        this.base(ncr.codePoint)
        return i + ncr.length
      }
    }
    const value = set.chars[byte & 0x7f]!
    if (value === NOT_IN_SET) return this.fail(`byte ${hexByte(byte)} is not in the ${set.name} set`, i, 1)
    this.emit(value, set, i)
    return i + 1
  }

  /** EACC: three bytes per character, all from the same half (G0: 0x21–0x7E, G1: 0xA1–0xFE). */
  private multibyte(set: MultiByteCharacterSet, i: number): number {
    const { bytes } = this
    const end = i + 3
    for (let j = i + 1; j < end; j++) {
      const byte = bytes[j]
      // A control or ESC inside a character means it was cut short, not that it is unknown.
      if (byte === undefined || byte < SPACE) {
        const after = byte === undefined ? 'at end of data' : `followed by ${hexByte(byte)}`
        return this.fail(`incomplete ${set.name} character ${hexBytes(bytes, i, j)} ${after}`, i, j - i)
      }
    }
    const b1 = bytes[i]!
    const b2 = bytes[i + 1]!
    const b3 = bytes[i + 2]!
    const high = b1 >= 0x80
    const sameHalf = high ? b2 >= 0xa0 && b3 >= 0xa0 : b2 < 0x80 && b3 < 0x80
    const value = sameHalf ? set.chars.get(((b1 & 0x7f) << 16) | ((b2 & 0x7f) << 8) | (b3 & 0x7f)) : undefined
    if (value === undefined) return this.fail(`bytes ${hexBytes(bytes, i, end)} are not in the ${set.name} set`, i, 3)
    this.emit(value, set, i)
    return end
  }

  /** Bytes outside both graphic halves: SPACE, the MARC controls, or bytes MARC-8 does not use. */
  private fixed(i: number): number {
    const byte = this.bytes[i]!
    const value = this.tables.fixed[byte]!
    if (value === NOT_IN_SET) return this.fail(this.unusedByte(byte), i, 1)
    if (byte === SPACE) {
      this.base(SPACE)
      return i + 1
    }
    const control = CONTROL_NAMES.get(byte) ?? `control ${hexByte(byte)}`
    if (this.markOffset >= 0 && this.danglingMark(`followed by ${control}`) < 0) return -1
    this.put(value & CODE_POINT_MASK)
    if (CONTROL_NAMES.has(byte)) {
      // Every reference decoder (yaz, marc4j, pymarc, ruby-marc) converts subfield by subfield from
      // the default sets, and records rely on it: fields end in Hebrew or Cyrillic without
      // switching back, and the next subfield code must still be read as ASCII.
      this.g0 = this.tables.basicLatin
      this.g1 = this.tables.extendedLatin
    }
    return i + 1
  }

  private unusedByte(byte: number): string {
    if (byte === 0x7f) return 'byte 0x7F (DELETE) is not a MARC-8 character'
    if (byte < SPACE || (byte >= 0x80 && byte <= 0x9f)) return `byte ${hexByte(byte)} is a control character MARC-8 does not use`
    return `byte ${hexByte(byte)} is not in the ${this.g1.name} set` // 0xA0, 0xFF: outside any 94-character G1
  }

  private emit(value: number, set: Marc8CharacterSet, offset: number): void {
    if ((value & COMBINING) === 0) {
      if ((value & NO_OUTPUT) === 0) this.base(value & CODE_POINT_MASK)
      return
    }
    if (this.markOffset < 0) {
      this.markOffset = offset
      this.markSet = set.name
      this.markBytes = 0
    }
    this.markBytes += set.bytesPerChar
    if ((value & NO_OUTPUT) === 0) this.marks.push(value & CODE_POINT_MASK)
  }

  private base(codePoint: number): void {
    this.put(codePoint)
    if (this.markOffset < 0) return
    for (const mark of this.marks) this.put(mark)
    this.marks.length = 0
    this.markOffset = -1
  }

  private put(codePoint: number): void {
    if (codePoint >= 0x300) this.beyondLatin = true
    if (codePoint > 0xffff) {
      this.putUnit(0xd7c0 + (codePoint >> 10))
      this.putUnit(0xdc00 | (codePoint & 0x3ff))
    } else {
      this.putUnit(codePoint)
    }
  }

  /** Byte by byte, so the result does not depend on the platform's endianness. */
  private putUnit(unit: number): void {
    this.output[this.length] = unit & 0xff
    this.output[this.length + 1] = unit >> 8
    this.length += 2
  }

  /** Fails, or (replacing) puts one U+FFFD for the marks and answers where they started (≥ 0). */
  private danglingMark(where: string): number {
    const mark = hexByte(this.bytes[this.markOffset] ?? 0)
    const offset = this.markOffset
    const reason = `combining mark ${mark} from the ${this.markSet} set has no base character (${where})`
    if (!this.replace) return this.fail(reason, offset, 0)
    this.marks.length = 0
    this.markOffset = -1
    this.note(reason, offset, this.markBytes)
    this.put(REPLACEMENT_CHARACTER)
    return offset
  }

  /**
   * Bytes `[offset, offset + length)` are not MARC-8. Without `replace` the field fails there.
   * With it they become one U+FFFD — the base of any marks pending, which were written for the
   * character those bytes should have been — and decoding resumes after them in the same sets.
   */
  private fail(reason: string, offset: number, length: number): number {
    if (!this.replace) {
      this.failure = { reason, offset }
      return -1
    }
    this.note(reason, offset, length)
    this.base(REPLACEMENT_CHARACTER)
    return offset + length
  }

  private note(reason: string, offset: number, length: number): void {
    if (this.replaced === undefined) this.replaced = { bytes: length, offset, reason }
    else this.replaced.bytes += length
  }

  /**
   * The length of a broken escape sequence cut before the first control byte in it: `ESC ( 0x1F`
   * is an unknown sequence, but the 0x1F still starts the next subfield.
   */
  private uncontrolled(start: number, length: number): number {
    for (let i = start + 1; i < start + length; i++) if ((this.bytes[i] ?? 0) < SPACE) return i - start
    return length
  }
}
