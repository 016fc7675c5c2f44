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

const decoder = new TextDecoder('utf-8', { fatal: true })
const XML_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }

function titleFrom(a: string | undefined): string | null {
  if (a === undefined) return null
  return shortTitle({ leader: '', fields: [{ tag: '245', ind1: ' ', ind2: ' ', subfields: [{ code: 'a', value: a }] }] })
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
    let text: string
    try {
      text = decoder.decode(raw.subarray(from, end))
    } catch {
      return null
    }
    return titleFrom(text.split('\x1f').find((subfield) => subfield.startsWith('a'))?.slice(1))
  }
  return null
}

function xmlTitle(raw: Uint8Array): string | null {
  let text: string
  try {
    text = decoder.decode(raw)
  } catch {
    return null
  }
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
