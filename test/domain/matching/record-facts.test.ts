import t from 'tap'
import {
  briefLevel,
  incomingFacts,
  inventoryType,
  isDeleteRequest,
  version005,
  type InventoryType,
} from '../../../src/domain/matching/record-facts.ts'
import type { Field, MarcRecord } from '../../../src/marc/record.ts'
import { cf, df, f008, leader, record } from './builders.ts'

t.test('version005', async (t) => {
  const cases: Array<[string, string | null, string | null]> = [
    ['standard stamp', '20090604115400.0', '20090604115400.0'],
    ['no fraction reads as .0', '20090604115400', '20090604115400.0'],
    ['longer fraction keeps tenths', '20090604115400.57', '20090604115400.5'],
    ['blanks around', ' 19940223151047.0 ', '19940223151047.0'],
    ['date only is malformed', '20090604', null],
    ['month 13', '20091304115400.0', null],
    ['hour 24', '20090604245400.0', null],
    ['all zeros', '00000000000000.0', null],
    ['letters', '2009060411540O.0', null],
    ['empty', '', null],
    ['no 005 at all', null, null],
  ]
  for (const [name, value, expected] of cases) {
    const fields: Field[] = value === null ? [] : [cf('005', value)]
    t.equal(version005(record({}, ...fields)), expected, name)
  }
  const older = version005(record({}, cf('005', '20090604115400')))
  const newer = version005(record({}, cf('005', '20090604115400.1')))
  t.ok(older !== null && newer !== null && older < newer, 'normalised stamps compare as strings')
})

t.test('briefLevel from Ldr/17, higher = fuller', async (t) => {
  const cases: Array<[string, number]> = [
    [' ', 10],
    ['I', 10],
    ['1', 9],
    ['L', 9],
    ['4', 8],
    ['2', 7],
    ['K', 7],
    ['M', 7],
    ['7', 6],
    ['5', 5],
    ['3', 4],
    ['8', 3],
    ['u', 1],
    ['z', 1],
    ['Q', 1],
  ]
  for (const [encoding, expected] of cases) {
    t.equal(briefLevel(record({ encoding })), expected, `Ldr/17 ${JSON.stringify(encoding)}`)
  }
  t.equal(briefLevel({ leader: '', fields: [] }), 1, 'no leader')
})

t.test('inventoryType', async (t) => {
  const cases: Array<[string, MarcRecord, InventoryType]> = [
    ['print book', record({}, f008()), 'PHYSICAL'],
    ['e-book: 008/23 o', record({}, f008({ 23: 'o' })), 'ELECTRONIC'],
    ['e-book: 008/23 s', record({}, f008({ 23: 's' })), 'ELECTRONIC'],
    ['e-book: 007 cr, 008/23 blank', record({}, cf('007', 'cr |||||||||||'), f008()), 'ELECTRONIC'],
    ['large print: 008/23 d', record({}, f008({ 23: 'd' })), 'PHYSICAL'],
    ['online serial', record({ level: 's' }, f008({ 23: 'o' })), 'ELECTRONIC'],
    ['CD-ROM: computer file, 008/23 q', record({ type: 'm' }, cf('007', 'co cga'), f008({ 23: 'q' })), 'PHYSICAL'],
    ['online map: 008/29 o', record({ type: 'e' }, f008({ 29: 'o' })), 'ELECTRONIC'],
    ['printed map: 008/23 o is not its form of item', record({ type: 'e' }, f008({ 23: 'o' })), 'PHYSICAL'],
    ['streaming video: 008/29 o', record({ type: 'g' }, f008({ 29: 'o' })), 'ELECTRONIC'],
    ['DVD', record({ type: 'g' }, cf('007', 'vd cvaizq'), f008()), 'PHYSICAL'],
    ['no 008, physical 007', record({}, cf('007', 'ta')), 'PHYSICAL'],
    ['print book with a TOC link', record({}, f008(), df('856', '42‡uhttp://example.org/toc')), 'PHYSICAL'],
    ['brief vendor record: no 007/008', record({}, df('245', '00‡aTitle')), 'NONE'],
  ]
  for (const [name, marc, expected] of cases) t.equal(inventoryType(marc), expected, name)
})

t.test('isDeleteRequest: Ldr/05 d', async (t) => {
  const cases: Array<[string, boolean]> = [
    ['d', true],
    ['n', false],
    ['c', false],
    ['p', false],
  ]
  for (const [status, expected] of cases) t.equal(isDeleteRequest(record({ status })), expected, `Ldr/05 ${status}`)
})

t.test('incomingFacts bundles the facts and the profile method keys', async (t) => {
  const marc: MarcRecord = {
    leader: leader({ status: 'c', encoding: '8' }),
    fields: [cf('005', '20240102030405.0'), f008({ 23: 'o' }), df('035', '  ‡a(OCoLC)1‡z(OCoLC)2')],
  }
  t.strictSame(incomingFacts(marc, { method: 'OCLC', matchCancelledNumbers: true }), {
    version005: '20240102030405.0',
    briefLevel: 3,
    inventoryType: 'ELECTRONIC',
    isDelete: false,
    keys: [
      { kind: 'OCLC', value: '1', cancelled: false },
      { kind: 'OCLC', value: '2', cancelled: true },
    ],
  })
})
