import t from 'tap'
import type { AccessRule } from '../../src/http/access.ts'
import { mayOnProfileType, type ProfileType, profileTypesFor, ROLES } from '../../src/domain/permissions/roles.ts'
import { createTestApp, type TestApp, type TestUser } from '../helpers/app.ts'

interface Operation {
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE' | 'PUT'
  url: string
  /** How to call it on a fresh profile of the given type. */
  request(profileId: string, type: ProfileType, grantee: string): { url: string; payload?: object | Buffer; headers?: Record<string, string> }
  success: number
}

const body = (type: ProfileType) => ({
  name: `p-${Math.random()}`,
  type,
  match: { method: type === 'AUTHORITY' ? 'SYSTEM_ID' : 'OCLC' },
})

// One way to call each profile route; the expected status comes from the route's declared rule and
// the role table, never from this file.
const OPERATIONS: Operation[] = [
  { method: 'GET', url: '/v1/profiles', request: () => ({ url: '/v1/profiles' }), success: 200 },
  { method: 'POST', url: '/v1/profiles', request: (_, type) => ({ url: '/v1/profiles', payload: body(type) }), success: 201 },
  { method: 'GET', url: '/v1/profiles/:id', request: (id) => ({ url: `/v1/profiles/${id}` }), success: 200 },
  {
    method: 'PATCH',
    url: '/v1/profiles/:id',
    request: (id) => ({ url: `/v1/profiles/${id}`, payload: { description: 'changed' }, headers: { 'if-match': '"v1"' } }),
    success: 200,
  },
  { method: 'DELETE', url: '/v1/profiles/:id', request: (id) => ({ url: `/v1/profiles/${id}` }), success: 204 },
  { method: 'GET', url: '/v1/profiles/:id/grants', request: (id) => ({ url: `/v1/profiles/${id}/grants` }), success: 200 },
  { method: 'PUT', url: '/v1/profiles/:id/grants/:userId', request: (id, _, u) => ({ url: `/v1/profiles/${id}/grants/${u}` }), success: 201 },
  { method: 'GET', url: '/v1/profiles/:id/grants/:userId', request: (id, _, u) => ({ url: `/v1/profiles/${id}/grants/${u}` }), success: 200 },
  { method: 'DELETE', url: '/v1/profiles/:id/grants/:userId', request: (id, _, u) => ({ url: `/v1/profiles/${id}/grants/${u}` }), success: 204 },
  { method: 'GET', url: '/v1/profiles/:id/jobs', request: (id) => ({ url: `/v1/profiles/${id}/jobs` }), success: 200 },
  {
    method: 'POST',
    url: '/v1/profiles/:id/jobs',
    request: (id) => ({
      url: `/v1/profiles/${id}/jobs`,
      payload: Buffer.from(`--B\r\nContent-Disposition: form-data; name="file"; filename="e.mrc"\r\n\r\n\r\n--B--\r\n`),
      headers: { 'content-type': 'multipart/form-data; boundary=B' },
    }),
    success: 202,
  },
  {
    method: 'POST',
    url: '/v1/profiles/:id/jobs/preview',
    request: (id) => ({
      url: `/v1/profiles/${id}/jobs/preview`,
      payload: Buffer.from(`--B\r\nContent-Disposition: form-data; name="file"; filename="e.mrc"\r\n\r\n\r\n--B--\r\n`),
      headers: { 'content-type': 'multipart/form-data; boundary=B' },
    }),
    success: 200,
  },
  {
    method: 'POST',
    url: '/v1/profiles/:id/import-record',
    request: (id) => ({
      url: `/v1/profiles/${id}/import-record`,
      payload: Buffer.from(
        '<record xmlns="http://www.loc.gov/MARC21/slim"><leader>00000nam a2200000 a 4500</leader><controlfield tag="008">200101s2020    xx            000 0 eng d</controlfield>' +
          '<datafield tag="245" ind1="0" ind2="0"><subfield code="a">Permission matrix</subfield></datafield></record>',
      ),
      headers: { 'content-type': 'application/marcxml+xml' },
    }),
    success: 200,
  },
]

