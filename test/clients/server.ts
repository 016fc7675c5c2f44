import type { AddressInfo } from 'node:net'
import { CatalogClient } from '@catalog-import/client'
import { createTestApp, type TestApp } from '../helpers/app.ts'

interface TestContext {
  teardown(fn: () => unknown): void
}

/** The real service listening on a free loopback port, and an SDK client for its administrator. */
export async function listeningApp(t: TestContext): Promise<{ env: TestApp; baseUrl: string; client: CatalogClient }> {
  const env = await createTestApp(t)
  await env.app.listen({ port: 0, host: '127.0.0.1' })
  const { port } = env.app.server.address() as AddressInfo
  const baseUrl = `http://127.0.0.1:${port}`
  return { env, baseUrl, client: new CatalogClient({ baseUrl, apiKey: env.admin.key }) }
}
