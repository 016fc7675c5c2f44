/** readSingleRecord: the single-record import endpoint's reader. */
import t from 'tap'
import { NotMarcError, readSingleRecord } from '../../src/marc/reader.ts'
import { readSharedMarc } from '../helpers/shared.ts'
import { cleanRecord, isoRecord } from './iso-builder.ts'

t.test('one record in each format', async (t) => {
  t.match(readSingleRecord(readSharedMarc('marc4j/summerland.mrc')), { ok: true, position: 1, record: { fields: [{ tag: '001' }] } })
  t.match(readSingleRecord(readSharedMarc('marc4j/summerland.xml')), { ok: true, record: { fields: [{ tag: '001' }] } })
  t.match(readSingleRecord(readSharedMarc('pymarc/one.json')), { ok: true, record: { fields: [{ tag: '001' }] } })
  t.match(readSingleRecord(readSharedMarc('marc4j/summerland.mrc'), 'ISO2709'), { ok: true })
})

t.test('a broken record is reported', async (t) => {
  t.match(readSingleRecord(readSharedMarc('ruby-marc/utf8_with_bad_bytes.marc')), { ok: false, problem: { code: 'UNDECODABLE_BYTES' } })
  t.match(readSingleRecord(Buffer.concat([cleanRecord(), Buffer.from('junk')])), { ok: false, position: 2, problem: { code: 'TRAILING_JUNK' } })
})

t.test('more than one record is refused', async (t) => {
  const two = Buffer.concat([cleanRecord(), isoRecord([['001', '2']])])
  const item = readSingleRecord(two)
  t.match(item, { ok: false, problem: { code: 'MULTIPLE_RECORDS', message: /holds 2 records/ } })
  t.same(Buffer.from(item.raw), two)
})

t.test('nothing, or not MARC', async (t) => {
  t.throws(() => readSingleRecord(new Uint8Array(0)), NotMarcError)
  t.throws(() => readSingleRecord(Buffer.from('<collection xmlns="http://www.loc.gov/MARC21/slim"></collection>')), { name: 'NotMarcError', message: /no record/ })
  t.throws(() => readSingleRecord(Buffer.from('hello')), NotMarcError)
  t.throws(() => readSingleRecord(readSharedMarc('marc4j/summerland.mrc'), 'MARCXML'), NotMarcError)
})
