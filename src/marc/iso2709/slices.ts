/*
 * The shapes `locateFields` (directory.ts) and its repairs (directory-repair.ts) share, in a module
 * of their own so that neither imports the other's file.
 */

/**
 * Where each field's bytes are, in directory order. `starts`/`ends` are indexes into the record's
 * bytes; `ends` excludes the field terminator. `contiguous` means the data area is exactly the
 * fields in directory order, each followed by its terminator — the normal case, which lets the
 * caller decode the whole data area in one call.
 */
export interface FieldSlices {
  tags: string[]
  starts: number[]
  ends: number[]
  contiguous: boolean
}

export interface Entries {
  tags: string[]
  lengths: number[]
  offsets: number[]
}
