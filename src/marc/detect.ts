import { isPadding } from './iso2709/bytes.ts'
import type { MarcFormat } from './problems.ts'
import { countOf } from '../wording.ts'

/** How much of the input `readRecords` looks at before deciding what it is. */
export const SNIFF_BYTES = 64 * 1024

const latin1 = new TextDecoder('latin1')
const XML_RECORD = /<(?:[A-Za-z_][\w.-]*:)?(?:record|collection)[\s>/]/
const JSON_RECORD_KEY = /"(?:leader|fields)"\s*:/
// An export with no records: empty, not "not MARC".
const EMPTY_ARRAY = /^\[\s*\]\s*$/

/** Index of the first byte after a UTF-8 byte order mark, if there is one. */
export function afterBom(bytes: Uint8Array): number {
  return bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0
}

function firstContent(bytes: Uint8Array): number {
  let at = afterBom(bytes)
  while (at < bytes.length && isPadding(bytes[at] ?? 0)) at++
  return at
}

/** True when the input holds nothing but blanks (an empty upload). */
export function isBlank(bytes: Uint8Array): boolean {
  return firstContent(bytes) >= bytes.length
}

/**
 * The format of an input from its first bytes (`SNIFF_BYTES` are plenty), or null when it is none
 * of ours. Deliberately demanding more than the first character, so a CSV that starts with a
 * number or an HTML page is not taken for MARC and read as thousands of broken records:
 * ISO 2709 — a five-digit record length and a field terminator or a directory entry;
 * MARCXML — a `<record>` or `<collection>` element (any prefix);
 * MARC-in-JSON — a `"leader"` or `"fields"` key.
 */
export function detectFormat(firstBytes: Uint8Array): MarcFormat | null {
  const at = firstContent(firstBytes)
  const first = firstBytes[at]
  if (first === undefined) return null
  if (first >= 0x30 && first <= 0x39) {
    for (let i = at; i < at + 5; i++) {
      const byte = firstBytes[i]
      if (byte === undefined || byte < 0x30 || byte > 0x39) return null
    }
    // A record with a huge directory (12,654 entries in `bad_hathi_records.mrc`) has its first
    // terminator beyond the sample, so a well-formed first directory entry is evidence too.
    return firstBytes.indexOf(0x1e, at) >= 0 || /^[0-9A-Za-z]{3}[0-9]{9}$/.test(latin1.decode(firstBytes.subarray(at + 24, at + 36)))
      ? 'ISO2709'
      : null
  }
  if (first === 0x3c) return XML_RECORD.test(latin1.decode(firstBytes.subarray(at))) ? 'MARCXML' : null
  if (first === 0x7b || first === 0x5b) {
    const text = latin1.decode(firstBytes.subarray(at))
    return JSON_RECORD_KEY.test(text) || EMPTY_ARRAY.test(text) ? 'MARC_JSON' : null
  }
  return null
}

const SIGNATURES: ReadonlyArray<readonly [number[], string]> = [
  [[0x89, 0x50, 0x4e, 0x47], 'a PNG image'],
  [[0x25, 0x50, 0x44, 0x46], 'a PDF document'],
  [[0x50, 0x4b, 0x03, 0x04], 'a ZIP archive (unzip it and upload the MARC file inside)'],
  [[0x1f, 0x8b], 'a gzip-compressed file (decompress it first)'],
  [[0xff, 0xd8, 0xff], 'a JPEG image'],
  [[0xd0, 0xcf, 0x11, 0xe0], 'a Microsoft Office document'],
  [[0xff, 0xfe], 'UTF-16 text (save it as UTF-8)'],
  [[0xfe, 0xff], 'UTF-16 text (save it as UTF-8)'],
]

/** Why `detectFormat` said no, in words for the job's event log. */
export function describeNotMarc(firstBytes: Uint8Array): string {
  for (const [signature, what] of SIGNATURES) {
    if (signature.every((byte, i) => firstBytes[i] === byte)) return `The file is ${what}, not MARC.`
  }
  const text = latin1.decode(firstBytes.subarray(0, Math.min(firstBytes.length, SNIFF_BYTES)))
  const start = firstContent(firstBytes)
  const content = text.slice(start)
  const quoted = JSON.stringify(content.slice(0, 40))
  if (/^=(?:LDR|000)\s/.test(content)) {
    return 'The file is MARCBreaker text (.mrk); convert it to MARC 21 (.mrc) or MARCXML with MarcEdit first.'
  }
  if (/^\d{5}/.test(content)) {
    return `The file starts like an ISO 2709 leader but has no field terminator (0x1E) in its first ${countOf(firstBytes.length, 'byte')}, so it is not MARC.`
  }
  if (content.startsWith('<')) {
    return /^<(?:!DOCTYPE\s+html|html)/i.test(content)
      ? 'The file is an HTML page, not MARC.'
      : `The file is XML without a MARCXML <record> or <collection> element in its first ${SNIFF_BYTES} bytes.`
  }
  if (content.startsWith('{') || content.startsWith('[')) {
    return /^[{[]\s*(?:\{\s*)?[A-Za-z_]+\s*:/.test(content)
      ? 'The file is legacy "MARC-JSON" with unquoted keys, which is not JSON; only MARC-in-JSON is supported.'
      : 'The file is JSON but not MARC-in-JSON (no "leader" or "fields" key).'
  }
  return `The file is not MARC 21 (ISO 2709), MARCXML or MARC-in-JSON; it starts ${quoted}.`
}
