import { decodeMarc8, type Marc8Result } from '../../../src/marc/marc8/index.ts'
import { readSharedMarc } from '../../helpers/shared.ts'

/** MARC-8 bytes written as a Latin-1 string: '\x1b(N' is ESC ( N, '\xe2' the ANSEL acute. */
export function latin1(text: string): Uint8Array {
  return Buffer.from(text, 'latin1')
}

export function decode(text: string): Marc8Result {
  return decodeMarc8(latin1(text))
}

export interface MarcField {
  /** 0-based index of the record in the file. */
  readonly record: number
  readonly leader: string
  readonly tag: string
  /** A control field's value, or a data field's bytes after the indicators; no field terminator. */
  readonly data: Uint8Array
}

/**
 * The fields of an ISO 2709 file, found through each record's directory. Just enough to feed the
 * decoder real field bytes in these tests; the service's record reader lives elsewhere.
 */
export function marcFields(relative: string): MarcField[] {
  const file = readSharedMarc(relative)
  const fields: MarcField[] = []
  let start = 0
  let record = 0
  for (let end = file.indexOf(0x1d); end >= 0; start = end + 1, end = file.indexOf(0x1d, start)) {
    const bytes = file.subarray(start, end)
    const leader = bytes.subarray(0, 24).toString('latin1')
    const base = Number(leader.slice(12, 17))
    for (let entry = 24; entry + 12 <= base - 1; entry += 12) {
      const directory = bytes.subarray(entry, entry + 12).toString('latin1')
      const tag = directory.slice(0, 3)
      const offset = base + Number(directory.slice(7, 12))
      let data = bytes.subarray(offset, offset + Number(directory.slice(3, 7)))
      if (data.at(-1) === 0x1e) data = data.subarray(0, -1)
      fields.push({ record, leader, tag, data: tag < '010' ? data : data.subarray(2) })
    }
    record++
  }
  return fields
}
