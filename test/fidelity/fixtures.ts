/** Helpers of the issue 14 tests: records cut from files by their own bytes, and independent readers. */
import { createRequire } from 'node:module'
import { gunzipSync } from 'node:zlib'
import { SaxesParser } from 'saxes'
import { readRecords, type JunkItem, type ReadItem } from '../../src/marc/reader.ts'

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


interface MarcjsRecord {
  leader: string
  fields: unknown[][]
}
interface MarcjsParser {
  on(event: 'data', listener: (record: MarcjsRecord) => void): void
  on(event: 'end' | 'error', listener: (value?: unknown) => void): void
  end(bytes: Uint8Array): void
}
const Iso2709Parser = createRequire(import.meta.url)('marcjs/lib/Iso2709Parser.js') as new () => MarcjsParser

/** ISO 2709 bytes read by marcjs 3 (an independent MARC reader): its records, leader and fields. */
export function marcjsIso2709(bytes: Uint8Array): Promise<MarcjsRecord[]> {
  return new Promise((resolve, reject) => {
    const parser = new Iso2709Parser()
    const records: MarcjsRecord[] = []
    parser.on('data', (record) => records.push(record))
    parser.on('end', () => resolve(records))
    parser.on('error', reject)
    parser.end(bytes)
  })
}

/**
 * A MARCXML document checked by saxes, a conforming XML parser with namespaces (an independent
 * reader): it throws on anything not well-formed or an unbound prefix. Answers the MARC 21
 * `record` elements and, of each, its `datafield` count.
 */
export function xmlRecords(text: string): Array<{ datafields: number }> {
  const parser = new SaxesParser({ xmlns: true })
  const records: Array<{ datafields: number }> = []
  parser.on('error', (error) => {
    throw error
  })
  parser.on('opentag', (tag) => {
    if (tag.uri !== 'http://www.loc.gov/MARC21/slim') return
    if (tag.local === 'record') records.push({ datafields: 0 })
    const last = records[records.length - 1]
    if (tag.local === 'datafield' && last !== undefined) last.datafields += 1
  })
  parser.write(text).close()
  return records
}

export function gunzip(bytes: Buffer): Buffer {
  return gunzipSync(bytes)
}

/** Our reader over whole bytes (junk told apart). */
export async function ourItems(bytes: Uint8Array, options: { repair?: 'STRICT' | 'REPAIR' } = {}): Promise<ReadItem[]> {
  const items: Array<ReadItem | JunkItem> = []
  for await (const item of readRecords((async function* () {
    yield bytes
  })(), { ...options, junk: 'SEPARATE' })) items.push(item)
  return items.filter((item): item is ReadItem => !('kind' in item))
}
