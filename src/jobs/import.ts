import { processBulkFiles, processDryRun } from '../pipeline/bulk.ts'
import { finalizeJob } from '../pipeline/finalize.ts'
import { initializeJob } from '../pipeline/initialize.ts'
import { failJob } from '../pipeline/job-transitions.ts'
import { type BulkMessage, type DryRunMessage, type FinalizeMessage, type InitializeMessage, QUEUES } from '../pipeline/steps.ts'
import type { JobKindModule } from './kind.ts'

/**
 * An import of uploaded files (or of what a re-run reads again): split, one step per bulk file —
 * or one for all of a dry run's — then finalize.
 */
export const importJob: JobKindModule = {
  kind: 'IMPORT',
  name: (profileName) => `Metadata Import: ${profileName}`,
  queues: [
    {
      name: QUEUES.initialize,
      mode: 'one',
      handle: (context, message: InitializeMessage) => initializeJob(context.db, context.steps, message.jobId, context.dryRunMaxRecords),
    },
    {
      // Bulk files are fetched a few at a time and the files of one import done together, in as few
      // transactions as their size allows: a fetch, a transaction and a completion each cost about
      // what a bulk file of 50 records does. A failure retries the whole batch; the files already
      // done in it are skipped as DONE.
      name: QUEUES.bulk,
      mode: 'batch',
      handle: (context, jobId, messages: readonly BulkMessage[]) =>
        processBulkFiles(context.db, context.steps, jobId, messages.map((message) => message.bulkFileId), context.workerId),
    },
    {
      name: QUEUES.dryRun,
      mode: 'one',
      handle: (context, message: DryRunMessage) => processDryRun(context.db, context.steps, message.jobId, context.workerId),
    },
    {
      name: QUEUES.finalize,
      mode: 'one',
      handle: (context, message: FinalizeMessage) => finalizeJob(context.db, message.jobId),
    },
  ],
  start: (trx, steps, jobId) => steps.enqueue(QUEUES.initialize, { jobId } satisfies InitializeMessage, trx),
  fail: failJob,
  report: 'IMPORT',
  actions: ['RERUN', 'REVERT', 'RESOLVE_ISSUES'],
}
