import t from 'tap'
import { createTestApp } from '../helpers/app.ts'
import { makeProfile, startJob } from '../helpers/job-fixtures.ts'
import { assertProblem } from '../helpers/problem.ts'
import { readSharedMarc } from '../helpers/shared.ts'

// Issue 13 item 4: a cursor the API did not give out answers 400; it never reaches SQL (500) and
// never silently means "the first page".
const b64 = (text: string) => Buffer.from(text).toString('base64url')
const UUID = '6c1f3e0e-1c2d-4a51-9f59-1c8f1f0b8e11'

const FORGED_KEYSET = {
  'not a date': b64(JSON.stringify(['yesterday', UUID])),
  'an impossible date': b64(JSON.stringify(['2026-02-30 10:00:00+00', UUID])),
  'an impossible hour': b64(JSON.stringify(['2026-11-22 25:00:00+00', UUID])),
  'an id that is not a UUID': b64(JSON.stringify(['2026-11-22 10:00:00.123456+00', 'x'])),
  'an SQL fragment': b64(JSON.stringify(["2026-11-22 10:00:00+00'; --", UUID])),
  'three values': b64(JSON.stringify(['2026-11-22 10:00:00+00', UUID, 1])),
  'not JSON': b64('[1,'),
  'the right values in another spelling': b64(JSON.stringify(['2026-11-22 10:00:00+00', UUID])) + 'A',
}

const FORGED_ID = {
  'empty (decodes to nothing)': '',
  'decodes to nothing': 'A',
  'a leading space': b64(' 12'),
  'a leading zero': b64('012'),
  'negative': b64('-1'),
  'hexadecimal': b64('0x10'),
  'a fraction': b64('1.5'),
  'beyond 2^53': b64('99999999999999999'),
}

t.test('forged keyset cursors on /v1/jobs, /v1/profiles and /v1/users answer 400', async (t) => {
  const env = await createTestApp(t, {}, { work: false })
  const profileId = await makeProfile(env)
  await makeProfile(env)
  await startJob(env, profileId, [{ name: 'a.dat', content: readSharedMarc('pymarc/test.dat') }])
  await startJob(env, profileId, [{ name: 'b.dat', content: readSharedMarc('pymarc/test.dat') }])
  await env.userWith(['CATALOG_MANAGER'])
  for (const path of ['/v1/jobs', '/v1/profiles', '/v1/users']) {
    for (const [what, cursor] of Object.entries(FORGED_KEYSET)) {
      const res = await env.app.inject({ method: 'GET', url: `${path}?cursor=${cursor}`, headers: env.admin.headers })
      const body = assertProblem(t, res, 400, '/problems/validation-failed', `${path}: ${what}`)
      t.same(body.errors, [{ field: 'query.cursor', message: 'is not a valid cursor' }])
    }
    // The cursors the API gives out still page: two items, one a page.
    const first = await env.app.inject({ method: 'GET', url: `${path}?limit=1`, headers: env.admin.headers })
    const next = await env.app.inject({ method: 'GET', url: `${path}?limit=1&cursor=${first.json().nextCursor}`, headers: env.admin.headers })
    t.equal(next.statusCode, 200, `${path}: the second page`)
    t.not(next.json().items[0].id, first.json().items[0].id, `${path}: the second page is another item`)
  }
})

t.test('forged numeric cursors on /v1/issues, /v1/jobs/{id}/events and /v1/records answer 400', async (t) => {
  const env = await createTestApp(t, {}, { work: false })
  const profileId = await makeProfile(env)
  const jobId = await startJob(env, profileId, [{ name: 'a.dat', content: readSharedMarc('pymarc/test.dat') }])
  for (const path of ['/v1/issues?', `/v1/jobs/${jobId}/events?`, `/v1/records?jobId=${jobId}&`]) {
    for (const [what, cursor] of Object.entries(FORGED_ID)) {
      const res = await env.app.inject({ method: 'GET', url: `${path}cursor=${cursor}`, headers: env.admin.headers })
      const body = assertProblem(t, res, 400, '/problems/validation-failed', `${path}: ${what}`)
      t.same(body.errors, [{ field: 'query.cursor', message: 'is not a valid cursor' }])
    }
    const given = await env.app.inject({ method: 'GET', url: `${path}cursor=${b64('12')}`, headers: env.admin.headers })
    t.equal(given.statusCode, 200, `${path}: a cursor as the API writes it`)
  }
})