function expectedStatus(rule: AccessRule, roles: readonly (typeof ROLES)[number][], type: ProfileType, op: Operation): number {
  if (rule.kind !== 'profile') throw new Error(`profile route ${op.method} ${op.url} has a ${rule.kind} rule`)
  // Listing is filtered to the types the caller may see rather than refused.
  if (op.url === '/v1/profiles' && op.method === 'GET') return profileTypesFor(roles, 'view').length > 0 ? op.success : 403
  return mayOnProfileType(roles, rule.action, type) ? op.success : 403
}

async function freshProfile(env: TestApp, type: ProfileType): Promise<string> {
  const res = await env.app.inject({ method: 'POST', url: '/v1/profiles', headers: env.admin.headers, payload: body(type) })
  return res.json().id
}

async function grantFixture(env: TestApp, profileId: string, userId: string, op: Operation) {
  // GET and DELETE of a grant need one to exist.
  if (op.url.endsWith(':userId') && op.method !== 'PUT') {
    await env.app.inject({ method: 'PUT', url: `/v1/profiles/${profileId}/grants/${userId}`, headers: env.admin.headers })
  }
}

t.test('every profile route declares an access rule and every /v1 route has one', async (t) => {
  const env = await createTestApp(t)
  const undeclared = env.app.routeTable.filter((route) => route.url.startsWith('/v1') && route.access === undefined)
  t.same(undeclared, [], 'no /v1 route without a rule')
  const profileRoutes = env.app.routeTable.filter((route) => route.url.startsWith('/v1/profiles'))
  for (const route of profileRoutes) {
    t.ok(
      OPERATIONS.some((op) => op.method === route.method && op.url === route.url),
      `the matrix covers ${route.method} ${route.url}`,
    )
  }
})

t.test('permission matrix: every profile route × every role', async (t) => {
  const env = await createTestApp(t)
  const grantee = await env.userWith(['CATALOG_MANAGER'])
  for (const role of ROLES) {
    const user: TestUser = await env.userWith([role])
    for (const op of OPERATIONS) {
      const rule = env.app.routeTable.find((route) => route.method === op.method && route.url === op.url)?.access
      if (rule === undefined) throw new Error(`no route ${op.method} ${op.url}`)
      for (const type of ['REPOSITORY', 'NEW_ORDER', 'AUTHORITY'] as ProfileType[]) {
        const profileId = await freshProfile(env, type)
        await grantFixture(env, profileId, grantee.id, op)
        const call = op.request(profileId, type, grantee.id)
        const res = await env.app.inject({
          method: op.method,
          url: call.url,
          headers: { ...user.headers, ...call.headers },
          ...(call.payload === undefined ? {} : { payload: call.payload }),
        })
        t.equal(res.statusCode, expectedStatus(rule, [role], type, op), `${role} ${op.method} ${op.url} on ${type}`)
      }
    }
  }
})

t.test('no key → 401; a revoked or unknown key → 401; another institution → 404', async (t) => {
  const env = await createTestApp(t)
  const profileId = await freshProfile(env, 'REPOSITORY')
  const otherInstitution = await env.createInstitution('OTHER')
  const outsider = await env.userWith(['GENERAL_SYSTEM_ADMINISTRATOR', 'CATALOG_ADMINISTRATOR'], otherInstitution)
  for (const op of OPERATIONS) {
    const call = op.request(profileId, 'REPOSITORY', env.admin.id)
    const payload = call.payload === undefined ? {} : { payload: call.payload }
    const anonymous = await env.app.inject({ method: op.method, url: call.url, headers: call.headers ?? {}, ...payload })
    t.equal(anonymous.statusCode, 401, `anonymous ${op.method} ${op.url}`)
    t.equal(anonymous.json().type, '/problems/unauthenticated')
    t.equal(anonymous.headers['www-authenticate'], 'Bearer')
    const forged = await env.app.inject({
      method: op.method,
      url: call.url,
      headers: { ...call.headers, authorization: `Bearer ${env.admin.key.slice(0, -4)}AAAA` },
      ...payload,
    })
    t.equal(forged.statusCode, 401, `wrong secret ${op.method} ${op.url}`)
    if (op.url.includes(':id')) {
      const res = await env.app.inject({ method: op.method, url: call.url, headers: { ...outsider.headers, ...call.headers }, ...payload })
      t.equal(res.statusCode, 404, `other institution ${op.method} ${op.url}`)
    }
  }
  const list = await env.app.inject({ method: 'GET', url: '/v1/profiles', headers: outsider.headers })
  t.same(list.json().items, [], 'another institution lists none of ours')
})
