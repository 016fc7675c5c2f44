/** The input as a whole: recognising the format, refusing what is not MARC, empty uploads. */
import t from 'tap'
import { detectFormat, NotMarcError, readRecords } from '../../src/marc/reader.ts'
import { readSharedMarc } from '../helpers/shared.ts'
import { chunked, readAll, sharedRecordFiles } from './helpers.ts'
import { cleanRecord } from './iso-builder.ts'

t.test('every shared record file is recognised by its first 64 KiB', async (t) => {
  const expected = (file: string): string => (file.endsWith('.xml') ? 'MARCXML' : file.endsWith('.json') ? 'MARC_JSON' : 'ISO2709')
  for (const file of sharedRecordFiles()) {
    const format = detectFormat(readSharedMarc(file).subarray(0, 64 * 1024))
    t.equal(format, file === 'marc4j/marc-json.json' ? null : expected(file), file)
  }
})

t.test('a first record whose directory outgrows the sample is still ISO 2709', async (t) => {
  const hathi = readSharedMarc('marc4j/bad_hathi_records.mrc')
  const start = hathi.indexOf('99999cas')
  t.ok(start > 0)
  const sample = hathi.subarray(start, start + 64 * 1024)
  t.equal(sample.indexOf(0x1e), -1, 'no terminator in the sample')
  t.equal(detectFormat(sample), 'ISO2709')
})

const notMarc: Array<[string, Uint8Array, RegExp]> = [
  ['PNG', Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'), /PNG image/],
  ['PDF', Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj'), /PDF document/],
  ['ZIP', Buffer.from('504b0304140000000800', 'hex'), /ZIP archive/],
  ['gzip', Buffer.from('1f8b0800000000000003', 'hex'), /gzip/],
  ['plain text', Buffer.from('Dear librarian,\nplease find attached our records.\n'), /not MARC 21 .* it starts "Dear librarian/],
  ['CSV starting with digits', Buffer.from('12345,Moby Dick,Melville\n67890,Emma,Austen\n'), /starts like an ISO 2709 leader but has no field terminator/],
  ['HTML', Buffer.from('<!DOCTYPE html><html><body>Error 404</body></html>'), /HTML page/],
  ['other XML', Buffer.from('<?xml version="1.0"?><rss><channel><item/></channel></rss>'), /XML without a MARCXML <record>/],
  ['other JSON', Buffer.from('{"name": "not a record"}'), /JSON but not MARC-in-JSON/],
  ['legacy MARC-JSON', readSharedMarc('marc4j/marc-json.json'), /legacy "MARC-JSON"/],
  ['MARCBreaker', readSharedMarc('marc4j/brkrtest.mrk'), /MARCBreaker text/],
  ['UTF-16 MARCXML', Buffer.from('\ufeff<collection><record/></collection>', 'utf16le'), /UTF-16/],
  ['MARC-8 test vectors', readSharedMarc('pymarc/test_marc8.txt'), /not MARC 21/],
]

for (const [name, bytes, message] of notMarc) {
  t.test(`NotMarcError: ${name}`, async (t) => {
    const iterator = readRecords(chunked(bytes, 7))
    await t.rejects(iterator.next(), { name: 'NotMarcError', message }, 'thrown before the first item')
    await t.rejects(readAll(bytes), NotMarcError)
  })
}

t.test('empty and blank inputs yield nothing', async (t) => {
  t.same(await readAll(new Uint8Array(0)), [])
  t.same(await readAll(Buffer.from('\r\n  \n\t')), [])
  const none = readRecords((async function* () {})())
  t.same(await none.next(), { done: true, value: undefined })
})

t.test('a byte order mark before the data is skipped', async (t) => {
  const bom = Buffer.from([0xef, 0xbb, 0xbf])
  t.same((await readAll(Buffer.concat([bom, cleanRecord()]))).map((item) => item.ok), [true])
  t.same((await readAll(Buffer.concat([bom, readSharedMarc('marc4j/chabon.xml')]))).map((item) => item.ok), [true, true])
  t.same((await readAll(Buffer.concat([bom, readSharedMarc('pymarc/batch.json')]))).map((item) => item.ok), [true, true])
})

t.test('the expected format is checked against the input', async (t) => {
  t.same((await readAll(cleanRecord(), 64, 'ISO2709')).length, 1)
  await t.rejects(readAll(cleanRecord(), 64, 'MARCXML'), { name: 'NotMarcError', message: /ISO2709, but MARCXML was expected/ })
})

t.test('stopping early releases the source', async (t) => {
  let closed = false
  async function* source(): AsyncGenerator<Uint8Array> {
    try {
      for (;;) yield cleanRecord()
    } finally {
      closed = true
    }
  }
  for await (const item of readRecords(source())) {
    t.ok(item.ok)
    break
  }
  t.ok(closed)
})
