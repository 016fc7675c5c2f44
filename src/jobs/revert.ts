import { revertJobName } from '../domain/revert/revert.ts'
import { failJob } from '../pipeline/job-transitions.ts'
import { finalizeRevertJob, planRevertJob } from '../pipeline/revert.ts'
import { processRevertBatch } from '../pipeline/revert-batch.ts'
import { QUEUES, type RevertBatchMessage, type RevertFinalizeMessage, type RevertPlanMessage } from '../pipeline/steps.ts'
import type { JobKindModule } from './kind.ts'

/** A revert of a completed import (issue 5): plan its items, one step per batch of records, then finalize. */
export const revertJob: JobKindModule = {
  kind: 'REVERT',
  name: revertJobName,
  queues: [
    {
      name: QUEUES.revertPlan,
      mode: 'one',
      handle: (context, message: RevertPlanMessage) => planRevertJob(context.db, context.steps, message.jobId, context.revertBatchSize),
    },
    {
      name: QUEUES.revertBatch,
      mode: 'parallel',
      handle: (context, message: RevertBatchMessage) => processRevertBatch(context.db, context.steps, message.jobId, message.batch),
    },
    {
      name: QUEUES.revertFinalize,
      mode: 'one',
      handle: (context, message: RevertFinalizeMessage) => finalizeRevertJob(context.db, message.jobId),
    },
  ],
  start: (trx, steps, jobId) => steps.enqueue(QUEUES.revertPlan, { jobId } satisfies RevertPlanMessage, trx),
  fail: failJob,
  report: 'REVERT',
  actions: [],
}
