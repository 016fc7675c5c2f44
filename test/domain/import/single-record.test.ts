import t from 'tap'
import { SINGLE_RECORD_RESULTS, singleRecordResult } from '../../../src/domain/import/single-record.ts'
import { NOT_IMPORTED_REASONS, OUTCOMES } from '../../../src/domain/matching/index.ts'

t.test('the gateway codes (seed 001) for the outcomes the gateway reports', async (t) => {
  t.equal(singleRecordResult('ADDED', null), 'IMPORTED')
  t.equal(singleRecordResult('MERGED', null), 'MERGED')
  t.equal(singleRecordResult('OVERLAID', null), 'MERGED', 'an overlay is the profile\'s way of merging')
  t.equal(singleRecordResult('NOT_IMPORTED', 'MULTI_MATCH_UNRESOLVED'), 'MULTI_MATCHES_FOUND')
  t.equal(singleRecordResult('NOT_IMPORTED', 'TOO_MANY_MATCHES'), 'MULTI_MATCHES_FOUND')
  t.equal(singleRecordResult('PENDING_MANUAL', null), 'MULTI_MATCHES_FOUND')
  t.equal(singleRecordResult('NOT_IMPORTED', 'BRIEF_LEVEL_LOWER'), 'NOT_ADDED_BRIEF')
  t.equal(singleRecordResult('NOT_IMPORTED', 'RECORD_LOCKED'), 'NOT_ADDED_LOCKED')
  t.equal(singleRecordResult('NOT_IMPORTED', 'NEWER_VERSION_IN_REPOSITORY'), 'NOT_ADDED_OLD')
})

t.test('codes of our own for what the gateway never reports', async (t) => {
  t.equal(singleRecordResult('SKIPPED', null), 'SKIPPED')
  t.equal(singleRecordResult('DELETED', null), 'DELETED')
  t.equal(singleRecordResult('NOT_IMPORTED', 'INVALID_RECORD'), 'NOT_ADDED_INVALID')
  t.equal(singleRecordResult('NOT_IMPORTED', 'DIFFERENT_INVENTORY_TYPE'), 'NOT_ADDED_OTHER')
  t.equal(singleRecordResult('NOT_IMPORTED', 'INVENTORY_ERROR'), 'NOT_ADDED_OTHER')
  t.equal(singleRecordResult('NOT_IMPORTED', null), 'NOT_ADDED_OTHER', 'a reasonless NOT_IMPORTED still gets a code')
})

t.test('every outcome and every reason has a code from the list', async (t) => {
  for (const outcome of OUTCOMES.filter((o) => o !== 'NOT_IMPORTED')) t.ok(SINGLE_RECORD_RESULTS.includes(singleRecordResult(outcome, null)), outcome)
  for (const reason of NOT_IMPORTED_REASONS) t.ok(SINGLE_RECORD_RESULTS.includes(singleRecordResult('NOT_IMPORTED', reason)), reason)
})
