import t from 'tap'
import { keyDifference } from '../../../src/domain/import/keys.ts'
import { type CandidateRow, decideBulk, GroupWrites, type IncomingItem, MatchState, pendingId, type PlannedRecord } from '../../../src/domain/import/plan.ts'
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

/** A group of files over one repository (`stored`, by MMS ID), decided and applied file by file as the runner does. */
function group(candidates: readonly CandidateRow[], stored: ReadonlyMap<number, MarcRecord>, rule = DEFAULT_MERGE_RULE) {
  const state = new MatchState(candidates)
  const writes = new GroupWrites()
  const read: number[][] = []
  return {
    writes,
    read,
    decide: (list: readonly IncomingItem[], filePolicy: MatchPolicy = policy) => decideBulk(list, state, filePolicy),
    apply(list: readonly IncomingItem[], plan: readonly PlannedRecord[]) {
      const ids = writes.unread(plan)
      read.push(ids)
      writes.read(ids.map((mmsId) => ({ mmsId, marc: stored.get(mmsId) as MarcRecord })))
      return writes.apply(plan, list, rule, state)
    },
    file(list: readonly IncomingItem[], filePolicy: MatchPolicy = policy) {
      const plan = this.decide(list, filePolicy)
      return { plan, outcomes: this.apply(list, plan) }
    },
  }
}

t.test('a record added earlier in the file is the match of a later one', async (t) => {
  const g = group([], new Map())
  const { plan, outcomes } = g.file(items(record(1, 'first'), record(2, 'other'), record(1, 'second')))
  t.same(plan.map((p) => p.decision?.kind), ['ADD', 'ADD', 'MERGE'])
  t.same(plan[2]?.target, { pendingAdd: 0 }, 'the third merges into the first add')
  t.equal(g.writes.adds.length, 2, 'two records are added')
  t.same(outcomes.map((o) => [o.outcome, o.mmsId]), [['ADDED', pendingId(0)], ['ADDED', pendingId(1)], ['MERGED', pendingId(0)]], 'the merge names the record it went into')
  const title = g.writes.adds[0]?.fields.find((f) => f.tag === '245')
  t.same(title, { tag: '245', ind1: '0', ind2: '0', subfields: [{ code: 'a', value: 'second' }] }, 'the add carries the merge')
})

t.test('several records of a file change one repository record in turn; its before-image is the original', async (t) => {
  const existing = new Map([[100, record(7, 'stored', { local: 'kept' })]])
  const list = items(record(7, 'vendor 1'), record(7, 'vendor 2'))
  const g = group([candidate(100, 7)], existing)
  g.file(list)
  t.same(g.read, [[100]], 'read once')
  t.equal(g.writes.updates().length, 1, 'written once')
  const update = g.writes.updates()[0]
  t.equal(update?.change, 'MERGED')
  t.same(update?.before, existing.get(100))
  t.same(update?.marc.fields.map((f) => f.tag), ['035', '245', '949'], 'the local field survives both merges')
  t.same(update?.marc.fields.find((f) => f.tag === '245'), { tag: '245', ind1: '0', ind2: '0', subfields: [{ code: 'a', value: 'vendor 2' }] })
})

t.test('deletes: of a repository record, and of a record this file added', async (t) => {
  const deleting = { ...policy, allowDeletes: true }
  const existing = new Map([[100, record(7, 'stored')]])
  const list = items(record(7, 'gone', { leader05: 'd' }), record(8, 'new'), record(8, 'new again', { leader05: 'd' }), record(7, 'after delete'))
  const g = group([candidate(100, 7)], existing)
  const { outcomes } = g.file(list, deleting)
  t.same(g.writes.deletes(), [100])
  t.same(
    outcomes.map((o) => o.outcome),
    ['DELETED', 'ADDED', 'SKIPPED', 'SKIPPED'],
    'a delete of an uncommitted add is skipped; a change to a record deleted earlier in the file is skipped',
  )
  t.equal(g.writes.updates().length, 0)
})

t.test('unreadable records are not imported; nothing else changes', async (t) => {
  const list = items(null, record(3, 'fine'))
  const { outcomes } = group([], new Map()).file(list)
  t.same(outcomes.map((o) => [o.outcome, o.reason]), [['NOT_IMPORTED', 'INVALID_RECORD'], ['ADDED', null]])
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
  const g = group([candidate(100, 5), candidate(101, 5)], new Map())
  const { plan, outcomes } = g.file(list, manual)
  t.equal(plan[0]?.decision?.kind, 'MANUAL')
  t.same(outcomes.map((o) => [o.outcome, o.reason]), [['PENDING_MANUAL', null]])
  t.same([g.writes.adds.length, g.writes.updates().length, g.writes.deletes().length], [0, 0, 0])
  t.equal(outcomes[0]?.decision?.multiMatch, true, 'counted as a multi-match found')
})

t.test('a group of files: each file is decided on what the files before it wrote', async (t) => {
  const withNumbers = (title: string, ...oclc: number[]): MarcRecord => ({
    leader: '00000nam a2200000 a 4500',
    fields: [
      ...oclc.map((n) => ({ tag: '035', ind1: ' ', ind2: ' ', subfields: [{ code: 'a', value: `(OCoLC)${n}` }] })),
      { tag: '245', ind1: '0', ind2: '0', subfields: [{ code: 'a', value: title }] },
    ],
  })
  const stored = new Map([[100, withNumbers('stored', 7)]])
  const g = group([candidate(100, 7)], stored)
  // File 1 merges a second number into record 100 (035s are unioned) and adds a record.
  const first = g.file(items(withNumbers('vendor', 7, 8), withNumbers('new', 9)))
  t.same(first.outcomes.map((o) => [o.outcome, o.mmsId]), [['MERGED', 100], ['ADDED', pendingId(0)]])
  // File 2 finds 100 by the number file 1 gave it, though the group's query found it by 7 only,
  // and merges into file 1's add.
  const second = g.file(items(withNumbers('by the new number', 8), withNumbers('into the add', 9)))
  t.same(second.outcomes.map((o) => [o.outcome, o.mmsId]), [['MERGED', 100], ['MERGED', pendingId(0)]])
  t.same(g.read, [[100], []], 'record 100 is read once, before its first change')
  const update = g.writes.updates()[0]
  t.same(update?.before, stored.get(100), 'the before-image is the record as the group found it')
  const title = (value: string) => ({ tag: '245', ind1: '0', ind2: '0', subfields: [{ code: 'a', value }] })
  t.same(update?.marc.fields.find((f) => f.tag === '245'), title('by the new number'), 'written once, with both merges')
  t.same(g.writes.adds.map((r) => r.fields.find((f) => f.tag === '245')), [title('into the add')])

  // A third file deleting what an earlier file wrote is not decided in this group.
  const deleting = { ...policy, allowDeletes: true }
  const gone = withNumbers('gone', 7)
  gone.leader = '00000dam a2200000 a 4500'
  t.ok(g.writes.deletesEarlierWrite(g.decide(items(gone), deleting)), 'a delete of a record merged earlier in the group')
  const fresh = group([candidate(100, 7)], stored)
  t.notOk(fresh.writes.deletesEarlierWrite(fresh.decide(items(gone), deleting)), 'the same delete as the first file of a group')
})
