import t from 'tap'
import { createTestApp, type TestApp } from '../helpers/app.ts'

const KEY = 'libris-api-key-9d8c7b6a'

async function library(env: TestApp, code: string): Promise<string> {
  const row = await env.db.insertInto('libraries').values({ institution_id: env.institutionId, code, name: code }).returning('id').executeTakeFirstOrThrow()
  return row.id
}

const send = (env: TestApp, method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, payload?: object, headers: Record<string, string> = {}) =>
  env.app.inject({ method, url, headers: { ...env.admin.headers, ...headers }, ...(payload === undefined ? {} : { payload }) })

const valid = (libraryId: string) => ({
  code: 'LIBRIS',
  name: 'Libris ILL',
  description: 'Borrowing requests from Libris',
  baseUrl: 'https://iller.libris.kb.se/librisfjarrlan/api',
  libraryCode: 'Hig',
  resourceSharingLibraryId: libraryId,
  apiKey: KEY,
  authentication: true,
  harvestStartDate: '2026-11-01',
  schedule: { kind: 'WEEKLY', weekday: 'MONDAY', time: '06:30' },
})

t.test('an integration profile: created with the fields of seed 004, read back without its API key, changed with If-Match', async (t) => {
  const env = await createTestApp(t)
  const main = await library(env, 'MAIN')
  const created = await send(env, 'POST', '/v1/integration-profiles', valid(main))
  t.equal(created.statusCode, 201)
  t.equal(created.headers.etag, '"v1"')
  t.equal(created.headers.location, `/v1/integration-profiles/${created.json().id}`)
  t.match(created.json(), {
    code: 'LIBRIS',
    name: 'Libris ILL',
    description: 'Borrowing requests from Libris',
    integrationType: 'RESOURCE_SHARING',
    system: 'LIBRIS',
    baseUrl: 'https://iller.libris.kb.se/librisfjarrlan/api',
    libraryCode: 'Hig',
    resourceSharingLibraryId: main,
    authentication: true,
    apiKeySet: true,
    active: true,
    harvestStartDate: '2026-11-01',
    lastHarvestedThrough: null,
    schedule: { kind: 'WEEKLY', weekday: 'MONDAY', time: '06:30' },
    version: 1,
  })
  t.notOk('apiKey' in created.json(), 'the key is not returned')
  const id = created.json().id as string
  const stored = await env.db.selectFrom('integration_profiles').select('api_key_encrypted').where('id', '=', id).executeTakeFirstOrThrow()
  t.notOk(stored.api_key_encrypted?.includes(Buffer.from(KEY)), 'the key is stored encrypted')

  t.equal((await send(env, 'PATCH', `/v1/integration-profiles/${id}`, { name: 'x' })).statusCode, 428, 'no If-Match: 428')
  t.equal((await send(env, 'PATCH', `/v1/integration-profiles/${id}`, { name: 'x' }, { 'if-match': '"v7"' })).statusCode, 412, 'a stale ETag: 412')
  const changed = await send(env, 'PATCH', `/v1/integration-profiles/${id}`, { name: 'Libris (Gävle)', active: false }, { 'if-match': '"v1"' })
  t.equal(changed.statusCode, 200)
  t.equal(changed.headers.etag, '"v2"')
  t.match(changed.json(), { name: 'Libris (Gävle)', active: false, apiKeySet: true, version: 2 })
  const run = await send(env, 'POST', `/v1/integration-profiles/${id}/run`)
  t.equal(run.statusCode, 409, 'an inactive profile does not run')
  t.match(run.headers['content-type'], /^application\/problem\+json/)

  const cleared = await send(env, 'PATCH', `/v1/integration-profiles/${id}`, { apiKey: null }, { 'if-match': '"v2"' })
  t.equal(cleared.statusCode, 400, 'the key cannot go while authentication is on')
  t.match(cleared.json().errors, [{ field: 'apiKey' }])
  const off = await send(env, 'PATCH', `/v1/integration-profiles/${id}`, { apiKey: null, authentication: false }, { 'if-match': '"v2"' })
  t.match(off.json(), { apiKeySet: false, authentication: false })

  const on = await send(env, 'PATCH', `/v1/integration-profiles/${id}`, { active: true }, { 'if-match': '"v3"' })
  t.equal(on.statusCode, 200)
  // A harvest of the profile under way (written here: its base URL is never called).
  const job = await env.db
    .insertInto('jobs')
    .values({ institution_id: env.institutionId, profile_id: null, integration_profile_id: id, kind: 'HARVEST', name: 'h', status: 'INITIALIZING', created_by: null, profile_snapshot: 'null' })
    .returning('id')
    .executeTakeFirstOrThrow()
  const second = await send(env, 'POST', `/v1/integration-profiles/${id}/run`)
  t.equal(second.statusCode, 409, 'one harvest of a profile at a time')
  t.match(second.json().detail, /already under way/)
  t.equal((await send(env, 'DELETE', `/v1/integration-profiles/${id}`)).statusCode, 409, 'nor is it deleted under a running harvest')
  await env.db.updateTable('jobs').set({ status: 'FAILED' }).where('id', '=', job.id).execute()

  const list = await send(env, 'GET', '/v1/integration-profiles')
  t.same(list.json().items.map((p: { id: string }) => p.id), [id])
  t.equal((await send(env, 'DELETE', `/v1/integration-profiles/${id}`)).statusCode, 204)
  t.equal((await send(env, 'GET', `/v1/integration-profiles/${id}`)).statusCode, 404, 'gone once deleted')
  t.equal((await send(env, 'POST', '/v1/integration-profiles', valid(main))).statusCode, 201, 'and its code is free again')
  t.notOk(env.logs.some((line) => line.includes(KEY)), 'the key appears in no log line')
})

