import { failJob } from '../pipeline/job-transitions.ts'
import { type FtpFetchMessage, QUEUES } from '../pipeline/steps.ts'
import { fetchFromServer } from './ftp-fetch-step.ts'
import type { JobKindModule } from './kind.ts'

// ftp-fetch-step.ts creates the load job through create.ts, which reads the registry that lists this
// module: import this module only through the registry (registry.ts or create.ts first).

/**
 * The first of an FTP profile's two jobs (SPEC "FTP protocol and schedules"): list the server's
 * directory, download the matching files not loaded before, and make the load job over them (an
 * IMPORT linked to this one as FTP_LOAD_OF). It has no report of its own: its events say what it
 * found, and the load job's report what became of the records.
 */
export const ftpFetchJob: JobKindModule = {
  kind: 'FTP_FETCH',
  name: (profileName) => `Metadata Import w/FTP: ${profileName}`,
  queues: [
    {
      name: QUEUES.ftpFetch,
      mode: 'parallel',
      handle: (context, message: FtpFetchMessage) => fetchFromServer(context.db, context.steps, context.ftp, message),
    },
  ],
  start: (trx, steps, jobId) => steps.enqueue(QUEUES.ftpFetch, { jobId, attempt: 1 } satisfies FtpFetchMessage, trx),
  fail: failJob,
  report: 'IMPORT',
  actions: [],
}
