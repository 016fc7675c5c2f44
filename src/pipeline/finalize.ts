import type { Db } from '../db/database.ts'
import { countOf } from '../domain/jobs/wording.ts'
import { completeImportJob, lockForFinalizing, transitionJob } from './job-transitions.ts'

/**
 * Every bulk file is done: the counters are final, and they decide the job's next status. Records
 * waiting for a person hold a real run in MANUAL_HANDLING_REQUIRED until their issues are
 * resolved; a dry run completes, its report saying how many would wait.
 */
export async function finalizeJob(db: Db, jobId: string): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const job = await lockForFinalizing(trx, jobId, (running) => `All ${countOf(running.files_total, 'bulk file')} processed`)
    if (job === undefined) return
    const waiting = job.counters.PENDING_MANUAL ?? 0
    if (waiting > 0 && !job.dry_run) {
      await transitionJob(trx, jobId, 'MANUAL_HANDLING_REQUIRED', {
        severity: 'WARNING',
        module: 'MATCH',
        description: `${countOf(waiting, 'record')} ${waiting === 1 ? 'matches' : 'match'} several repository records and ${waiting === 1 ? 'waits' : 'wait'} for a person: resolve the job's import issues`,
        createdBy: null,
      })
      return
    }
    await completeImportJob(trx, job)
  })
}
