import type { MarcRecord } from '../record.ts'
import { isControlField } from '../record.ts'
import { checkField, checkLeader } from './check.ts'
import { MarcWriteError } from './errors.ts'

const encoder = new TextEncoder()
const STRUCTURAL = /[\x1d\x1e\x1f]/

function digits(value: number, width: number): string {
  return String(value).padStart(width, '0')
}

/**
 * One record as ISO 2709 / MARC 21 binary, UTF-8 (Ldr/09 'a'), with Ldr/00-04, Ldr/10-11,
 * Ldr/12-16 and Ldr/20-23 computed. Throws `MarcWriteError` when the record cannot be expressed:
 * a field over 9,999 bytes, a record over 99,999 bytes (the 4- and 5-digit limits of the MARC 21
 * directory and leader), or text containing the delimiter/terminator bytes. Never truncates.
 */
export function toIso2709(record: MarcRecord): Uint8Array {
  checkLeader(record.leader)
  const fields = record.fields
  const parts: Uint8Array[] = []
  let directory = ''
  let offset = 0
  fields.forEach((field, index) => {
    checkField(field, index)
    const text = isControlField(field)
      ? field.value
      : field.ind1 + field.ind2 + field.subfields.map((s) => '\x1f' + s.code + s.value).join('')
    const structural = isControlField(field)
      ? STRUCTURAL.exec(field.value)
      : field.subfields.map((s) => STRUCTURAL.exec(s.value)).find((m) => m !== null)
    if (structural !== null && structural !== undefined) {
      throw new MarcWriteError(
        `field #${index + 1} (${field.tag}) contains the byte 0x${structural[0].charCodeAt(0).toString(16).toUpperCase()}, which ISO 2709 reserves for structure`,
      )
    }
    const bytes = encoder.encode(text + '\x1e')
    if (bytes.length > 9999) {
      throw new MarcWriteError(`field #${index + 1} (${field.tag}) is ${bytes.length} bytes; ISO 2709 allows at most 9,999`)
    }
    if (offset > 99999) throw new MarcWriteError(`field #${index + 1} (${field.tag}) starts beyond byte 99,999 of the data`)
    directory += field.tag + digits(bytes.length, 4) + digits(offset, 5)
    parts.push(bytes)
    offset += bytes.length
  })
  const base = 24 + directory.length + 1
  const length = base + offset + 1
  if (length > 99999) throw new MarcWriteError(`the record is ${length} bytes; ISO 2709 allows at most 99,999`)
  const leader = digits(length, 5) + record.leader.slice(5, 9) + 'a22' + digits(base, 5) + record.leader.slice(17, 20) + '4500'
  const out = new Uint8Array(length)
  const head = encoder.encode(leader + directory + '\x1e')
  out.set(head, 0)
  let at = head.length
  for (const part of parts) {
    out.set(part, at)
    at += part.length
  }
  out[at] = 0x1d
  return out
}
