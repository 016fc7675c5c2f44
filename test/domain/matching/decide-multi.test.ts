import t from 'tap'
import { decide, type Decision, outcomeOf } from '../../../src/domain/matching/decide.ts'
import { DEFAULT_MATCH_POLICY } from '../../../src/domain/matching/policy.ts'
import {
  OLD,
  auto,
  candidate,
  checkRows,
  deletes,
  electronic,
  incoming,
  many,
  noAuto,
  onCancelled,
  onNumber,
  skipOtherType,
  type Row,
} from './decide-fixtures.ts'

/** decide(): several matches — steps 3 and 5 of the order documented in decide.ts. */
const rows: Row[] = [
  // 3: too many
  {
    name: '151 candidates: too many',
    candidates: many(151),
    expected: { kind: 'NOT_IMPORTED', reason: 'TOO_MANY_MATCHES' },
  },
  {
    name: '150 candidates is not too many',
    candidates: many(150),
    policy: noAuto,
    expected: { kind: 'MANUAL', candidates: many(150).map((c) => c.mmsId) },
  },

  // 5 with a delete request
  {
    name: 'delete with unresolved multi-match: never guessed',
    incoming: { isDelete: true },
    candidates: many(2),
    policy: { ...deletes, multiMatchAction: 'MANUAL' },
    expected: { kind: 'NOT_IMPORTED', reason: 'MULTI_MATCH_UNRESOLVED' },
  },
  {
    name: 'delete resolved automatically to one',
    incoming: { isDelete: true },
    candidates: [candidate('m1', { matchedOn: [onCancelled] }), candidate('m2')],
    policy: { ...deletes, ...auto },
    expected: { kind: 'DELETE', target: 'm2', autoResolvedBy: 'CANCELLED_NUMBERS_DISREGARDED' },
  },

  // 5: multi-match
  {
    name: 'two matches, no automatic rules, manual',
    candidates: many(2),
    policy: noAuto,
    expected: { kind: 'MANUAL', candidates: ['m1', 'm2'] },
  },
  {
    name: 'two matches, no automatic rules, skip = not imported',
    candidates: many(2),
    policy: { ...noAuto, multiMatchAction: 'SKIP' },
    expected: { kind: 'NOT_IMPORTED', reason: 'MULTI_MATCH_UNRESOLVED' },
  },
  {
    name: 'cancelled-only candidate disregarded',
    candidates: [candidate('m1', { matchedOn: [onCancelled] }), candidate('m2')],
    policy: auto,
    expected: { kind: 'MERGE', target: 'm2', autoResolvedBy: 'CANCELLED_NUMBERS_DISREGARDED' },
  },
  {
    name: 'candidate matched on a valid and a cancelled number is kept',
    candidates: [
      candidate('m1', { matchedOn: [onNumber, onCancelled] }),
      candidate('m2', { matchedOn: [onCancelled] }),
    ],
    policy: auto,
    expected: { kind: 'MERGE', target: 'm1', autoResolvedBy: 'CANCELLED_NUMBERS_DISREGARDED' },
  },
  {
    name: 'all cancelled-only: the rule does not empty the list',
    candidates: [candidate('m1', { matchedOn: [onCancelled] }), candidate('m2', { matchedOn: [onCancelled] })],
    policy: auto,
    expected: { kind: 'MANUAL', candidates: ['m1', 'm2'] },
  },
  {
    name: 'same inventory type preferred',
    incoming: electronic,
    candidates: [candidate('m1'), candidate('m2', electronic)],
    policy: { ...auto, singleMatchAction: 'OVERLAY' },
    expected: { kind: 'OVERLAY', target: 'm2', autoResolvedBy: 'SAME_INVENTORY_TYPE' },
  },
  {
    name: 'both rules: the second one finishes',
    incoming: electronic,
    candidates: [
      candidate('m1', { matchedOn: [onCancelled], ...electronic }),
      candidate('m2'),
      candidate('m3', electronic),
    ],
    policy: auto,
    expected: { kind: 'MERGE', target: 'm3', autoResolvedBy: 'SAME_INVENTORY_TYPE' },
  },
  {
    name: 'narrowed but not resolved: manual shows the candidates left',
    candidates: [candidate('m1', { matchedOn: [onCancelled] }), candidate('m2'), candidate('m3')],
    policy: auto,
    expected: { kind: 'MANUAL', candidates: ['m2', 'm3'] },
  },
  {
    name: 'incoming type unknown: no type preference',
    incoming: { inventoryType: 'NONE' },
    candidates: [candidate('m1'), candidate('m2', electronic)],
    policy: auto,
    expected: { kind: 'MANUAL', candidates: ['m1', 'm2'] },
  },
  {
    name: 'no candidate of the same type: the rule does not empty the list',
    incoming: electronic,
    candidates: many(2),
    policy: auto,
    expected: { kind: 'MANUAL', candidates: ['m1', 'm2'] },
  },
  {
    name: 'candidate without recorded keys is not treated as cancelled-only',
    candidates: [candidate('m1', { matchedOn: [] }), candidate('m2', { matchedOn: [onCancelled] })],
    policy: auto,
    expected: { kind: 'MERGE', target: 'm1', autoResolvedBy: 'CANCELLED_NUMBERS_DISREGARDED' },
  },
  {
    name: 'resolved, then the single-match checks apply',
    incoming: { version005: OLD },
    candidates: [candidate('m1', { matchedOn: [onCancelled] }), candidate('m2')],
    policy: { ...auto, preventOlderVersion: true },
    expected: {
      kind: 'NOT_IMPORTED',
      reason: 'NEWER_VERSION_IN_REPOSITORY',
      target: 'm2',
      autoResolvedBy: 'CANCELLED_NUMBERS_DISREGARDED',
    },
  },
  {
    name: 'resolved, then added anyway',
    candidates: [candidate('m1', { matchedOn: [onCancelled] }), candidate('m2')],
    policy: { ...auto, singleMatchAction: 'ADD' },
    expected: { kind: 'ADD', addedDespiteMatch: true, autoResolvedBy: 'CANCELLED_NUMBERS_DISREGARDED' },
  },
  {
    name: 'resolved to a different type: match skipped',
    incoming: electronic,
    candidates: [candidate('m1', { matchedOn: [onCancelled], ...electronic }), candidate('m2')],
    policy: { ...auto, ...skipOtherType, noMatchAction: 'SKIP' },
    expected: {
      kind: 'NOT_IMPORTED',
      reason: 'DIFFERENT_INVENTORY_TYPE',
      target: 'm2',
      autoResolvedBy: 'CANCELLED_NUMBERS_DISREGARDED',
      matchSkippedDifferentInventoryType: true,
    },
  },
  {
    name: 'single-match add does not apply to several matches',
    candidates: many(3),
    policy: { ...noAuto, singleMatchAction: 'ADD' },
    expected: { kind: 'MANUAL', candidates: ['m1', 'm2', 'm3'] },
  },
]

