/*
 * Most MARC-8 fields are plain ASCII (905 of the 1,000 records of evergreen/jazz_1k.mrc have no
 * other byte). Such a field means the same in MARC-8, ASCII and Latin-1 and is already NFC, so it
 * is returned as a Latin-1 string without touching the tables or the normaliser.
 */

const AMPERSAND = 0x26

/**
 * Returns the text when every byte is printable ASCII or one of the MARC structural controls
 * (0x1D, 0x1E, 0x1F), else undefined. ESC, other controls and DEL go to the full decoder, which
 * either handles or reports them; so does `&#x`, a possible LC numeric character reference.
 */
export function decodeAscii(bytes: Uint8Array): string | undefined {
  let sawAmpersand = false
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i]!
    if (byte >= 0x20 ? byte > 0x7e : byte < 0x1d) return undefined
    if (byte === AMPERSAND) sawAmpersand = true
  }
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1')
  return sawAmpersand && text.includes('&#x') ? undefined : text
}
