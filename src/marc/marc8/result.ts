/** What decoding one field gives; its own module so the decoder and the entry point share it without a cycle. */
export type Marc8Result =
  | { ok: true; text: string; replaced?: Marc8Replacements }
  | { ok: false; reason: string; offset: number } // offset = byte index of the first undecodable byte

/**
 * With `replace` (the REPAIR policy), what the decoder replaced by U+FFFD instead of failing:
 * how many bytes in all, and the first of them with why it is not MARC-8. Absent when nothing was.
 */
export interface Marc8Replacements {
  bytes: number
  offset: number
  reason: string
}