t.test('decide: several matches', async (t) => checkRows(t, rows))

t.test('a manual decision says why', async (t) => {
  const off = decide(incoming(), many(2), { ...DEFAULT_MATCH_POLICY, autoResolveMultiMatch: false })
  const narrowed = decide(incoming(), [candidate('m1', { matchedOn: [onCancelled] }), ...many(2)], DEFAULT_MATCH_POLICY)
  t.match(off, { kind: 'MANUAL', why: /2 repository records match.*resolution is off/ })
  t.match(narrowed, { kind: 'MANUAL', why: /3 repository records match.*left 2/ })
})

t.test('outcomeOf: the outcome row each kind of decision produces', async (t) => {
  const facts = { matched: true, multiMatch: false, candidateCount: 1, addedDespiteMatch: false }
  const report = { ...facts, matchSkippedDifferentInventoryType: false }
  const cases: Array<[Decision, ReturnType<typeof outcomeOf>]> = [
    [{ kind: 'ADD', ...report }, { outcome: 'ADDED', reason: null }],
    [{ kind: 'MERGE', target: 'm1', ...report }, { outcome: 'MERGED', reason: null }],
    [{ kind: 'OVERLAY', target: 'm1', ...report }, { outcome: 'OVERLAID', reason: null }],
    [{ kind: 'DELETE', target: 'm1', ...report }, { outcome: 'DELETED', reason: null }],
    [{ kind: 'SKIP', ...report }, { outcome: 'SKIPPED', reason: null }],
    [
      { kind: 'NOT_IMPORTED', reason: 'RECORD_LOCKED', ...report },
      { outcome: 'NOT_IMPORTED', reason: 'RECORD_LOCKED' },
    ],
    [{ kind: 'MANUAL', candidates: ['m1', 'm2'], why: '', ...report }, { outcome: 'PENDING_MANUAL', reason: null }],
  ]
  for (const [decision, expected] of cases) t.strictSame(outcomeOf(decision), expected, decision.kind)
})
