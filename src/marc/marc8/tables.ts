import { scanCharacterSets, type XmlCharacterSet } from './xml-scan.ts'

/*
 * Lookup entries are plain int32s so the decoding loop never allocates:
 *   NOT_IN_SET            the code is not in the set
 *   code point            bits 0–20
 *   | COMBINING           a non-spacing mark (MARC-8 puts it before its base, Unicode after)
 *   | NO_OUTPUT           LC maps the code to nothing (ANSEL 0xEC / 0xFB, the second halves of the
 *                         double ligature and double tilde: their single Unicode mark, U+0361 /
 *                         U+0360, is produced by the first half)
 *
 * Only LC's <ucs> column is used. The <alt> column holds what LC calls alternatives: for ANSEL
 * 0xEB/0xEC/0xFA/0xFB the half marks U+FE20–U+FE23, whose use the table's note says is not
 * recommended; for 61 EACC codes mapped into the Private Use Area, U+3013 GETA MARK, a
 * "character missing" sign that would merge 61 distinct characters into one (pymarc takes the
 * substitute; the PUA mapping is the one that can be converted back to MARC-8).
 */
export const NOT_IN_SET = -1
export const COMBINING = 1 << 21
export const NO_OUTPUT = 1 << 22
export const CODE_POINT_MASK = 0x1fffff

interface CharacterSetCommon {
  /** The set's name in codetables.xml, used verbatim in error messages. */
  readonly name: string
  /** Final byte of its escape sequence (the XML's ISOcode): 0x42 Basic Latin, 0x31 EACC … */
  readonly finalByte: number
  /** Number of `<code>` entries for the set in codetables.xml. */
  readonly codeCount: number
}

export interface SingleByteCharacterSet extends CharacterSetCommon {
  readonly bytesPerChar: 1
  /**
   * Indexed by the 7-bit position (0x21–0x7E). The XML lists the "basic" sets at 0x21–0x7E and the
   * "extended" ones at 0xA1–0xFE; ISO 2022 makes the position, not the byte, the identity of a
   * character, so either can be designated as G0 (bytes 0x21–0x7E) or G1 (bytes 0xA1–0xFE).
   */
  readonly chars: Int32Array
}

export interface MultiByteCharacterSet extends CharacterSetCommon {
  readonly bytesPerChar: 3
  /** Keyed by the three 7-bit positions packed as 0xXXYYZZ (the XML's <marc> value). */
  readonly chars: ReadonlyMap<number, number>
}

export type Marc8CharacterSet = SingleByteCharacterSet | MultiByteCharacterSet

export interface Marc8CodeTables {
  /** Every character set of the XML, in file order. */
  readonly sets: readonly Marc8CharacterSet[]
  readonly byFinalByte: ReadonlyMap<number, Marc8CharacterSet>
  /**
   * Codes that do not depend on the designated G0/G1 sets, indexed by byte: the C0 controls and
   * SPACE listed in Basic Latin (0x1D, 0x1E, 0x1F, 0x20) and the C1 controls listed in Extended
   * Latin (0x88 NSB, 0x89 NSE, 0x8D ZWJ, 0x8E ZWNJ). ESC is syntax, not a character, and is absent.
   */
  readonly fixed: Int32Array
  readonly basicLatin: SingleByteCharacterSet
  readonly extendedLatin: SingleByteCharacterSet
}

/** ISO codes of the sets the decoder needs; a file without them is not the LC code tables. */
export const BASIC_LATIN = 0x42
export const EXTENDED_LATIN = 0x45
const REQUIRED_FINAL_BYTES = [0x42, 0x45, 0x67, 0x62, 0x70, 0x32, 0x4e, 0x51, 0x33, 0x34, 0x53, 0x31]

export function buildCodeTables(xml: string): Marc8CodeTables {
  const fixed = new Int32Array(256).fill(NOT_IN_SET)
  const sets = scanCharacterSets(xml).map((set) => buildSet(set, fixed))
  const byFinalByte = new Map<number, Marc8CharacterSet>()
  for (const set of sets) {
    if (byFinalByte.has(set.finalByte)) throw new Error(`two character sets have ISOcode ${hex(set.finalByte)}`)
    byFinalByte.set(set.finalByte, set)
  }
  for (const finalByte of REQUIRED_FINAL_BYTES) {
    if (!byFinalByte.has(finalByte)) throw new Error(`no character set with ISOcode ${hex(finalByte)}`)
  }
  return {
    sets,
    byFinalByte,
    fixed,
    basicLatin: singleByte(byFinalByte.get(BASIC_LATIN)),
    extendedLatin: singleByte(byFinalByte.get(EXTENDED_LATIN)),
  }
}

function buildSet(set: XmlCharacterSet, fixed: Int32Array): Marc8CharacterSet {
  const finalByte = parseHex(set.isoCode, `ISOcode of "${set.name}"`)
  const width = set.codes[0]?.marc.length ?? 2
  if (set.codes.some((code) => code.marc.length !== width) || (width !== 2 && width !== 6)) {
    throw new Error(`"${set.name}" mixes code lengths or has codes that are neither 1 nor 3 bytes`)
  }
  const common = { name: set.name, finalByte, codeCount: set.codes.length }
  if (width === 6) {
    const chars = new Map<number, number>()
    for (const code of set.codes) {
      const position = parseHex(code.marc, `code in "${set.name}"`)
      if (chars.has(position)) throw new Error(`"${set.name}" lists code ${code.marc} twice`)
      chars.set(position, entry(code.ucs, code.combining, set.name))
    }
    return { ...common, bytesPerChar: 3, chars }
  }
  const chars = new Int32Array(128).fill(NOT_IN_SET)
  for (const code of set.codes) {
    const byte = parseHex(code.marc, `code in "${set.name}"`)
    const value = entry(code.ucs, code.combining, set.name)
    if (isGraphicByte(byte)) {
      if (chars[byte & 0x7f] !== NOT_IN_SET) throw new Error(`"${set.name}" lists position ${hex(byte & 0x7f)} twice`)
      chars[byte & 0x7f] = value
    } else if (byte !== 0x1b) {
      if (fixed[byte] !== NOT_IN_SET && fixed[byte] !== value) throw new Error(`sets disagree on control ${hex(byte)}`)
      fixed[byte] = value
    }
  }
  return { ...common, bytesPerChar: 1, chars }
}

function isGraphicByte(byte: number): boolean {
  return (byte >= 0x21 && byte <= 0x7e) || (byte >= 0xa1 && byte <= 0xfe)
}

function entry(ucs: string, combining: boolean, setName: string): number {
  const flags = combining ? COMBINING : 0
  if (ucs === '') return flags | NO_OUTPUT
  const codePoint = parseHex(ucs, `Unicode value in "${setName}"`)
  if (codePoint > 0x10ffff || (codePoint >= 0xd800 && codePoint <= 0xdfff)) {
    throw new Error(`"${setName}" maps to ${ucs}, which is not a Unicode scalar value`)
  }
  return flags | codePoint
}

function parseHex(text: string, what: string): number {
  if (!/^[0-9A-Fa-f]{1,6}$/.test(text)) throw new Error(`${what} is not hexadecimal: "${text}"`)
  return Number.parseInt(text, 16)
}

function singleByte(set: Marc8CharacterSet | undefined): SingleByteCharacterSet {
  if (set?.bytesPerChar !== 1) throw new Error('Basic and Extended Latin must be single-byte sets')
  return set
}

function hex(byte: number): string {
  return `0x${byte.toString(16).toUpperCase().padStart(2, '0')}`
}
