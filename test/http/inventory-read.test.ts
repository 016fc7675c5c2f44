import t from 'tap'
import { PRESETS } from '../../src/domain/inventory/presets.ts'
import { createTestApp } from '../helpers/app.ts'
import { createProfile, runImport, sharedRecords } from '../helpers/imports.ts'
import { configure, importedRecords, seedInventory } from '../helpers/inventory-fixture.ts'
import { fieldsOf, mmsIdsOf } from '../helpers/orders.ts'
import { assertProblem } from '../helpers/problem.ts'
import { readSharedMarc } from '../helpers/shared.ts'

t.test('PO lines: one by id, the list by job, status, vendor and fund in pages, and a job\'s imported PO lines', async (t) => {
  const env = await createTestApp(t)
  const config = await configure(env)
  const { jobId, mmsIds } = await importedRecords(env, 'NEW_ORDER')
  const seeded = await seedInventory(env, config, jobId, [mmsIds[0] as string, mmsIds[1] as string], 'A')
  const get = (url: string) => env.app.inject({ method: 'GET', url, headers: env.admin.headers })

  const active = await get(`/v1/po-lines/${seeded.activeLineId}`)
  t.equal(active.statusCode, 200)
  const { createdAt, updatedAt, ...line } = active.json()
  t.match(createdAt, /^\d{4}-\d{2}-\d{2}T/)
  t.match(updatedAt, /^\d{4}-\d{2}-\d{2}T/)
  t.same(line, {
    id: seeded.activeLineId,
    number: 'POL-A-1',
    purchaseOrder: { id: seeded.purchaseOrderId, number: 'PO-A' },
    mmsId: mmsIds[0],
    vendor: { id: config.vendorId, code: 'YBP' },
    vendorAccount: { id: config.accountId, code: 'FIRM' },
    vendorReferenceNumber: 'REF-A',
    type: 'PHYSICAL',
    acquisitionMethod: 'PURCHASE',
    price: '24.95',
    currency: 'USD',
    quantity: 2,
    fundDistribution: [{ fundId: config.fundId, code: 'HIST', percent: 100 }],
    fundCode: 'HIST',
    notes: ['Rush order'],
    status: 'ACTIVE',
    reviewReasons: [],
    invoiceNumber: null,
    jobId,
  })
  const review = (await get(`/v1/po-lines/${seeded.reviewLineId}`)).json()
  t.match(review, {
    number: 'POL-A-2',
    vendor: { id: null, code: 'NOSUCH' },
    vendorAccount: null,
    type: 'ELECTRONIC',
    price: null,
    currency: null,
    fundDistribution: [],
    fundCode: 'NOPE',
    status: 'IN_REVIEW',
    reviewReasons: ['unknown fund "NOPE"', 'unknown vendor "NOSUCH"', 'no price'],
  })
  assertProblem(t, await get('/v1/po-lines/00000000-0000-4000-8000-000000000000'), 404, '/problems/not-found', 'no such PO line')

  // The lines this test seeded, in the order listed (the order engine's own lines of the import are left aside).
  const numbers = async (url: string) =>
    (await get(url)).json().items.map((l: { number: string }) => l.number).filter((n: string) => n.startsWith('POL-A-'))
  t.same(await numbers('/v1/po-lines'), ['POL-A-2', 'POL-A-1'], 'newest first')
  t.same(await numbers(`/v1/po-lines?jobId=${jobId}`), ['POL-A-2', 'POL-A-1'])
  t.same(await numbers('/v1/po-lines?status=IN_REVIEW'), ['POL-A-2'])
  t.same(await numbers('/v1/po-lines?status=ACTIVE'), ['POL-A-1'])
  t.same(await numbers(`/v1/po-lines?vendorId=${config.vendorId}`), ['POL-A-1'])
  t.same(await numbers(`/v1/po-lines?fundId=${config.fundId}`), ['POL-A-1'])
  t.same(await numbers(`/v1/po-lines?fundId=${config.fundId}&status=IN_REVIEW`), [], 'filters combine')
  assertProblem(t, await get('/v1/po-lines?status=OPEN'), 400, '/problems/validation-failed', 'an unknown status')
  assertProblem(t, await get('/v1/po-lines?jobId=00000000-0000-4000-8000-000000000000'), 404, '/problems/not-found', 'an unknown job')

  const first = (await get('/v1/po-lines?limit=1')).json()
  t.same(first.items.map((l: { number: string }) => l.number), ['POL-A-2'], 'the newest line first')
  const second = (await get(`/v1/po-lines?limit=1&cursor=${first.nextCursor}`)).json()
  t.same(second.items.map((l: { number: string }) => l.number), ['POL-A-1'], 'then the one before it')

  t.same(await numbers(`/v1/jobs/${jobId}/po-lines`), ['POL-A-2', 'POL-A-1'], 'imported PO lines of the job')
  t.same(await numbers(`/v1/jobs/${jobId}/po-lines?status=IN_REVIEW`), ['POL-A-2'])
  const other = await importedRecords(env, 'NEW_ORDER')
  t.same(await numbers(`/v1/jobs/${other.jobId}/po-lines`), [], 'another job\'s lines are not these')
  assertProblem(t, await get('/v1/jobs/00000000-0000-4000-8000-000000000000/po-lines'), 404, '/problems/not-found')
})

