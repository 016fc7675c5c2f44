import { failJob } from '../pipeline/job-transitions.ts'
import type { JobKindModule } from './kind.ts'

/**
 * One record through the import pipeline, answered at once (SPEC "Single-record import"): its
 * steps run in the request (`SingleRecordService`), so it has no queues and nothing to queue.
 */
export const singleRecordJob: JobKindModule = {
  kind: 'SINGLE_RECORD',
  name: (profileName) => `Single Record Import: ${profileName}`,
  queues: [],
  start: async () => {},
  fail: failJob,
  report: 'IMPORT',
  actions: ['RESOLVE_ISSUES'],
}
