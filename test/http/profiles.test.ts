import type { LightMyRequestResponse } from 'fastify'
import t from 'tap'
import { createTestApp } from '../helpers/app.ts'

const OCLC_PROFILE = { name: 'OCLC loads', type: 'REPOSITORY', match: { method: 'OCLC' } }

t.test('create, read, list, update and delete a profile', async (t) => {
  const { app, admin } = await createTestApp(t)
  const created = await app.inject({ method: 'POST', url: '/v1/profiles', headers: admin.headers, payload: OCLC_PROFILE })
  t.equal(created.statusCode, 201)
  const profile = created.json()
  t.equal(created.headers.location, `/v1/profiles/${profile.id}`)
  t.equal(created.headers.etag, '"v1"')
  t.equal(profile.splitSize, 50, 'split size defaults to 50')
  t.equal(profile.match.method, 'OCLC')
  t.equal(profile.match.singleMatchAction, 'MERGE', 'unspecified match options take their defaults')
  t.same(profile.merge, { preservedTags: ['9XX'], unionTags: ['035'] })

  const read = await app.inject({ method: 'GET', url: `/v1/profiles/${profile.id}`, headers: admin.headers })
  t.equal(read.statusCode, 200)
  t.same(read.json(), profile)

  const updated = await app.inject({
    method: 'PATCH',
    url: `/v1/profiles/${profile.id}`,
    headers: { ...admin.headers, 'if-match': read.headers.etag as string },
    payload: { splitSize: 200, match: { singleMatchAction: 'OVERLAY' } },
  })
  t.equal(updated.statusCode, 200)
  t.equal(updated.json().splitSize, 200)
  t.equal(updated.json().match.singleMatchAction, 'OVERLAY')
  t.equal(updated.json().match.method, 'OCLC', 'a partial match change keeps the other options')
  t.equal(updated.headers.etag, '"v2"')

  const list = await app.inject({ method: 'GET', url: '/v1/profiles?type=REPOSITORY', headers: admin.headers })
  t.same(list.json().items.map((p: { id: string }) => p.id), [profile.id])

  const removed = await app.inject({ method: 'DELETE', url: `/v1/profiles/${profile.id}`, headers: admin.headers })
  t.equal(removed.statusCode, 204)
  const gone = await app.inject({ method: 'GET', url: `/v1/profiles/${profile.id}`, headers: admin.headers })
  t.equal(gone.statusCode, 404)
})

t.test('list filters and cursor pagination', async (t) => {
  const { app, admin } = await createTestApp(t)
  for (let i = 0; i < 5; i++) {
    const res = await app.inject({
      method: 'POST',
      url: '/v1/profiles',
      headers: admin.headers,
      payload: { name: `p${i}`, type: i % 2 === 0 ? 'REPOSITORY' : 'AUTHORITY', match: { method: i % 2 === 0 ? 'OCLC' : 'SYSTEM_ID' }, active: i !== 4 },
    })
    t.equal(res.statusCode, 201)
  }
  const names: string[] = []
  let cursor: string | null = null
  do {
    const res: LightMyRequestResponse = await app.inject({ method: 'GET', url: `/v1/profiles?limit=2${cursor ? `&cursor=${cursor}` : ''}`, headers: admin.headers })
    t.equal(res.statusCode, 200)
    t.ok(res.json().items.length <= 2)
    names.push(...res.json().items.map((p: { name: string }) => p.name))
    cursor = res.json().nextCursor
  } while (cursor !== null)
  t.same(names, ['p4', 'p3', 'p2', 'p1', 'p0'], 'newest first, every profile once')

  const authority = await app.inject({ method: 'GET', url: '/v1/profiles?type=AUTHORITY', headers: admin.headers })
  t.same(authority.json().items.map((p: { name: string }) => p.name), ['p3', 'p1'])
  const inactive = await app.inject({ method: 'GET', url: '/v1/profiles?active=false', headers: admin.headers })
  t.same(inactive.json().items.map((p: { name: string }) => p.name), ['p4'])
  const bad = await app.inject({ method: 'GET', url: '/v1/profiles?cursor=nonsense', headers: admin.headers })
  t.equal(bad.statusCode, 400)
  t.equal(bad.json().errors[0].field, 'query.cursor')
})