t.test('holdings, items and portfolios of a record; an item by barcode', async (t) => {
  const env = await createTestApp(t)
  const config = await configure(env)
  const { jobId, mmsIds } = await importedRecords(env, 'NEW_ORDER')
  const [withHolding, withPortfolio] = [mmsIds[0] as string, mmsIds[1] as string]
  const seeded = await seedInventory(env, config, jobId, [withHolding, withPortfolio], 'B')
  const get = (url: string) => env.app.inject({ method: 'GET', url, headers: env.admin.headers })

  const holdings = (await get(`/v1/records/${withHolding}/holdings`)).json().items.filter((h: { id: string }) => h.id === seeded.holdingId)
  t.equal(holdings.length, 1)
  t.match(holdings[0], {
    id: seeded.holdingId,
    mmsId: withHolding,
    library: { id: config.libraryId, code: 'MAIN' },
    location: { id: config.locationId, code: 'STACKS' },
    callNumber: 'ML410.B4 A5',
    subfields: [{ code: 'b', value: 'MAIN' }, { code: 'h', value: 'ML410.B4 A5' }],
    itemCount: 2,
    jobId,
  })

  const items = (await get(`/v1/records/${withHolding}/holdings/${seeded.holdingId}/items`)).json().items
  t.same(items.map((item: { barcode: string }) => item.barcode).sort(), ['BC-B-1', 'BC-B-2'])
  const byRecord = (await get(`/v1/records/${withHolding}/items`)).json().items
  const ids = byRecord.map((item: { id: string }) => item.id)
  t.ok(seeded.itemIds.every((id) => ids.includes(id)), 'the record\'s items include the holding\'s')
  assertProblem(t, await get(`/v1/records/${withPortfolio}/holdings/${seeded.holdingId}/items`), 404, '/problems/not-found', 'a holding of another record')
  assertProblem(t, await get('/v1/records/9999999999/items'), 404, '/problems/not-found', 'no such record')

  const found = (await get('/v1/items?barcode=BC-B-1')).json()
  t.equal(found.items.length, 1)
  const { createdAt, updatedAt, ...item } = found.items[0]
  t.ok(createdAt && updatedAt)
  t.same(item, {
    id: seeded.itemIds[0],
    holdingId: seeded.holdingId,
    mmsId: withHolding,
    library: { id: config.libraryId, code: 'MAIN' },
    location: { id: config.locationId, code: 'STACKS' },
    poLine: { id: seeded.activeLineId, number: 'POL-B-1' },
    barcode: 'BC-B-1',
    itemPolicy: { id: config.itemPolicyId, code: 'LOAN-28' },
    materialType: { id: config.materialTypeId, code: 'BOOK' },
    description: 'v. 1',
    enumeration: '1',
    chronology: '2026',
    copyNumber: '1',
    receivingDate: '2026-12-01',
    processType: 'ACQUISITION',
    jobId,
    updatedByJob: null,
  })
  t.same((await get('/v1/items?barcode=bc-b-1')).json().items, [], 'barcodes match exactly')
  assertProblem(t, await get('/v1/items'), 400, '/problems/validation-failed', 'the barcode is required')

  const portfolios = (await get(`/v1/records/${withPortfolio}/portfolios`)).json()
  t.same(portfolios.items.filter((p: { id: string }) => p.id === seeded.portfolioId).map(({ createdAt: _at, ...rest }: { createdAt: string }) => rest), [
    { id: seeded.portfolioId, mmsId: withPortfolio, poLine: { id: seeded.reviewLineId, number: 'POL-B-2' }, url: 'https://example.org/e/1', publicNote: 'Members only', jobId },
  ])

})

