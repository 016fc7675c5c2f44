import t from 'tap'
import {
  OLD,
  NEW,
  candidate,
  checkRows,
  deletes,
  electronic,
  many,
  skipOtherType,
  type Row,
} from './decide-fixtures.ts'

/** decide(): no match and one match — steps 1, 2, 4 and 6 of the order documented in decide.ts. */
const rows: Row[] = [
  // 1, 4: no match
  { name: 'no match, add', candidates: [], expected: { kind: 'ADD' } },
  { name: 'no match, skip', candidates: [], policy: { noMatchAction: 'SKIP' }, expected: { kind: 'SKIP' } },
  {
    name: 'method NONE ignores candidates and adds',
    candidates: [candidate('m1')],
    policy: { method: 'NONE' },
    expected: { kind: 'ADD', matched: false, multiMatch: false, candidateCount: 0 },
  },
  {
    name: 'method NONE, no-match skip',
    candidates: many(2),
    policy: { method: 'NONE', noMatchAction: 'SKIP' },
    expected: { kind: 'SKIP', matched: false, multiMatch: false, candidateCount: 0 },
  },

  // 2: delete requests when the profile does not allow deletes
  {
    name: 'delete not allowed, single match: skipped',
    incoming: { isDelete: true },
    candidates: [candidate('m1')],
    expected: { kind: 'SKIP' },
  },
  {
    name: 'delete not allowed, no match: skipped, not added',
    incoming: { isDelete: true },
    candidates: [],
    expected: { kind: 'SKIP' },
  },
  {
    name: 'delete not allowed, too many matches: still just skipped',
    incoming: { isDelete: true },
    candidates: many(151),
    expected: { kind: 'SKIP' },
  },

  // 4: delete with no match
  {
    name: 'delete allowed, no match: nothing to delete',
    incoming: { isDelete: true },
    candidates: [],
    policy: deletes,
    expected: { kind: 'SKIP' },
  },

  // 6c/6d: single match actions
  { name: 'single match, merge', candidates: [candidate('m1')], expected: { kind: 'MERGE', target: 'm1' } },
  {
    name: 'single match, overlay',
    candidates: [candidate('m1')],
    policy: { singleMatchAction: 'OVERLAY' },
    expected: { kind: 'OVERLAY', target: 'm1' },
  },
  {
    name: 'single match, add anyway',
    candidates: [candidate('m1')],
    policy: { singleMatchAction: 'ADD' },
    expected: { kind: 'ADD', addedDespiteMatch: true },
  },
  {
    name: 'single match, skip',
    candidates: [candidate('m1')],
    policy: { singleMatchAction: 'SKIP' },
    expected: { kind: 'SKIP' },
  },

  // 6d: version prevention
  {
    name: 'incoming older, prevention on',
    incoming: { version005: OLD },
    candidates: [candidate('m1')],
    policy: { preventOlderVersion: true },
    expected: { kind: 'NOT_IMPORTED', reason: 'NEWER_VERSION_IN_REPOSITORY', target: 'm1' },
  },
  {
    name: 'incoming older, prevention off',
    incoming: { version005: OLD },
    candidates: [candidate('m1')],
    expected: { kind: 'MERGE', target: 'm1' },
  },
  {
    name: 'same 005 is not older',
    candidates: [candidate('m1')],
    policy: { preventOlderVersion: true },
    expected: { kind: 'MERGE', target: 'm1' },
  },
  {
    name: 'incoming newer',
    incoming: { version005: NEW },
    candidates: [candidate('m1')],
    policy: { preventOlderVersion: true, singleMatchAction: 'OVERLAY' },
    expected: { kind: 'OVERLAY', target: 'm1' },
  },
  {
    name: 'incoming has no 005',
    incoming: { version005: null },
    candidates: [candidate('m1')],
    policy: { preventOlderVersion: true },
    expected: { kind: 'MERGE', target: 'm1' },
  },
  {
    name: 'match has no 005',
    candidates: [candidate('m1', { version005: null })],
    policy: { preventOlderVersion: true },
    expected: { kind: 'MERGE', target: 'm1' },
  },
  {
    name: 'older but added anyway: the match is untouched',
    incoming: { version005: OLD },
    candidates: [candidate('m1')],
    policy: { preventOlderVersion: true, singleMatchAction: 'ADD' },
    expected: { kind: 'ADD', addedDespiteMatch: true },
  },

  // 6d: brief level
  {
    name: 'incoming briefer, check on',
    incoming: { briefLevel: 3 },
    candidates: [candidate('m1')],
    policy: { checkBriefLevel: true },
    expected: { kind: 'NOT_IMPORTED', reason: 'BRIEF_LEVEL_LOWER', target: 'm1' },
  },
  {
    name: 'incoming briefer, check off',
    incoming: { briefLevel: 3 },
    candidates: [candidate('m1')],
    expected: { kind: 'MERGE', target: 'm1' },
  },
  {
    name: 'equal brief level',
    candidates: [candidate('m1')],
    policy: { checkBriefLevel: true },
    expected: { kind: 'MERGE', target: 'm1' },
  },
  {
    name: 'incoming fuller',
    incoming: { briefLevel: 10 },
    candidates: [candidate('m1', { briefLevel: 3 })],
    policy: { checkBriefLevel: true, singleMatchAction: 'OVERLAY' },
    expected: { kind: 'OVERLAY', target: 'm1' },
  },

  // 6d: locked
  {
    name: 'locked match, merge',
    candidates: [candidate('m1', { locked: true })],
    expected: { kind: 'NOT_IMPORTED', reason: 'RECORD_LOCKED', target: 'm1' },
  },
  {
    name: 'locked match, overlay',
    candidates: [candidate('m1', { locked: true })],
    policy: { singleMatchAction: 'OVERLAY' },
    expected: { kind: 'NOT_IMPORTED', reason: 'RECORD_LOCKED', target: 'm1' },
  },
  {
    name: 'locked match, skip',
    candidates: [candidate('m1', { locked: true })],
    policy: { singleMatchAction: 'SKIP' },
    expected: { kind: 'SKIP' },
  },
  {
    name: 'locked match, add anyway',
    candidates: [candidate('m1', { locked: true })],
    policy: { singleMatchAction: 'ADD' },
    expected: { kind: 'ADD', addedDespiteMatch: true },
  },

  // 6d: order of the checks
  {
    name: 'older and locked: the permanent reason wins',
    incoming: { version005: OLD },
    candidates: [candidate('m1', { locked: true })],
    policy: { preventOlderVersion: true },
    expected: { kind: 'NOT_IMPORTED', reason: 'NEWER_VERSION_IN_REPOSITORY', target: 'm1' },
  },
  {
    name: 'briefer and locked: the permanent reason wins',
    incoming: { briefLevel: 3 },
    candidates: [candidate('m1', { locked: true })],
    policy: { checkBriefLevel: true },
    expected: { kind: 'NOT_IMPORTED', reason: 'BRIEF_LEVEL_LOWER', target: 'm1' },
  },
  {
    name: 'older and briefer: version first',
    incoming: { version005: OLD, briefLevel: 3 },
    candidates: [candidate('m1')],
    policy: { preventOlderVersion: true, checkBriefLevel: true },
    expected: { kind: 'NOT_IMPORTED', reason: 'NEWER_VERSION_IN_REPOSITORY', target: 'm1' },
  },

  // 6a: inventory type
  {
    name: 'different type, match skipped, record added',
    incoming: electronic,
    candidates: [candidate('m1')],
    policy: skipOtherType,
    expected: { kind: 'ADD', addedDespiteMatch: true, matchSkippedDifferentInventoryType: true },
  },
  {
    name: 'different type, match skipped, no-match skip: not imported',
    incoming: electronic,
    candidates: [candidate('m1')],
    policy: { ...skipOtherType, noMatchAction: 'SKIP' },
    expected: {
      kind: 'NOT_IMPORTED',
      reason: 'DIFFERENT_INVENTORY_TYPE',
      target: 'm1',
      matchSkippedDifferentInventoryType: true,
    },
  },
  {
    name: 'different type, option off: merged',
    incoming: electronic,
    candidates: [candidate('m1')],
    expected: { kind: 'MERGE', target: 'm1' },
  },
  {
    name: 'incoming type unknown: no mismatch',
    incoming: { inventoryType: 'NONE' },
    candidates: [candidate('m1')],
    policy: skipOtherType,
    expected: { kind: 'MERGE', target: 'm1' },
  },
  {
    name: 'match without inventory: no mismatch',
    incoming: electronic,
    candidates: [candidate('m1', { inventoryType: 'NONE' })],
    policy: skipOtherType,
    expected: { kind: 'MERGE', target: 'm1' },
  },
  {
    name: 'different type and locked: the match is skipped first',
    incoming: electronic,
    candidates: [candidate('m1', { locked: true })],
    policy: skipOtherType,
    expected: { kind: 'ADD', addedDespiteMatch: true, matchSkippedDifferentInventoryType: true },
  },
  {
    name: 'different type, single-match skip: handled as unmatched',
    incoming: electronic,
    candidates: [candidate('m1')],
    policy: { ...skipOtherType, singleMatchAction: 'SKIP' },
    expected: { kind: 'ADD', addedDespiteMatch: true, matchSkippedDifferentInventoryType: true },
  },

  // 6b: deletes
  {
    name: 'delete allowed, single match: deleted',
    incoming: { isDelete: true },
    candidates: [candidate('m1')],
    policy: deletes,
    expected: { kind: 'DELETE', target: 'm1' },
  },
  {
    name: 'delete allowed, match locked',
    incoming: { isDelete: true },
    candidates: [candidate('m1', { locked: true })],
    policy: deletes,
    expected: { kind: 'NOT_IMPORTED', reason: 'RECORD_LOCKED', target: 'm1' },
  },
  {
    name: 'delete ignores version prevention',
    incoming: { isDelete: true, version005: OLD },
    candidates: [candidate('m1')],
    policy: { ...deletes, preventOlderVersion: true },
    expected: { kind: 'DELETE', target: 'm1' },
  },
  {
    name: 'delete ignores brief level',
    incoming: { isDelete: true, briefLevel: 1 },
    candidates: [candidate('m1')],
    policy: { ...deletes, checkBriefLevel: true },
    expected: { kind: 'DELETE', target: 'm1' },
  },
  {
    name: 'delete overrides single-match skip',
    incoming: { isDelete: true },
    candidates: [candidate('m1')],
    policy: { ...deletes, singleMatchAction: 'SKIP' },
    expected: { kind: 'DELETE', target: 'm1' },
  },
  {
    name: 'delete of a different inventory type: match skipped, nothing deleted',
    incoming: { isDelete: true, ...electronic },
    candidates: [candidate('m1')],
    policy: { ...deletes, ...skipOtherType },
    expected: { kind: 'SKIP', matchSkippedDifferentInventoryType: true },
  },

]

t.test('decide: no match and single match', async (t) => checkRows(t, rows))
