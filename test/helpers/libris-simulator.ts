import { createServer, type IncomingMessage, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

/**
 * A Libris ILL API stand-in for tests and local trials: a real HTTP server on 127.0.0.1 that answers
 * `GET {base}/illrequests/{sigel}/outgoing?start_date=YYYY-MM-DD&end_date=YYYY-MM-DD` the way the
 * API's public clients use it (research/eod-ftp-libris.md §2.3: the `api-key` header, the
 * `{ count, ill_requests: [...] }` envelope, the request fields and status strings). It is an
 * approximation built from client code, not from Libris's own documentation.
 *
 * A request is in a window when the day of its `last_modified` is (requests "created or changed"
 * in the window). Switches: a refused key (401), the next N answers 500, slow answers, a malformed
 * body, and `change` to alter a request between two harvests.
 */
export type LibrisFixture = Record<string, unknown> & { lf_number: string; last_modified: string }

export interface RecordedCall {
  method: string
  path: string
  sigel: string | null
  startDate: string | null
  endDate: string | null
  apiKey: string | undefined
}

export class LibrisSimulator {
  readonly calls: RecordedCall[] = []
  private readonly server: Server
  private readonly requests = new Map<string, LibrisFixture[]>()
  private readonly keys = new Map<string, string>()
  private failures: number[] = []
  private delayMs = 0
  private malformed: string | null = null
  baseUrl = ''

  constructor() {
    this.server = createServer((request, response) => {
      void this.answer(request).then(({ status, body }) => {
        if (response.destroyed) return
        response.writeHead(status, { 'content-type': 'application/json; charset=utf-8' })
        response.end(body)
      })
    })
  }

  /** Listens on 127.0.0.1, on a free port unless one is given. */
  async start(port = 0): Promise<this> {
    await new Promise<void>((resolve) => this.server.listen(port, '127.0.0.1', resolve))
    const address = this.server.address() as AddressInfo
    this.baseUrl = `http://127.0.0.1:${address.port}/librisfjarrlan/api`
    return this
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections()
    await new Promise<void>((resolve) => this.server.close(() => resolve()))
  }

  /** The library `sigel`'s outgoing requests, and the API key its calls must carry. */
  library(sigel: string, apiKey: string, requests: LibrisFixture[]): void {
    this.keys.set(sigel, apiKey)
    this.requests.set(sigel, requests.map((r) => structuredClone(r)))
  }

  /** A request changes at Libris (its `last_modified` with it), as between two harvests. */
  change(sigel: string, lfNumber: string, changes: Record<string, unknown> & { last_modified: string }): void {
    const list = this.requests.get(sigel) ?? []
    const index = list.findIndex((r) => r.lf_number === lfNumber)
    if (index < 0) throw new Error(`no request ${lfNumber} at ${sigel}`)
    list[index] = { ...(list[index] as LibrisFixture), ...changes }
  }

  add(sigel: string, request: LibrisFixture): void {
    this.requests.get(sigel)?.push(structuredClone(request))
  }

  /** The next answers have these statuses (e.g. [500, 503]) instead of the data. */
  failNext(...statuses: number[]): void {
    this.failures = statuses
  }

  /** Every answer waits this long first. */
  slow(ms: number): void {
    this.delayMs = ms
  }

  /** The next answers carry this body as is (with 200), until cleared with null. */
  malformedBody(body: string | null): void {
    this.malformed = body
  }

  private async answer(request: IncomingMessage): Promise<{ status: number; body: string }> {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1')
    const match = /^\/librisfjarrlan\/api\/illrequests\/([^/]+)\/outgoing$/.exec(url.pathname)
    const apiKey = request.headers['api-key']
    const call: RecordedCall = {
      method: request.method ?? '',
      path: url.pathname,
      sigel: match === null ? null : decodeURIComponent(match[1] as string),
      startDate: url.searchParams.get('start_date'),
      endDate: url.searchParams.get('end_date'),
      apiKey: Array.isArray(apiKey) ? apiKey[0] : apiKey,
    }
    this.calls.push(call)
    if (this.delayMs > 0) await new Promise((resolve) => setTimeout(resolve, this.delayMs))
    const failure = this.failures.shift()
    if (failure !== undefined) return { status: failure, body: JSON.stringify({ error: 'Internal error' }) }
    if (match === null || call.method !== 'GET' || call.sigel === null) return { status: 404, body: JSON.stringify({ error: 'Not found' }) }
    if (!this.keys.has(call.sigel) || this.keys.get(call.sigel) !== call.apiKey) {
      return { status: 401, body: JSON.stringify({ error: 'Invalid api-key' }) }
    }
    if (this.malformed !== null) return { status: 200, body: this.malformed }
    const { startDate, endDate } = call
    if (startDate === null || endDate === null) return { status: 400, body: JSON.stringify({ error: 'start_date and end_date are required' }) }
    const list = (this.requests.get(call.sigel) ?? []).filter((r) => {
      const day = r.last_modified.slice(0, 10)
      return day >= startDate && day <= endDate
    })
    return { status: 200, body: JSON.stringify({ count: list.length, ill_requests: list }) }
  }
}

export async function startLibrisSimulator(t: { teardown(fn: () => unknown): void }): Promise<LibrisSimulator> {
  const simulator = await new LibrisSimulator().start()
  t.teardown(() => simulator.stop())
  return simulator
}
