import { createWriteStream } from 'node:fs'
import { basename } from 'node:path'
import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { type Command, Option } from 'commander'
import { ProblemError } from '../../problem.ts'
import type { CliContext } from '../context.ts'

export const MARC_FORMATS = { marc: 'application/marc', marcxml: 'application/marcxml+xml', 'marc-json': 'application/marc+json', json: 'application/json' } as const
export type MarcFormat = keyof typeof MARC_FORMATS

/** The file name of a Content-Disposition (its plain `filename`, which the service always sends), never a path elsewhere. */
function attachmentName(header: string | null): string | null {
  const name = header?.match(/filename="([^"]+)"/)?.[1]
  return name === undefined ? null : basename(name)
}

/**
 * Writes a download to `output` (`-` is stdout), or to the name the service gave it in the current
 * folder; answers where it went. The body streams to disk: a job's records may be gigabytes.
 */
export async function saveDownload(cli: CliContext, response: Response, output: string | undefined): Promise<string> {
  if (!response.ok) throw await ProblemError.fromResponse(response)
  if (response.body === null) throw new Error('the download has no body')
  const target = output ?? attachmentName(response.headers.get('content-disposition')) ?? 'download'
  const sink = target === '-' ? cli.streams.stdout : createWriteStream(target)
  await pipeline(Readable.fromWeb(response.body), sink, { end: target !== '-' })
  return target
}

export function registerDownload(program: Command, cli: CliContext): void {
  const download = program.command('download').description('Download records of a job')
  download
    .command('not-imported')
    .description("A job's records that were not imported, as one MARC file to fix and upload again")
    .argument('<job>', 'job id')
    .option('-o, --output <file>', 'where to write (- for stdout); default: the name the service gives, in the current folder')
    .addOption(new Option('--format <format>', 'ISO 2709 or MARCXML; default: the format they were uploaded in').choices(['marc', 'marcxml']))
    .action(
      cli.run(async (id: string, options: { output?: string; format?: 'marc' | 'marcxml' }) => {
        const client = await cli.client()
        const { response } = await client.api.GET('/v1/jobs/{id}/not-imported', {
          params: { path: { id } },
          parseAs: 'stream',
          ...(options.format === undefined ? {} : { headers: { accept: MARC_FORMATS[options.format] } }),
        })
        const records = Number(response.headers.get('x-record-count') ?? 'NaN')
        const file = await saveDownload(cli, response, options.output)
        if (file !== '-') cli.result({ file, records }, () => `${records} record(s) not imported written to ${file}`)
      }),
    )
}
