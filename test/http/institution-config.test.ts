import t from 'tap'
import { createTestApp, type TestApp } from '../helpers/app.ts'
import { assertProblem } from '../helpers/problem.ts'

const post = (env: TestApp, url: string, payload: object, headers = env.admin.headers) => env.app.inject({ method: 'POST', url, headers, payload })
const get = (env: TestApp, url: string, headers = env.admin.headers) => env.app.inject({ method: 'GET', url, headers })
const patch = (env: TestApp, url: string, payload: object, ifMatch?: string, headers = env.admin.headers) =>
  env.app.inject({ method: 'PATCH', url, headers: { ...headers, ...(ifMatch === undefined ? {} : { 'if-match': ifMatch }) }, payload })
const del = (env: TestApp, url: string, headers = env.admin.headers) => env.app.inject({ method: 'DELETE', url, headers })

t.test('libraries: create, read, page, change with If-Match, delete; codes kept as given and unique', async (t) => {
  const env = await createTestApp(t, {}, { work: false })
  const created = await post(env, '/v1/libraries', { code: 'Main', name: 'Main Library' })
  t.equal(created.statusCode, 201)
  const main = created.json()
  t.match(main, { code: 'Main', name: 'Main Library', active: true, version: 1 })
  t.equal(created.headers.etag, '"v1"')
  t.equal(created.headers.location, `/v1/libraries/${main.id}`)

  t.equal((await post(env, '/v1/libraries', { code: 'MAIN', name: 'Upper case is another code' })).statusCode, 201, 'codes are case-sensitive, kept as given')
  const duplicate = assertProblem(t, await post(env, '/v1/libraries', { code: 'Main', name: 'Again' }), 409, '/problems/conflict', 'duplicate code')
  t.match(duplicate.detail, /"Main" is already taken/)
  assertProblem(t, await post(env, '/v1/libraries', { code: ' Main', name: 'Padded' }), 400, '/problems/validation-failed', 'a code with a leading space')
  assertProblem(t, await post(env, '/v1/libraries', { code: 'Law' }), 400, '/problems/validation-failed', 'a library without a name')
  assertProblem(t, await post(env, '/v1/libraries', { code: 'Law', name: 'Law', shelves: 3 }), 400, '/problems/validation-failed', 'an unknown field')
  t.equal((await post(env, '/v1/libraries', { code: 'LAW', name: 'Law Library', active: false })).statusCode, 201)

  const firstPage = await get(env, '/v1/libraries?limit=2')
  t.same(firstPage.json().items.map((l: { code: string }) => l.code), ['LAW', 'MAIN'], 'newest first')
  const secondPage = await get(env, `/v1/libraries?limit=2&cursor=${firstPage.json().nextCursor}`)
  t.same(secondPage.json(), { items: [main], nextCursor: null })
  t.same((await get(env, '/v1/libraries?active=false')).json().items.map((l: { code: string }) => l.code), ['LAW'])
  t.same((await get(env, '/v1/libraries?code=Main')).json().items.map((l: { id: string }) => l.id), [main.id], 'exact code')
  assertProblem(t, await get(env, '/v1/libraries?cursor=bogus'), 400, '/problems/validation-failed', 'a cursor we never gave out')

  const read = await get(env, `/v1/libraries/${main.id}`)
  t.same(read.json(), main)
  t.equal(read.headers.etag, '"v1"')

  assertProblem(t, await patch(env, `/v1/libraries/${main.id}`, { name: 'Central' }), 428, '/problems/precondition-required', 'no If-Match')
  assertProblem(t, await patch(env, `/v1/libraries/${main.id}`, { name: 'Central' }, '"v7"'), 412, '/problems/precondition-failed', 'a stale ETag')
  assertProblem(t, await patch(env, `/v1/libraries/${main.id}`, { code: 'MAIN' }, '"v1"'), 409, '/problems/conflict', 'renamed onto a taken code')
  assertProblem(t, await patch(env, `/v1/libraries/${main.id}`, {}, '"v1"'), 400, '/problems/validation-failed', 'an empty change')
  const changed = await patch(env, `/v1/libraries/${main.id}`, { name: 'Central Library', active: false }, '"v1"')
  t.equal(changed.statusCode, 200)
  t.match(changed.json(), { code: 'Main', name: 'Central Library', active: false, version: 2 })
  t.equal(changed.headers.etag, '"v2"')
  assertProblem(t, await patch(env, `/v1/libraries/${main.id}`, { name: 'Again' }, '"v1"'), 412, '/problems/precondition-failed', 'the ETag before the change')

  t.equal((await del(env, `/v1/libraries/${main.id}`)).statusCode, 204)
  assertProblem(t, await get(env, `/v1/libraries/${main.id}`), 404, '/problems/not-found', 'deleted')
  assertProblem(t, await del(env, `/v1/libraries/${main.id}`), 404, '/problems/not-found', 'deleted twice')
})

