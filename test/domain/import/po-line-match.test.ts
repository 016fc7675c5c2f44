import t from 'tap'
import { type CandidateRow, type IncomingItem, MatchState } from '../../../src/domain/import/plan.ts'
import { decideOnPoLines } from '../../../src/domain/import/po-line-match.ts'
import { DEFAULT_MATCH_POLICY, type MatchPolicy } from '../../../src/domain/matching/index.ts'
import type { MarcRecord } from '../../../src/marc/record.ts'

// Update Inventory (issue 15): the PO line's record is the record's only candidate; nothing is added.

function record(oclc: number, leader05 = 'n'): MarcRecord {
  return {
    leader: `00000${leader05}am a2200000 a 4500`,
    fields: [{ tag: '035', ind1: ' ', ind2: ' ', subfields: [{ code: 'a', value: `(OCoLC)ocm${String(oclc).padStart(8, '0')}` }] }],
  }
}

/** Repository record `mmsId` as findCandidates answers it for a SYSTEM_ID key, and under the OCLC number it carries. */
const stored = (mmsId: number, oclc: number, extra: Partial<CandidateRow> = {}): CandidateRow[] =>
  [
    { kind: 'SYSTEM_ID', value: String(mmsId) },
    { kind: 'OCLC', value: String(oclc) },
  ].map((key) => ({ ...key, cancelled: false, mmsId, version005: null, briefLevel: 10, inventoryType: 'NONE', locked: false, ...extra }))

const items = (...records: MarcRecord[]): IncomingItem[] => records.map((r, i) => ({ incomingId: i + 1, record: r }))
const kinds = (plan: ReturnType<typeof decideOnPoLines>) => plan.map((p) => [p.decision?.kind ?? null, p.target])

const policy = (change: Partial<MatchPolicy>): MatchPolicy => ({ ...DEFAULT_MATCH_POLICY, method: 'OCLC', ...change })

t.test('the line\'s record is the target, whatever record the OCLC number names', async (t) => {
  // Record 1 is line 1's; record 2 carries the OCLC number the incoming record brings.
  const state = new MatchState([...stored(1, 111), ...stored(2, 222)])
  const plan = decideOnPoLines(items(record(222), record(999)), new Map([[1, 1], [2, 1]]), state, policy({ singleMatchAction: 'OVERLAY' }))
  t.same(kinds(plan), [
    ['OVERLAY', { mmsId: 1 }],
    ['OVERLAY', { mmsId: 1 }],
  ], 'both overlay record 1: neither record 2 nor a new record')
})

t.test('ADD is never decided: single-match ADD, no-match ADD and a delete request skip', async (t) => {
  const state = new MatchState(stored(1, 111))
  t.same(kinds(decideOnPoLines(items(record(111)), new Map([[1, 1]]), state, policy({ singleMatchAction: 'ADD' }))), [['SKIP', null]])
  // The line's record not among the candidates (deleted meanwhile): skipped, not added.
  t.same(kinds(decideOnPoLines(items(record(111)), new Map([[1, 5]]), state, policy({ noMatchAction: 'ADD' }))), [['SKIP', null]])
  t.same(kinds(decideOnPoLines(items(record(111, 'd')), new Map([[1, 1]]), state, policy({ allowDeletes: true }))), [['SKIP', null]])
})

t.test('the match policy still applies to the line\'s record: skip, lock, older version', async (t) => {
  t.same(kinds(decideOnPoLines(items(record(1)), new Map([[1, 1]]), new MatchState(stored(1, 111)), policy({ singleMatchAction: 'SKIP' }))), [['SKIP', null]])
  const locked = decideOnPoLines(items(record(1)), new Map([[1, 1]]), new MatchState(stored(1, 111, { locked: true })), policy({ singleMatchAction: 'MERGE' }))
  t.same([locked[0]?.decision?.kind, locked[0]?.decision?.kind === 'NOT_IMPORTED' ? locked[0].decision.reason : null], ['NOT_IMPORTED', 'RECORD_LOCKED'])
})

t.test('a record with no PO line gets no decision (the caller refused it)', async (t) => {
  t.same(kinds(decideOnPoLines(items(record(1)), new Map(), new MatchState(stored(1, 111)), policy({}))), [[null, null]])
})
