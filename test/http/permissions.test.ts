import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import t from 'tap'
import { PROFILE_TYPES, type ProfileType, ROLES } from '../../src/domain/permissions/roles.ts'
import { createTestApp, type TestApp, type TestUser } from '../helpers/app.ts'
import { allowed, type Need, PROFILE_TYPE_NAMES, ROLE_NAMES } from '../helpers/expected-access.ts'
import { startFtpServer } from '../helpers/file-servers.ts'

interface Operation {
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE' | 'PUT'
  url: string
  /** How to call it on a fresh profile of the given type. */
  request(profileId: string, type: ProfileType, grantee: string): { url: string; payload?: object | Buffer; headers?: Record<string, string> }
  success: number
  /** What the SPEC's Permissions section asks of the caller, for the profile's type. */
  needs: Need
  /** On a restricted profile, only users holding a grant for it (SPEC: "can be run only by…"). */
  grant?: true
  /** Changes or removes the profile (or its grants): each call gets a profile of its own. */
  consumes?: true
}

// The profiles are FTP profiles of a real (empty) FTP server, so the FTP routes answer as they would
// for any caller allowed to use them; every other route treats them as any profile.
const ftpRoot = mkdtempSync(join(tmpdir(), 'permissions-ftp-'))
const ftpServer = await startFtpServer({ root: ftpRoot, username: 'vendor', password: 'pw' })
t.teardown(async () => {
  await ftpServer.close()
  rmSync(ftpRoot, { recursive: true, force: true })
})

const body = (type: ProfileType) => ({
  name: `p-${Math.random()}`,
  type,
  match: { method: type === 'AUTHORITY' ? 'SYSTEM_ID' : 'OCLC' },
  protocol: 'FTP',
  ftp: { host: '127.0.0.1', port: ftpServer.port, username: 'vendor', password: 'pw' },
})

// One way to call each profile route, with what it needs by the SPEC; the expected status comes from
// the tables in expected-access.ts, never from the role table or the route rules of the code.
const OPERATIONS: Operation[] = [
  { method: 'GET', url: '/v1/profiles', request: () => ({ url: '/v1/profiles' }), success: 200, needs: 'monitor' },
  { method: 'POST', url: '/v1/profiles', request: (_, type) => ({ url: '/v1/profiles', payload: body(type) }), success: 201, needs: 'manage' },
  { method: 'GET', url: '/v1/profiles/:id', request: (id) => ({ url: `/v1/profiles/${id}` }), success: 200, needs: 'monitor' },
  {
    method: 'PATCH',
    url: '/v1/profiles/:id',
    request: (id) => ({ url: `/v1/profiles/${id}`, payload: { description: 'changed' }, headers: { 'if-match': '"v1"' } }),
    success: 200,
    needs: 'manage',
    consumes: true,
  },
  { method: 'DELETE', url: '/v1/profiles/:id', request: (id) => ({ url: `/v1/profiles/${id}` }), success: 204, needs: 'manage', consumes: true },
  { method: 'GET', url: '/v1/profiles/:id/grants', request: (id) => ({ url: `/v1/profiles/${id}/grants` }), success: 200, needs: 'manage', consumes: true },
  { method: 'PUT', url: '/v1/profiles/:id/grants/:userId', request: (id, _, u) => ({ url: `/v1/profiles/${id}/grants/${u}` }), success: 201, needs: 'manage', consumes: true },
  { method: 'GET', url: '/v1/profiles/:id/grants/:userId', request: (id, _, u) => ({ url: `/v1/profiles/${id}/grants/${u}` }), success: 200, needs: 'manage', consumes: true },
  { method: 'DELETE', url: '/v1/profiles/:id/grants/:userId', request: (id, _, u) => ({ url: `/v1/profiles/${id}/grants/${u}` }), success: 204, needs: 'manage', consumes: true },
  { method: 'GET', url: '/v1/profiles/:id/jobs', request: (id) => ({ url: `/v1/profiles/${id}/jobs` }), success: 200, needs: 'monitor' },
  {
    method: 'POST',
    url: '/v1/profiles/:id/jobs',
    request: (id) => ({
      url: `/v1/profiles/${id}/jobs`,
      payload: Buffer.from(`--B\r\nContent-Disposition: form-data; name="file"; filename="e.mrc"\r\n\r\n\r\n--B--\r\n`),
      headers: { 'content-type': 'multipart/form-data; boundary=B' },
    }),
    success: 202,
    needs: 'run',
    grant: true,
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
    // Shows how an upload would be split; nothing runs, so no grant is asked for.
    needs: 'run',
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
    needs: 'run',
    grant: true,
  },
  // An FTP profile's server: run now as an upload; listing its files reads it with the stored
  // credentials, as a run does; testing the connection is part of configuring the profile.
  { method: 'POST', url: '/v1/profiles/:id/run', request: (id) => ({ url: `/v1/profiles/${id}/run` }), success: 202, needs: 'run', grant: true },
  { method: 'GET', url: '/v1/profiles/:id/remote-files', request: (id) => ({ url: `/v1/profiles/${id}/remote-files` }), success: 200, needs: 'run', grant: true },
  { method: 'POST', url: '/v1/profiles/:id/test-connection', request: (id) => ({ url: `/v1/profiles/${id}/test-connection` }), success: 200, needs: 'manage' },
]

