/** Helpers of the issue 14 tests: records cut from files by their own bytes, and built defects. */

/** The ISO 2709 records of a file, each cut at its record terminator (0x1D), terminator included. */
export function isoRecordSlices(bytes: Buffer): Buffer[] {
  const records: Buffer[] = []
  let start = 0
  for (let at = bytes.indexOf(0x1d); at !== -1; at = bytes.indexOf(0x1d, start)) {
    records.push(bytes.subarray(start, at + 1))
    start = at + 1
  }
  return records
}
