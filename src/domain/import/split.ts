/**
 * A bulk file also ends once its records' bytes reach this, whatever the profile's split size: a
 * file's bytes are one value in PostgreSQL, read in one piece by the runner.
 */
export const BULK_FILE_MAX_BYTES = 16 * 1024 * 1024

/** Whether a bulk file of `records` records and `bytes` bytes is full: the split and its preview both cut here. */
export function bulkFileFull(records: number, bytes: number, splitSize: number): boolean {
  return records >= splitSize || bytes >= BULK_FILE_MAX_BYTES
}
