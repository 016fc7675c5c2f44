/**
 * Issue 14: a profile says how its jobs read records — `repairPolicy` STRICT or REPAIR (default)
 * and `normalization` PRESERVE (default), NFC or NFD.
 */
import t from 'tap'
import { createTestApp } from '../helpers/app.ts'

t.test('repairPolicy and normalization: defaults, changes, refused values', async (t) => {
  const { app, admin } = await createTestApp(t)
  const created = await app.inject({ method: 'POST', url: '/v1/profiles', headers: admin.headers, payload: { name: 'Loads', type: 'REPOSITORY' } })
  t.equal(created.statusCode, 201)
  t.match(created.json(), { repairPolicy: 'REPAIR', normalization: 'PRESERVE' }, 'the defaults the issue asks for')

  const changed = await app.inject({
    method: 'PATCH',
    url: `/v1/profiles/${created.json().id}`,
    headers: { ...admin.headers, 'if-match': created.headers.etag as string },
    payload: { repairPolicy: 'STRICT', normalization: 'NFD' },
  })
  t.equal(changed.statusCode, 200)
  t.match(changed.json(), { repairPolicy: 'STRICT', normalization: 'NFD' })
  const read = await app.inject({ method: 'GET', url: `/v1/profiles/${created.json().id}`, headers: admin.headers })
  t.match(read.json(), { repairPolicy: 'STRICT', normalization: 'NFD' }, 'stored')

  const strictNfc = await app.inject({
    method: 'POST',
    url: '/v1/profiles',
    headers: admin.headers,
    payload: { name: 'Strict', type: 'REPOSITORY', repairPolicy: 'STRICT', normalization: 'NFC' },
  })
  t.match(strictNfc.json(), { repairPolicy: 'STRICT', normalization: 'NFC' })

  for (const payload of [{ repairPolicy: 'LENIENT' }, { normalization: 'NFKC' }]) {
    const refused = await app.inject({ method: 'POST', url: '/v1/profiles', headers: admin.headers, payload: { name: 'Bad', type: 'REPOSITORY', ...payload } })
    t.equal(refused.statusCode, 400, JSON.stringify(payload))
    t.match(refused.json().errors, [{ field: `body.${Object.keys(payload)[0]}` }])
  }
})
