import t from 'tap'
import type { AccessRule } from '../../src/http/access.ts'
import { mayOnProfileType, type ProfileType, ROLES } from '../../src/domain/permissions/roles.ts'
import { initializeJob } from '../../src/pipeline/initialize.ts'
import { transitionJob } from '../../src/pipeline/job-transitions.ts'
import { createTestApp, type TestApp } from '../helpers/app.ts'
import { filesOf, startJob } from '../helpers/job-fixtures.ts'
import { readSharedMarc } from '../helpers/shared.ts'

interface Fixture {
  /** A FAILED job with bulk files: every read works on it, and it may be re-run. */
  jobId: string
  fileId: string
  profileId: string
}

interface Operation {
  method: 'GET' | 'POST'
  url: string
  request(fixture: Fixture, env: TestApp): Promise<{ url: string; payload?: object }>
  success: number
}

// One way to call each route of a job; the expected status comes from the route's declared rule
// and the role table, never from this file.
const OPERATIONS: Operation[] = [
  { method: 'GET', url: '/v1/jobs/:id', request: async (f) => ({ url: `/v1/jobs/${f.jobId}` }), success: 200 },
  { method: 'GET', url: '/v1/jobs/:id/events', request: async (f) => ({ url: `/v1/jobs/${f.jobId}/events` }), success: 200 },
  { method: 'GET', url: '/v1/jobs/:id/events/stream', request: async (f) => ({ url: `/v1/jobs/${f.jobId}/events/stream` }), success: 200 },
  { method: 'GET', url: '/v1/jobs/:id/files', request: async (f) => ({ url: `/v1/jobs/${f.jobId}/files` }), success: 200 },
  { method: 'GET', url: '/v1/jobs/:id/files/:fileId', request: async (f) => ({ url: `/v1/jobs/${f.jobId}/files/${f.fileId}` }), success: 200 },
  {
    method: 'GET',
    url: '/v1/jobs/:id/files/:fileId/content',
    request: async (f) => ({ url: `/v1/jobs/${f.jobId}/files/${f.fileId}/content` }),
    success: 200,
  },
  {
    method: 'GET',
    url: '/v1/jobs/:id/files/:fileId/not-imported',
    request: async (f) => ({ url: `/v1/jobs/${f.jobId}/files/${f.fileId}/not-imported` }),
    success: 200,
  },
  { method: 'GET', url: '/v1/jobs/:id/not-imported', request: async (f) => ({ url: `/v1/jobs/${f.jobId}/not-imported` }), success: 200 },
  { method: 'POST', url: '/v1/jobs/:id/rerun', request: async (f) => ({ url: `/v1/jobs/${f.jobId}/rerun`, payload: {} }), success: 202 },
  {
    method: 'POST',
    url: '/v1/jobs/:id/cancel',
    // Cancelling needs a job still pending: a new one each time.
    request: async (f, env) => ({ url: `/v1/jobs/${await startJob(env, f.profileId, [{ name: 'a.mrc', content: readSharedMarc('pymarc/test.dat') }])}/cancel` }),
    success: 200,
  },
]

function expectedStatus(rule: AccessRule, role: (typeof ROLES)[number], type: ProfileType, op: Operation): number {
  if (rule.kind !== 'profile') throw new Error(`job route ${op.method} ${op.url} has a ${rule.kind} rule`)
  return mayOnProfileType([role], rule.action, type) ? op.success : 403
}

async function fixture(env: TestApp, type: ProfileType): Promise<Fixture> {
  const res = await env.app.inject({
    method: 'POST',
    url: '/v1/profiles',
    headers: env.admin.headers,
    payload: { name: `p-${type}`, type, match: { method: type === 'AUTHORITY' ? 'SYSTEM_ID' : 'OCLC' }, splitSize: 5 },
  })
  const profileId: string = res.json().id
  const jobId = await startJob(env, profileId, [{ name: 'test.dat', content: readSharedMarc('pymarc/test.dat') }])
  // The split as the runner does it; then a system fault, so the job may be re-run.
  // Nothing is queued: no worker runs in this test.
  await initializeJob(env.db, { enqueue: async () => {}, enqueueMany: async () => {} }, jobId)
  await env.db.transaction().execute((trx) =>
    transitionJob(trx, jobId, 'FAILED', { severity: 'ERROR', module: 'SYSTEM', description: 'test: worker lost', createdBy: null }),
  )
  const [file] = await filesOf(env, jobId)
  if (file === undefined) throw new Error('no bulk file')
  return { jobId, fileId: file.id, profileId }
}

t.test('permission matrix: every job route × every role × profile types', async (t) => {
  const env = await createTestApp(t, {}, { work: false })
  const types: ProfileType[] = ['REPOSITORY', 'NEW_ORDER']
  const fixtures = new Map<ProfileType, Fixture>()
  for (const type of types) fixtures.set(type, await fixture(env, type))
  const uncovered = env.app.routeTable.filter(
    (route) => route.url.startsWith('/v1/jobs/:id') && !OPERATIONS.some((op) => op.method === route.method && op.url === route.url),
  )
  if (uncovered.length > 0) t.comment(`job routes outside this matrix: ${uncovered.map((r) => `${r.method} ${r.url}`).join(', ')}`)
  for (const role of ROLES) {
    const user = await env.userWith([role])
    for (const op of OPERATIONS) {
      const rule = env.app.routeTable.find((route) => route.method === op.method && route.url === op.url)?.access
      if (rule === undefined) throw new Error(`no route ${op.method} ${op.url}`)
      for (const type of types) {
        const call = await op.request(fixtures.get(type) as Fixture, env)
        const res = await env.app.inject({
          method: op.method,
          url: call.url,
          headers: user.headers,
          ...(call.payload === undefined ? {} : { payload: call.payload }),
        })
        t.equal(res.statusCode, expectedStatus(rule, role, type, op), `${role} ${op.method} ${op.url} on ${type}`)
      }
    }
  }
})

t.test('job routes: no key → 401; another institution → 404', async (t) => {
  const env = await createTestApp(t, {}, { work: false })
  const ours = await fixture(env, 'REPOSITORY')
  const outsider = await env.userWith(['GENERAL_SYSTEM_ADMINISTRATOR', 'CATALOG_ADMINISTRATOR'], await env.createInstitution('OTHER'))
  for (const op of OPERATIONS) {
    const call = await op.request(ours, env)
    const payload = call.payload === undefined ? {} : { payload: call.payload }
    const anonymous = await env.app.inject({ method: op.method, url: call.url, ...payload })
    t.equal(anonymous.statusCode, 401, `anonymous ${op.method} ${op.url}`)
    t.equal(anonymous.headers['www-authenticate'], 'Bearer')
    const res = await env.app.inject({ method: op.method, url: call.url, headers: outsider.headers, ...payload })
    t.equal(res.statusCode, 404, `other institution ${op.method} ${op.url}`)
    t.equal(res.json().type, '/problems/not-found')
  }
})
