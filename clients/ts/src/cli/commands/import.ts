import { access } from 'node:fs/promises'
import type { Command } from 'commander'
import { type CliContext, UsageError } from '../context.ts'
import { followWithProgress, jobSummary } from '../follow.ts'
import { resolveProfile } from './profiles.ts'

interface ImportOptions {
  profile: string
  label?: string
  notes?: string
  dryRun?: boolean
  follow?: boolean
}

export function registerImport(program: Command, cli: CliContext): void {
  program
    .command('import')
    .description('Upload MARC files (ISO 2709, MARCXML, MARC-in-JSON) through a profile and start an import job')
    .argument('<files...>', 'the files, uploaded as one job')
    .requiredOption('--profile <profile>', 'the import profile, by name or id')
    .option('--label <label>', 'a label for the job')
    .option('--notes <notes>', 'notes kept with the job')
    .option('--dry-run', 'run the whole import and write nothing to the repository')
    .option('--follow', 'show the progress until the job ends, and exit by its status')
    .action(
      cli.run(async (files: string[], options: ImportOptions) => {
        for (const file of files) await access(file).catch(() => Promise.reject(new UsageError(`Cannot read ${file}`)))
        const client = await cli.client()
        const profile = await resolveProfile(client, options.profile)
        const job = await client.startImport(profile.id, files, {
          ...(options.label === undefined ? {} : { label: options.label }),
          ...(options.notes === undefined ? {} : { notes: options.notes }),
          dryRun: options.dryRun === true,
        })
        if (options.follow !== true) {
          cli.result(job, () => `${jobSummary(job)}\n  Follow it: catalog-import jobs events ${job.id} --follow`)
          return
        }
        cli.say(`Job ${job.id} started: ${files.length} file(s) through "${profile.name}"`)
        return followWithProgress(cli, client, job.id)
      }),
    )
}
