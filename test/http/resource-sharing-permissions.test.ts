import t from 'tap'
import { createTestApp, type TestApp, type TestUser } from '../helpers/app.ts'
import { CONFIGURES_RESOURCE_SHARING, ROLE_NAMES } from '../helpers/expected-access.ts'

interface Fixture {
  profileId: string
  mappingId: string
  partnerId: string
  requestId: string
  jobId: string
  libraryId: string
}

interface Operation {
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE'
  url: string
  request(f: Fixture): { url: string; payload?: object; headers?: Record<string, string> }
  success: number
  /** Changes or removes what it is called on: each call gets a fixture of its own. */
  consumes?: true
}

let unique = 0
const next = () => `c${++unique}`

// Every resource sharing route, literally; the expected status comes from CONFIGURES_RESOURCE_SHARING.
const OPERATIONS: Operation[] = [
  { method: 'GET', url: '/v1/integration-profiles', request: () => ({ url: '/v1/integration-profiles' }), success: 200 },
  {
    method: 'POST',
    url: '/v1/integration-profiles',
    request: (f) => ({
      url: '/v1/integration-profiles',
      payload: { code: next(), name: 'Libris', baseUrl: 'https://iller.libris.kb.se/librisfjarrlan/api', libraryCode: 'Hig', resourceSharingLibraryId: f.libraryId, harvestStartDate: '2026-11-01' },
    }),
    success: 201,
  },
  { method: 'GET', url: '/v1/integration-profiles/:id', request: (f) => ({ url: `/v1/integration-profiles/${f.profileId}` }), success: 200 },
  {
    method: 'PATCH',
    url: '/v1/integration-profiles/:id',
    request: (f) => ({ url: `/v1/integration-profiles/${f.profileId}`, payload: { description: 'changed' }, headers: { 'if-match': '"v1"' } }),
    success: 200,
    consumes: true,
  },
  { method: 'DELETE', url: '/v1/integration-profiles/:id', request: (f) => ({ url: `/v1/integration-profiles/${f.profileId}` }), success: 204, consumes: true },
  { method: 'POST', url: '/v1/integration-profiles/:id/run', request: (f) => ({ url: `/v1/integration-profiles/${f.profileId}/run` }), success: 202, consumes: true },
  {
    method: 'GET',
    url: '/v1/integration-profiles/:id/library-mappings',
    request: (f) => ({ url: `/v1/integration-profiles/${f.profileId}/library-mappings` }),
    success: 200,
  },
  {
    method: 'POST',
    url: '/v1/integration-profiles/:id/library-mappings',
    request: (f) => ({ url: `/v1/integration-profiles/${f.profileId}/library-mappings`, payload: { externalCode: next(), libraryId: f.libraryId } }),
    success: 201,
  },
  {
    method: 'GET',
    url: '/v1/integration-profiles/:id/library-mappings/:mappingId',
    request: (f) => ({ url: `/v1/integration-profiles/${f.profileId}/library-mappings/${f.mappingId}` }),
    success: 200,
  },
  {
    method: 'PATCH',
    url: '/v1/integration-profiles/:id/library-mappings/:mappingId',
    request: (f) => ({ url: `/v1/integration-profiles/${f.profileId}/library-mappings/${f.mappingId}`, payload: { externalCode: next() }, headers: { 'if-match': '"v1"' } }),
    success: 200,
    consumes: true,
  },
  {
    method: 'DELETE',
    url: '/v1/integration-profiles/:id/library-mappings/:mappingId',
    request: (f) => ({ url: `/v1/integration-profiles/${f.profileId}/library-mappings/${f.mappingId}` }),
    success: 204,
    consumes: true,
  },
  { method: 'GET', url: '/v1/partners', request: () => ({ url: '/v1/partners' }), success: 200 },
  { method: 'POST', url: '/v1/partners', request: () => ({ url: '/v1/partners', payload: { code: next(), name: 'A partner' } }), success: 201 },
  { method: 'GET', url: '/v1/partners/:id', request: (f) => ({ url: `/v1/partners/${f.partnerId}` }), success: 200 },
  {
    method: 'PATCH',
    url: '/v1/partners/:id',
    request: (f) => ({ url: `/v1/partners/${f.partnerId}`, payload: { name: 'Renamed' }, headers: { 'if-match': '"v1"' } }),
    success: 200,
    consumes: true,
  },
  { method: 'DELETE', url: '/v1/partners/:id', request: (f) => ({ url: `/v1/partners/${f.partnerId}` }), success: 204, consumes: true },
  { method: 'GET', url: '/v1/borrowing-requests', request: () => ({ url: '/v1/borrowing-requests' }), success: 200 },
  { method: 'GET', url: '/v1/borrowing-requests/:id', request: (f) => ({ url: `/v1/borrowing-requests/${f.requestId}` }), success: 200 },
  { method: 'GET', url: '/v1/jobs/:id/harvest-report', request: (f) => ({ url: `/v1/jobs/${f.jobId}/harvest-report` }), success: 200 },
]

