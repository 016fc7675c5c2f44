/**
 * Builds ISO 2709 records for tests, correct by default and easy to damage: every length, offset
 * and terminator can be overridden, so each defect of the reader's table gets a record that has
 * exactly that defect and nothing else.
 */
const encoder = new TextEncoder()

export type FieldSpec = [tag: string, data: string | Uint8Array]

export interface BuildOptions {
  /** Leader positions 05-09 and 17-19 ('nam a' + ' a ' by default: Ldr/09 'a'). */
  leader?: string
  /** Replace whole leader (lengths are still computed unless also overridden below). */
  rawLeader?: string
  /** Override Ldr/00-04 / Ldr/12-16 (as text, not computed). */
  recordLength?: string
  baseAddress?: string
  /** Directory entries as text, replacing the computed ones. */
  directory?: string
  /** Drop the field terminator after the last field / the record terminator. */
  noLastFieldTerminator?: boolean
  noRecordTerminator?: boolean
}

export function bytesOf(data: string | Uint8Array): Uint8Array {
  return typeof data === 'string' ? encoder.encode(data) : data
}

export function isoRecord(fields: FieldSpec[], options: BuildOptions = {}): Buffer {
  const parts: Uint8Array[] = []
  let directory = ''
  let offset = 0
  fields.forEach(([tag, data], index) => {
    const last = index === fields.length - 1
    const body = bytesOf(data)
    const withTerminator = last && options.noLastFieldTerminator === true ? body : Buffer.concat([body, Buffer.from([0x1e])])
    directory += tag + String(withTerminator.length).padStart(4, '0') + String(offset).padStart(5, '0')
    parts.push(withTerminator)
    offset += withTerminator.length
  })
  const dir = options.directory ?? directory
  const base = 24 + dir.length + 1
  const length = base + offset + (options.noRecordTerminator === true ? 0 : 1)
  const codes = options.leader ?? 'nam a'
  const leader =
    options.rawLeader ??
    (options.recordLength ?? String(length).padStart(5, '0')) + codes + '22' + (options.baseAddress ?? String(base).padStart(5, '0')) + ' a 4500'
  return Buffer.concat([
    Buffer.from(leader, 'latin1'),
    Buffer.from(dir, 'latin1'),
    Buffer.from([0x1e]),
    ...parts,
    Buffer.from(options.noRecordTerminator === true ? [] : [0x1d]),
  ])
}

/** A small clean record, to put before a damaged one (format detection needs a real start). */
export function cleanRecord(id = 'clean'): Buffer {
  return isoRecord([
    ['001', id],
    ['245', '10\x1faA clean title.'],
  ])
}

/** Data field text: indicators then `$a…` pairs written with '$' for the delimiter. */
export function df(text: string): string {
  return text.replace(/\$/g, '\x1f')
}

/**
 * Written out byte by byte, not built (issue 14, `ruby-marc/cp866_*.marc` in small): Ldr/09 '0'
 * (no character set named), Ldr/10-11 '00' (no indicators, no subfield codes, no 0x1F anywhere),
 * and a directory whose entry 2 says 7 bytes for a 6-byte field, so entries 3 and 4 point one
 * byte past their fields (offsets 10 and 19 for 9 and 18). The 200 holds two CP866 bytes (Пр).
 * Data area: '001' "u1" (3 bytes with its terminator), '021' "RU 12" (6), '200' "Title Пр" (9),
 * '700' "Author" (7) = 25 bytes; base address 24 + 48 + 1 = 73; record 73 + 25 + 1 = 99 bytes.
 */
export const UNDIVIDED_RECORD = Buffer.from(
  '00099nam 00000073   4500' +
    '001000300000' + '021000700003' + '200000900010' + '700000700019' + '\x1e' +
    'u1\x1e' + 'RU 12\x1e' + 'Title \x8f\xe0\x1e' + 'Author\x1e' + '\x1d',
  'latin1',
)
