import type { CatalogClient } from '../client.ts'
import { ok } from '../problem.ts'
import type { Job, JobEvent } from '../types.ts'
import type { CliContext } from './context.ts'
import { exitCodeOf } from './exit-codes.ts'
import { progressView } from './progress.ts'

/** Follows the job with a progress view to its end, prints how it ended and answers the exit code of that status. */
export async function followWithProgress(cli: CliContext, client: CatalogClient, jobId: string): Promise<number> {
  const view = cli.json ? null : progressView(cli.streams.stdout)
  try {
    for await (const message of client.followJob(jobId)) if (message.event === 'status') view?.update(message.job)
  } finally {
    view?.stop()
  }
  const job = await ok(client.api.GET('/v1/jobs/{id}', { params: { path: { id: jobId } } }))
  cli.result(job, () => jobSummary(job))
  return exitCodeOf(job.status)
}

export function jobSummary(job: Job): string {
  const counters = Object.entries(job.counters)
    .filter(([, count]) => count > 0)
    .map(([outcome, count]) => `${outcome} ${count}`)
  const lines = [
    `Job ${job.id}: ${job.statusLabel} (${job.status})`,
    `  ${job.progress.recordsDone} of ${job.progress.recordsTotal} records${counters.length > 0 ? `: ${counters.join(', ')}` : ''}`,
  ]
  if (job.failureReason !== null) lines.push(`  Failure: ${job.failureReason}`)
  if (job.status === 'MANUAL_HANDLING_REQUIRED') lines.push(`  Resolve its issues: catalog-import issues list --job ${job.id}`)
  if ((job.counters.NOT_IMPORTED ?? 0) > 0) lines.push(`  Records not imported: catalog-import download not-imported ${job.id}`)
  return lines.join('\n')
}

export function eventLine(event: JobEvent): string {
  return `${event.createdAt}  ${event.severity.padEnd(7)} ${event.module.padEnd(10)} ${event.description}`
}
