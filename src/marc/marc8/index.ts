/**
 * MARC-8 → Unicode, one field at a time, following the Library of Congress code tables
 * (codetables.xml, read once at first use; see codetables.ts for where it is found).
 *
 * Undecodable input is reported, never patched, unless the caller asks for it to be replaced by
 * U+FFFD (the REPAIR policy), and then it is told what was replaced: the caller decides what an
 * import does with it.
 */
import { decodeAscii } from './ascii.ts'
import { codeTables } from './codetables.ts'
import { decodeStateful } from './decoder.ts'
import type { Marc8Result } from './result.ts'

export type { Marc8Replacements, Marc8Result } from './result.ts'

/**
 * Decodes the bytes of one field: a control field's value, or a data field's bytes after the
 * indicators. Subfield delimiters (0x1F) and terminators (0x1E, 0x1D) come out unchanged, so the
 * caller can decode a whole field and split on U+001F. Each call, and each subfield within it,
 * starts with G0 = Basic Latin (ASCII) and G1 = Extended Latin (ANSEL). The text is NFC, or with
 * `compose` false as the code tables give it (base letters followed by combining marks). With
 * `replace`, what is not MARC-8 (a byte the current set does not assign, a broken or unused
 * escape sequence, a cut or unassigned EACC character, combining marks with no base) becomes one
 * U+FFFD each and `replaced` says how many bytes were and why the first was not MARC-8.
 *
 * Throws only when the code tables themselves cannot be loaded.
 */
export function decodeMarc8(bytes: Uint8Array, compose = true, replace = false): Marc8Result {
  // Loaded even for ASCII input so a missing table file fails the first call, not the first accent.
  const tables = codeTables()
  const ascii = decodeAscii(bytes)
  return ascii === undefined ? decodeStateful(bytes, tables, compose, replace) : { ok: true, text: ascii }
}
