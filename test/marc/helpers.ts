import { readFileSync, readdirSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { readRecords, type ReadItem } from '../../src/marc/reader.ts'
import type { MarcFormat } from '../../src/marc/problems.ts'
import type { MarcRecord } from '../../src/marc/record.ts'
import { readSharedMarc, sharedMarcDir } from '../helpers/shared.ts'

/** `bytes` as a stream of `size`-byte chunks (Infinity: one chunk), fresh buffers like a socket's. */
export async function* chunked(bytes: Uint8Array, size = 64 * 1024): AsyncGenerator<Uint8Array> {
  if (!Number.isFinite(size)) {
    yield bytes
    return
  }
  for (let at = 0; at < bytes.length; at += size) yield bytes.slice(at, at + size)
}

export async function readAll(bytes: Uint8Array, size = 64 * 1024, format?: MarcFormat): Promise<ReadItem[]> {
  const items: ReadItem[] = []
  const options = format === undefined ? {} : { format }
  for await (const item of readRecords(chunked(bytes, size), options)) items.push(item)
  return items
}

export async function readShared(relativePath: string, size?: number): Promise<ReadItem[]> {
  return readAll(readSharedMarc(relativePath), size)
}

export function okRecords(items: ReadItem[]): MarcRecord[] {
  return items.flatMap((item) => (item.ok ? [item.record] : []))
}

/** "position:CODE" for every rejected item. */
export function problemList(items: ReadItem[]): string[] {
  return items.flatMap((item) => (item.ok ? [] : [`${item.position}:${item.problem.code}`]))
}

/** Warning codes with counts over all ok items, e.g. { BAD_LEADER: 1066 }. */
export function warningCounts(items: ReadItem[]): Record<string, number> {
  const counts: Record<string, number> = {}
  for (const item of items) {
    if (!item.ok) continue
    for (const warning of item.warnings) counts[warning.code] = (counts[warning.code] ?? 0) + 1
  }
  return counts
}

const RECORD_FILE = /\.(mrc|dat|marc|xml|json)$/

/** Every file of the shared folder that holds records (not code tables, reference output, text). */
export function sharedRecordFiles(): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name)
      return statSync(path).isDirectory() ? walk(path) : [path]
    })
  return walk(sharedMarcDir)
    .map((path) => relative(sharedMarcDir, path))
    .filter((path) => RECORD_FILE.test(path) && !path.startsWith('codetables/') && !path.startsWith('expected-yaz/'))
    .sort()
}

export function sharedText(relativePath: string): string {
  return readFileSync(join(sharedMarcDir, relativePath), 'utf8')
}

/** A record with Ldr/00-04 and Ldr/12-16 blanked: they describe a serialisation, not content. */
export function withoutLengths(record: MarcRecord): MarcRecord {
  return { ...record, leader: '     ' + record.leader.slice(5, 12) + '     ' + record.leader.slice(17) }
}
