import t from 'tap'
import { createTestApp } from '../helpers/app.ts'
import { assertProblem } from '../helpers/problem.ts'

// Issue 13 item 2: the allowance belongs to the authenticated API key, however the Authorization
// header spells it, and to the client address for requests without a valid key.
t.test('a key\'s spent allowance is not renewed by respelling the Authorization header', async (t) => {
  const env = await createTestApp(t, { rateLimitPerMinute: 3 })
  const get = (authorization: string, remoteAddress = '192.0.2.1') =>
    env.app.inject({ method: 'GET', url: '/v1/profiles', headers: { authorization }, remoteAddress })
  const key = env.admin.key
  for (let i = 0; i < 3; i++) t.equal((await get(`Bearer ${key}`)).statusCode, 200, `request ${i + 1} of 3`)
  const spent = await get(`Bearer ${key}`)
  assertProblem(t, spent, 429, '/problems/rate-limited', 'the 4th')
  t.ok(Number(spent.headers['retry-after']) > 0, 'says when to retry')
  for (const spelling of [`bearer ${key}`, `BEARER ${key}`, `Bearer  ${key}`, `Bearer\t${key}`, `Bearer ${key} `]) {
    assertProblem(t, await get(spelling), 429, '/problems/rate-limited', JSON.stringify(spelling))
  }
  // From another address the key is still spent; another user's key from the same address is not.
  assertProblem(t, await get(`Bearer ${key}`, '192.0.2.99'), 429, '/problems/rate-limited', 'same key, other address')
  const other = await env.userWith(['CATALOG_MANAGER'])
  t.equal((await get(`Bearer ${other.key}`)).statusCode, 200, 'another key has its own allowance')
})

t.test('requests without a valid key spend their address\'s allowance', async (t) => {
  const env = await createTestApp(t, { rateLimitPerMinute: 3 })
  const get = (authorization: string, remoteAddress: string) =>
    env.app.inject({ method: 'GET', url: '/v1/profiles', headers: { authorization }, remoteAddress })
  // Each forged key is a new header text; none of them buys a fresh allowance.
  for (let i = 0; i < 3; i++) {
    assertProblem(t, await get(`Bearer cis_forged${i}_x`, '198.51.100.7'), 401, '/problems/unauthenticated', `forged key ${i}`)
  }
  assertProblem(t, await get('Bearer cis_forged9_x', '198.51.100.7'), 429, '/problems/rate-limited', 'the 4th forged key')
  assertProblem(t, await get('Basic Zm9vOmJhcg==', '198.51.100.7'), 429, '/problems/rate-limited', 'no bearer key at all')
  const health = await env.app.inject({ method: 'GET', url: '/health', remoteAddress: '198.51.100.7' })
  assertProblem(t, health, 429, '/problems/rate-limited', 'a public route from the same address')
  // A valid key is counted on its own, not on the address that failed.
  t.equal((await get(env.admin.headers.authorization, '198.51.100.7')).statusCode, 200, 'a valid key from that address')
  assertProblem(t, await get('Bearer cis_forged1_x', '198.51.100.8'), 401, '/problems/unauthenticated', 'another address')
})
