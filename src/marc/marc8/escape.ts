import { escapeSequence } from './describe.ts'
import type { Marc8CharacterSet, Marc8CodeTables } from './tables.ts'

export type EscapeOutcome =
  | { readonly ok: true; readonly graphicSet: 0 | 1; readonly set: Marc8CharacterSet; readonly length: number }
  | { readonly ok: false; readonly reason: string; readonly length: number } // length: the bytes read as the broken sequence

const DOLLAR = 0x24 // multibyte set
const G0_INTERMEDIATES = [0x28, 0x2c] // ( ,
const G0_MULTIBYTE_INTERMEDIATES = [0x2c] // `$ ,` (and the bare `$`); LC does not list `$ (`
const G1_INTERMEDIATES = [0x29, 0x2d] // ) -
const EXCLAMATION = 0x21
const LATIN_E = 0x45
const ESC_S = 0x73

/*
 * LC "Technique 1": the MARC-specific Greek symbols (g), subscripts (b) and superscripts (p) sets
 * are designated into G0 by a bare `ESC g|b|p`, and `ESC s` redesignates ASCII. These sets have no
 * ISO 2022 form, so `ESC ( g` is an unknown sequence here (yaz accepts it; the LC spec does not).
 */
const TECHNIQUE_1_FINALS = [0x67, 0x62, 0x70]

/**
 * Reads the escape sequence starting at `start` (bytes[start] is ESC). "Technique 2" follows the
 * LC table of intermediates exactly: G0 `(` `,`, G1 `)` `-`; for the multibyte EACC set G0 `$` `$,`
 * and G1 `$)` `$-`. Extended Latin's registered final is the two bytes `!E`; the bare `E` (its
 * ISOcode in codetables.xml) is also accepted, as yaz and marc4j do.
 */
export function readEscape(bytes: Uint8Array, start: number, tables: Marc8CodeTables): EscapeOutcome {
  let i = start + 1
  const first = bytes[i]
  if (first === undefined) return incomplete(bytes, start, i)

  if (first === ESC_S) return designation(0, tables.basicLatin, 2)
  if (TECHNIQUE_1_FINALS.includes(first)) {
    const set = tables.byFinalByte.get(first)
    return set === undefined ? unknown(bytes, start, i + 1) : designation(0, set, 2)
  }

  const multibyte = first === DOLLAR
  if (multibyte) i++
  const intermediate = bytes[i]
  if (intermediate === undefined) return incomplete(bytes, start, i)
  let graphicSet: 0 | 1
  if ((multibyte ? G0_MULTIBYTE_INTERMEDIATES : G0_INTERMEDIATES).includes(intermediate)) {
    graphicSet = 0
    i++
  } else if (G1_INTERMEDIATES.includes(intermediate)) {
    graphicSet = 1
    i++
  } else if (multibyte && intermediate > 0x2f) {
    graphicSet = 0 // `ESC $ 1`: the short G0 form, final byte directly after `$`
  } else {
    return unknown(bytes, start, i + 1)
  }

  let final = bytes[i]
  if (final === EXCLAMATION) {
    i++
    final = bytes[i]
    if (final !== undefined && final !== LATIN_E) return unknown(bytes, start, i + 1)
  }
  if (final === undefined) return incomplete(bytes, start, i)
  const set = tables.byFinalByte.get(final)
  if (set === undefined || TECHNIQUE_1_FINALS.includes(final)) return unknown(bytes, start, i + 1)
  const length = i + 1 - start
  if ((set.bytesPerChar === 3) !== multibyte) {
    const shape = multibyte ? 'a multibyte' : 'a single-byte'
    return {
      ok: false,
      reason: `escape sequence ${escapeSequence(bytes, start, start + length)} designates the ${set.name} set as ${shape} set`,
      length,
    }
  }
  return designation(graphicSet, set, length)
}

function designation(graphicSet: 0 | 1, set: Marc8CharacterSet, length: number): EscapeOutcome {
  return { ok: true, graphicSet, set, length }
}

function unknown(bytes: Uint8Array, start: number, end: number): EscapeOutcome {
  return { ok: false, reason: `unknown escape sequence ${escapeSequence(bytes, start, end)}`, length: end - start }
}

function incomplete(bytes: Uint8Array, start: number, end: number): EscapeOutcome {
  return { ok: false, reason: `incomplete escape sequence ${escapeSequence(bytes, start, end)} at end of data`, length: end - start }
}
