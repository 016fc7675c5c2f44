import t from 'tap'
import { decideRevert, type RevertCandidate, revertCounters, revertStatus } from '../../../src/domain/revert/revert.ts'

const JOB = 'job-reverted'
const record = (overrides: Partial<RevertCandidate>): RevertCandidate => ({
  change: 'MERGED',
  expectedRevision: 2,
  revision: 2,
  deleted: false,
  locked: false,
  updatedByJob: JOB,
  ...overrides,
})

t.test('a record exactly as the import left it is put back', async (t) => {
  t.same(decideRevert(record({ change: 'ADDED', expectedRevision: 1, revision: 1 }), JOB), { outcome: 'DELETED', reason: null })
  t.same(decideRevert(record({ change: 'MERGED' }), JOB), { outcome: 'RESTORED', reason: null })
  t.same(decideRevert(record({ change: 'OVERLAID' }), JOB), { outcome: 'RESTORED', reason: null })
  t.same(decideRevert(record({ change: 'DELETED', deleted: true }), JOB), { outcome: 'UNDELETED', reason: null })
  // An import's change rows do not depend on who wrote last: the revision says it all.
  t.same(decideRevert(record({ change: 'MERGED', updatedByJob: null }), JOB), { outcome: 'RESTORED', reason: null })
})

t.test('a record changed since is left alone, with why', async (t) => {
  const changed = { outcome: 'LEFT_ALONE', reason: 'CHANGED_SINCE' }
  t.same(decideRevert(record({ change: 'MERGED', revision: 3 }), JOB), changed, 'edited after the import')
  t.same(decideRevert(record({ change: 'ADDED', expectedRevision: 1, revision: 2 }), JOB), changed, 'an added record edited by hand')
  t.same(decideRevert(record({ change: 'ADDED', expectedRevision: 1, revision: 1, updatedByJob: 'other' }), JOB), changed, 'last written by another job')
  t.same(decideRevert(record({ change: 'DELETED', deleted: false, revision: 3 }), JOB), changed, 'a deleted record brought back since')
  t.same(decideRevert(record({ change: 'ADDED', expectedRevision: 1, revision: 2, deleted: true }), JOB), { outcome: 'LEFT_ALONE', reason: 'DELETED_SINCE' })
  t.same(decideRevert(record({ change: 'MERGED', revision: 3, deleted: true }), JOB), { outcome: 'LEFT_ALONE', reason: 'DELETED_SINCE' })
  t.same(decideRevert(record({ change: 'MERGED', locked: true }), JOB), { outcome: 'LEFT_ALONE', reason: 'RECORD_LOCKED' })
  t.same(decideRevert(record({ change: 'ADDED', expectedRevision: 1, revision: 1, locked: true }), JOB), { outcome: 'LEFT_ALONE', reason: 'RECORD_LOCKED' })
})

t.test('counters and the final status', async (t) => {
  const counters = revertCounters([
    { outcome: 'DELETED', reason: null },
    { outcome: 'RESTORED', reason: null },
    { outcome: 'LEFT_ALONE', reason: 'CHANGED_SINCE' },
    { outcome: 'LEFT_ALONE', reason: 'CHANGED_SINCE' },
  ])
  t.same(counters, { DELETED: 1, RESTORED: 1, LEFT_ALONE: 2, 'LEFT_ALONE:CHANGED_SINCE': 2 })
  t.equal(revertStatus(counters), 'COMPLETED_WITH_ERRORS', 'a record left alone is one not reverted')
  t.equal(revertStatus({ DELETED: 3, UNDELETED: 1 }), 'COMPLETED_SUCCESS')
})
