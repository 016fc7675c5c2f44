import t from 'tap'
import { createTestApp } from '../helpers/app.ts'
import { assertProblem } from '../helpers/problem.ts'

// Issue 13 item 8: `limit=0x10` and `limit=%205` were read as 16 and 5.
t.test('numbers in the query string are plain decimal digits', async (t) => {
  const env = await createTestApp(t, {}, { work: false })
  for (const limit of ['0x10', '%205', '5%20', '1e1', '0b11', '+5', '5.0']) {
    for (const path of ['/v1/jobs', '/v1/profiles', '/v1/issues']) {
      const res = await env.app.inject({ method: 'GET', url: `${path}?limit=${limit}`, headers: env.admin.headers })
      const problem = assertProblem(t, res, 400, '/problems/validation-failed', `${path} limit=${limit}`)
      t.same(problem.errors, [{ field: 'querystring.limit', message: 'must be an integer in decimal digits' }])
    }
  }
  t.equal((await env.app.inject({ method: 'GET', url: '/v1/jobs?limit=16', headers: env.admin.headers })).statusCode, 200)
  t.equal((await env.app.inject({ method: 'GET', url: '/v1/jobs', headers: env.admin.headers })).statusCode, 200, 'the default')
})
