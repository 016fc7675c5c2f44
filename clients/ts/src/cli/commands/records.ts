import { type Command, Option } from 'commander'
import type { operations } from '../../generated/openapi.ts'
import { paginate } from '../../paginate.ts'
import { ok } from '../../problem.ts'
import { type CliContext, table } from '../context.ts'
import { MARC_FORMATS, type MarcFormat, saveDownload } from './download.ts'
import { collect, limitOption } from '../list.ts'

type Change = NonNullable<operations['listJobRecords']['parameters']['query']['change']>

export function registerRecords(program: Command, cli: CliContext): void {
  const records = program.command('records').description('Repository records')
  records
    .command('list')
    .description('The records a job touched')
    .requiredOption('--job <job>', 'job id')
    .addOption(new Option('--change <change>', 'only records the job changed this way').choices(['added', 'merged', 'overlaid', 'deleted', 'restored', 'undeleted']))
    .addOption(limitOption())
    .option('--all', 'every record, not only the first --limit')
    .action(
      cli.run(async (options: { job: string; change?: Change; limit: number; all?: boolean }) => {
        const client = await cli.client()
        const query = { jobId: options.job, limit: options.all === true ? 200 : Math.min(options.limit, 200), ...(options.change === undefined ? {} : { change: options.change }) }
        const pages = paginate((cursor) => client.api.GET('/v1/records', { params: { query: { ...query, ...(cursor === undefined ? {} : { cursor }) } } }))
        const list = await collect(pages, options.all === true ? null : options.limit)
        cli.result(list, () => table(['MMS ID', 'CHANGE', 'REVISION', 'UPDATED'], list.map((record) => [record.mmsId, record.change ?? '', String(record.revision), record.updatedAt])))
      }),
    )
  records
    .command('get')
    .description('One record: as JSON (its facts and MARC-in-JSON), or as MARC')
    .argument('<mmsId>', 'the MMS ID')
    .addOption(new Option('--format <format>', 'json, marc (ISO 2709), marcxml or marc-json').choices(Object.keys(MARC_FORMATS)).default('json'))
    .option('-o, --output <file>', 'write the record to this file instead of stdout')
    .action(
      cli.run(async (mmsId: string, options: { format: MarcFormat; output?: string }) => {
        const client = await cli.client()
        if (options.format === 'json') {
          const record = await ok(client.api.GET('/v1/records/{mmsId}', { params: { path: { mmsId } } }))
          cli.result(record, () => JSON.stringify(record, null, 2))
          return
        }
        const { response } = await client.api.GET('/v1/records/{mmsId}', { params: { path: { mmsId } }, headers: { accept: MARC_FORMATS[options.format] }, parseAs: 'stream' })
        await saveDownload(cli, response, options.output ?? '-')
      }),
    )
}
