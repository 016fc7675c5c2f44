import type { Db, Executor } from '../db/database.ts'
import { insertEvent } from '../db/repositories/jobs.repository.ts'
import { jobRepairTotals } from '../db/repositories/report.repository.ts'
import { countOf } from '../wording.ts'
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
    const repaired = await describeRepairs(trx, jobId)
    if (repaired !== null) await insertEvent(trx, jobId, job.status, { severity: 'WARNING', module: 'PARSE', description: repaired, createdBy: null })
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

/**
 * The job's one event summing what the reader mended, over all its bulk files (issue 14): "3 records
 * imported with 4 repairs: 2 BAD_DIRECTORY, 1 BAD_INDICATOR, 1 EMPTY_SUBFIELD", or null when no
 * imported record was repaired.
 */
async function describeRepairs(trx: Executor, jobId: string): Promise<string | null> {
  const totals = await jobRepairTotals(trx, jobId)
  if (totals.records === 0) return null
  const repairs = totals.byKind.reduce((sum, kind) => sum + kind.count, 0)
  const kinds = totals.byKind.map((kind) => `${kind.count} ${kind.code}`)
  return `${countOf(totals.records, 'record')} imported with ${countOf(repairs, 'repair')}: ${kinds.join(', ')}`
}