t.test('locations belong to one library; a library with locations is not deleted but can be deactivated', async (t) => {
  const env = await createTestApp(t, {}, { work: false })
  const main = (await post(env, '/v1/libraries', { code: 'MAIN', name: 'Main' })).json()
  const law = (await post(env, '/v1/libraries', { code: 'LAW', name: 'Law' })).json()
  const created = await post(env, `/v1/libraries/${main.id}/locations`, { code: 'STACKS', name: 'Stacks' })
  t.equal(created.statusCode, 201)
  const stacks = created.json()
  t.match(stacks, { libraryId: main.id, code: 'STACKS', name: 'Stacks', active: true, version: 1 })
  t.equal(created.headers.location, `/v1/libraries/${main.id}/locations/${stacks.id}`)
  assertProblem(t, await post(env, `/v1/libraries/${main.id}/locations`, { code: 'STACKS', name: 'Again' }), 409, '/problems/conflict', 'a location code twice in one library')
  t.equal((await post(env, `/v1/libraries/${law.id}/locations`, { code: 'STACKS', name: 'Law stacks' })).statusCode, 201, 'the same code in another library')
  t.equal((await post(env, `/v1/libraries/${main.id}/locations`, { code: 'REF', name: 'Reference' })).statusCode, 201)

  t.same((await get(env, `/v1/libraries/${main.id}/locations`)).json().items.map((l: { code: string }) => l.code), ['REF', 'STACKS'])
  t.same((await get(env, `/v1/libraries/${main.id}/locations/${stacks.id}`)).json(), stacks)
  assertProblem(t, await get(env, `/v1/libraries/${law.id}/locations/${stacks.id}`), 404, '/problems/not-found', 'a location through another library')
  assertProblem(t, await get(env, '/v1/libraries/00000000-0000-4000-8000-000000000000/locations'), 404, '/problems/not-found', 'locations of no library')
  assertProblem(t, await post(env, '/v1/libraries/00000000-0000-4000-8000-000000000000/locations', { code: 'X', name: 'X' }), 404, '/problems/not-found')

  const renamed = await patch(env, `/v1/libraries/${main.id}/locations/${stacks.id}`, { name: 'Open stacks' }, '"v1"')
  t.match(renamed.json(), { code: 'STACKS', name: 'Open stacks', version: 2 })
  assertProblem(t, await patch(env, `/v1/libraries/${main.id}/locations/${stacks.id}`, { name: 'x' }), 428, '/problems/precondition-required')

  const refused = assertProblem(t, await del(env, `/v1/libraries/${main.id}`), 409, '/problems/conflict', 'a library with locations')
  t.match(refused.detail, /still used by locations.*deactivate it instead/)
  t.equal((await patch(env, `/v1/libraries/${main.id}`, { active: false }, '"v1"')).statusCode, 200, 'deactivating it is the way')

  t.equal((await del(env, `/v1/libraries/${main.id}/locations/${stacks.id}`)).statusCode, 204)
  assertProblem(t, await get(env, `/v1/libraries/${main.id}/locations/${stacks.id}`), 404, '/problems/not-found')
})

