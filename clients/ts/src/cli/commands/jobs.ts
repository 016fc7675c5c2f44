import { type Command, Option } from 'commander'
import type { operations } from '../../generated/openapi.ts'
import { paginate } from '../../paginate.ts'
import { ok } from '../../problem.ts'
import { JOB_STATUSES, type JobStatus } from '../../types.ts'
import { type CliContext, table } from '../context.ts'
import { exitCodeOf } from '../exit-codes.ts'
import { eventLine, followWithProgress, jobSummary } from '../follow.ts'
import { collect, limitOption } from '../list.ts'
import { resolveProfile } from './profiles.ts'

type JobsQuery = NonNullable<operations['listJobs']['parameters']['query']>


export function registerJobs(program: Command, cli: CliContext): void {
  const jobs = program.command('jobs').description('Import jobs: list, inspect, follow, cancel, rerun')
  jobs
    .command('list')
    .description('Jobs of the profiles you may monitor, newest first')
    .addOption(new Option('--status <status...>', 'only jobs in these statuses').choices(JOB_STATUSES))
    .option('--profile <profile>', 'only jobs of this profile (name or id)')
    .addOption(limitOption())
    .option('--all', 'every job, not only the first --limit')
    .action(
      cli.run(async (options: { status?: JobStatus[]; profile?: string; limit: number; all?: boolean }) => {
        const client = await cli.client()
        const query: JobsQuery = { limit: options.all === true ? 200 : Math.min(options.limit, 200) }
        if (options.status !== undefined) query.status = options.status
        if (options.profile !== undefined) query.profileId = (await resolveProfile(client, options.profile)).id
        const pages = paginate((cursor) => client.api.GET('/v1/jobs', { params: { query: { ...query, ...(cursor === undefined ? {} : { cursor }) } } }))
        const list = await collect(pages, options.all === true ? null : options.limit)
        cli.result(list, () =>
          table(
            ['ID', 'STATUS', 'RECORDS', 'CREATED', 'NAME'],
            list.map((job) => [job.id, job.status, `${job.progress.recordsDone}/${job.progress.recordsTotal}`, job.createdAt, job.label ?? job.name]),
          ),
        )
      }),
    )
  jobs
    .command('show')
    .description('A job: status, progress, counters')
    .argument('<job>', 'job id')
    .action(
      cli.run(async (id: string) => {
        const job = await ok((await cli.client()).api.GET('/v1/jobs/{id}', { params: { path: { id } } }))
        cli.result(job, () => jobSummary(job))
      }),
    )
  jobs
    .command('report')
    .description("A job's report: every counter")
    .argument('<job>', 'job id')
    .action(
      cli.run(async (id: string) => {
        const report = await ok((await cli.client()).api.GET('/v1/jobs/{id}/report', { params: { path: { id } } }))
        cli.result(report, () =>
          [
            `Job ${report.jobId}: ${report.status}${report.final ? '' : ' (not final: issues are open)'}${report.dryRun ? ', dry run' : ''}`,
            table(
              ['COUNTER', 'RECORDS'],
              Object.entries(report.counters).map(([counter, value]) => [counter, String(value)]),
            ),
          ].join('\n'),
        )
      }),
    )
  jobs
    .command('events')
    .description("A job's event log; with --follow, new events as they happen until the job ends")
    .argument('<job>', 'job id')
    .option('--follow', 'follow live (one JSON message a line with --json), and exit by the status the job ended in')
    .action(
      cli.run(async (id: string, options: { follow?: boolean }) => {
        const client = await cli.client()
        if (options.follow !== true) {
          const events = await collect(
            paginate((cursor) => client.api.GET('/v1/jobs/{id}/events', { params: { path: { id }, query: { limit: 200, ...(cursor === undefined ? {} : { cursor }) } } })),
            null,
          )
          cli.result(events, () => events.map(eventLine).join('\n'))
          return
        }
        let status: JobStatus | null = null
        for await (const message of client.followJob(id)) {
          if (cli.json) cli.streams.stdout.write(`${JSON.stringify(message)}\n`)
          else if (message.event === 'log') cli.streams.stdout.write(`${eventLine(message.logEvent)}\n`)
          if (message.event === 'end') status = message.status
        }
        if (status === null) throw new Error(`the event stream of job ${id} ended without its end message`)
        cli.say(`Job ${id} ended: ${status}`)
        return exitCodeOf(status)
      }),
    )
  jobs
    .command('cancel')
    .description('Cancel a job that has not finished')
    .argument('<job>', 'job id')
    .action(
      cli.run(async (id: string) => {
        const job = await ok((await cli.client()).api.POST('/v1/jobs/{id}/cancel', { params: { path: { id } } }))
        cli.result(job, () => jobSummary(job))
      }),
    )
  jobs
    .command('rerun')
    .description('Run a failed job, or some of its bulk files, again as a new job')
    .argument('<job>', 'job id')
    .option('--file <fileId...>', 'only these bulk files (ids from the job\'s files)')
    .option('--label <label>', "defaults to the job's label")
    .option('--notes <notes>', "defaults to the job's notes")
    .option('--follow', 'show the progress until the new job ends, and exit by its status')
    .action(
      cli.run(async (id: string, options: { file?: string[]; label?: string; notes?: string; follow?: boolean }) => {
        const client = await cli.client()
        const body = {
          ...(options.file === undefined ? {} : { fileIds: options.file }),
          ...(options.label === undefined ? {} : { label: options.label }),
          ...(options.notes === undefined ? {} : { notes: options.notes }),
        }
        const job = await ok(client.api.POST('/v1/jobs/{id}/rerun', { params: { path: { id } }, body }))
        if (options.follow !== true) {
          cli.result(job, () => jobSummary(job))
          return
        }
        cli.say(`Job ${job.id} reruns ${id}`)
        return followWithProgress(cli, client, job.id)
      }),
    )
}
