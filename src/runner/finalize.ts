import type { Db } from '../db/database.ts'
import { lockJob } from '../db/repositories/jobs.repository.ts'
import { transitionJob } from '../services/job-transitions.ts'

/** Every bulk file is done: the counters are final, and they decide the job's completed status. */
export async function finalizeJob(db: Db, jobId: string): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const job = await lockJob(trx, jobId)
    if (job === undefined) return
    if (job.status === 'RUNNING') {
      if (job.files_done < job.files_total) return
      await transitionJob(trx, jobId, 'FINALIZING', {
        severity: 'INFO',
        module: 'SYSTEM',
        description: `All ${job.files_total} bulk files processed`,
        createdBy: null,
      })
    } else if (job.status !== 'FINALIZING') {
      return
    }
    const count = (name: string) => job.counters[name] ?? 0
    const notImported = count('NOT_IMPORTED')
    const imported = count('ADDED') + count('MERGED') + count('OVERLAID')
    // Errors are records not imported for a data reason; skipped records are the profile's choice.
    await transitionJob(trx, jobId, notImported > 0 ? 'COMPLETED_WITH_ERRORS' : 'COMPLETED_SUCCESS', {
      severity: notImported > 0 ? 'WARNING' : 'INFO',
      module: 'SYSTEM',
      description:
        `${job.records_total} records processed: ${imported} imported, ${count('DELETED')} deleted, ` +
        `${count('SKIPPED')} skipped, ${notImported} not imported`,
      createdBy: null,
    })
  })
}
