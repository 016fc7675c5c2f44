/**
 * A bulk file also ends once its records' bytes reach this, whatever the profile's split size: a
 * file's bytes are one value in PostgreSQL, read in one piece by the runner.
 */
export const BULK_FILE_MAX_BYTES = 16 * 1024 * 1024

/** Whether a bulk file of `records` records and `bytes` bytes is full: the split and its preview both cut here. */
export function bulkFileFull(records: number, bytes: number, splitSize: number): boolean {
  return records >= splitSize || bytes >= BULK_FILE_MAX_BYTES
}

/**
 * A dry run holds every repository change of its records in one transaction and each record's
 * outcome in memory (about 200 bytes) until it rolls back: this many records stay well inside the
 * service's heap. Larger uploads are refused rather than risk the process.
 */
export const DRY_RUN_MAX_RECORDS = 200_000
