import t from 'tap'
import { sql } from 'kysely'
import { PRESETS } from '../../src/domain/inventory/presets.ts'
import { createTestApp } from '../helpers/app.ts'
import { createProfile, iso2709, reportOf, runImport, sharedRecords, startImport, waitForJob, withOclc } from '../helpers/imports.ts'
import { configure, field, inventoryDump, mmsIdsOf, poLinesOf, withFields } from '../helpers/orders.ts'

// Issue 15 rule 6 (research §1.3; PALS "matching on POL"): an Update Inventory record names its PO
// line by number or vendor reference number; the line's items take the barcode and item policy of
// the record's item fields, never their location; a record naming no PO line is not imported.

const ORDER = { match: { method: 'NONE', noMatchAction: 'ADD' } }
// The bibliographic record of a shelf-ready copy replaces the brief one ordered (its OCLC number).
const OVERLAY = { match: { method: 'OCLC', singleMatchAction: 'OVERLAY', noMatchAction: 'ADD' } }

interface ItemState {
  copy: string | null
  barcode: string | null
  policy: string | null
  location: string
}

/** The items of a PO line as they are now, by copy number. */
async function itemsOfLine(env: Awaited<ReturnType<typeof createTestApp>>, number: string): Promise<ItemState[]> {
  const result = await sql<ItemState>`
    SELECT it.copy_number AS copy, it.barcode, pol.code AS policy, loc.code AS location
    FROM items it JOIN po_lines l ON l.id = it.po_line_id JOIN holdings h ON h.id = it.holding_id JOIN locations loc ON loc.id = h.location_id
    LEFT JOIN item_policies pol ON pol.id = it.item_policy_id
    WHERE l.number = ${number} ORDER BY it.copy_number
  `.execute(env.db)
  return result.rows
}

