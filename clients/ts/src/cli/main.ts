import { Command, CommanderError } from 'commander'
import { ProblemError } from '../problem.ts'
import { registerDownload } from './commands/download.ts'
import { registerImport } from './commands/import.ts'
import { registerIssues } from './commands/issues.ts'
import { registerJobs } from './commands/jobs.ts'
import { registerLogin } from './commands/login.ts'
import { registerProfiles } from './commands/profiles.ts'
import { registerRecords } from './commands/records.ts'
import { CliContext, type Streams, UsageError } from './context.ts'
import { EXIT, EXIT_CODES_HELP } from './exit-codes.ts'

/** Runs `catalog-import` with the arguments after the program name; answers the exit code. */
export async function main(args: readonly string[], streams: Streams = process, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const cli = new CliContext(streams, env)
  const program = new Command('catalog-import')
    .description('Load MARC files into the Catalog Import Service and watch them; inspect jobs, issues and records.')
    .option('--json', 'print the result as JSON on stdout, for scripts')
    .addHelpText(
      'after',
      `\nConnection: \`catalog-import login\`, or CATALOG_IMPORT_URL and CATALOG_IMPORT_KEY.\n\n${EXIT_CODES_HELP}`,
    )
    .showHelpAfterError('(add --help for usage)')
    .configureOutput({ writeOut: (text) => streams.stdout.write(text), writeErr: (text) => streams.stderr.write(text) })
    .exitOverride()
  program.hook('preAction', () => {
    cli.json = program.opts<{ json?: boolean }>().json === true
  })
  registerLogin(program, cli)
  registerProfiles(program, cli)
  registerImport(program, cli)
  registerJobs(program, cli)
  registerIssues(program, cli)
  registerDownload(program, cli)
  registerRecords(program, cli)
  // Subcommands report their own usage errors through the program's exit override.
  for (const command of program.commands) command.exitOverride().configureOutput(program.configureOutput())

  try {
    await program.parseAsync(args, { from: 'user' })
    return cli.exitCode
  } catch (error) {
    return reportError(cli, error)
  }
}

/** One line (and the invalid fields) on stderr, and with --json the problem on stdout; never a stack trace. */
function reportError(cli: CliContext, error: unknown): number {
  const { stderr, stdout } = cli.streams
  if (error instanceof CommanderError) {
    // Commander printed the message (or the help) already.
    return ['commander.helpDisplayed', 'commander.help', 'commander.version'].includes(error.code) ? EXIT.ok : EXIT.usage
  }
  if (error instanceof UsageError) {
    stderr.write(`Error: ${error.message}\n`)
    return EXIT.usage
  }
  if (error instanceof ProblemError) {
    stderr.write(`Error: ${error.title}: ${error.detail}\n`)
    for (const field of error.errors) stderr.write(`  ${field.field}: ${field.message}\n`)
    if (error.requestId !== undefined) stderr.write(`  (request ${error.requestId})\n`)
    if (cli.json) {
      const { type, title, status, detail, errors, requestId } = error
      stdout.write(`${JSON.stringify({ problem: { type, title, status, detail, errors, requestId } }, null, 2)}\n`)
    }
    return EXIT.error
  }
  const cause = error instanceof Error && error.cause instanceof Error ? `: ${error.cause.message}` : ''
  const message = error instanceof Error ? error.message : String(error)
  stderr.write(`Error: ${message === 'fetch failed' ? `cannot reach the service${cause}` : `${message}${cause}`}\n`)
  return EXIT.error
}
