import t from 'tap'
import type { ProfileType } from '../../src/domain/permissions/roles.ts'
import { processBulkFile, processDryRun } from '../../src/pipeline/bulk.ts'
import { finalizeJob } from '../../src/pipeline/finalize.ts'
import { initializeJob } from '../../src/pipeline/initialize.ts'
import { transitionJob } from '../../src/pipeline/job-transitions.ts'
import { createTestApp, type TestApp, type TestUser } from '../helpers/app.ts'
import { allowed, type Need, PROFILE_TYPE_NAMES, ROLE_NAMES } from '../helpers/expected-access.ts'
import { startImport } from '../helpers/imports.ts'
import { filesOf } from '../helpers/job-fixtures.ts'
import { readSharedMarc } from '../helpers/shared.ts'

// No worker runs in this file: the test drives each job's steps itself, so a job waiting to be
// cancelled is still waiting when the request comes.

/** The jobs of one profile the routes are called on. */
interface Fixture {
  type: ProfileType
  profileId: string
  /** A FAILED import with bulk files: every read works on it, and it may be re-run. */
  failed: { jobId: string; fileId: string }
  /** A revert of a completed import of the profile (none for a restricted profile). */
  revertJobId: string | null
  /**
   * A job of the profile in the state the route acts on: `fresh` when the call is expected to
   * succeed (it uses the job up: cancelled, run for real, reverted), else one kept for refusals.
   */
  job(state: 'pending' | 'completed' | 'dryRun', fresh: boolean): Promise<string>
}

interface Operation {
  method: 'GET' | 'POST'
  url: string
  /** What the SPEC's Permissions section asks of the caller, for the job's profile type. */
  needs: Need
  /** On a restricted profile, only users holding a grant for it. */
  grant?: true
  request(fixture: Fixture, fresh: boolean): Promise<{ url: string; payload?: object }>
  success: number
}

const read = (url: string, path: (f: Fixture) => string | null): Operation => ({
  method: 'GET',
  url,
  needs: 'monitor',
  request: async (f) => ({ url: path(f) ?? '' }),
  success: 200,
})

// One way to call each route of a job, with what it needs by the SPEC; the expected status comes
// from the tables in expected-access.ts, never from the role table or the route rules of the code.
const OPERATIONS: Operation[] = [
  read('/v1/jobs/:id', (f) => `/v1/jobs/${f.failed.jobId}`),
  read('/v1/jobs/:id/events', (f) => `/v1/jobs/${f.failed.jobId}/events`),
  read('/v1/jobs/:id/events/stream', (f) => `/v1/jobs/${f.failed.jobId}/events/stream`),
  read('/v1/jobs/:id/files', (f) => `/v1/jobs/${f.failed.jobId}/files`),
  read('/v1/jobs/:id/files/:fileId', (f) => `/v1/jobs/${f.failed.jobId}/files/${f.failed.fileId}`),
  read('/v1/jobs/:id/files/:fileId/content', (f) => `/v1/jobs/${f.failed.jobId}/files/${f.failed.fileId}/content`),
  read('/v1/jobs/:id/files/:fileId/not-imported', (f) => `/v1/jobs/${f.failed.jobId}/files/${f.failed.fileId}/not-imported`),
  read('/v1/jobs/:id/not-imported', (f) => `/v1/jobs/${f.failed.jobId}/not-imported`),
  read('/v1/jobs/:id/po-lines', (f) => `/v1/jobs/${f.failed.jobId}/po-lines`),
  read('/v1/jobs/:id/report', (f) => `/v1/jobs/${f.failed.jobId}/report`),
  read('/v1/jobs/:id/report/:counter/records', (f) => `/v1/jobs/${f.failed.jobId}/report/recordsProcessed/records`),
  read('/v1/jobs/:id/report/:counter/download', (f) => `/v1/jobs/${f.failed.jobId}/report/recordsProcessed/download`),
  read('/v1/jobs/:id/issues', (f) => `/v1/jobs/${f.failed.jobId}/issues`),
  read('/v1/jobs/:id/revert-report', (f) => f.revertJobId && `/v1/jobs/${f.revertJobId}/revert-report`),
  read('/v1/jobs/:id/revert-report/records', (f) => f.revertJobId && `/v1/jobs/${f.revertJobId}/revert-report/records`),
  { method: 'POST', url: '/v1/jobs/:id/rerun', needs: 'run', grant: true, request: async (f) => ({ url: `/v1/jobs/${f.failed.jobId}/rerun`, payload: {} }), success: 202 },
  {
    method: 'POST',
    url: '/v1/jobs/:id/commit',
    needs: 'run',
    grant: true,
    request: async (f, fresh) => ({ url: `/v1/jobs/${await f.job('dryRun', fresh)}/commit`, payload: {} }),
    success: 202,
  },
  {
    method: 'POST',
    url: '/v1/jobs/:id/revert',
    needs: 'run',
    grant: true,
    request: async (f, fresh) => ({ url: `/v1/jobs/${await f.job('completed', fresh)}/revert`, payload: {} }),
    success: 202,
  },
  {
    method: 'POST',
    url: '/v1/jobs/:id/cancel',
    // The SPEC asks for a grant to run a restricted profile; stopping one of its jobs is not running it.
    needs: 'run',
    request: async (f, fresh) => ({ url: `/v1/jobs/${await f.job('pending', fresh)}/cancel` }),
    success: 200,
  },
]