const RESOURCE_SHARING_PREFIXES = ['/v1/integration-profiles', '/v1/partners', '/v1/borrowing-requests', '/v1/jobs/:id/harvest-report']

/**
 * A profile (its base URL never called: the harvest jobs here are written by the test), a mapping,
 * a partner, a finished harvest job and one borrowing request it made, all in `institutionId`.
 */
async function fixture(env: TestApp, institutionId: string): Promise<Fixture> {
  const db = env.db
  const library = await db.insertInto('libraries').values({ institution_id: institutionId, code: next(), name: 'Main' }).returning('id').executeTakeFirstOrThrow()
  const profile = await db
    .insertInto('integration_profiles')
    .values({
      institution_id: institutionId,
      code: next(),
      name: 'Libris',
      integration_type: 'RESOURCE_SHARING',
      system: 'LIBRIS',
      base_url: 'http://127.0.0.1:9/librisfjarrlan/api',
      library_code: 'Hig',
      resource_sharing_library_id: library.id,
      harvest_start_date: '2026-11-01',
      schedule: JSON.stringify({ kind: 'NONE' }),
      created_by: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow()
  const mapping = await db.insertInto('library_code_mappings').values({ integration_profile_id: profile.id, external_code: next(), library_id: library.id }).returning('id').executeTakeFirstOrThrow()
  const partner = await db.insertInto('partners').values({ institution_id: institutionId, code: next(), name: 'Partner', system: 'LIBRIS' }).returning('id').executeTakeFirstOrThrow()
  const job = await db
    .insertInto('jobs')
    .values({
      institution_id: institutionId,
      profile_id: null,
      integration_profile_id: profile.id,
      kind: 'HARVEST',
      name: 'Import resource sharing requests using profile Libris',
      status: 'COMPLETED_SUCCESS',
      created_by: null,
      profile_snapshot: 'null',
      counters: JSON.stringify({ found: 1, created: 1, updated: 0, unchanged: 0, failed: 0 }),
    })
    .returning('id')
    .executeTakeFirstOrThrow()
  const request = await db
    .insertInto('borrowing_requests')
    .values({
      institution_id: institutionId,
      integration_profile_id: profile.id,
      lf_number: next(),
      external_request_id: '1',
      external_status: 'Uteliggande',
      status: 'REQUEST_SENT',
      receiving_library_code: 'Hig',
      receiving_library_id: library.id,
      lenders: JSON.stringify([]),
      external_last_modified: '2026-11-03 09:12:44',
      created_by_job: job.id,
      updated_by_job: job.id,
    })
    .returning('id')
    .executeTakeFirstOrThrow()
  return { profileId: profile.id, mappingId: mapping.id, partnerId: partner.id, requestId: request.id, jobId: job.id, libraryId: library.id }
}

async function call(env: TestApp, user: TestUser, op: Operation, f: Fixture) {
  const request = op.request(f)
  return env.app.inject({
    method: op.method,
    url: request.url,
    headers: { ...user.headers, ...request.headers },
    ...(request.payload === undefined ? {} : { payload: request.payload }),
  })
}

t.test('every resource sharing route is in the matrix', async (t) => {
  const env = await createTestApp(t)
  const routes = env.app.routeTable.filter((route) => RESOURCE_SHARING_PREFIXES.some((prefix) => route.url.startsWith(prefix)))
  t.same(
    routes.filter((route) => !OPERATIONS.some((op) => op.method === route.method && op.url === route.url)).map((route) => `${route.method} ${route.url}`),
    [],
    'no route left out',
  )
  for (const op of OPERATIONS) t.ok(routes.some((route) => route.method === op.method && route.url === op.url), `${op.method} ${op.url} exists`)
})

t.test('only the General System Administrator configures resource sharing (SPEC "Permissions"); every other role 403', async (t) => {
  const env = await createTestApp(t)
  const shared = await fixture(env, env.institutionId)
  for (const role of ROLE_NAMES) {
    const user = await env.userWith([role])
    for (const op of OPERATIONS) {
      const f = op.consumes ? await fixture(env, env.institutionId) : shared
      const res = await call(env, user, op, f)
      t.equal(res.statusCode, CONFIGURES_RESOURCE_SHARING.includes(role) ? op.success : 403, `${role} ${op.method} ${op.url}`)
    }
  }
})

t.test('no key → 401; another institution\'s ids → 404, and its lists show none of ours', async (t) => {
  const env = await createTestApp(t)
  const ours = await fixture(env, env.institutionId)
  const other = await env.createInstitution('OTHER')
  const outsider = await env.userWith(['GENERAL_SYSTEM_ADMINISTRATOR'], other)
  for (const op of OPERATIONS) {
    const request = op.request(ours)
    const anonymous = await env.app.inject({ method: op.method, url: request.url, headers: request.headers ?? {}, ...(request.payload === undefined ? {} : { payload: request.payload }) })
    t.equal(anonymous.statusCode, 401, `anonymous ${op.method} ${op.url}`)
    if (op.url.includes(':id')) t.equal((await call(env, outsider, op, ours)).statusCode, 404, `other institution ${op.method} ${op.url}`)
  }
  // Their own library is not enough to reach our profile's mappings, nor ours to create theirs.
  const theirLibrary = await env.db.insertInto('libraries').values({ institution_id: other, code: 'THEIRS', name: 'Theirs' }).returning('id').executeTakeFirstOrThrow()
  const mapOurs = await env.app.inject({
    method: 'POST',
    url: '/v1/integration-profiles',
    headers: env.admin.headers,
    payload: { code: 'X', name: 'X', baseUrl: 'https://example.org/api', libraryCode: 'Hig', resourceSharingLibraryId: theirLibrary.id, harvestStartDate: '2026-11-01' },
  })
  t.equal(mapOurs.statusCode, 400, 'a library of another institution is refused as the resource sharing library')
  for (const url of ['/v1/integration-profiles', '/v1/partners', '/v1/borrowing-requests']) {
    const list = await env.app.inject({ method: 'GET', url, headers: outsider.headers })
    t.same(list.json().items, [], `${url}: another institution lists none of ours`)
  }
  const jobs = await env.app.inject({ method: 'GET', url: '/v1/jobs?limit=200', headers: outsider.headers })
  t.notOk(jobs.json().items.some((job: { id: string }) => job.id === ours.jobId), 'nor our harvest jobs')
})

t.test('harvest jobs are monitored by the General System Administrator only, and listed for them', async (t) => {
  const env = await createTestApp(t)
  const f = await fixture(env, env.institutionId)
  for (const role of ROLE_NAMES) {
    const user = await env.userWith([role])
    const allowed = CONFIGURES_RESOURCE_SHARING.includes(role)
    const one = await env.app.inject({ method: 'GET', url: `/v1/jobs/${f.jobId}`, headers: user.headers })
    t.equal(one.statusCode, allowed ? 200 : 403, `${role} GET /v1/jobs/:id of a harvest`)
    const events = await env.app.inject({ method: 'GET', url: `/v1/jobs/${f.jobId}/events`, headers: user.headers })
    t.equal(events.statusCode, allowed ? 200 : 403, `${role} GET /v1/jobs/:id/events of a harvest`)
    const list = await env.app.inject({ method: 'GET', url: '/v1/jobs?limit=200', headers: user.headers })
    t.equal(list.json().items.some((job: { id: string }) => job.id === f.jobId), allowed, `${role} ${allowed ? 'sees' : 'does not see'} it in the job list`)
  }
  const report = await env.app.inject({ method: 'GET', url: `/v1/jobs/${f.jobId}/report`, headers: env.admin.headers })
  t.equal(report.statusCode, 404, 'the import report of a harvest answers 404…')
  t.match(report.json().detail, /harvest-report/, '…pointing at its own report')
})
