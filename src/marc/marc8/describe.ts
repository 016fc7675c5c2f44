/** Byte renderings for decode-error reasons, so a cataloguer can find the bytes in a hex dump. */

export function hexByte(byte: number): string {
  return `0x${byte.toString(16).toUpperCase().padStart(2, '0')}`
}

export function hexBytes(bytes: Uint8Array, start: number, end: number): string {
  const parts: string[] = []
  for (let i = start; i < end; i++) parts.push(hexByte(bytes[i] ?? 0))
  return parts.join(' ')
}

/** `ESC ( Z`, `ESC $ 0x1F`: intermediate and final bytes as characters when they are printable. */
export function escapeSequence(bytes: Uint8Array, start: number, end: number): string {
  const parts = ['ESC']
  for (let i = start + 1; i < end; i++) {
    const byte = bytes[i] ?? 0
    parts.push(byte > 0x20 && byte < 0x7f ? String.fromCharCode(byte) : hexByte(byte))
  }
  return parts.join(' ')
}
