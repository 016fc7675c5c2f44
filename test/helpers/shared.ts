import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

/** The shared MARC test data beside the checkout (`../shared/marc/`); never copied into the repo. */
export const sharedMarcDir = fileURLToPath(new URL('../../../shared/marc/', import.meta.url))

export function sharedMarcPath(relative: string): string {
  return sharedMarcDir + relative
}

export function readSharedMarc(relative: string): Buffer {
  return readFileSync(sharedMarcPath(relative))
}

/**
 * The records of `pymarc/bad_records.mrc` that cannot be read under STRICT, by position in the
 * file, from its bytes and SOURCES.md: records 4 and 5 have a 13-byte directory (the second with a
 * non-digit in its entry), record 7 is the 26-byte record with no directory entry. Records 2, 3
 * and 6 have a base address that is out of range, 00000 or not numeric, which every policy mends
 * (the directory's own terminator shows where the data starts); 1 and 8 are sound. REPAIR also
 * reads 4 and 5 (one field, located by its terminator) and imports 7 with no fields, so the tests
 * that need unreadable records import this file with a STRICT profile.
 */
export const BAD_RECORDS_UNREADABLE = [
  { position: 4, code: 'BAD_DIRECTORY', message: /the directory is 13 bytes long, not a multiple of 12/ },
  { position: 5, code: 'BAD_DIRECTORY', message: /the directory is 13 bytes long, not a multiple of 12/ },
  { position: 7, code: 'EMPTY_RECORD', message: /the directory is empty/ },
]
