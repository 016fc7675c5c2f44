import t from 'tap'
import {
  assertTransition,
  canTransition,
  FINISHED_STATUSES,
  IllegalTransitionError,
  JOB_STATUSES,
  type JobStatus,
  UNFINISHED_STATUSES,
} from '../../../src/domain/jobs/lifecycle.ts'

// SPEC "Job lifecycle", written out edge by edge so a change to the table has to change this too.
const LEGAL: Array<[JobStatus, JobStatus]> = [
  ['PENDING', 'INITIALIZING'],
  ['PENDING', 'CANCELLED'],
  ['INITIALIZING', 'CANCELLED'],
  ['RUNNING', 'CANCELLED'],
  ['INITIALIZING', 'RUNNING'],
  ['INITIALIZING', 'COMPLETED_NO_BULKS'],
  ['INITIALIZING', 'FAILED'],
  ['RUNNING', 'FAILED'],
  ['RUNNING', 'FINALIZING'],
  ['FINALIZING', 'COMPLETED_SUCCESS'],
  ['FINALIZING', 'COMPLETED_WITH_ERRORS'],
  ['FINALIZING', 'MANUAL_HANDLING_REQUIRED'],
  ['MANUAL_HANDLING_REQUIRED', 'COMPLETED_SUCCESS'],
  ['MANUAL_HANDLING_REQUIRED', 'COMPLETED_WITH_ERRORS'],
]

t.test('every pair of statuses is legal exactly when the spec lists it', async (t) => {
  for (const from of JOB_STATUSES) {
    for (const to of JOB_STATUSES) {
      const legal = LEGAL.some(([a, b]) => a === from && b === to)
      t.equal(canTransition(from, to), legal, `${from} -> ${to}`)
      if (legal) t.doesNotThrow(() => assertTransition(from, to))
      else t.throws(() => assertTransition(from, to), IllegalTransitionError)
    }
  }
})

t.test('finished jobs never change; unfinished ones can', async (t) => {
  t.same([...FINISHED_STATUSES].sort(), ['CANCELLED', 'COMPLETED_NO_BULKS', 'COMPLETED_SUCCESS', 'COMPLETED_WITH_ERRORS', 'FAILED'])
  t.same([...UNFINISHED_STATUSES].sort(), ['FINALIZING', 'INITIALIZING', 'MANUAL_HANDLING_REQUIRED', 'PENDING', 'RUNNING'])
})

t.test('the error names both ends', async (t) => {
  t.throws(() => assertTransition('COMPLETED_SUCCESS', 'RUNNING'), { message: 'A job cannot go from COMPLETED_SUCCESS to RUNNING' })
})
