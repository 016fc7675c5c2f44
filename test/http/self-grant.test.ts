import t from 'tap'
import { createTestApp } from '../helpers/app.ts'
import { makeProfile, uploadFiles } from '../helpers/job-fixtures.ts'
import { assertProblem } from '../helpers/problem.ts'
import { readSharedMarc } from '../helpers/shared.ts'

// Issue 13 item 8 (seeds 002/003): running a damaging job needs someone else's sign-off, so an
// administrator cannot grant itself a restricted profile.
t.test('a grant to oneself is refused; another administrator may sign it off', async (t) => {
  const env = await createTestApp(t, {}, { work: false })
  const catalogAdmin = await env.userWith(['CATALOG_ADMINISTRATOR'])
  const restricted = await makeProfile(env, { restricted: true })
  const url = `/v1/profiles/${restricted}/grants/${catalogAdmin.id}`

  const self = await env.app.inject({ method: 'PUT', url, headers: catalogAdmin.headers })
  const body = assertProblem(t, self, 403, '/problems/forbidden', 'self-grant')
  t.match(body.detail, /someone other than the user who receives it/)
  const grants = await env.app.inject({ method: 'GET', url: `/v1/profiles/${restricted}/grants`, headers: env.admin.headers })
  t.same(grants.json().items, [], 'no grant was written')
  const run = await uploadFiles(env, restricted, [{ name: 'a.dat', content: readSharedMarc('pymarc/test.dat') }], catalogAdmin)
  assertProblem(t, run, 403, '/problems/forbidden', 'and it still may not run the profile')

  // An unrestricted profile too: it could be marked restricted after the grant.
  const open = await makeProfile(env)
  assertProblem(t, await env.app.inject({ method: 'PUT', url: `/v1/profiles/${open}/grants/${catalogAdmin.id}`, headers: catalogAdmin.headers }), 403, '/problems/forbidden', 'unrestricted')

  const signed = await env.app.inject({ method: 'PUT', url, headers: env.admin.headers })
  t.equal(signed.statusCode, 201, 'another administrator signs it off')
  t.equal(signed.json().grantedBy, env.admin.id)
  t.equal(signed.json().userId, catalogAdmin.id)
})