t.test('configuration that inventory and PO lines refer to is not deleted: 409 with the reason, deactivating instead', async (t) => {
  const env = await createTestApp(t)
  const config = await configure(env)
  const { jobId, mmsIds } = await importedRecords(env, 'NEW_ORDER')
  const seeded = await seedInventory(env, config, jobId, [mmsIds[0] as string, mmsIds[1] as string], 'C')
  const del = (url: string) => env.app.inject({ method: 'DELETE', url, headers: env.admin.headers })
  const refusals: Array<[string, RegExp]> = [
    [`/v1/libraries/${config.libraryId}/locations/${config.locationId}`, /still used by holdings/],
    [`/v1/vendors/${config.vendorId}`, /still used by (purchase orders|po lines)/],
    [`/v1/funds/${config.fundId}`, /still used by \d+ PO lines?/],
    [`/v1/item-policies/${config.itemPolicyId}`, /still used by items/],
    [`/v1/material-types/${config.materialTypeId}`, /still used by items/],
  ]
  const outsider = await env.userWith(['GENERAL_SYSTEM_ADMINISTRATOR', 'CATALOG_ADMINISTRATOR', 'ACQUISITIONS_ADMINISTRATOR'], await env.createInstitution('OTHER'))
  for (const [url, reason] of refusals) {
    const foreign = await env.app.inject({ method: 'DELETE', url, headers: outsider.headers })
    assertProblem(t, foreign, 404, '/problems/not-found', `${url} from another institution: not found, whether in use or not`)
    const body = assertProblem(t, await del(url), 409, '/problems/conflict', url)
    t.match(body.detail, reason, `${url}: the reason`)
    t.match(body.detail, /deactivate it instead/, `${url}: what to do instead`)
  }
  const dropped = await env.app.inject({
    method: 'PATCH',
    url: `/v1/vendors/${config.vendorId}`,
    headers: { ...env.admin.headers, 'if-match': '"v1"' },
    payload: { accounts: [] },
  })
  const body = assertProblem(t, dropped, 409, '/problems/conflict', 'an account a PO line uses left out')
  t.match(body.detail, /An account removed from Vendor .* is still used by po lines/)
  t.same((await env.db.selectFrom('vendor_accounts').select('code').where('vendor_id', '=', config.vendorId).execute()).map((a) => a.code), ['FIRM'], 'the account stays')
  t.equal((await env.db.selectFrom('vendors').select('version').where('id', '=', config.vendorId).executeTakeFirstOrThrow()).version, 1, 'and so does the vendor')
  const deactivated = await env.app.inject({
    method: 'PATCH',
    url: `/v1/funds/${config.fundId}`,
    headers: { ...env.admin.headers, 'if-match': '"v1"' },
    payload: { active: false },
  })
  t.equal(deactivated.statusCode, 200, 'deactivating a fund in use is fine')

  // An Update Inventory job changed an item's policy from REF-28 to the seeded one: its revert puts
  // REF-28 back, so REF-28 is still in use though no item carries it now.
  const before = await env.app.inject({ method: 'POST', url: '/v1/item-policies', headers: env.admin.headers, payload: { code: 'REF-28', name: 'Reference' } })
  await env.db
    .insertInto('item_changes')
    .values({ job_id: jobId, item_id: seeded.itemIds[0] as string, before_barcode: 'OLD-1', before_item_policy_id: before.json().id, before_updated_at: new Date() })
    .execute()
  const restorable = assertProblem(t, await del(`/v1/item-policies/${before.json().id}`), 409, '/problems/conflict', 'a policy a revert would put back')
  t.match(restorable.detail, /still used by item changes/)
})