t.test('vendors carry accounts and an ISO 4217 currency; accounts are replaced as a list', async (t) => {
  const env = await createTestApp(t, {}, { work: false })
  const created = await post(env, '/v1/vendors', {
    code: 'YBP',
    name: 'GOBI Library Solutions',
    currency: 'USD',
    accounts: [{ code: 'FIRM', description: 'Firm orders' }, { code: 'APPROVAL' }],
  })
  t.equal(created.statusCode, 201)
  const vendor = created.json()
  t.match(vendor, {
    code: 'YBP',
    name: 'GOBI Library Solutions',
    currency: 'USD',
    active: true,
    version: 1,
    accounts: [{ code: 'APPROVAL', description: '' }, { code: 'FIRM', description: 'Firm orders' }],
  })
  t.equal(vendor.accounts.length, 2)

  assertProblem(t, await post(env, '/v1/vendors', { code: 'YBP', name: 'Again', currency: 'USD' }), 409, '/problems/conflict', 'a vendor code twice')
  assertProblem(t, await post(env, '/v1/vendors', { code: 'V1', name: 'Lower case', currency: 'usd' }), 400, '/problems/validation-failed', 'currency in lower case')
  const unknown = assertProblem(t, await post(env, '/v1/vendors', { code: 'V1', name: 'Made up', currency: 'ABC' }), 400, '/problems/validation-failed', 'not an ISO 4217 code')
  t.same(unknown.errors, [{ field: 'body.currency', message: '"ABC" is not an ISO 4217 currency code' }])
  assertProblem(t, await post(env, '/v1/vendors', { code: 'V1', name: 'No currency' }), 400, '/problems/validation-failed', 'currency is required')
  const twice = assertProblem(
    t,
    await post(env, '/v1/vendors', { code: 'V1', name: 'Twice', currency: 'SEK', accounts: [{ code: 'A' }, { code: 'A' }] }),
    400,
    '/problems/validation-failed',
    'an account code twice',
  )
  t.same(twice.errors, [{ field: 'body.accounts', message: 'account code "A" is given twice' }])
  t.same((await get(env, '/v1/vendors?code=V1')).json().items, [], 'nothing of the refused vendors was stored')

  const changed = await patch(env, `/v1/vendors/${vendor.id}`, { currency: 'EUR', accounts: [{ code: 'FIRM', description: 'Firm orders, EUR' }, { code: 'STO' }] }, '"v1"')
  t.equal(changed.statusCode, 200)
  t.match(changed.json(), { currency: 'EUR', version: 2, accounts: [{ code: 'FIRM', description: 'Firm orders, EUR' }, { code: 'STO', description: '' }] })
  t.equal(changed.json().accounts.length, 2, 'APPROVAL left out of the list is gone')
  const stored = await env.db.selectFrom('vendor_accounts').select(['code', 'description']).where('vendor_id', '=', vendor.id).orderBy('code').execute()
  t.same(stored, [{ code: 'FIRM', description: 'Firm orders, EUR' }, { code: 'STO', description: '' }])
  t.match((await patch(env, `/v1/vendors/${vendor.id}`, { name: 'GOBI' }, '"v2"')).json(), { name: 'GOBI', accounts: [{ code: 'FIRM' }, { code: 'STO' }] }, 'accounts stay when not sent')
  assertProblem(t, await patch(env, `/v1/vendors/${vendor.id}`, { currency: 'XYZ' }, '"v3"'), 400, '/problems/validation-failed')

  const page = (await get(env, '/v1/vendors')).json()
  t.equal(page.items.length, 1)
  t.same(page.items[0].accounts.map((a: { code: string }) => a.code), ['FIRM', 'STO'])
  t.equal((await del(env, `/v1/vendors/${vendor.id}`)).statusCode, 204)
  t.same(await env.db.selectFrom('vendor_accounts').selectAll().execute(), [], 'its accounts went with it')
})

t.test('funds, item policies and material types: code lists with the same rules', async (t) => {
  const env = await createTestApp(t, {}, { work: false })
  for (const path of ['/v1/funds', '/v1/item-policies', '/v1/material-types']) {
    const created = await post(env, path, { code: 'hist-2026', name: 'History' })
    t.equal(created.statusCode, 201, `${path} created`)
    t.match(created.json(), { code: 'hist-2026', name: 'History', active: true, version: 1 })
    t.equal((await post(env, path, { code: 'HIST-2026', name: 'History, other case' })).statusCode, 201, `${path}: the upper-case code is another code`)
    assertProblem(t, await post(env, path, { code: 'hist-2026', name: 'Again' }), 409, '/problems/conflict', `${path}: a code twice`)
    const id = created.json().id
    t.match((await patch(env, `${path}/${id}`, { active: false }, '"v1"')).json(), { active: false, version: 2 })
    t.same((await get(env, `${path}?active=true`)).json().items.map((row: { code: string }) => row.code), ['HIST-2026'])
    t.equal((await del(env, `${path}/${id}`)).statusCode, 204)
    assertProblem(t, await get(env, `${path}/${id}`), 404, '/problems/not-found')
  }
})

