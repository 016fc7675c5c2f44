import t from 'tap'
import { CatalogClient, ok, ProblemError, retryDelayMs } from '@catalog-import/client'
import { listeningApp } from './server.ts'

const options = { retries: 3, maxDelayMs: 60_000, baseDelayMs: 1000 }
const now = Date.parse('2026-12-02T10:00:00Z')
const answer = (status: number, retryAfter?: string) => new Response(null, { status, headers: retryAfter === undefined ? {} : { 'retry-after': retryAfter } })

t.test('when to try again: the Retry-After the service sends, as seconds or a date, else doubling from 1 s; never past the retries or the longest wait', async (t) => {
  const table: Array<[string, Response, number, number | null]> = [
    ['429 with seconds', answer(429, '2'), 0, 2000],
    ['503 with a date 5 s ahead', answer(503, 'Wed, 02 Dec 2026 10:00:05 GMT'), 0, 5000],
    ['a date already past: at once', answer(503, 'Wed, 02 Dec 2026 09:59:00 GMT'), 1, 0],
    ['429 without Retry-After, first retry', answer(429), 0, 1000],
    ['429 without Retry-After, third retry', answer(429), 2, 4000],
    ['an unreadable Retry-After counts as none', answer(429, 'soon'), 1, 2000],
    ['after the last retry', answer(429, '1'), 3, null],
    ['longer than the longest wait', answer(429, '61'), 0, null],
    ['500 is not retried', answer(500, '1'), 0, null],
    ['409 is not retried', answer(409), 0, null],
  ]
  for (const [name, response, attempt, expected] of table) t.equal(retryDelayMs(response, attempt, options, now), expected, name)
})

t.test("the service's rate limit: a client waits as long as Retry-After says and succeeds; one that will not wait that long gets the 429 as a ProblemError", async (t) => {
  const { env, baseUrl, client } = await listeningApp(t, { rateLimitPerMinute: 1, rateLimitWindowSeconds: 3 })
  await ok(client.api.GET('/v1/me'))

  const impatient = new CatalogClient({ baseUrl, apiKey: env.admin.key, retry: { maxDelayMs: 100 } })
  const refused = await ok(impatient.api.GET('/v1/me')).catch((error: unknown) => error)
  t.ok(refused instanceof ProblemError)
  const { status, retryAfter } = refused as ProblemError
  t.equal(status, 429)
  t.ok(retryAfter !== undefined && retryAfter >= 1 && retryAfter <= 3, `Retry-After within the 3 s window (${retryAfter})`)

  const started = Date.now()
  const me = await ok(client.api.GET('/v1/me'))
  t.equal(me.id, env.admin.id, 'the retried request succeeded')
  t.ok(Date.now() - started >= ((retryAfter ?? 0) - 1) * 1000, 'not before the window reopened')
})