const TEST_DAT = () => readSharedMarc('pymarc/test.dat')

async function createFixture(env: TestApp, type: ProfileType, restricted: boolean): Promise<Fixture> {
  const res = await env.app.inject({
    method: 'POST',
    url: '/v1/profiles',
    headers: env.admin.headers,
    payload: { name: `p-${type}-${restricted}`, type, restricted, match: { method: type === 'AUTHORITY' ? 'SYSTEM_ID' : 'OCLC' }, splitSize: 5 },
  })
  if (res.statusCode !== 201) throw new Error(`profile not created: ${res.body}`)
  const profileId: string = res.json().id
  // The administrator starts the fixtures' jobs: with a grant when the profile is restricted, signed
  // off by another administrator (nobody grants themselves).
  if (restricted) {
    const signer = await env.userWith(['CATALOG_ADMINISTRATOR'])
    const grant = await env.app.inject({ method: 'PUT', url: `/v1/profiles/${profileId}/grants/${env.admin.id}`, headers: signer.headers })
    if (grant.statusCode !== 201) throw new Error(`grant not made: ${grant.body}`)
  }
  const upload = (fields: Record<string, string> = {}) => startImport(env, profileId, TEST_DAT(), env.admin, fields)

  const failedJobId = await upload()
  await initializeJob(env.db, env.runner.steps, failedJobId)
  await env.db.transaction().execute((trx) =>
    transitionJob(trx, failedJobId, 'FAILED', { severity: 'ERROR', module: 'SYSTEM', description: 'test: worker lost', createdBy: null }),
  )
  const [file] = await filesOf(env, failedJobId)
  if (file === undefined) throw new Error('no bulk file')

  const make = {
    pending: () => upload(),
    completed: async () => {
      const jobId = await upload()
      await initializeJob(env.db, env.runner.steps, jobId)
      for (const bulk of await filesOf(env, jobId)) await processBulkFile(env.db, env.runner.steps, jobId, bulk.id, 'test')
      await finalizeJob(env.db, jobId)
      return jobId
    },
    dryRun: async () => {
      const jobId = await upload({ dryRun: 'true' })
      await initializeJob(env.db, env.runner.steps, jobId)
      await processDryRun(env.db, env.runner.steps, jobId, 'test')
      await finalizeJob(env.db, jobId)
      return jobId
    },
  }
  const kept = new Map<string, string>()
  const job = async (state: keyof typeof make, fresh: boolean) => {
    if (fresh) return make[state]()
    const existing = kept.get(state) ?? (await make[state]())
    kept.set(state, existing)
    return existing
  }
  let revertJobId: string | null = null
  if (!restricted) {
    const reverted = await env.app.inject({ method: 'POST', url: `/v1/jobs/${await make.completed()}/revert`, headers: env.admin.headers, payload: {} })
    if (reverted.statusCode !== 202) throw new Error(`revert not started: ${reverted.body}`)
    revertJobId = reverted.json().id
  }
  return { type, profileId, failed: { jobId: failedJobId, fileId: file.id }, revertJobId, job }
}

