import t from 'tap'
import { PRESETS } from '../../src/domain/inventory/presets.ts'
import { createTestApp } from '../helpers/app.ts'
import { createProfile, iso2709, reportOf, runImport, sharedRecords, startImport, waitForJob, withOclc } from '../helpers/imports.ts'
import { configure, field, fieldsOf, inventoryDump, itemsOf, mmsIdsOf, poLinesOf, withFields } from '../helpers/orders.ts'
import { readSharedMarc } from '../helpers/shared.ts'

const ADD = { match: { method: 'NONE', noMatchAction: 'ADD' } }

t.test('Evergreen 970: one PO line per record with its price, fund and quantity, one item per 970 in its owning library', async (t) => {
  const env = await createTestApp(t)
  const records = await sharedRecords('evergreen/sample_acq_order.mrc')
  const f970 = records.map((r) => fieldsOf(r, '970'))
  const funds = [...new Set(f970.flat().map((f) => f.get('f') ?? ''))]
  const libraries = [...new Set(f970.flat().map((f) => f.get('o') ?? ''))]
  await configure(env.db, env.institutionId, {
    libraries: Object.fromEntries(libraries.map((code) => [code, ['STACKS']])),
    funds,
    vendors: [{ code: 'INGRAM' }],
  })
  // The provider is chosen at load in Evergreen: here, the vendor target's default.
  const mapping = { ...PRESETS.EVERGREEN_970.mapping, order: { ...PRESETS.EVERGREEN_970.mapping.order, vendor: { sources: [], default: 'INGRAM' } } }
  const profile = await createProfile(env, { type: 'NEW_ORDER', ...ADD, inventory: { type: 'PHYSICAL', location: 'STACKS', preset: 'EVERGREEN_970', mapping } })
  const { job, report } = await runImport(t, env, profile, readSharedMarc('evergreen/sample_acq_order.mrc'))
  t.equal(job.status, 'COMPLETED_SUCCESS', JSON.stringify(job.failureReason ?? job))
  const lines = await poLinesOf(env.db, job.id)
  t.same(
    lines.map((l) => [l.position, l.price, l.fund, l.quantity, l.vendor, l.status]),
    f970.map((fields, i) => [i + 1, Number(fields[0]?.get('p')).toFixed(2), fields[0]?.get('f'), Number(fields[0]?.get('q')), 'INGRAM', 'ACTIVE']),
    'each record\'s 970 $p price, $f fund, $q quantity',
  )
  t.equal(new Set(lines.map((l) => l.purchase_order)).size, records.length, 'one purchase order per record (the default grouping)')
  const mms = await mmsIdsOf(env.db, job.id)
  const items = await itemsOf(env.db, job.id)
  t.same(
    items.map((i) => [i.mms_id, i.library, i.location]),
    f970.flatMap((fields, i) => fields.map((f) => [mms.get(i + 1), f.get('o'), 'STACKS'])),
    'one item per 970, in its $o library and the profile\'s default location (970 has no $l)',
  )
  t.match(report.counters, { poLinesProcessed: 10, poLinesImported: 10, poLinesInReview: 0, itemsProcessed: 10, itemsImported: 10, holdingsAdded: 10, holdingsImported: 10 })
})
