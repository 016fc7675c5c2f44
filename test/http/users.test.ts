import t from 'tap'
import { createTestApp } from '../helpers/app.ts'

t.test('administrators create users, issue keys shown once, and revoke them', async (t) => {
  const { app, admin, db } = await createTestApp(t)
  const created = await app.inject({
    method: 'POST',
    url: '/v1/users',
    headers: admin.headers,
    payload: { username: 'cataloger', displayName: 'A Cataloger', roles: ['CATALOG_MANAGER'] },
  })
  t.equal(created.statusCode, 201)
  const user = created.json()
  t.same(user.roles, ['CATALOG_MANAGER'])

  const issued = await app.inject({ method: 'POST', url: `/v1/users/${user.id}/api-keys`, headers: admin.headers, payload: { name: 'laptop' } })
  t.equal(issued.statusCode, 201)
  const { key, prefix } = issued.json()
  t.match(key, /^cis_[0-9a-f]{12}_/)
  t.ok(key.includes(prefix))

  const stored = await db.selectFrom('api_keys').selectAll().where('prefix', '=', prefix).executeTakeFirstOrThrow()
  t.notOk(stored.key_hash.toString('latin1').includes(key), 'only a hash is stored')
  const listed = await app.inject({ method: 'GET', url: `/v1/users/${user.id}/api-keys`, headers: admin.headers })
  t.notMatch(listed.body, key, 'the key is never shown again')

  const me = await app.inject({ method: 'GET', url: '/v1/me', headers: { authorization: `Bearer ${key}` } })
  t.equal(me.statusCode, 200)
  t.equal(me.json().username, 'cataloger')

  const forbidden = await app.inject({ method: 'GET', url: '/v1/users', headers: { authorization: `Bearer ${key}` } })
  t.equal(forbidden.statusCode, 403, 'a cataloger does not manage users')

  const revoked = await app.inject({ method: 'DELETE', url: `/v1/users/${user.id}/api-keys/${issued.json().id}`, headers: admin.headers })
  t.equal(revoked.statusCode, 204)
  const after = await app.inject({ method: 'GET', url: '/v1/me', headers: { authorization: `Bearer ${key}` } })
  t.equal(after.statusCode, 401, 'a revoked key stops working at once')

  const renamed = await app.inject({
    method: 'PATCH',
    url: `/v1/users/${user.id}`,
    headers: admin.headers,
    payload: { roles: ['PURCHASING_OPERATOR'], active: false },
  })
  t.same(renamed.json().roles, ['PURCHASING_OPERATOR'])
  t.equal(renamed.json().active, false)

  const duplicate = await app.inject({
    method: 'POST',
    url: '/v1/users',
    headers: admin.headers,
    payload: { username: 'cataloger', displayName: 'Again', roles: ['CATALOG_MANAGER'] },
  })
  t.equal(duplicate.statusCode, 409)
  const badRole = await app.inject({
    method: 'POST',
    url: '/v1/users',
    headers: admin.headers,
    payload: { username: 'x', displayName: 'X', roles: ['LIBRARIAN'] },
  })
  t.equal(badRole.statusCode, 400)
  t.equal(badRole.json().errors[0].field, 'body.roles.0')

  const selfLockout = await app.inject({ method: 'PATCH', url: `/v1/users/${admin.id}`, headers: admin.headers, payload: { active: false } })
  t.equal(selfLockout.statusCode, 409, 'an administrator cannot lock themselves out')
})

t.test('users of another institution are invisible', async (t) => {
  const env = await createTestApp(t)
  const other = await env.createInstitution('OTHER')
  const outsider = await env.userWith(['GENERAL_SYSTEM_ADMINISTRATOR'], other)
  const res = await env.app.inject({ method: 'GET', url: `/v1/users/${env.admin.id}`, headers: outsider.headers })
  t.equal(res.statusCode, 404)
  const keys = await env.app.inject({ method: 'POST', url: `/v1/users/${env.admin.id}/api-keys`, headers: outsider.headers, payload: { name: 'x' } })
  t.equal(keys.statusCode, 404)
  const list = await env.app.inject({ method: 'GET', url: '/v1/users', headers: outsider.headers })
  t.same(list.json().items.map((u: { id: string }) => u.id), [outsider.id])
})