t.test('the institution\'s time zone is a real IANA zone, changed with If-Match', async (t) => {
  const env = await createTestApp(t, {}, { work: false })
  const read = await get(env, '/v1/institution')
  t.same(read.json(), { id: env.institutionId, code: 'MAIN', name: 'MAIN library', timeZone: 'UTC', version: 1 })
  t.equal(read.headers.etag, '"v1"')
  assertProblem(t, await patch(env, '/v1/institution', { timeZone: 'Europe/Stockholm' }), 428, '/problems/precondition-required')
  for (const [zone, message] of [
    ['+01:00', '"+01:00" is not an IANA time zone name (a UTC offset is not a time zone)'],
    ['Mars/Olympus_Mons', '"Mars/Olympus_Mons" is not an IANA time zone'],
    ['europe/stockholm', '"europe/stockholm" is spelt Europe/Stockholm in the IANA time zone database'],
  ] as const) {
    const body = assertProblem(t, await patch(env, '/v1/institution', { timeZone: zone }, '"v1"'), 400, '/problems/validation-failed', zone)
    t.same(body.errors, [{ field: 'body.timeZone', message }], zone)
  }
  const changed = await patch(env, '/v1/institution', { timeZone: 'Europe/Stockholm' }, '"v1"')
  t.equal(changed.statusCode, 200)
  t.match(changed.json(), { timeZone: 'Europe/Stockholm', version: 2 })
  const stored = await env.db.selectFrom('institutions').select('time_zone').where('id', '=', env.institutionId).executeTakeFirstOrThrow()
  t.equal(stored.time_zone, 'Europe/Stockholm')
  t.match((await patch(env, '/v1/institution', { timeZone: 'America/Argentina/Buenos_Aires' }, '"v2"')).json(), { timeZone: 'America/Argentina/Buenos_Aires' })
  assertProblem(t, await patch(env, '/v1/institution', { timeZone: 'Asia/Tokyo' }, '"v2"'), 412, '/problems/precondition-failed')
  const reader = await env.userWith(['PURCHASING_OPERATOR'])
  t.equal((await get(env, '/v1/institution', reader.headers)).json().timeZone, 'America/Argentina/Buenos_Aires', 'every user reads it')
})

t.test('another institution sees none of this configuration: its ids answer 404', async (t) => {
  const env = await createTestApp(t, {}, { work: false })
  const outsider = await env.userWith(['GENERAL_SYSTEM_ADMINISTRATOR', 'CATALOG_ADMINISTRATOR', 'ACQUISITIONS_ADMINISTRATOR'], await env.createInstitution('OTHER'))
  const library = (await post(env, '/v1/libraries', { code: 'MAIN', name: 'Main' })).json()
  const location = (await post(env, `/v1/libraries/${library.id}/locations`, { code: 'S', name: 'Stacks' })).json()
  const vendor = (await post(env, '/v1/vendors', { code: 'V', name: 'Vendor', currency: 'USD' })).json()
  const fund = (await post(env, '/v1/funds', { code: 'F', name: 'Fund' })).json()
  for (const url of [`/v1/libraries/${library.id}`, `/v1/libraries/${library.id}/locations/${location.id}`, `/v1/vendors/${vendor.id}`, `/v1/funds/${fund.id}`]) {
    assertProblem(t, await get(env, url, outsider.headers), 404, '/problems/not-found', `GET ${url}`)
    assertProblem(t, await patch(env, url, { name: 'Taken over' }, '*', outsider.headers), 404, '/problems/not-found', `PATCH ${url}`)
    assertProblem(t, await del(env, url, outsider.headers), 404, '/problems/not-found', `DELETE ${url}`)
  }
  assertProblem(t, await get(env, `/v1/libraries/${library.id}/locations`, outsider.headers), 404, '/problems/not-found')
  assertProblem(t, await post(env, `/v1/libraries/${library.id}/locations`, { code: 'X', name: 'X' }, outsider.headers), 404, '/problems/not-found')
  for (const path of ['/v1/libraries', '/v1/vendors', '/v1/funds']) t.same((await get(env, path, outsider.headers)).json().items, [], `${path} of the other institution`)
  t.equal((await post(env, '/v1/libraries', { code: 'MAIN', name: 'Their main' }, outsider.headers)).statusCode, 201, 'codes are unique per institution, not across')
  t.equal((await get(env, '/v1/institution', outsider.headers)).json().code, 'OTHER')
  t.equal((await get(env, `/v1/libraries/${library.id}`)).json().name, 'Main', 'ours unchanged')
})
