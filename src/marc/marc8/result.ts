/** What decoding one field gives; its own module so the decoder and the entry point share it without a cycle. */
export type Marc8Result =
  | { ok: true; text: string }
  | { ok: false; reason: string; offset: number } // offset = byte index of the first undecodable byte
