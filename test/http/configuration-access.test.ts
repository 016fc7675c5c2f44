import t from 'tap'
import type { Role } from '../../src/domain/permissions/roles.ts'
import { createTestApp, type TestApp } from '../helpers/app.ts'
import { ROLE_NAMES, WRITES_ACQUISITIONS_CONFIGURATION, WRITES_CATALOG_CONFIGURATION, WRITES_INSTITUTION } from '../helpers/expected-access.ts'

type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE'

interface Fixture {
  libraryId: string
  locationId: string
  id: string
}

interface Operation {
  method: Method
  url: string
  /** Who may call it, by the SPEC: every user of the institution reads; writers by the literal tables. */
  who: 'everyone' | Role[]
  success: number
  request(fixture: Fixture): { url: string; payload?: object; headers?: Record<string, string> }
  /** The collection the fixture's `id` is made in, or 'location' for a location of the fixture library. */
  makes?: string
}

const unique = () => Math.random().toString(36).slice(2, 10)
const IF_ANY = { 'if-match': '*' }

/** The five routes of a code list, with the roles the SPEC lets write it. */
function codedOperations(path: string, writers: Role[], extra: object = {}): Operation[] {
  return [
    { method: 'GET', url: path, who: 'everyone', success: 200, request: () => ({ url: path }) },
    { method: 'POST', url: path, who: writers, success: 201, request: () => ({ url: path, payload: { code: unique(), name: 'Made', ...extra } }) },
    { method: 'GET', url: `${path}/:id`, who: 'everyone', success: 200, request: (f) => ({ url: `${path}/${f.id}` }), makes: path },
    { method: 'PATCH', url: `${path}/:id`, who: writers, success: 200, request: (f) => ({ url: `${path}/${f.id}`, payload: { name: 'Changed' }, headers: IF_ANY }), makes: path },
    { method: 'DELETE', url: `${path}/:id`, who: writers, success: 204, request: (f) => ({ url: `${path}/${f.id}` }), makes: path },
  ]
}

const LOCATIONS = '/v1/libraries/:id/locations'
const OPERATIONS: Operation[] = [
  ...codedOperations('/v1/libraries', WRITES_CATALOG_CONFIGURATION),
  ...codedOperations('/v1/item-policies', WRITES_CATALOG_CONFIGURATION),
  ...codedOperations('/v1/material-types', WRITES_CATALOG_CONFIGURATION),
  ...codedOperations('/v1/funds', WRITES_ACQUISITIONS_CONFIGURATION),
  ...codedOperations('/v1/vendors', WRITES_ACQUISITIONS_CONFIGURATION, { currency: 'EUR', accounts: [{ code: 'A1' }] }),
  { method: 'GET', url: LOCATIONS, who: 'everyone', success: 200, request: (f) => ({ url: `/v1/libraries/${f.libraryId}/locations` }) },
  {
    method: 'POST',
    url: LOCATIONS,
    who: WRITES_CATALOG_CONFIGURATION,
    success: 201,
    request: (f) => ({ url: `/v1/libraries/${f.libraryId}/locations`, payload: { code: unique(), name: 'Shelf' } }),
  },
  {
    method: 'GET',
    url: `${LOCATIONS}/:locationId`,
    who: 'everyone',
    success: 200,
    request: (f) => ({ url: `/v1/libraries/${f.libraryId}/locations/${f.locationId}` }),
    makes: 'location',
  },
  {
    method: 'PATCH',
    url: `${LOCATIONS}/:locationId`,
    who: WRITES_CATALOG_CONFIGURATION,
    success: 200,
    request: (f) => ({ url: `/v1/libraries/${f.libraryId}/locations/${f.locationId}`, payload: { name: 'Changed' }, headers: IF_ANY }),
    makes: 'location',
  },
  {
    method: 'DELETE',
    url: `${LOCATIONS}/:locationId`,
    who: WRITES_CATALOG_CONFIGURATION,
    success: 204,
    request: (f) => ({ url: `/v1/libraries/${f.libraryId}/locations/${f.locationId}` }),
    makes: 'location',
  },
  { method: 'GET', url: '/v1/institution', who: 'everyone', success: 200, request: () => ({ url: '/v1/institution' }) },
  {
    method: 'PATCH',
    url: '/v1/institution',
    who: WRITES_INSTITUTION,
    success: 200,
    request: () => ({ url: '/v1/institution', payload: { timeZone: 'Europe/Stockholm' }, headers: IF_ANY }),
  },
]

