import { type Command, Option } from 'commander'
import type { operations } from '../../generated/openapi.ts'
import { paginate } from '../../paginate.ts'
import { ok } from '../../problem.ts'
import type { IssueSummary, ResolveIssueBody } from '../../types.ts'
import { type CliContext, table, UsageError } from '../context.ts'
import { EXIT } from '../exit-codes.ts'
import { collect, limitOption } from '../list.ts'
import { resolveProfile } from './profiles.ts'

type IssuesQuery = NonNullable<operations['listIssues']['parameters']['query']>
type Action = ResolveIssueBody['action']

const ACTIONS: readonly Action[] = ['IMPORT_AS_NEW', 'MERGE', 'OVERLAY', 'SKIP']

function issueRow(issue: IssueSummary): string[] {
  return [issue.id, issue.kind, issue.status, `#${issue.record.position}`, issue.candidateMmsIds.join(' ') || '–', issue.reason]
}

export function registerIssues(program: Command, cli: CliContext): void {
  const issues = program.command('issues').description('Import issues: records that wait for a person, and records that could not be read')
  issues
    .command('list')
    .description('Import issues, oldest first')
    .option('--job <job>', 'of this job')
    .option('--profile <profile>', 'of this profile (name or id)')
    .addOption(new Option('--kind <kind>', 'MULTI_MATCH or INVALID').choices(['MULTI_MATCH', 'INVALID']))
    .addOption(new Option('--status <status>', 'OPEN, RESOLVED or CLOSED').choices(['OPEN', 'RESOLVED', 'CLOSED']))
    .addOption(limitOption())
    .option('--all', 'every issue, not only the first --limit')
    .action(
      cli.run(async (options: { job?: string; profile?: string; kind?: IssuesQuery['kind']; status?: IssuesQuery['status']; limit: number; all?: boolean }) => {
        const client = await cli.client()
        const query: IssuesQuery = { limit: options.all === true ? 200 : Math.min(options.limit, 200) }
        if (options.job !== undefined) query.jobId = options.job
        if (options.profile !== undefined) query.profileId = (await resolveProfile(client, options.profile)).id
        if (options.kind !== undefined) query.kind = options.kind
        if (options.status !== undefined) query.status = options.status
        const pages = paginate((cursor) => client.api.GET('/v1/issues', { params: { query: { ...query, ...(cursor === undefined ? {} : { cursor }) } } }))
        const list = await collect(pages, options.all === true ? null : options.limit)
        cli.result(list, () => table(['ID', 'KIND', 'STATUS', 'RECORD', 'CANDIDATES', 'REASON'], list.map(issueRow)))
      }),
    )
  issues
    .command('show')
    .description('An issue: the incoming record, each candidate, the keys that matched and the fields that differ')
    .argument('<issue>', 'issue id')
    .action(
      cli.run(async (id: string) => {
        const issue = await ok((await cli.client()).api.GET('/v1/issues/{id}', { params: { path: { id } } }))
        cli.result(issue, () => JSON.stringify(issue, null, 2))
      }),
    )
  issues
    .command('resolve')
    .description('Apply a choice to one or more issues; the last resolution completes the job')
    .argument('<issues...>', 'issue ids')
    .addOption(new Option('--action <action>', 'what to do with the record').choices(ACTIONS).makeOptionMandatory())
    .option('--mms-id <mmsId>', 'the candidate to MERGE or OVERLAY onto')
    .action(
      cli.run(async (ids: string[], options: { action: Action; mmsId?: string }) => {
        if ((options.action === 'MERGE' || options.action === 'OVERLAY') && options.mmsId === undefined) throw new UsageError(`--action ${options.action} needs --mms-id`)
        const client = await cli.client()
        const choice = { action: options.action, ...(options.mmsId === undefined ? {} : { mmsId: options.mmsId }) }
        if (ids.length === 1 && ids[0] !== undefined) {
          const issue = await ok(client.api.POST('/v1/issues/{id}/resolve', { params: { path: { id: ids[0] } }, body: choice }))
          cli.result(issue, () => `Issue ${issue.id}: ${issue.status} (${options.action})`)
          return
        }
        const { results } = await ok(client.api.POST('/v1/issues/resolve', { body: { resolutions: ids.map((issueId) => ({ issueId, ...choice })) } }))
        cli.result(results, () => results.map((result) => `Issue ${result.issueId}: ${result.resolved ? 'resolved' : `not resolved (${result.problem?.status}): ${result.problem?.detail}`}`).join('\n'))
        // Each resolution stands on its own; the exit code tells a script that some did not.
        return results.every((result) => result.resolved) ? EXIT.ok : EXIT.error
      }),
    )
}
