import { decodeMarc8 } from './marc8/index.ts'
import { isDataField, type MarcRecord } from './record.ts'

const MAX_LENGTH = 200

/**
 * The record's short title: 245 $a (title proper) without the ISBD punctuation that introduces the
 * next element (" /" before the statement of responsibility, " :" before other title information,
 * " ;", " =", a closing "."), as lists show it. Null when the record has no 245 $a.
 */
export function shortTitle(record: MarcRecord): string | null {
  const field = record.fields.find((f) => f.tag === '245')
  if (field === undefined || !isDataField(field)) return null
  const a = field.subfields.find((subfield) => subfield.code === 'a')
  if (a === undefined) return null
  const title = a.value.replace(/[\s/:;=,.]+$/u, '').trim()
  if (title === '') return null
  return title.length > MAX_LENGTH ? `${title.slice(0, MAX_LENGTH - 1)}…` : title
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true })
const lenientUtf8 = new TextDecoder('utf-8')
const XML_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }
const ESC = 0x1b

function titleFrom(a: string | undefined): string | null {
  if (a === undefined) return null
  return shortTitle({ leader: '', fields: [{ tag: '245', ind1: ' ', ind2: ' ', subfields: [{ code: 'a', value: a }] }] })
}

/**
 * The text of a 245 $a's bytes in the record's character set (Ldr/09), decided for these bytes as
 * the reader decides it for a record (iso2709/charset.ts): 'a' UTF-8; blank MARC-8, unless the
 * bytes are valid UTF-8 without escapes; any other value names no set, so only ASCII is read. What
 * the set cannot decode becomes U+FFFD: a record refused for a byte elsewhere, or for one in its
 * title, still shows its title.
 */
function decodeTitle(bytes: Uint8Array, ldr09: number | undefined): string {
  if (ldr09 === 0x61) return lenientUtf8.decode(bytes)
  if (ldr09 === 0x20) {
    if (!bytes.includes(ESC)) {
      try {
        return strictUtf8.decode(bytes)
      } catch {
        // MARC-8, as its label says.
      }
    }
    const marc8 = decodeMarc8(bytes, true, true)
    if (marc8.ok) return marc8.text
  }
  return Array.from(bytes, (byte) => (byte < 0x80 ? String.fromCharCode(byte) : '\uFFFD')).join('')
}

/** 245 $a of ISO 2709 bytes found through the directory alone: what the rest of the record holds does not matter. */
function isoTitle(raw: Uint8Array): string | null {
  const directoryEnd = raw.indexOf(0x1e, 24)
  if (directoryEnd < 0) return null
  for (let at = 24; at + 12 <= directoryEnd; at += 12) {
    if (raw[at] !== 0x32 || raw[at + 1] !== 0x34 || raw[at + 2] !== 0x35) continue
    const start = Number(String.fromCharCode(...raw.subarray(at + 7, at + 12)))
    if (!Number.isInteger(start)) return null
    const from = directoryEnd + 1 + start
    const end = raw.indexOf(0x1e, from)
    if (from >= raw.length || end < 0) return null
    // Each subfield alone: MARC-8 starts every subfield in ASCII and ANSEL.
    let cut = raw.indexOf(0x1f, from)
    while (cut >= 0 && cut < end) {
      const next = raw.indexOf(0x1f, cut + 1)
      const stop = next < 0 || next > end ? end : next
      if (raw[cut + 1] === 0x61) return titleFrom(decodeTitle(raw.subarray(cut + 2, stop), raw[9]))
      cut = next
    }
    return null
  }
  return null
}

function xmlTitle(raw: Uint8Array): string | null {
  // Bytes that are not UTF-8 elsewhere in the record (a bad 001, say) leave the 245 as it is.
  const text = lenientUtf8.decode(raw)
  const field = /<(?:[\w.-]+:)?datafield\b[^>]*\btag\s*=\s*["']245["'][^>]*>([\s\S]*?)<\/(?:[\w.-]+:)?datafield>/u.exec(text)?.[1]
  const a = field === undefined ? undefined : /<(?:[\w.-]+:)?subfield\b[^>]*\bcode\s*=\s*["']a["'][^>]*>([\s\S]*?)<\/(?:[\w.-]+:)?subfield>/u.exec(field)?.[1]
  return titleFrom(
    a?.replace(/&(#x[0-9a-f]+|#[0-9]+|\w+);/giu, (whole, name: string) =>
      name.startsWith('#x') || name.startsWith('#X')
        ? String.fromCodePoint(parseInt(name.slice(2), 16))
        : name.startsWith('#')
          ? String.fromCodePoint(Number(name.slice(1)))
          : (XML_ENTITIES[name] ?? whole),
    ),
  )
}

/**
 * The short title of a record that could not be read (issue 14 item 6): its 245 $a is often intact
 * when something else is broken, and staff find the record by it. Best effort, from the bytes as
 * uploaded: null when the 245 cannot be found or decoded.
 */
export function salvagedTitle(raw: Uint8Array, format: 'ISO2709' | 'MARCXML' | 'MARC_JSON'): string | null {
  try {
    if (format === 'ISO2709') return isoTitle(raw)
    if (format === 'MARCXML') return xmlTitle(raw)
    const record = JSON.parse(new TextDecoder().decode(raw)) as { fields?: Array<Record<string, { subfields?: Array<Record<string, unknown>> }>> }
    const field = record.fields?.find((f) => '245' in f)?.['245']
    const a = field?.subfields?.find((s) => 'a' in s)?.['a']
    return typeof a === 'string' ? titleFrom(a) : null
  } catch {
    return null
  }
}
