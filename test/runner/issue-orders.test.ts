import t from 'tap'
import { createTestApp } from '../helpers/app.ts'
import { createProfile, iso2709, reportOf, runImport, sharedRecords, startImport, waitForJob, withOclc } from '../helpers/imports.ts'
import { configure, field, itemsOf, poLinesOf, withFields } from '../helpers/orders.ts'

// Issue 15 item 6: an order record waiting for a person shows its order data, and once the person
// imports it, it gets its PO line and items as if the pipeline had decided it.

t.test('an order record in an import issue: its order data shown, its PO line and items made when it is resolved', async (t) => {
  const env = await createTestApp(t)
  await configure(env.db, env.institutionId, { libraries: { MAIN: ['main', 'branch'] }, vendors: [{ code: 'AMAZ' }], funds: ['ART'], itemPolicies: ['BOOK'] })
  const [base] = withOclc((await sharedRecords('evergreen/sample_acq_order.mrc')).slice(0, 1), () => 98000)
  // Two copies of the title in the repository: the order record matches both.
  const seed = await createProfile(env, { match: { method: 'NONE', noMatchAction: 'ADD' } })
  const { job: seeded } = await runImport(t, env, seed, iso2709([base!, withFields(base!, [field('500', 'aSecond copy')])]))
  const candidates = (await env.db.selectFrom('records').select('mms_id').where('created_by_job', '=', seeded.id).orderBy('mms_id').execute()).map((r) => String(r.mms_id))

  const profile = await createProfile(env, {
    type: 'NEW_ORDER',
    match: { method: 'OCLC', singleMatchAction: 'MERGE', multiMatchAction: 'MANUAL', autoResolveMultiMatch: false },
    inventory: { type: 'PHYSICAL', library: 'MAIN', preset: 'III_960' },
  })
  const order = withFields(base!, [
    field('960', 's24.95', 'uART', 'vAMAZ', 'o2'),
    field('961', 'iVR-77'),
    field('945', 'iIS-1', 'lmain', 'tNOPE', 'g1'),
    field('945', 'iIS-2', 'lzzz', 'tBOOK', 'g2'),
  ])
  const job = await waitForJob(env, await startImport(env, profile, iso2709([order])))
  t.equal(job.status, 'MANUAL_HANDLING_REQUIRED')
  t.same(await poLinesOf(env.db, job.id), [], 'nothing ordered while the record waits')

  const [issue] = (await env.app.inject({ method: 'GET', url: `/v1/jobs/${job.id}/issues`, headers: env.admin.headers })).json().items as Array<{ id: string }>
  const detail = await env.app.inject({ method: 'GET', url: `/v1/issues/${issue?.id}`, headers: env.admin.headers })
  t.equal(detail.statusCode, 200, detail.statusCode === 200 ? 'the issue' : detail.body)
  t.same(
    detail.json().orderData,
    {
      poLine: { vendor: 'AMAZ', vendorReferenceNumber: 'VR-77', price: '24.95', currency: 'USD', fund: 'ART', quantity: 2, type: 'PHYSICAL', status: 'ACTIVE', reviewReasons: [] },
      poLineLookup: null,
      items: [
        { library: null, location: 'main', barcode: 'IS-1', itemPolicy: 'NOPE', materialType: null, callNumber: null, copyNumber: '1' },
        { library: null, location: 'zzz', barcode: 'IS-2', itemPolicy: 'BOOK', materialType: null, callNumber: null, copyNumber: '2' },
      ],
      portfolios: [],
      problems: ["item 2: unknown location 'zzz' in library 'MAIN'"],
      warnings: ["item 1: unknown item policy 'NOPE', created without one"],
    },
    'the 960 order, 961 reference and 945 items of the record, and what would be refused or left off',
  )

  const res = await env.app.inject({ method: 'POST', url: `/v1/issues/${issue?.id}/resolve`, headers: env.admin.headers, payload: { action: 'MERGE', mmsId: candidates[1] } })
  t.equal(res.statusCode, 200, res.statusCode === 200 ? 'resolved' : res.body)
  t.match(await poLinesOf(env.db, job.id), [{ mms_id: candidates[1], price: '24.95', fund: 'ART', vendor: 'AMAZ', quantity: 2, vendor_reference_number: 'VR-77', status: 'ACTIVE' }], 'its PO line, on the chosen record')
  t.same((await itemsOf(env.db, job.id)).map((i) => [String(i.mms_id), i.location, i.barcode, i.item_policy]), [[candidates[1], 'main', 'IS-1', null]], 'its item at a known location')
  const report = await reportOf(t, env, job.id)
  t.match(report.counters, { recordsMerged: 1, poLinesImported: 1, itemsProcessed: 2, itemsImported: 1, itemsNotImported: 1, holdingsAdded: 1 })
  t.equal((await waitForJob(env, job.id)).status, 'COMPLETED_WITH_ERRORS', 'the refused item makes the job end with errors, as in a file')
})