t.test('an integration profile shows when its schedule runs next, in the institution\'s zone and in UTC', async (t) => {
  const env = await createTestApp(t)
  // Asia/Tokyo keeps UTC+9 all year: 08:00 there is 23:00 UTC the day before.
  await env.db.updateTable('institutions').set({ time_zone: 'Asia/Tokyo' }).where('id', '=', env.institutionId).execute()
  const before = Date.now()
  const created = await send(env, 'POST', '/v1/integration-profiles', { ...valid(await library(env, 'MAIN')), schedule: { kind: 'DAILY', time: '08:00' } })
  const today = new Date(before)
  const candidate = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate(), 23, 0)
  const expected = new Date(candidate > before ? candidate : candidate + 86_400_000)
  const tokyoDate = new Date(expected.getTime() + 9 * 3_600_000).toISOString().slice(0, 10)
  const nextRun = { local: `${tokyoDate}T08:00:00+09:00`, utc: expected.toISOString(), timeZone: 'Asia/Tokyo' }
  t.same(created.json().nextRun, nextRun, 'on create')
  const id = created.json().id as string
  t.same((await send(env, 'GET', `/v1/integration-profiles/${id}`)).json().nextRun, nextRun, 'on read')
  t.same((await send(env, 'GET', '/v1/integration-profiles')).json().items[0].nextRun, nextRun, 'in the list')
  const paused = await send(env, 'PATCH', `/v1/integration-profiles/${id}`, { active: false }, { 'if-match': '"v1"' })
  t.equal(paused.json().nextRun, null, 'an inactive profile has no next run')
  const unscheduled = await send(env, 'PATCH', `/v1/integration-profiles/${id}`, { active: true, schedule: { kind: 'NONE' } }, { 'if-match': '"v2"' })
  t.equal(unscheduled.json().nextRun, null, 'nor has one without a schedule')
})

t.test('validation: the same rules as import profiles, problem+json naming the field', async (t) => {
  const env = await createTestApp(t)
  const main = await library(env, 'MAIN')
  t.equal((await send(env, 'POST', '/v1/integration-profiles', valid(main))).statusCode, 201)
  const duplicate = await send(env, 'POST', '/v1/integration-profiles', { ...valid(main), name: 'Another' })
  t.equal(duplicate.statusCode, 409, 'the code is unique in the institution')
  t.equal(duplicate.json().type, '/problems/conflict')
  const cases: Array<[string, object, string]> = [
    ['authentication without a key', { apiKey: undefined }, 'apiKey'],
    ['a day that does not exist', { harvestStartDate: '2026-02-30' }, 'harvestStartDate'],
    ['a base URL that is not http', { baseUrl: 'ftp://iller.libris.kb.se/api' }, 'baseUrl'],
    ['a base URL with a password in it', { baseUrl: 'https://user:pw@iller.libris.kb.se/api' }, 'baseUrl'],
    ['a library that is not ours', { resourceSharingLibraryId: '00000000-0000-4000-8000-000000000000' }, 'resourceSharingLibraryId'],
  ]
  for (const [what, change, field] of cases) {
    const res = await send(env, 'POST', '/v1/integration-profiles', { ...valid(main), code: `C-${field}-${Math.random()}`, ...change })
    t.equal(res.statusCode, 400, what)
    t.match(res.json().errors, [{ field }], `${what}: names ${field}`)
  }
  for (const [what, body] of [
    ['an unknown system', { ...valid(main), code: 'S', system: 'NETPUNKT' }],
    ['an unknown field', { ...valid(main), code: 'U', password: 'x' }],
    ['a schedule at 25:00', { ...valid(main), code: 'T', schedule: { kind: 'DAILY', time: '25:00' } }],
    ['no harvest start date', { ...valid(main), code: 'H', harvestStartDate: undefined }],
  ] as const) {
    const res = await send(env, 'POST', '/v1/integration-profiles', body)
    t.equal(res.statusCode, 400, what)
    t.match(res.headers['content-type'], /^application\/problem\+json/)
  }
})