const PREFIXES = ['/v1/libraries', '/v1/locations', '/v1/vendors', '/v1/funds', '/v1/item-policies', '/v1/material-types', '/v1/institution']

async function fixture(env: TestApp, op: Operation, libraryId: string): Promise<Fixture> {
  const make = async (url: string, payload: object) => {
    const res = await env.app.inject({ method: 'POST', url, headers: env.admin.headers, payload })
    if (res.statusCode !== 201) throw new Error(`fixture not made: ${res.body}`)
    return res.json().id as string
  }
  if (op.makes === 'location') return { libraryId, locationId: await make(`/v1/libraries/${libraryId}/locations`, { code: unique(), name: 'L' }), id: '' }
  if (op.makes === undefined) return { libraryId, locationId: '', id: '' }
  const extra = op.makes === '/v1/vendors' ? { currency: 'SEK' } : {}
  return { libraryId, locationId: '', id: await make(op.makes, { code: unique(), name: 'F', ...extra }) }
}

t.test('every institution configuration route is in the matrix', async (t) => {
  const env = await createTestApp(t, {}, { work: false })
  const uncovered = env.app.routeTable.filter(
    (route) => PREFIXES.some((prefix) => route.url.startsWith(prefix)) && !OPERATIONS.some((op) => op.method === route.method && op.url === route.url),
  )
  t.same(uncovered.map((route) => `${route.method} ${route.url}`), [], 'no configuration route left out')
  for (const op of OPERATIONS) t.ok(env.app.routeTable.some((route) => route.method === op.method && route.url === op.url), `${op.method} ${op.url} exists`)
})

t.test('configuration matrix: every route × every role, as SPEC "Permissions" says', async (t) => {
  const env = await createTestApp(t, {}, { work: false })
  // The admin of the test app is a General System and Catalog Administrator: it writes everything.
  const libraryRes = await env.app.inject({ method: 'POST', url: '/v1/libraries', headers: env.admin.headers, payload: { code: 'MAIN', name: 'Main' } })
  const libraryId: string = libraryRes.json().id
  for (const role of ROLE_NAMES) {
    const user = await env.userWith([role])
    for (const op of OPERATIONS) {
      const request = op.request(await fixture(env, op, libraryId))
      const res = await env.app.inject({
        method: op.method,
        url: request.url,
        headers: { ...user.headers, ...request.headers },
        ...(request.payload === undefined ? {} : { payload: request.payload }),
      })
      const expected = op.who === 'everyone' || op.who.includes(role) ? op.success : 403
      t.equal(res.statusCode, expected, `${role} ${op.method} ${op.url}`)
      if (expected === 403 && res.statusCode === 403) t.equal(res.json().type, '/problems/forbidden', `${role} ${op.method} ${op.url} is problem+json`)
    }
  }
})

t.test('no key → 401 on every configuration route; another institution → 404 on every id', async (t) => {
  const env = await createTestApp(t, {}, { work: false })
  const libraryId: string = (
    await env.app.inject({ method: 'POST', url: '/v1/libraries', headers: env.admin.headers, payload: { code: 'MAIN', name: 'Main' } })
  ).json().id
  const outsider = await env.userWith(['GENERAL_SYSTEM_ADMINISTRATOR', 'CATALOG_ADMINISTRATOR', 'ACQUISITIONS_ADMINISTRATOR'], await env.createInstitution('OTHER'))
  for (const op of OPERATIONS) {
    const request = op.request(await fixture(env, op, libraryId))
    const payload = request.payload === undefined ? {} : { payload: request.payload }
    const anonymous = await env.app.inject({ method: op.method, url: request.url, headers: request.headers ?? {}, ...payload })
    t.equal(anonymous.statusCode, 401, `anonymous ${op.method} ${op.url}`)
    if (op.url.includes(':id')) {
      const res = await env.app.inject({ method: op.method, url: request.url, headers: { ...outsider.headers, ...request.headers }, ...payload })
      t.equal(res.statusCode, 404, `other institution ${op.method} ${op.url}`)
    }
  }
})