t.test('an Evergreen 970 order load against configuration made through the API, read back through the API', async (t) => {
  const env = await createTestApp(t)
  const records = await sharedRecords('evergreen/sample_acq_order.mrc')
  const f970 = records.map((record) => fieldsOf(record, '970'))
  const post = async (url: string, payload: object) => {
    const res = await env.app.inject({ method: 'POST', url, headers: env.admin.headers, payload })
    if (res.statusCode !== 201) throw new Error(`${url}: ${res.body}`)
    return res.json().id as string
  }
  for (const code of new Set(f970.flat().map((f) => f.get('o') ?? ''))) {
    await post(`/v1/libraries/${await post('/v1/libraries', { code, name: code })}/locations`, { code: 'STACKS', name: 'Stacks' })
  }
  for (const code of new Set(f970.flat().map((f) => f.get('f') ?? ''))) await post('/v1/funds', { code, name: code })
  const vendorId = await post('/v1/vendors', { code: 'INGRAM', name: 'Ingram', currency: 'USD' })
  const mapping = { ...PRESETS.EVERGREEN_970.mapping, order: { ...PRESETS.EVERGREEN_970.mapping.order, vendor: { sources: [], default: 'INGRAM' } } }
  const profile = await createProfile(env, {
    type: 'NEW_ORDER',
    match: { method: 'NONE', noMatchAction: 'ADD' },
    inventory: { type: 'PHYSICAL', location: 'STACKS', preset: 'EVERGREEN_970', mapping },
  })
  const { job } = await runImport(t, env, profile, readSharedMarc('evergreen/sample_acq_order.mrc'))
  t.equal(job.status, 'COMPLETED_SUCCESS')
  const mms = await mmsIdsOf(env.db, job.id)
  const get = async (url: string) => (await env.app.inject({ method: 'GET', url, headers: env.admin.headers })).json()

  const lines = (await get(`/v1/jobs/${job.id}/po-lines?limit=200`)).items as Array<{
    mmsId: string
    price: string
    fundCode: string
    fundDistribution: Array<{ code: string }>
    quantity: number
    vendor: { id: string; code: string }
    status: string
  }>
  const byMms = (a: unknown[], b: unknown[]) => Number(a[0]) - Number(b[0])
  t.same(
    lines.map((l) => [l.mmsId, l.price, l.fundDistribution.map((f) => f.code), l.quantity, l.vendor, l.status]).sort(byMms),
    f970.map((fields, i) => [String(mms.get(i + 1)), Number(fields[0]?.get('p')).toFixed(2), [fields[0]?.get('f')], Number(fields[0]?.get('q')), { id: vendorId, code: 'INGRAM' }, 'ACTIVE']).sort(byMms),
    'a PO line per record: 970 $p price, $f fund (resolved to the fund made through the API), $q quantity, the vendor made through the API',
  )
  t.equal((await get(`/v1/po-lines?jobId=${job.id}&vendorId=${vendorId}&limit=200`)).items.length, records.length, 'filtered by the vendor')

  for (const [i, fields] of f970.entries()) {
    const mmsId = String(mms.get(i + 1))
    const holdings = (await get(`/v1/records/${mmsId}/holdings`)).items as Array<{ library: { code: string }; location: { code: string }; itemCount: number }>
    const expected = new Map<string, number>()
    for (const f of fields) expected.set(f.get('o') ?? '', (expected.get(f.get('o') ?? '') ?? 0) + 1)
    t.same(
      holdings.map((h) => [h.library.code, h.location.code, h.itemCount]).sort(),
      [...expected].map(([library, count]) => [library, 'STACKS', count]).sort(),
      `record ${i + 1}: a holding per 970 $o library, with an item per 970`,
    )
    t.equal((await get(`/v1/records/${mmsId}/items`)).items.length, fields.length, `record ${i + 1}: its items`)
  }
})