t.test('bad input is a 400 problem naming the field', async (t) => {
  const { app, admin } = await createTestApp(t)
  const cases: Array<{ name: string; payload: string; field: string }> = [
    { name: 'malformed JSON', payload: '{"name": "x", "type": ', field: 'body' },
    { name: 'wrong type', payload: JSON.stringify({ ...OCLC_PROFILE, splitSize: '50' }), field: 'body.splitSize' },
    { name: 'unknown field', payload: JSON.stringify({ ...OCLC_PROFILE, colour: 'red' }), field: 'body.colour' },
    { name: 'unknown nested field', payload: JSON.stringify({ ...OCLC_PROFILE, match: { method: 'OCLC', fuzzy: true } }), field: 'body.match.fuzzy' },
    { name: 'bad enum', payload: JSON.stringify({ ...OCLC_PROFILE, type: 'BOOKS' }), field: 'body.type' },
    { name: 'bad nested enum', payload: JSON.stringify({ ...OCLC_PROFILE, match: { method: 'TITLE' } }), field: 'body.match.method' },
    { name: 'missing required', payload: JSON.stringify({ type: 'REPOSITORY' }), field: 'body.name' },
    { name: 'split size out of range', payload: JSON.stringify({ ...OCLC_PROFILE, splitSize: 0 }), field: 'body.splitSize' },
    { name: 'bad tag pattern', payload: JSON.stringify({ ...OCLC_PROFILE, merge: { preservedTags: ['9'] } }), field: 'body.merge.preservedTags.0' },
    {
      name: 'FTP without settings',
      payload: JSON.stringify({ ...OCLC_PROFILE, protocol: 'FTP' }),
      field: 'ftp',
    },
    {
      name: 'schedule on an upload profile',
      payload: JSON.stringify({ ...OCLC_PROFILE, schedule: { kind: 'DAILY', time: '02:00' } }),
      field: 'schedule',
    },
    {
      name: 'deletes without a match method',
      payload: JSON.stringify({ ...OCLC_PROFILE, match: { method: 'NONE', allowDeletes: true } }),
      field: 'match.allowDeletes',
    },
    {
      name: 'ISBN matching of authority records',
      payload: JSON.stringify({ name: 'auth', type: 'AUTHORITY', match: { method: 'ISBN' } }),
      field: 'match.method',
    },
  ]
  for (const c of cases) {
    const res = await app.inject({
      method: 'POST',
      url: '/v1/profiles',
      headers: { ...admin.headers, 'content-type': 'application/json' },
      payload: c.payload,
    })
    t.equal(res.statusCode, 400, `${c.name}: 400`)
    t.match(res.headers['content-type'], /^application\/problem\+json/, `${c.name}: problem+json`)
    const body = res.json()
    t.equal(body.type, '/problems/validation-failed', c.name)
    t.ok(
      body.errors.some((e: { field: string }) => e.field === c.field),
      `${c.name}: names ${c.field} (got ${JSON.stringify(body.errors)})`,
    )
  }
  const count = await app.inject({ method: 'GET', url: '/v1/profiles', headers: admin.headers })
  t.equal(count.json().items.length, 0, 'nothing was created by bad requests')
})

