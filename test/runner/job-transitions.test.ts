import t from 'tap'
import { IllegalTransitionError, type JobStatus } from '../../src/domain/jobs/lifecycle.ts'
import { transitionJob } from '../../src/pipeline/job-transitions.ts'
import { createTestApp } from '../helpers/app.ts'
import { makeProfile, startJob } from '../helpers/job-fixtures.ts'
import { readSharedMarc } from '../helpers/shared.ts'

// SPEC "Job lifecycle", the statuses and the table of moves, written out again: the one function
// that moves jobs must refuse everything else, whatever the table in the code says.
const STATUSES: JobStatus[] = [
  'PENDING',
  'INITIALIZING',
  'RUNNING',
  'FINALIZING',
  'COMPLETED_SUCCESS',
  'COMPLETED_WITH_ERRORS',
  'COMPLETED_NO_BULKS',
  'MANUAL_HANDLING_REQUIRED',
  'CANCELLED',
  'FAILED',
]
const LEGAL: Record<JobStatus, JobStatus[]> = {
  PENDING: ['INITIALIZING', 'CANCELLED'],
  INITIALIZING: ['RUNNING', 'COMPLETED_NO_BULKS', 'FAILED', 'CANCELLED'],
  RUNNING: ['FINALIZING', 'FAILED', 'CANCELLED'],
  FINALIZING: ['COMPLETED_SUCCESS', 'COMPLETED_WITH_ERRORS', 'MANUAL_HANDLING_REQUIRED'],
  MANUAL_HANDLING_REQUIRED: ['COMPLETED_SUCCESS', 'COMPLETED_WITH_ERRORS'],
  COMPLETED_SUCCESS: [],
  COMPLETED_WITH_ERRORS: [],
  COMPLETED_NO_BULKS: [],
  CANCELLED: [],
  FAILED: [],
}
const ENDED: JobStatus[] = ['COMPLETED_SUCCESS', 'COMPLETED_WITH_ERRORS', 'COMPLETED_NO_BULKS', 'CANCELLED', 'FAILED']

t.test('transitionJob makes exactly the moves the SPEC lists, each with its event, and refuses every other', async (t) => {
  const env = await createTestApp(t, {}, { work: false })
  const jobId = await startJob(env, await makeProfile(env), [{ name: 'test.dat', content: readSharedMarc('pymarc/test.dat') }])
  const state = () => env.db.selectFrom('jobs').select(['status', 'started_at', 'ended_at']).where('id', '=', jobId).executeTakeFirstOrThrow()
  const events = () => env.db.selectFrom('job_events').select(['status', 'description']).where('job_id', '=', jobId).orderBy('id').execute()
  for (const from of STATUSES) {
    for (const to of STATUSES) {
      await env.db.updateTable('jobs').set({ status: from, started_at: null, ended_at: null }).where('id', '=', jobId).execute()
      const before = await events()
      const move = env.db.transaction().execute((trx) =>
        transitionJob(trx, jobId, to, { severity: 'INFO', module: 'SYSTEM', description: `test: ${from} to ${to}`, createdBy: null }),
      )
      if (LEGAL[from].includes(to)) {
        await move
        const after = await state()
        t.equal(after.status, to, `${from} -> ${to} is made`)
        t.same((await events()).slice(before.length), [{ status: to, description: `test: ${from} to ${to}` }], `${from} -> ${to}: its event`)
        t.equal(after.started_at !== null, to === 'INITIALIZING', `${from} -> ${to}: started when a worker claims it`)
        t.equal(after.ended_at !== null, ENDED.includes(to), `${from} -> ${to}: ended when the status is final`)
      } else {
        await t.rejects(move, IllegalTransitionError, `${from} -> ${to} is refused`)
        t.equal((await state()).status, from, `${from} -> ${to}: the job stays ${from}`)
        t.equal((await events()).length, before.length, `${from} -> ${to}: no event`)
      }
    }
  }
})