t.test('Update Inventory', async (t) => {
  const env = await createTestApp(t)
  await configure(env.db, env.institutionId, {
    libraries: { MAIN: ['main', 'branch'] },
    vendors: [{ code: 'AMAZ' }],
    funds: ['ART'],
    itemPolicies: ['BOOK', 'LOAN-7', 'REF'],
  })
  const base = withOclc((await sharedRecords('evergreen/sample_acq_order.mrc')).slice(0, 6), (i) => 97000 + i)
  // The order, as an Innovative vendor sent it: temporary barcodes, the shelf chosen at order time.
  const ordered = [
    withFields(base[0]!, [field('960', 's10.00', 'uART', 'vAMAZ'), field('961', 'iVR-A'), field('945', 'iTMP-A1', 'lmain', 'tBOOK', 'g1'), field('945', 'iTMP-A2', 'lbranch', 'tBOOK', 'g2')]),
    withFields(base[1]!, [field('960', 's11.00', 'uART', 'vAMAZ'), field('961', 'iVR-B'), field('945', 'iTMP-B1', 'lmain', 'tBOOK', 'g1')]),
    withFields(base[2]!, [field('960', 's12.00', 'uART', 'vAMAZ'), field('961', 'iVR-C'), field('945', 'iTMP-C1', 'lbranch', 'tBOOK', 'g1')]),
  ]
  const orderProfile = await createProfile(env, { type: 'NEW_ORDER', ...ORDER, inventory: { type: 'PHYSICAL', library: 'MAIN', preset: 'III_960' } })
  const { job: orderJob } = await runImport(t, env, orderProfile, iso2709(ordered))
  t.equal(orderJob.status, 'COMPLETED_SUCCESS')
  const [lineA, lineB, lineC] = (await poLinesOf(env.db, orderJob.id)).map((l) => l.number) as [string, string, string]
  const orderedMms = await mmsIdsOf(env.db, orderJob.id)
  t.same(await itemsOfLine(env, lineA), [
    { copy: '1', barcode: 'TMP-A1', policy: 'BOOK', location: 'main' },
    { copy: '2', barcode: 'TMP-A2', policy: 'BOOK', location: 'branch' },
  ])

  t.test('by PO line number: barcodes and item policies updated, location kept; no PO line found: not imported, with why', async (t) => {
    // The preset edited so that the file's 949 $l is read as a location too: still never applied.
    const preset = PRESETS.ALMA_949_UPDATE_INVENTORY.mapping
    const mapping = { ...preset, item: { ...preset.item, location: { sources: ['949$l'], default: null } } }
    const profile = await createProfile(env, {
      type: 'UPDATE_INVENTORY',
      ...OVERLAY,
      inventory: { type: 'PHYSICAL', preset: 'ALMA_949_UPDATE_INVENTORY', mapping, updateInventoryLookup: 'PO_LINE_NUMBER' },
    })
    const shelfReady = [
      withFields(base[0]!, [field('500', 'aShelf-ready copy.'), field('949', `p${lineA}`, 'bSR-A1', 'mLOAN-7', 'lbranch'), field('949', 'bSR-A2', 'mREF', 'lmain')]),
      withFields(base[1]!, [field('500', 'aShelf-ready copy.'), field('949', `p${lineB}`, 'bSR-B1', 'mNOPE')]),
      withFields(base[3]!, [field('949', 'pPOL-9999999', 'bSR-X1')]),
      withFields(base[4]!, [field('949', 'bSR-Y1', 'mREF')]),
    ]
    const before = await inventoryDump(env.db, { sequences: false, records: false })
    const dry = await waitForJob(env, await startImport(env, profile, iso2709(shelfReady), env.admin, { dryRun: 'true' }))
    t.equal(await inventoryDump(env.db, { sequences: false, records: false }), before, 'a dry run changes no item')
    const dryReport = await reportOf(t, env, dry.id)
    const { job, report } = await runImport(t, env, profile, iso2709(shelfReady))
    t.same(report.counters, dryReport.counters, 'the real run does what the dry run said')
    t.equal(job.status, 'COMPLETED_WITH_ERRORS', 'records not imported')
    t.same(await itemsOfLine(env, lineA), [
      { copy: '1', barcode: 'SR-A1', policy: 'LOAN-7', location: 'main' },
      { copy: '2', barcode: 'SR-A2', policy: 'REF', location: 'branch' },
    ], 'each 949 $b and $m onto the line\'s items in copy order; 949 $l moves nothing')
    t.same(await itemsOfLine(env, lineB), [{ copy: '1', barcode: 'SR-B1', policy: 'BOOK', location: 'main' }], 'an unknown item policy leaves the item\'s own')
    t.same(await itemsOfLine(env, lineC), [{ copy: '1', barcode: 'TMP-C1', policy: 'BOOK', location: 'branch' }], 'a line no record named is left alone')

    const mms = await mmsIdsOf(env.db, job.id)
    t.same([...mms].sort(), [[1, orderedMms.get(1)], [2, orderedMms.get(2)]], 'the two bibliographic records overlaid the ordered ones (OCLC match); the refused ones wrote nothing')
    t.match(report.counters, { recordsProcessed: 4, recordsOverlaid: 2, recordsAdded: 0, recordsNotImported: 2, itemsProcessed: 3, itemsUpdated: 3, poLinesImported: 0, holdingsAdded: 0 })
    t.equal(report.notImportedByReason.PO_LINE_NOT_FOUND, 2)

    const preview = await env.app.inject({ method: 'GET', url: `/v1/jobs/${job.id}/report/recordsNotImported/records`, headers: env.admin.headers })
    t.same(
      preview.json().records.map((r: { position: number; reason: string; inventoryProblems: string[] }) => [r.position, r.reason, r.inventoryProblems]),
      [
        [3, 'PO_LINE_NOT_FOUND', ["no PO line numbered 'POL-9999999'"]],
        [4, 'PO_LINE_NOT_FOUND', ['no PO line number in the record (949$p)']],
      ],
      'the drill-down names each refused record and why',
    )
    const updated = await env.app.inject({ method: 'GET', url: `/v1/jobs/${job.id}/report/itemsUpdated/records`, headers: env.admin.headers })
    t.same(
      updated.json().records.map((r: { position: number; inventoryWarnings: string[] }) => [r.position, r.inventoryWarnings]),
      [[1, []], [2, ["item 1: unknown item policy 'NOPE', the item keeps its own"]]],
      'items updated: the records behind them, with what was left off',
    )

    t.test('revert restores every barcode and item policy', async (t) => {
      const res = await env.app.inject({ method: 'POST', url: `/v1/jobs/${job.id}/revert`, headers: env.admin.headers, payload: {} })
      t.equal(res.statusCode, 202, res.body)
      const revert = await waitForJob(env, res.json().id)
      t.equal(revert.status, 'COMPLETED_SUCCESS')
      t.same(await itemsOfLine(env, lineA), [
        { copy: '1', barcode: 'TMP-A1', policy: 'BOOK', location: 'main' },
        { copy: '2', barcode: 'TMP-A2', policy: 'BOOK', location: 'branch' },
      ])
      t.equal(await inventoryDump(env.db, { sequences: false, records: false }), before, 'every inventory table as before the update job')
    })
  })

  t.test('by vendor reference number (961 $i of the order, 949 $r of the shelf-ready record)', async (t) => {
    const profile = await createProfile(env, {
      type: 'UPDATE_INVENTORY',
      ...OVERLAY,
      inventory: { type: 'PHYSICAL', preset: 'ALMA_949_UPDATE_INVENTORY', updateInventoryLookup: 'VENDOR_REFERENCE' },
    })
    const shelfReady = [
      withFields(base[2]!, [field('949', 'rVR-C', 'bSR-C1', 'mREF', 'p' + lineA)]),
      withFields(base[5]!, [field('949', 'rVR-NONE', 'bSR-Z1')]),
    ]
    const { job, report } = await runImport(t, env, profile, iso2709(shelfReady))
    t.same(await itemsOfLine(env, lineC), [{ copy: '1', barcode: 'SR-C1', policy: 'REF', location: 'branch' }], 'the line whose vendor reference is VR-C, whatever 949 $p says')
    t.match(report.counters, { recordsOverlaid: 1, recordsNotImported: 1, itemsUpdated: 1 })
    const row = await env.db.selectFrom('incoming_records').select(['reason', 'inventory']).where('job_id', '=', job.id).where('position', '=', 2).executeTakeFirstOrThrow()
    t.same([row.reason, (row.inventory as { problems: string[] }).problems], ['PO_LINE_NOT_FOUND', ["no PO line with vendor reference number 'VR-NONE'"]])

    t.test('a revert of an update that left its record as it was still restores the items', async (t) => {
      t.equal((await env.db.selectFrom('record_changes').select('mms_id').where('job_id', '=', job.id).execute()).length, 0, 'the overlay changed no record')
      const res = await env.app.inject({ method: 'POST', url: `/v1/jobs/${job.id}/revert`, headers: env.admin.headers, payload: {} })
      t.equal(res.statusCode, 202, res.body)
      t.equal((await waitForJob(env, res.json().id)).status, 'COMPLETED_NO_BULKS', 'no record to write back')
      t.same(await itemsOfLine(env, lineC), [{ copy: '1', barcode: 'TMP-C1', policy: 'BOOK', location: 'branch' }])
    })
  })

  t.test('a barcode another item has is refused for that item only', async (t) => {
    const profile = await createProfile(env, { type: 'UPDATE_INVENTORY', ...OVERLAY, inventory: { type: 'PHYSICAL', preset: 'ALMA_949_UPDATE_INVENTORY' } })
    const { job, report } = await runImport(t, env, profile, iso2709([withFields(base[1]!, [field('949', `p${lineB}`, 'bTMP-C1', 'mREF')])]))
    t.equal(job.status, 'COMPLETED_WITH_ERRORS')
    t.same(await itemsOfLine(env, lineB), [{ copy: '1', barcode: 'TMP-B1', policy: 'BOOK', location: 'main' }], 'the item keeps its barcode and policy (the first update was reverted)')
    t.match(report.counters, { recordsOverlaid: 1, itemsUpdated: 0, itemsNotImported: 1 })
  })

  t.test('an Update Inventory record in an import issue: the PO line it names shown, its items updated when it is resolved', async (t) => {
    const seed = await createProfile(env, { match: { method: 'NONE', noMatchAction: 'ADD' } })
    await runImport(t, env, seed, iso2709([withFields(base[2]!, [field('500', 'aAnother copy')])]))
    const profile = await createProfile(env, {
      type: 'UPDATE_INVENTORY',
      match: { method: 'OCLC', singleMatchAction: 'OVERLAY', multiMatchAction: 'MANUAL', autoResolveMultiMatch: false },
      inventory: { type: 'PHYSICAL', preset: 'ALMA_949_UPDATE_INVENTORY' },
    })
    const job = await waitForJob(env, await startImport(env, profile, iso2709([withFields(base[2]!, [field('949', `p${lineC}`, 'bSR-C9', 'mREF')])])))
    t.equal(job.status, 'MANUAL_HANDLING_REQUIRED', 'two copies of the title match')
    t.same(await itemsOfLine(env, lineC), [{ copy: '1', barcode: 'TMP-C1', policy: 'BOOK', location: 'branch' }], 'nothing updated while the record waits')
    const [issue] = (await env.app.inject({ method: 'GET', url: `/v1/jobs/${job.id}/issues`, headers: env.admin.headers })).json().items as Array<{ id: string }>
    const detail = (await env.app.inject({ method: 'GET', url: `/v1/issues/${issue?.id}`, headers: env.admin.headers })).json()
    t.match(detail.orderData, {
      poLine: null,
      poLineLookup: { by: 'PO_LINE_NUMBER', key: lineC, problem: null },
      items: [{ barcode: 'SR-C9', itemPolicy: 'REF', location: null }],
    }, 'the PO line number and the item fields of the record')
    const res = await env.app.inject({ method: 'POST', url: `/v1/issues/${issue?.id}/resolve`, headers: env.admin.headers, payload: { action: 'OVERLAY', mmsId: String(orderedMms.get(3)) } })
    t.equal(res.statusCode, 200, res.statusCode === 200 ? 'resolved' : res.body)
    t.same(await itemsOfLine(env, lineC), [{ copy: '1', barcode: 'SR-C9', policy: 'REF', location: 'branch' }], 'the line\'s item updated')
    t.match((await reportOf(t, env, job.id)).counters, { recordsOverlaid: 1, itemsUpdated: 1 })
  })
})