t.test('updates need a current If-Match', async (t) => {
  const { app, admin } = await createTestApp(t)
  const profile = (await app.inject({ method: 'POST', url: '/v1/profiles', headers: admin.headers, payload: OCLC_PROFILE })).json()
  const url = `/v1/profiles/${profile.id}`
  const missing = await app.inject({ method: 'PATCH', url, headers: admin.headers, payload: { splitSize: 10 } })
  t.equal(missing.statusCode, 428)
  t.equal(missing.json().type, '/problems/precondition-required')
  const first = await app.inject({ method: 'PATCH', url, headers: { ...admin.headers, 'if-match': '"v1"' }, payload: { splitSize: 10 } })
  t.equal(first.statusCode, 200)
  const stale = await app.inject({ method: 'PATCH', url, headers: { ...admin.headers, 'if-match': '"v1"' }, payload: { splitSize: 20 } })
  t.equal(stale.statusCode, 412)
  t.equal(stale.json().type, '/problems/precondition-failed')
  const now = (await app.inject({ method: 'GET', url, headers: admin.headers })).json()
  t.equal(now.splitSize, 10, 'the stale write changed nothing')
})

t.test('Idempotency-Key replays the first response and refuses a different body', async (t) => {
  const { app, admin } = await createTestApp(t)
  const headers = { ...admin.headers, 'idempotency-key': 'create-oclc-1' }
  const first = await app.inject({ method: 'POST', url: '/v1/profiles', headers, payload: OCLC_PROFILE })
  t.equal(first.statusCode, 201)
  const again = await app.inject({ method: 'POST', url: '/v1/profiles', headers, payload: { match: { method: 'OCLC' }, type: 'REPOSITORY', name: 'OCLC loads' } })
  t.equal(again.statusCode, 201, 'same request (field order aside) → same status')
  t.same(again.json(), first.json(), 'same body')
  t.equal(again.headers.location, first.headers.location)
  t.equal(again.headers['idempotent-replayed'], 'true')
  const list = await app.inject({ method: 'GET', url: '/v1/profiles', headers: admin.headers })
  t.equal(list.json().items.length, 1, 'created once')
  const different = await app.inject({ method: 'POST', url: '/v1/profiles', headers, payload: { ...OCLC_PROFILE, name: 'Other' } })
  t.equal(different.statusCode, 422)
  t.equal(different.json().type, '/problems/idempotency-key-reused')

  const failing = { ...admin.headers, 'idempotency-key': 'dup-name' }
  const conflict = await app.inject({ method: 'POST', url: '/v1/profiles', headers: failing, payload: OCLC_PROFILE })
  t.equal(conflict.statusCode, 409, 'duplicate name')
  const retry = await app.inject({ method: 'POST', url: '/v1/profiles', headers: failing, payload: { ...OCLC_PROFILE, name: 'Renamed' } })
  t.equal(retry.statusCode, 201, 'a failed attempt does not hold its key: the corrected request goes through')
})

t.test('the FTP password is write-only: never in a response or a log line', async (t) => {
  const { app, admin, logs, db } = await createTestApp(t)
  const password = 'S3cret-ftp-pa55word'
  const ftpProfile = {
    name: 'Vendor FTP',
    type: 'NEW_ORDER',
    protocol: 'FTP',
    ftp: { host: 'ftp.vendor.example', username: 'library', password, directory: '/outgoing' },
    schedule: { kind: 'WEEKLY', weekday: 'MONDAY', time: '03:30' },
    match: { method: 'ISBN' },
  }
  const created = await app.inject({ method: 'POST', url: '/v1/profiles', headers: admin.headers, payload: ftpProfile })
  t.equal(created.statusCode, 201, created.body)
  t.equal(created.json().ftp.passwordSet, true)
  t.equal(created.json().ftp.password, undefined)
  const id = created.json().id
  const responses = [
    created,
    await app.inject({ method: 'GET', url: `/v1/profiles/${id}`, headers: admin.headers }),
    await app.inject({ method: 'GET', url: '/v1/profiles', headers: admin.headers }),
    await app.inject({
      method: 'PATCH',
      url: `/v1/profiles/${id}`,
      headers: { ...admin.headers, 'if-match': '"v1"' },
      payload: { ftp: { directory: '/new' } },
    }),
  ]
  const kept = responses[3]?.json()
  t.equal(kept.ftp.passwordSet, true, 'changing other FTP settings keeps the password')
  t.equal(kept.ftp.host, 'ftp.vendor.example')
  for (const response of responses) t.notMatch(response.body, password)
  t.ok(logs.length > 0, 'logs were captured')
  t.notOk(logs.some((line) => line.includes(password)), 'no log line holds the password')
  const stored = await db.selectFrom('import_profiles').select(['ftp', 'ftp_password_encrypted']).where('id', '=', id).executeTakeFirstOrThrow()
  t.notMatch(JSON.stringify(stored.ftp), password)
  t.notOk(stored.ftp_password_encrypted?.toString('latin1').includes(password), 'stored encrypted')
})

