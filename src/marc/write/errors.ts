/**
 * A record that cannot be written in the requested format (too long for ISO 2709, a character
 * XML cannot hold, a tag that is not a tag). Records produced by our readers never fail the
 * structural checks; lengths are the realistic failure (`bad_hathi_records.mrc` record 4 is 1 MB).
 */
export class MarcWriteError extends Error {
  override name = 'MarcWriteError'
}
