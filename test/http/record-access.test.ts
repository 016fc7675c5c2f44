import t from 'tap'
import { createTestApp } from '../helpers/app.ts'
import { makeProfile, settled, startJob } from '../helpers/job-fixtures.ts'
import { assertProblem } from '../helpers/problem.ts'
import { readSharedMarc } from '../helpers/shared.ts'

// Issue 13 item 6: a record is read and locked by those who may monitor the profile type of the
// job that created it (SPEC "Permissions"), not by anyone who may monitor some type.
t.test('a REPOSITORY import\'s records: acquisitions roles may neither read nor lock them', async (t) => {
  const env = await createTestApp(t)
  const profileId = await makeProfile(env)
  const jobId = await startJob(env, profileId, [{ name: 'test.dat', content: readSharedMarc('pymarc/test.dat') }])
  t.equal((await settled(env, jobId)).status, 'COMPLETED_SUCCESS')
  const list = await env.app.inject({ method: 'GET', url: `/v1/records?jobId=${jobId}`, headers: env.admin.headers })
  const mmsId: string = list.json().items[0].mmsId

  const refused = { PURCHASING_OPERATOR: 403, PURCHASING_MANAGER: 403, ACQUISITIONS_ADMINISTRATOR: 403 } as const
  for (const [role, status] of Object.entries(refused)) {
    const user = await env.userWith([role as keyof typeof refused])
    for (const method of ['GET', 'POST', 'DELETE'] as const) {
      const url = method === 'GET' ? `/v1/records/${mmsId}` : `/v1/records/${mmsId}/lock`
      const res = await env.app.inject({ method, url, headers: user.headers })
      assertProblem(t, res, status, '/problems/forbidden', `${role} ${method} ${url}`)
    }
  }
  const lockRow = await env.db.selectFrom('records').select('locked_by').where('mms_id', '=', Number(mmsId)).executeTakeFirstOrThrow()
  t.equal(lockRow.locked_by, null, 'nobody from acquisitions holds a lock')

  // Those who monitor REPOSITORY jobs still may.
  const cataloger = await env.userWith(['CATALOG_MANAGER'])
  t.equal((await env.app.inject({ method: 'GET', url: `/v1/records/${mmsId}`, headers: cataloger.headers })).statusCode, 200)
  t.equal((await env.app.inject({ method: 'POST', url: `/v1/records/${mmsId}/lock`, headers: cataloger.headers })).statusCode, 200)
  t.equal((await env.app.inject({ method: 'DELETE', url: `/v1/records/${mmsId}/lock`, headers: cataloger.headers })).statusCode, 204)
})