t.test('deleting or deactivating a profile with unfinished jobs is refused', async (t) => {
  const { app, admin, db, institutionId } = await createTestApp(t)
  const profile = (await app.inject({ method: 'POST', url: '/v1/profiles', headers: admin.headers, payload: OCLC_PROFILE })).json()
  const job = await db
    .insertInto('jobs')
    .values({ institution_id: institutionId, profile_id: profile.id, kind: 'IMPORT', name: 'Metadata Import: OCLC loads', status: 'RUNNING' })
    .returning('id')
    .executeTakeFirstOrThrow()
  const del = await app.inject({ method: 'DELETE', url: `/v1/profiles/${profile.id}`, headers: admin.headers })
  t.equal(del.statusCode, 409)
  t.match(del.json().detail, /1 of its jobs are unfinished/)
  const deactivate = await app.inject({
    method: 'PATCH',
    url: `/v1/profiles/${profile.id}`,
    headers: { ...admin.headers, 'if-match': '"v1"' },
    payload: { active: false },
  })
  t.equal(deactivate.statusCode, 409)
  await db.updateTable('jobs').set({ status: 'COMPLETED_SUCCESS' }).where('id', '=', job.id).execute()
  const later = await app.inject({ method: 'DELETE', url: `/v1/profiles/${profile.id}`, headers: admin.headers })
  t.equal(later.statusCode, 204, 'allowed once the job finished')
})

t.test('grants on restricted profiles', async (t) => {
  const { app, admin, userWith } = await createTestApp(t)
  const manager = await userWith(['CATALOG_MANAGER'])
  const profile = (
    await app.inject({ method: 'POST', url: '/v1/profiles', headers: admin.headers, payload: { ...OCLC_PROFILE, restricted: true } })
  ).json()
  const url = `/v1/profiles/${profile.id}/grants/${manager.id}`
  t.equal((await app.inject({ method: 'GET', url, headers: admin.headers })).statusCode, 404, 'no grant yet')
  const put = await app.inject({ method: 'PUT', url, headers: admin.headers })
  t.equal(put.statusCode, 201)
  t.equal(put.json().grantedBy, admin.id)
  t.equal((await app.inject({ method: 'PUT', url, headers: admin.headers })).statusCode, 200, 'granting twice is harmless')
  t.equal((await app.inject({ method: 'GET', url, headers: admin.headers })).statusCode, 200)
  const list = await app.inject({ method: 'GET', url: `/v1/profiles/${profile.id}/grants`, headers: admin.headers })
  t.same(list.json().items.map((g: { userId: string }) => g.userId), [manager.id])
  t.equal((await app.inject({ method: 'DELETE', url, headers: admin.headers })).statusCode, 204)
  t.equal((await app.inject({ method: 'DELETE', url, headers: admin.headers })).statusCode, 404)
  const stranger = `/v1/profiles/${profile.id}/grants/00000000-0000-4000-8000-000000000000`
  t.equal((await app.inject({ method: 'PUT', url: stranger, headers: admin.headers })).statusCode, 404, 'unknown user')
})