async function call(env: TestApp, user: TestUser, op: Operation, fixture: Fixture, fresh: boolean): Promise<number> {
  const request = await op.request(fixture, fresh)
  const res = await env.app.inject({
    method: op.method,
    url: request.url,
    headers: user.headers,
    ...(request.payload === undefined ? {} : { payload: request.payload }),
  })
  return res.statusCode
}

// Routes of jobs no import profile makes: a harvest's report is read by whoever configures resource
// sharing, in test/http/resource-sharing-permissions.test.ts.
const COVERED_ELSEWHERE = ['GET /v1/jobs/:id/harvest-report']

t.test('permission matrix: every job route × every role × every profile type, restricted profiles with and without a grant', async (t) => {
  const env = await createTestApp(t, {}, { work: false })
  const uncovered = env.app.routeTable.filter(
    (route) =>
      route.url.startsWith('/v1/jobs/:id') &&
      !OPERATIONS.some((op) => op.method === route.method && op.url === route.url) &&
      !COVERED_ELSEWHERE.includes(`${route.method} ${route.url}`),
  )
  t.same(uncovered.map((route) => `${route.method} ${route.url}`), [], 'every route of a job is in the matrix')
  for (const op of OPERATIONS) t.ok(env.app.routeTable.some((route) => route.method === op.method && route.url === op.url), `${op.method} ${op.url} exists`)

  const plain = new Map<ProfileType, Fixture>()
  const restricted = new Map<ProfileType, Fixture>()
  for (const type of PROFILE_TYPE_NAMES) {
    plain.set(type, await createFixture(env, type, false))
    restricted.set(type, await createFixture(env, type, true))
  }
  for (const role of ROLE_NAMES) {
    const user = await env.userWith([role])
    const granted = await env.userWith([role])
    for (const fixture of restricted.values()) {
      const grant = await env.app.inject({ method: 'PUT', url: `/v1/profiles/${fixture.profileId}/grants/${granted.id}`, headers: env.admin.headers })
      if (grant.statusCode !== 201) throw new Error(`grant not given: ${grant.body}`)
    }
    for (const op of OPERATIONS) {
      for (const type of PROFILE_TYPE_NAMES) {
        const expected = allowed(role, op.needs, type) ? op.success : 403
        const name = `${role} ${op.method} ${op.url} on a ${type} job`
        t.equal(await call(env, user, op, plain.get(type) as Fixture, expected !== 403), expected, name)
        if (op.grant) {
          const fixture = restricted.get(type) as Fixture
          t.equal(await call(env, user, op, fixture, false), 403, `${name} of a restricted profile, without a grant`)
          const withGrant = allowed(role, 'run', type) ? op.success : 403
          t.equal(await call(env, granted, op, fixture, withGrant !== 403), withGrant, `${name} of a restricted profile, with a grant`)
        }
      }
    }
  }
})

t.test('job routes: no key → 401; another institution → 404', async (t) => {
  const env = await createTestApp(t, {}, { work: false })
  const ours = await createFixture(env, 'REPOSITORY', false)
  const outsider = await env.userWith(['GENERAL_SYSTEM_ADMINISTRATOR', 'CATALOG_ADMINISTRATOR'], await env.createInstitution('OTHER'))
  for (const op of OPERATIONS) {
    const request = await op.request(ours, false)
    const payload = request.payload === undefined ? {} : { payload: request.payload }
    const anonymous = await env.app.inject({ method: op.method, url: request.url, ...payload })
    t.equal(anonymous.statusCode, 401, `anonymous ${op.method} ${op.url}`)
    t.equal(anonymous.headers['www-authenticate'], 'Bearer')
    const res = await env.app.inject({ method: op.method, url: request.url, headers: outsider.headers, ...payload })
    t.equal(res.statusCode, 404, `other institution ${op.method} ${op.url}`)
    t.equal(res.json().type, '/problems/not-found')
  }
})
