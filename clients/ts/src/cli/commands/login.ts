import type { Command } from 'commander'
import { CatalogClient } from '../../client.ts'
import { ok } from '../../problem.ts'
import { configFile, saveConnection } from '../config.ts'
import { type CliContext, UsageError } from '../context.ts'

async function readStdin(stream: NodeJS.ReadableStream): Promise<string> {
  let text = ''
  for await (const chunk of stream) text += String(chunk)
  return text.trim()
}

export function registerLogin(program: Command, cli: CliContext): void {
  program
    .command('login')
    .description('Check a service URL and API key and store them (mode 0600) in your configuration folder')
    .requiredOption('--url <url>', 'the service, e.g. http://127.0.0.1:3000')
    .option('--key <key>', 'the API key (cis_…); without it, read from standard input so it stays out of the shell history')
    .addHelpText('after', `\nThe file: ${configFile(cli.env)}. CATALOG_IMPORT_URL and CATALOG_IMPORT_KEY, when set, win over it.`)
    .action(
      cli.run(async (options: { url: string; key?: string }) => {
        const key = options.key ?? (process.stdin.isTTY ? '' : await readStdin(process.stdin))
        if (key === '') throw new UsageError('No API key: pass --key KEY or pipe it on standard input')
        const url = options.url.replace(/\/+$/, '')
        const me = await ok(new CatalogClient({ baseUrl: url, apiKey: key }).api.GET('/v1/me'))
        const file = configFile(cli.env)
        await saveConnection({ url, key }, file)
        cli.result({ url, user: me, configFile: file }, () => `Logged in to ${url} as ${me.username} (${me.displayName}); stored in ${file}`)
      }),
    )
}
