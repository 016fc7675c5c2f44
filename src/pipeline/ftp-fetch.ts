import type { StepContext } from '../jobs/kind.ts'
import { claimFirstStep, failJob } from './job-transitions.ts'
import type { FtpFetchMessage } from './steps.ts'

/** An FTP profile's fetch step (being built: issue 16). */
export async function fetchFromServer(context: StepContext, message: FtpFetchMessage): Promise<void> {
  if (!(await claimFirstStep(context.db, message.jobId, { module: 'FTP', description: 'Connecting to the server' }))) return
  await context.db.transaction().execute((trx) => failJob(trx, message.jobId, 'Fetching from FTP servers is not built yet'))
}
