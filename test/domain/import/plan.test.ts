import t from 'tap'
import { keyDifference } from '../../../src/domain/import/keys.ts'
import { buildWrites, type CandidateRow, decideBulk, type IncomingItem, targetsToRead } from '../../../src/domain/import/plan.ts'
import { DEFAULT_MATCH_POLICY, DEFAULT_MERGE_RULE, type MatchPolicy } from '../../../src/domain/matching/index.ts'
import type { MarcRecord } from '../../../src/marc/record.ts'

const policy: MatchPolicy = { ...DEFAULT_MATCH_POLICY, method: 'OCLC', singleMatchAction: 'MERGE', noMatchAction: 'ADD' }

function record(oclc: number, title: string, extra: { leader05?: string; local?: string } = {}): MarcRecord {
  return {
    leader: `00000${extra.leader05 ?? 'n'}am a2200000 a 4500`,
    fields: [
      { tag: '035', ind1: ' ', ind2: ' ', subfields: [{ code: 'a', value: `(OCoLC)ocm${String(oclc).padStart(8, '0')}` }] },
      { tag: '245', ind1: '0', ind2: '0', subfields: [{ code: 'a', value: title }] },
      ...(extra.local === undefined ? [] : [{ tag: '949', ind1: ' ', ind2: ' ', subfields: [{ code: 'a', value: extra.local }] }]),
    ],
  }
}

const candidate = (mmsId: number, oclc: number): CandidateRow => ({
  kind: 'OCLC',
  value: String(oclc),
  cancelled: false,
  mmsId,
  version005: null,
  briefLevel: 10,
  inventoryType: 'NONE',
  locked: false,
})

const items = (...records: Array<MarcRecord | null>): IncomingItem[] => records.map((r, i) => ({ incomingId: i + 1, record: r }))

t.test('a record added earlier in the file is the match of a later one', async (t) => {
  const plan = decideBulk(items(record(1, 'first'), record(2, 'other'), record(1, 'second')), [], policy)
  t.same(plan.map((p) => p.decision?.kind), ['ADD', 'ADD', 'MERGE'])
  t.same(plan[2]?.target, { pendingAdd: 0 }, 'the third merges into the first add')
  const writes = buildWrites(plan, items(record(1, 'first'), record(2, 'other'), record(1, 'second')), new Map(), DEFAULT_MERGE_RULE)
  t.equal(writes.adds.length, 2, 'two records are added')
  t.same(writes.outcomes.map((o) => o.outcome), ['ADDED', 'ADDED', 'MERGED'])
  const title = writes.adds[0]?.fields.find((f) => f.tag === '245')
  t.same(title, { tag: '245', ind1: '0', ind2: '0', subfields: [{ code: 'a', value: 'second' }] }, 'the add carries the merge')
})

t.test('several records of a file change one repository record in turn; its before-image is the original', async (t) => {
  const existing = new Map([[100, record(7, 'stored', { local: 'kept' })]])
  const list = items(record(7, 'vendor 1'), record(7, 'vendor 2'))
  const plan = decideBulk(list, [candidate(100, 7)], policy)
  t.same(targetsToRead(plan), [100])
  const writes = buildWrites(plan, list, existing, DEFAULT_MERGE_RULE)
  t.equal(writes.updates.length, 1, 'written once')
  const update = writes.updates[0]
  t.equal(update?.change, 'MERGED')
  t.same(update?.before, existing.get(100))
  t.same(update?.marc.fields.map((f) => f.tag), ['035', '245', '949'], 'the local field survives both merges')
  t.same(update?.marc.fields.find((f) => f.tag === '245'), { tag: '245', ind1: '0', ind2: '0', subfields: [{ code: 'a', value: 'vendor 2' }] })
})

t.test('deletes: of a repository record, and of a record this file added', async (t) => {
  const deleting = { ...policy, allowDeletes: true }
  const existing = new Map([[100, record(7, 'stored')]])
  const list = items(record(7, 'gone', { leader05: 'd' }), record(8, 'new'), record(8, 'new again', { leader05: 'd' }), record(7, 'after delete'))
  const plan = decideBulk(list, [candidate(100, 7)], deleting)
  const writes = buildWrites(plan, list, existing, DEFAULT_MERGE_RULE)
  t.same(writes.deletes.map((d) => d.mmsId), [100])
  t.same(
    writes.outcomes.map((o) => o.outcome),
    ['DELETED', 'ADDED', 'SKIPPED', 'SKIPPED'],
    'a delete of an uncommitted add is skipped; a change to a record deleted earlier in the file is skipped',
  )
  t.equal(writes.updates.length, 0)
})

t.test('unreadable records are not imported; nothing else changes', async (t) => {
  const list = items(null, record(3, 'fine'))
  const writes = buildWrites(decideBulk(list, [], policy), list, new Map(), DEFAULT_MERGE_RULE)
  t.same(writes.outcomes.map((o) => [o.outcome, o.reason]), [['NOT_IMPORTED', 'INVALID_RECORD'], ['ADDED', null]])
})

t.test('key differences', async (t) => {
  const key = (value: string, cancelled = false) => ({ kind: 'OCLC' as const, value, cancelled })
  t.same(keyDifference([key('1'), key('2')], [key('1'), key('2')]), { removed: [], added: [] }, 'a merge that keeps the numbers writes no key')
  t.same(keyDifference([key('1'), key('2')], [key('2'), key('3')]), { removed: [key('1')], added: [key('3')] })
  t.same(keyDifference([key('1')], [key('1', true)]), { removed: [key('1')], added: [key('1', true)] }, 'a number that became cancelled')
})

t.test('several candidates and a MANUAL profile: the record waits for a person, nothing is written', async (t) => {
  const manual = { ...policy, multiMatchAction: 'MANUAL' as const, autoResolveMultiMatch: false }
  const list = items(record(5, 'ambiguous'))
  const plan = decideBulk(list, [candidate(100, 5), candidate(101, 5)], manual)
  t.equal(plan[0]?.decision?.kind, 'MANUAL')
  const writes = buildWrites(plan, list, new Map(), DEFAULT_MERGE_RULE)
  t.same(writes.outcomes.map((o) => [o.outcome, o.reason]), [['PENDING_MANUAL', null]])
  t.same([writes.adds.length, writes.updates.length, writes.deletes.length], [0, 0, 0])
  t.equal(writes.outcomes[0]?.decision?.multiMatch, true, 'counted as a multi-match found')
})
