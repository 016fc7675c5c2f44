import { CatalogClient } from '../client.ts'
import { loadConnection } from './config.ts'

/** A mistake in how the command was called (exit code 2), as opposed to an answer of the service. */
export class UsageError extends Error {
  override name = 'UsageError'
}

export interface Streams {
  stdout: NodeJS.WritableStream & { isTTY?: boolean }
  stderr: NodeJS.WritableStream
}

/** What every command gets: the output mode, the streams and, when it needs one, a client. */
export class CliContext {
  json = false
  exitCode = 0
  readonly streams: Streams
  readonly env: NodeJS.ProcessEnv
  #client: CatalogClient | undefined

  constructor(streams: Streams, env: NodeJS.ProcessEnv) {
    this.streams = streams
    this.env = env
  }

  async client(): Promise<CatalogClient> {
    if (this.#client !== undefined) return this.#client
    const connection = await loadConnection(this.env)
    if (connection === null) throw new UsageError('Not logged in: run `catalog-import login --url URL --key KEY`, or set CATALOG_IMPORT_URL and CATALOG_IMPORT_KEY')
    this.#client = new CatalogClient({ baseUrl: connection.url, apiKey: connection.key })
    return this.#client
  }

  /** An action for commander that records the exit code the command answers (none: success). */
  run<Args extends unknown[]>(action: (...args: Args) => Promise<number | void>): (...args: Args) => Promise<void> {
    return async (...args) => {
      this.exitCode = (await action(...args)) ?? 0
    }
  }

  /** The command's result: as JSON with --json (one document on stdout), else as the text `human` makes. */
  result(value: unknown, human: () => string): void {
    this.streams.stdout.write(this.json ? `${JSON.stringify(value, null, 2)}\n` : withNewline(human()))
  }

  /** A line for the person at the terminal; silent with --json so stdout stays one document. */
  say(text: string): void {
    if (!this.json) this.streams.stdout.write(withNewline(text))
  }
}

function withNewline(text: string): string {
  return text === '' || text.endsWith('\n') ? text : `${text}\n`
}

/** Rows as aligned columns; the last column is not padded. */
export function table(header: readonly string[], rows: ReadonlyArray<readonly string[]>): string {
  if (rows.length === 0) return '(none)'
  const all = [header, ...rows]
  const widths = header.map((_, column) => Math.max(...all.map((row) => (row[column] ?? '').length)))
  return all.map((row) => row.map((cell, column) => (column === row.length - 1 ? cell : cell.padEnd(widths[column] ?? 0))).join('  ')).join('\n')
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

export function isUuid(value: string): boolean {
  return UUID.test(value)
}
