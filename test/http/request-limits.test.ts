import t from 'tap'
import { createTestApp } from '../helpers/app.ts'
import { makeProfile } from '../helpers/job-fixtures.ts'
import { multipart } from '../helpers/multipart.ts'
import { assertProblem } from '../helpers/problem.ts'
import { readSharedMarc } from '../helpers/shared.ts'

// Issue 13 item 8: what the probe found at the edges of uploads and query strings.
t.test('an upload part whose headers are cut by the parser is refused, not stored cut', async (t) => {
  const env = await createTestApp(t, {}, { work: false })
  const profileId = await makeProfile(env)
  const content = readSharedMarc('pymarc/test.dat')
  const cases = [
    { what: 'the probe\'s 81,867-character name', name: `${'n'.repeat(81_863)}.mrc` },
    { what: '256 characters', name: `${'n'.repeat(252)}.mrc` },
  ]
  for (const c of cases) {
    const body = multipart([{ name: c.name, content }])
    const res = await env.app.inject({ method: 'POST', url: `/v1/profiles/${profileId}/jobs`, headers: { ...env.admin.headers, ...body.headers }, payload: body.payload })
    const problem = assertProblem(t, res, 400, '/problems/validation-failed', c.what)
    t.same(problem.errors, [{ field: 'file.filename', message: 'must be at most 255 characters' }])
  }
  t.same(await env.db.selectFrom('jobs').select('id').execute(), [], 'no job was started')
  const longest = multipart([{ name: `${'n'.repeat(251)}.mrc`, content }])
  const accepted = await env.app.inject({ method: 'POST', url: `/v1/profiles/${profileId}/jobs`, headers: { ...env.admin.headers, ...longest.headers }, payload: longest.payload })
  t.equal(accepted.statusCode, 202, 'a 255-character name is fine')
})

t.test('too many files or fields answer 413, not 400 "malformed"', async (t) => {
  const env = await createTestApp(t, {}, { work: false })
  const profileId = await makeProfile(env)
  const files = Array.from({ length: 101 }, (_, i) => ({ name: `f${i}.mrc`, content: 'x' }))
  const boundary = 'cis-many-fields'
  const manyLabels = {
    payload: Buffer.from(`${`--${boundary}\r\nContent-Disposition: form-data; name="label"\r\n\r\nx\r\n`.repeat(10_000)}--${boundary}--\r\n`),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  }
  for (const [what, body] of [['101 files', multipart(files)], ['10,000 label fields', manyLabels]] as const) {
    for (const path of ['jobs', 'jobs/preview']) {
      const res = await env.app.inject({ method: 'POST', url: `/v1/profiles/${profileId}/${path}`, headers: { ...env.admin.headers, ...body.headers }, payload: body.payload })
      assertProblem(t, res, 413, '/problems/payload-too-large', `${what} to ${path}`)
    }
  }
})

t.test('a label or notes longer than 4,000 characters is refused, not cut to fit', async (t) => {
  const env = await createTestApp(t, {}, { work: false })
  const profileId = await makeProfile(env)
  const content = readSharedMarc('pymarc/test.dat')
  for (const field of ['label', 'notes']) {
    const body = multipart([{ name: 'a.mrc', content }], { [field]: 'x'.repeat(4001) })
    const res = await env.app.inject({ method: 'POST', url: `/v1/profiles/${profileId}/jobs`, headers: { ...env.admin.headers, ...body.headers }, payload: body.payload })
    const problem = assertProblem(t, res, 400, '/problems/validation-failed', `${field} of 4,001 characters`)
    t.same(problem.errors, [{ field, message: 'must be at most 4000 characters' }])
  }
  t.same(await env.db.selectFrom('jobs').select('id').execute(), [], 'no job was started')
  const longest = multipart([{ name: 'a.mrc', content }], { label: 'l'.repeat(4000), notes: 'n'.repeat(4000) })
  const accepted = await env.app.inject({ method: 'POST', url: `/v1/profiles/${profileId}/jobs`, headers: { ...env.admin.headers, ...longest.headers }, payload: longest.payload })
  t.equal(accepted.statusCode, 202, '4,000 characters are fine')
  t.match(accepted.json(), { label: 'l'.repeat(4000), notes: 'n'.repeat(4000) }, 'and kept whole')
})
