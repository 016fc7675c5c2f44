import t from 'tap'
import type { ProfileType } from '../../src/domain/permissions/roles.ts'
import { createTestApp } from '../helpers/app.ts'
import { allowed, ROLE_NAMES } from '../helpers/expected-access.ts'
import { configure, importedRecords, type Seeded, seedInventory } from '../helpers/inventory-fixture.ts'

// SPEC "Permissions": repository records, their inventory and PO lines are read by those who may
// monitor the profile type that created them. Inventory made by an order import (NEW_ORDER), by
// a shelf-ready one (UPDATE_INVENTORY) and by a bibliographic one (REPOSITORY) — both sides of the
// role table — read by every role; the expectation comes from the literal table in expected-access.ts.

interface Fixture {
  type: ProfileType
  jobId: string
  mmsId: string
  seeded: Seeded
  barcode: string
}

interface Operation {
  url: string
  request(f: Fixture): string
  /** A list filtered to what the caller may see (200 with or without the row) rather than refused. */
  filtered?: (body: { items: Array<{ id: string }> }, f: Fixture) => boolean
}

const OPERATIONS: Operation[] = [
  { url: '/v1/po-lines', request: () => '/v1/po-lines?limit=200', filtered: (body, f) => body.items.some((l) => l.id === f.seeded.activeLineId) },
  { url: '/v1/po-lines/:id', request: (f) => `/v1/po-lines/${f.seeded.activeLineId}` },
  { url: '/v1/jobs/:id/po-lines', request: (f) => `/v1/jobs/${f.jobId}/po-lines` },
  { url: '/v1/records/:mmsId/holdings', request: (f) => `/v1/records/${f.mmsId}/holdings` },
  { url: '/v1/records/:mmsId/holdings/:holdingId/items', request: (f) => `/v1/records/${f.mmsId}/holdings/${f.seeded.holdingId}/items` },
  { url: '/v1/records/:mmsId/items', request: (f) => `/v1/records/${f.mmsId}/items` },
  { url: '/v1/records/:mmsId/portfolios', request: (f) => `/v1/records/${f.mmsId}/portfolios` },
  { url: '/v1/items', request: (f) => `/v1/items?barcode=${f.barcode}`, filtered: (body) => body.items.length === 1 },
]

const INVENTORY_ROUTE = /^\/v1\/(po-lines|items|jobs\/:id\/po-lines|records\/:mmsId\/(holdings|items|portfolios))/

t.test('inventory and PO line routes × every role × the type of the import that created them', async (t) => {
  const env = await createTestApp(t)
  const uncovered = env.app.routeTable.filter((route) => INVENTORY_ROUTE.test(route.url) && !OPERATIONS.some((op) => route.method === 'GET' && op.url === route.url))
  t.same(uncovered.map((route) => `${route.method} ${route.url}`), [], 'every inventory route is in the matrix')
  for (const op of OPERATIONS) t.ok(env.app.routeTable.some((route) => route.method === 'GET' && route.url === op.url), `GET ${op.url} exists`)

  const config = await configure(env)
  const fixtures: Fixture[] = []
  for (const type of ['NEW_ORDER', 'UPDATE_INVENTORY', 'REPOSITORY'] as const) {
    const { jobId, mmsIds } = await importedRecords(env, type)
    // The portfolio's record is the holding's here, so one MMS ID reaches every route.
    const mmsId = mmsIds[0] as string
    const seeded = await seedInventory(env, config, jobId, [mmsId, mmsId], type)
    fixtures.push({ type, jobId, mmsId, seeded, barcode: `BC-${type}-1` })
  }
  for (const role of ROLE_NAMES) {
    const user = await env.userWith([role])
    for (const op of OPERATIONS) {
      for (const fixture of fixtures) {
        const res = await env.app.inject({ method: 'GET', url: op.request(fixture), headers: user.headers })
        const may = allowed(role, 'monitor', fixture.type)
        const name = `${role} GET ${op.url} of a ${fixture.type} import`
        if (op.filtered === undefined) {
          t.equal(res.statusCode, may ? 200 : 403, name)
          if (!may) t.equal(res.json().type, '/problems/forbidden', `${name}: problem+json`)
        } else {
          t.equal(res.statusCode, 200, `${name}: a list`)
          t.equal(op.filtered(res.json(), fixture), may, `${name}: ${may ? 'listed' : 'left out'}`)
        }
      }
    }
  }
})

t.test('inventory routes: no key → 401; another institution → 404 on every id, and lists nothing', async (t) => {
  const env = await createTestApp(t)
  const config = await configure(env)
  const { jobId, mmsIds } = await importedRecords(env, 'NEW_ORDER')
  const mmsId = mmsIds[0] as string
  const fixture: Fixture = { type: 'NEW_ORDER', jobId, mmsId, seeded: await seedInventory(env, config, jobId, [mmsId, mmsId], 'X'), barcode: 'BC-X-1' }
  const outsider = await env.userWith(['GENERAL_SYSTEM_ADMINISTRATOR', 'CATALOG_ADMINISTRATOR', 'ACQUISITIONS_ADMINISTRATOR'], await env.createInstitution('OTHER'))
  for (const op of OPERATIONS) {
    const url = op.request(fixture)
    const anonymous = await env.app.inject({ method: 'GET', url })
    t.equal(anonymous.statusCode, 401, `anonymous GET ${op.url}`)
    const res = await env.app.inject({ method: 'GET', url, headers: outsider.headers })
    if (op.filtered === undefined) {
      t.equal(res.statusCode, 404, `other institution GET ${op.url}`)
      t.equal(res.json().type, '/problems/not-found')
    } else {
      t.same(res.json(), { items: [], nextCursor: null }, `other institution GET ${op.url} lists nothing`)
    }
  }
})
