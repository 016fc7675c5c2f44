import t, { type Test } from 'tap'
import { createTestApp } from '../helpers/app.ts'

function assertProblem(t: Test, res: { statusCode: number; headers: Record<string, unknown>; json(): Record<string, unknown> }, status: number, type: string) {
  t.equal(res.statusCode, status, `status ${status}`)
  t.match(String(res.headers['content-type']), /^application\/problem\+json/)
  const body = res.json()
  t.equal(body.status, status)
  t.equal(body.type, type)
  t.type(body.title, 'string')
  t.type(body.detail, 'string')
  t.equal(body.requestId, res.headers['x-request-id'], 'the body and the header carry the same request id')
}

t.test('every client error status comes out as problem+json', async (t) => {
  const { app, admin } = await createTestApp(t, { rateLimitPerMinute: 2 })
  assertProblem(t, await app.inject({ method: 'GET', url: '/v1/nowhere', headers: admin.headers }), 404, '/problems/not-found')
  const wrongMethod = await app.inject({ method: 'PUT', url: '/v1/profiles', headers: admin.headers })
  assertProblem(t, wrongMethod, 405, '/problems/method-not-allowed')
  t.match(wrongMethod.headers.allow, /GET/)
  t.match(wrongMethod.headers.allow, /POST/)
  assertProblem(
    t,
    await app.inject({ method: 'POST', url: '/v1/profiles', headers: { ...admin.headers, 'content-type': 'text/csv' }, payload: 'a,b' }),
    415,
    '/problems/unsupported-media-type',
  )
  assertProblem(
    t,
    await app.inject({
      method: 'POST',
      url: '/v1/profiles',
      headers: { ...admin.headers, 'content-type': 'application/json' },
      payload: JSON.stringify({ name: 'x'.repeat(2 * 1024 * 1024), type: 'REPOSITORY' }),
    }),
    413,
    '/problems/payload-too-large',
  )
  // The limit is 2 a minute for this key: the two requests to a route above used it up.
  const limited = await app.inject({ method: 'GET', url: '/v1/profiles', headers: admin.headers })
  assertProblem(t, limited, 429, '/problems/rate-limited')
  t.ok(Number(limited.headers['retry-after']) > 0)
})

t.test('a caller-supplied request id is echoed; server errors hide internals', async (t) => {
  const { app, admin, logs } = await createTestApp(t)
  app.get('/v1/boom', { config: { access: { kind: 'authenticated' } } }, async () => {
    throw new Error('secret internal detail: table xyz is broken')
  })
  const res = await app.inject({ method: 'GET', url: '/v1/boom', headers: { ...admin.headers, 'x-request-id': 'trace-123' } })
  assertProblem(t, res, 500, '/problems/internal')
  t.equal(res.headers['x-request-id'], 'trace-123')
  t.notMatch(res.body, 'secret internal detail')
  t.match(res.json().detail, 'trace-123')
  t.ok(logs.some((line) => line.includes('secret internal detail') && line.includes('trace-123')), 'logged with the request id')
  t.notOk(logs.some((line) => line.includes(admin.key)), 'the Authorization header is never logged')
})

t.test('health and readiness', async (t) => {
  const { app } = await createTestApp(t)
  t.same((await app.inject({ method: 'GET', url: '/health' })).json(), { status: 'ok' })
  t.same((await app.inject({ method: 'GET', url: '/ready' })).json(), { status: 'ok' })
  const docs = await app.inject({ method: 'GET', url: '/docs/' })
  t.equal(docs.statusCode, 200)
  const spec = await app.inject({ method: 'GET', url: '/openapi.json' })
  t.equal(spec.json().openapi, '3.1.0')
})