function expectedStatus(role: (typeof ROLES)[number], type: ProfileType, op: Operation): number {
  // Listing is filtered to the types the caller may see rather than refused; every role sees some.
  if (op.url === '/v1/profiles' && op.method === 'GET') return PROFILE_TYPE_NAMES.some((any) => allowed(role, 'monitor', any)) ? op.success : 403
  return allowed(role, op.needs, type) ? op.success : 403
}

async function freshProfile(env: TestApp, type: ProfileType, extra: object = {}): Promise<string> {
  const res = await env.app.inject({ method: 'POST', url: '/v1/profiles', headers: env.admin.headers, payload: { ...body(type), ...extra } })
  if (res.statusCode !== 201) throw new Error(`profile not created: ${res.body}`)
  return res.json().id
}

async function grantFixture(env: TestApp, profileId: string, userId: string, op: Operation) {
  // GET and DELETE of a grant need one to exist.
  if (op.url.endsWith(':userId') && op.method !== 'PUT') {
    await env.app.inject({ method: 'PUT', url: `/v1/profiles/${profileId}/grants/${userId}`, headers: env.admin.headers })
  }
}

t.test('the roles and profile types are the SPEC\'s; every /v1 route has a rule; the matrix covers every profile route', async (t) => {
  t.same([...ROLES].sort(), [...ROLE_NAMES].sort(), 'the roles of the code are those of the SPEC\'s Permissions section')
  t.same([...PROFILE_TYPES].sort(), [...PROFILE_TYPE_NAMES].sort(), 'and so are the profile types')
  const env = await createTestApp(t)
  const undeclared = env.app.routeTable.filter((route) => route.url.startsWith('/v1') && route.access === undefined)
  t.same(undeclared, [], 'no /v1 route without a rule')
  const uncovered = env.app.routeTable.filter(
    (route) => route.url.startsWith('/v1/profiles') && !OPERATIONS.some((op) => op.method === route.method && op.url === route.url),
  )
  t.same(uncovered.map((route) => `${route.method} ${route.url}`), [], 'every profile route is in the matrix')
  for (const op of OPERATIONS) {
    t.ok(env.app.routeTable.some((route) => route.method === op.method && route.url === op.url), `${op.method} ${op.url} exists`)
  }
})

t.test('permission matrix: every profile route × every role × every profile type, restricted profiles with and without a grant', async (t) => {
  const env = await createTestApp(t)
  const grantee = await env.userWith(['CATALOG_MANAGER'])
  const shared = new Map<ProfileType, string>()
  const restricted = new Map<ProfileType, string>()
  for (const type of PROFILE_TYPE_NAMES) {
    shared.set(type, await freshProfile(env, type))
    restricted.set(type, await freshProfile(env, type, { restricted: true }))
  }
  const call = async (user: TestUser, op: Operation, profileId: string, type: ProfileType) => {
    await grantFixture(env, profileId, grantee.id, op)
    const request = op.request(profileId, type, grantee.id)
    const res = await env.app.inject({
      method: op.method,
      url: request.url,
      headers: { ...user.headers, ...request.headers },
      ...(request.payload === undefined ? {} : { payload: request.payload }),
    })
    return res.statusCode
  }
  for (const role of ROLE_NAMES) {
    const user: TestUser = await env.userWith([role])
    const granted: TestUser = await env.userWith([role])
    for (const type of PROFILE_TYPE_NAMES) {
      const grant = await env.app.inject({ method: 'PUT', url: `/v1/profiles/${restricted.get(type)}/grants/${granted.id}`, headers: env.admin.headers })
      if (grant.statusCode !== 201) throw new Error(`grant not given: ${grant.body}`)
    }
    for (const op of OPERATIONS) {
      for (const type of PROFILE_TYPE_NAMES) {
        const profileId = op.consumes ? await freshProfile(env, type) : (shared.get(type) as string)
        t.equal(await call(user, op, profileId, type), expectedStatus(role, type, op), `${role} ${op.method} ${op.url} on ${type}`)
        if (op.grant) {
          const restrictedId = restricted.get(type) as string
          t.equal(await call(user, op, restrictedId, type), 403, `${role} ${op.method} ${op.url} on a restricted ${type} profile, without a grant`)
          t.equal(
            await call(granted, op, restrictedId, type),
            allowed(role, 'run', type) ? op.success : 403,
            `${role} ${op.method} ${op.url} on a restricted ${type} profile, with a grant`,
          )
        }
      }
    }
  }
})

t.test('the profile list shows each role the profiles of exactly the types it may monitor', async (t) => {
  const env = await createTestApp(t)
  for (const type of PROFILE_TYPE_NAMES) await freshProfile(env, type)
  for (const role of ROLE_NAMES) {
    const user = await env.userWith([role])
    const res = await env.app.inject({ method: 'GET', url: '/v1/profiles?limit=200', headers: user.headers })
    t.equal(res.statusCode, 200)
    const types = [...new Set(res.json().items.map((profile: { type: string }) => profile.type))].sort()
    t.same(types, PROFILE_TYPE_NAMES.filter((type) => allowed(role, 'monitor', type)).sort(), `${role} lists these types`)
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
