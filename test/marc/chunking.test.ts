/**
 * Streaming: the items must not depend on how the input is cut. Each file is read in chunks of
 * 1, 7, 4096 and 65536 bytes and whole, and every item (position, record or problem, warnings,
 * raw bytes) must be identical.
 */
import { createHash } from 'node:crypto'
import t from 'tap'
import type { ReadItem } from '../../src/marc/reader.ts'
import { readSharedMarc } from '../helpers/shared.ts'
import { readAll } from './helpers.ts'

const SIZES = [1, 7, 4096, 65536, Infinity]

const FILES = [
  'marc4j/bad_hathi_records.mrc', // a 1.1 MB record with 12,654 fields
  'marc4j/datos-20161010-slice.mrc', // 214 KB, 6-digit directory offsets
  'marc4j/bad_too_long_plus_2.mrc',
  'marc4j/pride-and-prejudice-with-many-errors.mrc',
  'marc4j/008008027.mrc', // truncated last record
  'pymarc/bad_records.mrc', // trailing newline
  'pymarc/bad_indicator.dat', // 821 trailing blanks
  'evergreen/hebrew.marc', // MARC-8 escape sequences
  'ruby-marc/three-records-second-bad.xml',
  'evergreen/serials_marc21.xml',
  'marc4j/sample1a.xml',
  'marc4j/1474920681_KOHA_LFL_6_with_comment.xml',
  'pymarc/batch.json',
  'pymarc/test.json',
]

/** One digest per item: comparing megabyte records as structures would dominate the test's time. */
function fingerprint(items: ReadItem[]): string[] {
  return items.map((item) => {
    const raw = createHash('sha256').update(item.raw).digest('hex')
    const body = item.ok ? { record: item.record, warnings: item.warnings } : { problem: item.problem }
    const digest = createHash('sha256').update(JSON.stringify(body)).digest('hex')
    return `${item.position} ${item.ok ? 'ok' : item.problem.code} raw=${raw.slice(0, 16)} item=${digest.slice(0, 16)}`
  })
}

for (const file of FILES) {
  t.test(file, async (t) => {
    const bytes = readSharedMarc(file)
    const whole = fingerprint(await readAll(bytes, Infinity))
    t.ok(whole.length > 0)
    for (const size of SIZES.slice(0, -1)) {
      // Byte-at-a-time over a megabyte is a million async iterations: worth it once per file.
      t.same(fingerprint(await readAll(bytes, size)), whole, `${size}-byte chunks`)
    }
  })
}