t.test('library code mappings: one per external code and profile, to a library of ours, with ETags', async (t) => {
  const env = await createTestApp(t)
  const main = await library(env, 'MAIN')
  const campus = await library(env, 'CAMPUS')
  const profile = (await send(env, 'POST', '/v1/integration-profiles', valid(main))).json().id as string
  const base = `/v1/integration-profiles/${profile}/library-mappings`
  const created = await send(env, 'POST', base, { externalCode: 'Hig', libraryId: main })
  t.equal(created.statusCode, 201)
  t.match(created.json(), { integrationProfileId: profile, externalCode: 'Hig', libraryId: main, version: 1 })
  t.equal((await send(env, 'POST', base, { externalCode: 'Hig', libraryId: campus })).statusCode, 409, 'a code is mapped once')
  t.equal((await send(env, 'POST', base, { externalCode: 'HIG', libraryId: campus })).statusCode, 201, 'Libris codes are case-sensitive: HIG is another code')
  t.equal((await send(env, 'POST', base, { externalCode: 'Higb', libraryId: '00000000-0000-4000-8000-000000000000' })).statusCode, 400, 'to a library of ours')
  const id = created.json().id as string
  t.equal((await send(env, 'PATCH', `${base}/${id}`, { libraryId: campus })).statusCode, 428)
  const moved = await send(env, 'PATCH', `${base}/${id}`, { libraryId: campus }, { 'if-match': created.headers.etag as string })
  t.match(moved.json(), { libraryId: campus, version: 2 })
  t.equal((await send(env, 'PATCH', `${base}/${id}`, { libraryId: main }, { 'if-match': '"v1"' })).statusCode, 412)
  t.same((await send(env, 'GET', base)).json().items.map((m: { externalCode: string }) => m.externalCode).sort(), ['HIG', 'Hig'])
  t.equal((await send(env, 'DELETE', `${base}/${id}`)).statusCode, 204)
  t.equal((await send(env, 'GET', `${base}/${id}`)).statusCode, 404)
})

t.test('partners: codes stored as given, unique and found regardless of case', async (t) => {
  const env = await createTestApp(t)
  const created = await send(env, 'POST', '/v1/partners', { code: 'Sek', name: 'Kungliga biblioteket' })
  t.equal(created.statusCode, 201)
  t.match(created.json(), { code: 'Sek', name: 'Kungliga biblioteket', system: 'LIBRIS', active: true })
  const clash = await send(env, 'POST', '/v1/partners', { code: 'SEK', name: 'KB again' })
  t.equal(clash.statusCode, 409, '"SEK" is the partner "Sek"')
  for (const code of ['sek', 'SEK', 'Sek']) {
    const found = await send(env, 'GET', `/v1/partners?code=${code}`)
    t.same(found.json().items.map((p: { code: string }) => p.code), ['Sek'], `looking up ${code} finds Sek, as stored`)
  }
  const id = created.json().id as string
  const renamed = await send(env, 'PATCH', `/v1/partners/${id}`, { active: false }, { 'if-match': '"v1"' })
  t.match(renamed.json(), { active: false, version: 2 })
  t.same((await send(env, 'GET', '/v1/partners?active=true')).json().items, [])
  t.equal((await send(env, 'DELETE', `/v1/partners/${id}`)).statusCode, 204)
})
