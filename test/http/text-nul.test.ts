import t from 'tap'
import { createTestApp } from '../helpers/app.ts'
import { makeProfile } from '../helpers/job-fixtures.ts'
import { multipart } from '../helpers/multipart.ts'
import { assertProblem } from '../helpers/problem.ts'
import { readSharedMarc } from '../helpers/shared.ts'

// Issue 13 item 3: PostgreSQL's text cannot hold U+0000; a request carrying it is the client's
// mistake and answers 400 naming the field, never 500.
const NUL = '\u0000'

t.test('JSON text fields with a NUL character answer 400 naming the field', async (t) => {
  const env = await createTestApp(t)
  const user = await env.userWith(['CATALOG_MANAGER'])
  const profileId = await makeProfile(env)
  const cases = [
    { url: '/v1/users', method: 'POST', payload: { username: 'nul', displayName: `Jane${NUL}Doe`, roles: ['CATALOG_MANAGER'] }, field: 'body.displayName' },
    { url: `/v1/users/${user.id}`, method: 'PATCH', payload: { displayName: `x${NUL}` }, field: 'body.displayName' },
    { url: `/v1/users/${user.id}/api-keys`, method: 'POST', payload: { name: `laptop${NUL}` }, field: 'body.name' },
    { url: '/v1/profiles', method: 'POST', payload: { name: `p${NUL}`, type: 'REPOSITORY' }, field: 'body.name' },
    { url: '/v1/profiles', method: 'POST', payload: { name: 'p', description: `a${NUL}b`, type: 'REPOSITORY' }, field: 'body.description' },
    { url: '/v1/profiles', method: 'POST', payload: { name: 'p', type: 'REPOSITORY', merge: { preservedTags: [`9${NUL}X`] } }, field: 'body.merge.preservedTags.0' },
    { url: '/v1/profiles', method: 'POST', payload: { name: 'p', type: 'REPOSITORY', [`x${NUL}`]: 1 }, field: `body.x${NUL}` },
    { url: `/v1/jobs?userId=${encodeURIComponent(NUL)}`, method: 'GET', field: 'querystring.userId' },
  ] as const
  for (const c of cases) {
    const res = await env.app.inject({ method: c.method, url: c.url, headers: env.admin.headers, ...('payload' in c ? { payload: c.payload } : {}) })
    const body = assertProblem(t, res, 400, '/problems/validation-failed', `${c.method} ${c.url} ${c.field}`)
    t.same(body.errors, [{ field: c.field, message: 'must not contain the NUL character (U+0000)' }])
  }
  const profile = await env.app.inject({ method: 'GET', url: `/v1/profiles/${profileId}`, headers: env.admin.headers })
  t.equal(profile.statusCode, 200, 'the service is still up and well')
})

t.test('an upload whose file name, label or notes holds a NUL character answers 400 naming it', async (t) => {
  const env = await createTestApp(t, {}, { work: false })
  const profileId = await makeProfile(env)
  const content = readSharedMarc('pymarc/test.dat')
  const cases = [
    { body: multipart([{ name: `a${NUL}.mrc`, content }]), field: 'file.filename' },
    { body: multipart([{ name: 'a.mrc', content }], { label: `November${NUL}` }), field: 'label' },
    { body: multipart([{ name: 'a.mrc', content }], { notes: `${NUL}` }), field: 'notes' },
  ]
  for (const path of ['jobs', 'jobs/preview']) {
    for (const c of cases) {
      const res = await env.app.inject({ method: 'POST', url: `/v1/profiles/${profileId}/${path}`, headers: { ...env.admin.headers, ...c.body.headers }, payload: c.body.payload })
      const body = assertProblem(t, res, 400, '/problems/validation-failed', `${path} ${c.field}`)
      t.same(body.errors, [{ field: c.field, message: 'must not contain the NUL character (U+0000)' }])
    }
  }
  const jobs = await env.db.selectFrom('jobs').select('id').execute()
  t.same(jobs, [], 'no job was started')
})
