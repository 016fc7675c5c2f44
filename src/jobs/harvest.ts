import { DEFAULT_HARVEST_OPTIONS, runHarvest } from '../pipeline/harvest.ts'
import { failJob } from '../pipeline/job-transitions.ts'
import { type HarvestMessage, QUEUES } from '../pipeline/steps.ts'
import type { JobKindModule } from './kind.ts'

/**
 * A resource sharing harvest (issue 17, seed 004): one step that asks Libris for the library's
 * outgoing requests and writes them in one transaction. Its report is its counters
 * (found, created, updated, unchanged, failed): GET /v1/jobs/{id}/harvest-report.
 */
export const harvestJob: JobKindModule = {
  kind: 'HARVEST',
  name: (profileName) => `Import resource sharing requests using profile ${profileName}`,
  queues: [
    {
      name: QUEUES.harvest,
      mode: 'one',
      handle: (context, message: HarvestMessage) => runHarvest(context.db, message.jobId, context.secretKey, context.harvest ?? DEFAULT_HARVEST_OPTIONS),
    },
  ],
  start: (trx, steps, jobId) => steps.enqueue(QUEUES.harvest, { jobId } satisfies HarvestMessage, trx),
  fail: failJob,
  report: 'HARVEST',
  actions: [],
}
