import { spawn } from 'node:child_process'
import type { AddressInfo } from 'node:net'
import { fileURLToPath } from 'node:url'
import { CatalogClient } from '@catalog-import/client'
import type { Config } from '../../src/config.ts'
import { createTestApp, type TestApp } from '../helpers/app.ts'

interface TestContext {
  teardown(fn: () => unknown): void
}

/** The real service listening on a free loopback port, and an SDK client for its administrator. */
export async function listeningApp(t: TestContext, overrides: Partial<Config> = {}): Promise<{ env: TestApp; baseUrl: string; client: CatalogClient }> {
  const env = await createTestApp(t, overrides)
  await env.app.listen({ port: 0, host: '127.0.0.1' })
  const { port } = env.app.server.address() as AddressInfo
  const baseUrl = `http://127.0.0.1:${port}`
  return { env, baseUrl, client: new CatalogClient({ baseUrl, apiKey: env.admin.key }) }
}

/** The workspace's bin link, as `npm install` made it: the test runs what a user runs. */
export const catalogImportBin = fileURLToPath(new URL('../../node_modules/.bin/catalog-import', import.meta.url))

export interface CliRun {
  code: number | null
  stdout: string
  stderr: string
}

/** Runs catalog-import as a child process with pipes (so stdout is not a terminal) and the given environment added. */
export function runCli(args: readonly string[], env: Record<string, string>, options: { cwd?: string; stdin?: string } = {}): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(catalogImportBin, args, { env: { ...cleanEnv(), ...env }, stdio: ['pipe', 'pipe', 'pipe'], ...(options.cwd === undefined ? {} : { cwd: options.cwd }) })
    child.stdin.end(options.stdin ?? '')
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')))
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')))
    child.on('error', reject)
    child.on('close', (code) => resolve({ code, stdout, stderr }))
  })
}

/** The test's environment without a connection of the developer's own. */
export function cleanEnv(): Record<string, string> {
  const env: Record<string, string> = {}
  for (const [name, value] of Object.entries(process.env)) if (value !== undefined && !name.startsWith('CATALOG_IMPORT_')) env[name] = value
  return env
}
