/**
 * Throughput of the streaming MARC reader: `./nodew node bench/marc-read.ts [runs]`.
 *
 * Builds ~100,000-record inputs in memory by repeating real files from the shared test data and
 * feeds them to `readRecords` in 64 KiB chunks, the way an upload arrives. Three mixes:
 * - "UTF-8 ~1 KB": pride-and-prejudice-fixed.mrc, 383 clean UTF-8 records from many libraries
 *   (919 bytes on average, 109 with non-ASCII text) — the target is ≥ 100,000 records/s here;
 * - "UTF-8 mix": the same plus heavier UTF-8 (Devanagari in nepali.marc, 4 KB e-resource records);
 * - "MARC-8 mix": jazz_1k and lul_fre_500 (MARC-8; their ANSEL diacritics go through the MARC-8
 *   decoder) plus 065001035 (UTF-8).
 * Prints the median of the runs (default 5) in records/s and MB/s.
 */
import { readFileSync } from 'node:fs'
import { readRecords } from '../src/marc/reader.ts'

const SHARED = new URL('../../shared/marc/', import.meta.url)
const CHUNK = 64 * 1024
const TARGET_RECORDS = 100_000

function countRecords(bytes: Uint8Array): number {
  let count = 0
  for (let at = bytes.indexOf(0x1d); at >= 0; at = bytes.indexOf(0x1d, at + 1)) count++
  return count
}

function build(files: string[]): { bytes: Buffer; records: number } {
  const parts = files.map((file) => readFileSync(new URL(file, SHARED)))
  const perRound = parts.reduce((sum, part) => sum + countRecords(part), 0)
  const rounds = Math.ceil(TARGET_RECORDS / perRound)
  const bytes = Buffer.concat(Array.from({ length: rounds }, () => parts).flat())
  return { bytes, records: rounds * perRound }
}

async function* chunks(bytes: Buffer): AsyncGenerator<Uint8Array> {
  for (let at = 0; at < bytes.length; at += CHUNK) yield bytes.subarray(at, at + CHUNK)
}

async function once(bytes: Buffer): Promise<{ seconds: number; ok: number; failed: number }> {
  let ok = 0
  let failed = 0
  const start = process.hrtime.bigint()
  for await (const item of readRecords(chunks(bytes))) {
    if (item.ok) ok++
    else failed++
  }
  return { seconds: Number(process.hrtime.bigint() - start) / 1e9, ok, failed }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] ?? 0
}

const runs = Number(process.argv[2] ?? 5)
const mixes: Record<string, string[]> = {
  'UTF-8 ~1 KB': ['marc4j/pride-and-prejudice-fixed.mrc'],
  'UTF-8 mix': [
    'marc4j/pride-and-prejudice-fixed.mrc',
    'marc4j/065001035.mrc',
    'evergreen/nepali.marc',
    'ruby-marc/utf8_multirecord.marc',
    'pymarc/regression45.dat',
  ],
  'MARC-8 mix': ['evergreen/jazz_1k.mrc', 'evergreen/lul_fre_500.mrc', 'marc4j/065001035.mrc'],
}

for (const [name, files] of Object.entries(mixes)) {
  const { bytes, records } = build(files)
  await once(bytes) // warm-up: JIT and the MARC-8 code tables
  const times: number[] = []
  let last = { seconds: 0, ok: 0, failed: 0 }
  for (let i = 0; i < runs; i++) {
    last = await once(bytes)
    times.push(last.seconds)
  }
  const seconds = median(times)
  const mb = bytes.length / 1e6
  console.log(
    `${name}: ${records} records (${last.ok} ok, ${last.failed} failed), ${mb.toFixed(1)} MB, ` +
      `${(bytes.length / records).toFixed(0)} B/record — median of ${runs}: ` +
      `${Math.round(records / seconds).toLocaleString('en')} records/s, ${(mb / seconds).toFixed(1)} MB/s`,
  )
}
