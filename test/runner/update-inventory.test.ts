import t, { type Test } from 'tap'
import { sql } from 'kysely'
import { PRESETS } from '../../src/domain/inventory/presets.ts'
import type { MarcRecord } from '../../src/marc/record.ts'
import { createTestApp } from '../helpers/app.ts'
import { createProfile, iso2709, reportOf, runImport, sharedRecords, startImport, waitForJob, withOclc } from '../helpers/imports.ts'
import { configure, field, inventoryDump, mmsIdsOf, poLinesOf, withFields } from '../helpers/orders.ts'

// Issue 15 rule 6 (research §1.3; PALS "matching on POL"): an Update Inventory record names its PO
// line by number or vendor reference number; the line's record is the bibliographic record it
// updates (its only match candidate); the line's items take the barcode and item policy of the
// record's item fields, never their location; a record naming no PO line is not imported.
// Every subtest orders its own titles: they pass alone and in any order (tap --grep).

type Env = Awaited<ReturnType<typeof createTestApp>>
const ORDER = { match: { method: 'NONE', noMatchAction: 'ADD' } }
const OVERLAY = { match: { method: 'OCLC', singleMatchAction: 'OVERLAY', noMatchAction: 'ADD' } }
const UPDATE = (extra: object = {}, match: object = OVERLAY.match) => ({
  type: 'UPDATE_INVENTORY',
  match,
  inventory: { type: 'PHYSICAL', preset: 'ALMA_949_UPDATE_INVENTORY', ...extra },
})

interface ItemState {
  copy: string | null
  barcode: string | null
  policy: string | null
  location: string
}

/** The items of a PO line as they are now, by copy number. */
async function itemsOfLine(env: Env, number: string): Promise<ItemState[]> {
  const result = await sql<ItemState>`
    SELECT it.copy_number AS copy, it.barcode, pol.code AS policy, loc.code AS location
    FROM items it JOIN po_lines l ON l.id = it.po_line_id JOIN holdings h ON h.id = it.holding_id JOIN locations loc ON loc.id = h.location_id
    LEFT JOIN item_policies pol ON pol.id = it.item_policy_id
    WHERE l.number = ${number} ORDER BY it.copy_number
  `.execute(env.db)
  return result.rows
}

const recordOf = async (env: Env, mmsId: number) =>
  (await env.db.selectFrom('records').select(['marc', 'deleted_at']).where('mms_id', '=', mmsId).executeTakeFirstOrThrow())

let oclc = 97000
/** Titles of the shared order file, each with OCLC numbers no other subtest uses. */
async function titles(count: number): Promise<MarcRecord[]> {
  const base = (await sharedRecords('evergreen/sample_acq_order.mrc')).slice(0, count)
  const first = oclc
  oclc += count
  return withOclc(base, (i) => first + i)
}

interface OrderedLine {
  number: string
  mmsId: number
  record: MarcRecord
}

/**
 * A NEW_ORDER import as an Innovative vendor sends it (960 order, 961 $i vendor reference, 945
 * items with $i temporary barcode, $l location, $t item policy, $g copy): one PO line per title.
 */
async function order(t: Test, env: Env, lines: Array<{ vr: string; items: Array<[barcode: string, location: string, copy: string]> }>): Promise<{ jobId: string; lines: OrderedLine[] }> {
  const records = (await titles(lines.length)).map((record, i) => {
    const line = lines[i]!
    return withFields(record, [
      field('960', 's10.00', 'uART', 'vAMAZ'),
      field('961', `i${line.vr}`),
      ...line.items.map(([barcode, location, copy]) => field('945', `i${barcode}`, `l${location}`, 'tBOOK', `g${copy}`)),
    ])
  })
  const profile = await createProfile(env, { type: 'NEW_ORDER', ...ORDER, inventory: { type: 'PHYSICAL', library: 'MAIN', preset: 'III_960' } })
  const { job } = await runImport(t, env, profile, iso2709(records))
  t.equal(job.status, 'COMPLETED_SUCCESS', 'ordered')
  const numbers = (await poLinesOf(env.db, job.id)).map((l) => l.number)
  const mms = await mmsIdsOf(env.db, job.id)
  return { jobId: job.id, lines: numbers.map((number, i) => ({ number, mmsId: mms.get(i + 1) as number, record: records[i]! })) }
}

async function revert(env: Env, jobId: string) {
  const res = await env.app.inject({ method: 'POST', url: `/v1/jobs/${jobId}/revert`, headers: env.admin.headers, payload: {} })
  if (res.statusCode !== 202) throw new Error(res.body)
  return waitForJob(env, res.json().id)
}

async function events(env: Env, jobId: string): Promise<string[]> {
  return (await env.db.selectFrom('job_events').select('description').where('job_id', '=', jobId).orderBy('created_at').orderBy('id').execute()).map((e) => e.description)
}

t.test('Update Inventory', async (t) => {
  const env = await createTestApp(t)
  await configure(env.db, env.institutionId, {
    libraries: { MAIN: ['main', 'branch'] },
    vendors: [{ code: 'AMAZ' }],
    funds: ['ART'],
    itemPolicies: ['BOOK', 'LOAN-7', 'REF'],
  })

  t.test('by PO line number: barcodes and item policies updated, location kept; no PO line found: not imported, with why', async (t) => {
    const { lines } = await order(t, env, [
      { vr: 'VR-A', items: [['TMP-A1', 'main', '1'], ['TMP-A2', 'branch', '2']] },
      { vr: 'VR-B', items: [['TMP-B1', 'main', '1']] },
      { vr: 'VR-C', items: [['TMP-C1', 'branch', '1']] },
    ])
    const [lineA, lineB, lineC] = lines as [OrderedLine, OrderedLine, OrderedLine]
    t.same(await itemsOfLine(env, lineA.number), [
      { copy: '1', barcode: 'TMP-A1', policy: 'BOOK', location: 'main' },
      { copy: '2', barcode: 'TMP-A2', policy: 'BOOK', location: 'branch' },
    ])
    // The preset edited so that the file's 949 $l is read as a location too: still never applied.
    const preset = PRESETS.ALMA_949_UPDATE_INVENTORY.mapping
    const mapping = { ...preset, item: { ...preset.item, location: { sources: ['949$l'], default: null } } }
    const profile = await createProfile(env, UPDATE({ mapping, updateInventoryLookup: 'PO_LINE_NUMBER' }))
    const [other1, other2] = await titles(2)
    const shelfReady = [
      withFields(lineA.record, [field('500', 'aShelf-ready copy.'), field('949', `p${lineA.number}`, 'bSR-A1', 'mLOAN-7', 'lbranch'), field('949', 'bSR-A2', 'mREF', 'lmain')]),
      withFields(lineB.record, [field('500', 'aShelf-ready copy.'), field('949', `p${lineB.number}`, 'bSR-B1', 'mNOPE')]),
      withFields(other1!, [field('949', 'pPOL-9999999', 'bSR-X1')]),
      withFields(other2!, [field('949', 'bSR-Y1', 'mREF')]),
    ]
    const before = await inventoryDump(env.db, { sequences: false, records: false })
    const dry = await waitForJob(env, await startImport(env, profile, iso2709(shelfReady), env.admin, { dryRun: 'true' }))
    t.equal(await inventoryDump(env.db, { sequences: false, records: false }), before, 'a dry run changes no item')
    const dryReport = await reportOf(t, env, dry.id)
    const { job, report } = await runImport(t, env, profile, iso2709(shelfReady))
    t.same(report.counters, dryReport.counters, 'the real run does what the dry run said')
    t.equal(job.status, 'COMPLETED_WITH_ERRORS', 'records not imported')
    t.same(await itemsOfLine(env, lineA.number), [
      { copy: '1', barcode: 'SR-A1', policy: 'LOAN-7', location: 'main' },
      { copy: '2', barcode: 'SR-A2', policy: 'REF', location: 'branch' },
    ], 'each 949 $b and $m onto the line\'s items in copy order; 949 $l moves nothing')
    t.same(await itemsOfLine(env, lineB.number), [{ copy: '1', barcode: 'SR-B1', policy: 'BOOK', location: 'main' }], 'an unknown item policy leaves the item\'s own')
    t.same(await itemsOfLine(env, lineC.number), [{ copy: '1', barcode: 'TMP-C1', policy: 'BOOK', location: 'branch' }], 'a line no record named is left alone')

    const mms = await mmsIdsOf(env.db, job.id)
    t.same([...mms].sort(), [[1, lineA.mmsId], [2, lineB.mmsId]], 'the two bibliographic records overlaid the ordered ones; the refused ones wrote nothing')
    // Literal counters: 3 item fields of records with a PO line, 3 items updated, nothing created.
    t.match(report.counters, {
      recordsProcessed: 4,
      recordsImported: 2,
      recordsOverlaid: 2,
      recordsAdded: 0,
      recordsNotImported: 2,
      itemsProcessed: 3,
      itemsUpdated: 3,
      itemsImported: 0,
      itemsNotImported: 0,
      holdingsImported: 0,
      holdingsAdded: 0,
      holdingsUpdated: 0,
      poLinesImported: 0,
    })
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
    const holdings = await env.app.inject({ method: 'GET', url: `/v1/jobs/${job.id}/report/holdingsUpdated/records`, headers: env.admin.headers })
    t.same(holdings.json().records, [], 'no holding updated: items are not holdings')

    t.test('revert restores every barcode and item policy', async (t) => {
      t.equal((await revert(env, job.id)).status, 'COMPLETED_SUCCESS')
      t.same(await itemsOfLine(env, lineA.number), [
        { copy: '1', barcode: 'TMP-A1', policy: 'BOOK', location: 'main' },
        { copy: '2', barcode: 'TMP-A2', policy: 'BOOK', location: 'branch' },
      ])
      t.equal(await inventoryDump(env.db, { sequences: false, records: false }), before, 'every inventory table as before the update job')
    })
  })

  t.test('by vendor reference number (961 $i of the order, 949 $r of the shelf-ready record)', async (t) => {
    const { lines } = await order(t, env, [{ vr: 'VR-D', items: [['TMP-D1', 'branch', '1']] }])
    const lineD = lines[0] as OrderedLine
    const profile = await createProfile(env, UPDATE({ updateInventoryLookup: 'VENDOR_REFERENCE' }))
    const [other] = await titles(1)
    const shelfReady = [withFields(lineD.record, [field('949', 'rVR-D', 'bSR-D1', 'mREF', 'pPOL-0000001')]), withFields(other!, [field('949', 'rVR-NONE', 'bSR-Z1')])]
    const { job, report } = await runImport(t, env, profile, iso2709(shelfReady))
    t.same(await itemsOfLine(env, lineD.number), [{ copy: '1', barcode: 'SR-D1', policy: 'REF', location: 'branch' }], 'the line whose vendor reference is VR-D, whatever 949 $p says')
    t.match(report.counters, { recordsOverlaid: 1, recordsNotImported: 1, itemsUpdated: 1, itemsImported: 0 })
    const row = await env.db.selectFrom('incoming_records').select(['reason', 'inventory']).where('job_id', '=', job.id).where('position', '=', 2).executeTakeFirstOrThrow()
    t.same([row.reason, (row.inventory as { problems: string[] }).problems], ['PO_LINE_NOT_FOUND', ["no PO line with vendor reference number 'VR-NONE'"]])

    t.test('a revert of an update that left its record as it was still restores the items, and says so', async (t) => {
      t.equal((await env.db.selectFrom('record_changes').select('mms_id').where('job_id', '=', job.id).execute()).length, 0, 'the overlay changed no record')
      const reverted = await revert(env, job.id)
      t.equal(reverted.status, 'COMPLETED_NO_BULKS', 'no record to write back')
      t.same(await itemsOfLine(env, lineD.number), [{ copy: '1', barcode: 'TMP-D1', policy: 'BOOK', location: 'branch' }])
      t.ok((await events(env, reverted.id)).includes(`Job ${job.id} left no records to revert; its inventory and orders were taken back`))
    })
  })

  t.test('the bibliographic record updated is the PO line\'s, never another match nor a new one; items are updated when the record is skipped', async (t) => {
    const { lines } = await order(t, env, [
      { vr: 'VR-E', items: [['TMP-E1', 'main', '1']] },
      { vr: 'VR-F', items: [['TMP-F1', 'main', '1']] },
    ])
    const [lineE, lineF] = lines as [OrderedLine, OrderedLine]
    // Another record carrying the OCLC number the shelf-ready record of line E brings.
    const [lookalike] = await titles(1)
    const seed = await createProfile(env, ORDER)
    const { job: seeded } = await runImport(t, env, seed, iso2709([lookalike!]))
    const lookalikeId = (await mmsIdsOf(env.db, seeded.id)).get(1) as number
    const lookalikeBefore = await recordOf(env, lookalikeId)
    const [unmatched] = await titles(1)

    const profile = await createProfile(env, UPDATE())
    const { job, report } = await runImport(t, env, profile, iso2709([
      withFields(lookalike!, [field('500', 'aShelf-ready E.'), field('949', `p${lineE.number}`, 'bSR-E1')]),
      withFields(unmatched!, [field('500', 'aShelf-ready F.'), field('949', `p${lineF.number}`, 'bSR-F1')]),
    ]))
    t.equal(job.status, 'COMPLETED_SUCCESS')
    t.match(report.counters, { recordsProcessed: 2, recordsOverlaid: 2, recordsAdded: 0, itemsUpdated: 2 })
    t.same([...(await mmsIdsOf(env.db, job.id))].sort(), [[1, lineE.mmsId], [2, lineF.mmsId]], 'each overlaid its PO line\'s record')
    t.same(await recordOf(env, lookalikeId), lookalikeBefore, 'the record its OCLC number matches is untouched')
    t.match(JSON.stringify((await recordOf(env, lineF.mmsId)).marc), /Shelf-ready F\./, 'a record matching nothing overlaid the line\'s record instead of being added')

    const skipping = await createProfile(env, UPDATE({}, { method: 'OCLC', singleMatchAction: 'SKIP', noMatchAction: 'ADD' }))
    const lineERecord = await recordOf(env, lineE.mmsId)
    const skipped = await runImport(t, env, skipping, iso2709([withFields(unmatched!, [field('500', 'aNot taken.'), field('949', `p${lineE.number}`, 'bSR-E2', 'mREF')])]))
    t.match(skipped.report.counters, { recordsSkipped: 1, recordsAdded: 0, itemsUpdated: 1 })
    t.same(await recordOf(env, lineE.mmsId), lineERecord, 'the match policy skipped the record')
    t.same(await itemsOfLine(env, lineE.number), [{ copy: '1', barcode: 'SR-E2', policy: 'REF', location: 'main' }], 'its items updated all the same')
  })

  t.test('item fields pair with the line\'s items by copy number, compared as numbers', async (t) => {
    const { lines } = await order(t, env, [{ vr: 'VR-G', items: [['TMP-G1', 'main', '1'], ['TMP-G2', 'branch', '2']] }])
    const lineG = lines[0] as OrderedLine
    const profile = await createProfile(env, UPDATE())
    const { report } = await runImport(t, env, profile, iso2709([
      withFields(lineG.record, [field('949', `p${lineG.number}`, 'bSR-G2', 'mREF', 'g02'), field('949', 'bSR-G1', 'mLOAN-7', 'g01'), field('949', 'bSR-G9', 'g9')]),
    ]))
    t.same(await itemsOfLine(env, lineG.number), [
      { copy: '1', barcode: 'SR-G1', policy: 'LOAN-7', location: 'main' },
      { copy: '2', barcode: 'SR-G2', policy: 'REF', location: 'branch' },
    ], "$g 02 updates copy '2', $g 01 copy '1'")
    t.match(report.counters, { itemsProcessed: 3, itemsUpdated: 2, itemsNotImported: 1 })
  })

  t.test('a barcode another item has is refused; the item\'s item policy is updated all the same', async (t) => {
    const { lines } = await order(t, env, [
      { vr: 'VR-H', items: [['TMP-H1', 'main', '1']] },
      { vr: 'VR-I', items: [['TMP-I1', 'main', '1']] },
    ])
    const [, lineI] = lines as [OrderedLine, OrderedLine]
    const profile = await createProfile(env, UPDATE())
    const { job, report } = await runImport(t, env, profile, iso2709([withFields(lineI.record, [field('949', `p${lineI.number}`, 'bTMP-H1', 'mREF')])]))
    t.equal(job.status, 'COMPLETED_WITH_ERRORS', 'a refused barcode is an error')
    t.same(await itemsOfLine(env, lineI.number), [{ copy: '1', barcode: 'TMP-I1', policy: 'REF', location: 'main' }], 'its own barcode, the new policy')
    t.match(report.counters, { recordsOverlaid: 1, itemsUpdated: 1, itemsNotImported: 0 })
    const row = await env.db.selectFrom('incoming_records').select('inventory').where('job_id', '=', job.id).executeTakeFirstOrThrow()
    t.same((row.inventory as { problems: string[] }).problems, ["item 1: duplicate barcode 'TMP-H1', the item keeps its own barcode"])
  })

  t.test('the same item named by two records of a file is updated once, with the later record\'s values, and counted once', async (t) => {
    const { lines } = await order(t, env, [{ vr: 'VR-J', items: [['TMP-J1', 'main', '1']] }])
    const lineJ = lines[0] as OrderedLine
    const profile = await createProfile(env, UPDATE())
    const { job, report } = await runImport(t, env, profile, iso2709([
      withFields(lineJ.record, [field('949', `p${lineJ.number}`, 'bSR-J1', 'mREF')]),
      withFields(lineJ.record, [field('949', `p${lineJ.number}`, 'bSR-J2', 'mLOAN-7')]),
    ]))
    t.same(await itemsOfLine(env, lineJ.number), [{ copy: '1', barcode: 'SR-J2', policy: 'LOAN-7', location: 'main' }], 'last write wins')
    t.match(report.counters, { itemsProcessed: 2, itemsUpdated: 1 })
    const first = await env.db.selectFrom('incoming_records').select('inventory').where('job_id', '=', job.id).where('position', '=', 1).executeTakeFirstOrThrow()
    t.same((first.inventory as { warnings: string[] }).warnings, ['item 1: a later record of the import names the same item; its values are the ones kept'])
  })

  t.test('the same item named in two bulk files of a job is counted once', async (t) => {
    const { lines } = await order(t, env, [{ vr: 'VR-R', items: [['TMP-R1', 'main', '1']] }])
    const lineR = lines[0] as OrderedLine
    const profile = await createProfile(env, { ...UPDATE(), splitSize: 1 })
    const { report } = await runImport(t, env, profile, iso2709([
      withFields(lineR.record, [field('949', `p${lineR.number}`, 'bSR-R1', 'mREF')]),
      withFields(lineR.record, [field('949', `p${lineR.number}`, 'bSR-R2', 'mLOAN-7')]),
    ]))
    t.same(await itemsOfLine(env, lineR.number), [{ copy: '1', barcode: 'SR-R2', policy: 'LOAN-7', location: 'main' }], 'the later file\'s values')
    t.match(report.counters, { recordsProcessed: 2, itemsProcessed: 2, itemsUpdated: 1 })
  })

  t.test('a barcode another transaction commits while the update waits on it: that item\'s barcode refused, the rest of the file kept', async (t) => {
    const { lines } = await order(t, env, [
      { vr: 'VR-K', items: [['TMP-K1', 'main', '1']] },
      { vr: 'VR-L', items: [['TMP-L1', 'main', '1']] },
      { vr: 'VR-M', items: [['TMP-M1', 'main', '1']] },
    ])
    const [lineK, lineL, lineM] = lines as [OrderedLine, OrderedLine, OrderedLine]
    const profile = await createProfile(env, UPDATE())
    let jobId = ''
    await env.db.transaction().execute(async (trx) => {
      // Another writer gives line K's item the barcode the file gives line L's, and has not committed.
      await sql`UPDATE items i SET barcode = 'RACE-1' FROM po_lines l WHERE l.id = i.po_line_id AND l.number = ${lineK.number}`.execute(trx)
      jobId = await startImport(env, profile, iso2709([
        withFields(lineL.record, [field('949', `p${lineL.number}`, 'bRACE-1', 'mREF')]),
        withFields(lineM.record, [field('949', `p${lineM.number}`, 'bSR-M1', 'mREF')]),
      ]))
      // The import's update waits on our uncommitted barcode (the unique index); then we commit.
      for (let waited = 0; ; waited += 50) {
        const blocked = await sql<{ n: number }>`
          SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'
        `.execute(env.db)
        if ((blocked.rows[0]?.n ?? 0) > 0) break
        if (waited > 20000) throw new Error('the import never waited on the barcode')
        await new Promise((resolve) => setTimeout(resolve, 50))
      }
    })
    const job = await waitForJob(env, jobId)
    t.equal(job.status, 'COMPLETED_WITH_ERRORS', 'the bulk file was not lost')
    const steps = await sql<{ retry_count: number }>`SELECT retry_count FROM pgboss.job WHERE name = 'import.bulk' AND data->>'jobId' = ${jobId}`.execute(env.db)
    t.same(steps.rows.map((row) => row.retry_count), [0], 'nor failed and retried: the unique violation never reached the bulk step')
    t.same(await itemsOfLine(env, lineL.number), [{ copy: '1', barcode: 'TMP-L1', policy: 'REF', location: 'main' }], 'barcode refused, policy updated')
    t.same(await itemsOfLine(env, lineM.number), [{ copy: '1', barcode: 'SR-M1', policy: 'REF', location: 'main' }], 'the other record of the file updated')
  })

  t.test('reverting the order after an update changed its items: those records left alone with their inventory, the rest reverted', async (t) => {
    const { jobId: orderJob, lines } = await order(t, env, [
      { vr: 'VR-N', items: [['TMP-N1', 'main', '1'], ['TMP-N2', 'main', '2']] },
      { vr: 'VR-O', items: [['TMP-O1', 'main', '1']] },
    ])
    const [lineN, lineO] = lines as [OrderedLine, OrderedLine]
    // The update skips the record (match policy) and changes only line N's items.
    const profile = await createProfile(env, UPDATE({}, { method: 'OCLC', singleMatchAction: 'SKIP', noMatchAction: 'SKIP' }))
    const { job: update } = await runImport(t, env, profile, iso2709([withFields(lineN.record, [field('949', `p${lineN.number}`, 'bSR-N1', 'mREF'), field('949', 'bSR-N2')])]))
    const { job: later } = await runImport(t, env, profile, iso2709([withFields(lineN.record, [field('949', `p${lineN.number}`, 'bSR-N1b', 'mLOAN-7', 'g1')])]))

    const revertUpdate = await revert(env, update.id)
    t.equal(revertUpdate.status, 'COMPLETED_NO_BULKS')
    t.same(await itemsOfLine(env, lineN.number), [
      { copy: '1', barcode: 'SR-N1b', policy: 'LOAN-7', location: 'main' },
      { copy: '2', barcode: 'SR-N2', policy: 'BOOK', location: 'main' },
    ], 'the update\'s revert leaves the items of a record a later job changed')
    const lastEvent = (await events(env, revertUpdate.id)).at(-1)
    t.equal(lastEvent, `Job ${update.id} left no records to revert; 2 items on 1 record (${lineN.mmsId}) changed since by another job, left alone with their holdings and PO lines`)

    const revertOrder = await revert(env, orderJob)
    t.equal(revertOrder.status, 'COMPLETED_WITH_ERRORS', 'no FK violation; a record left alone')
    t.same(await itemsOfLine(env, lineN.number), [
      { copy: '1', barcode: 'SR-N1b', policy: 'LOAN-7', location: 'main' },
      { copy: '2', barcode: 'SR-N2', policy: 'BOOK', location: 'main' },
    ], 'line N, its holding and items stay')
    t.same(await itemsOfLine(env, lineO.number), [], 'line O went with its record')
    t.equal((await recordOf(env, lineO.mmsId)).deleted_at === null, false, 'line O\'s record deleted')
    t.equal((await recordOf(env, lineN.mmsId)).deleted_at, null, 'line N\'s record kept')
    const report = (await env.app.inject({ method: 'GET', url: `/v1/jobs/${revertOrder.id}/revert-report/records?outcome=LEFT_ALONE`, headers: env.admin.headers })).json()
    t.match(report.items, [{ mmsId: String(lineN.mmsId), outcome: 'LEFT_ALONE', reason: 'CHANGED_SINCE', lastChangedByJob: later.id, explanation: `Left alone: its items from the import were changed since, last by job ${later.id}` }])
    t.equal(report.items.length, 1)

    t.test('once the later jobs are reverted too, everything is as before the order', async (t) => {
      t.equal((await revert(env, later.id)).status, 'COMPLETED_NO_BULKS')
      t.same(await itemsOfLine(env, lineN.number), [
        { copy: '1', barcode: 'SR-N1', policy: 'REF', location: 'main' },
        { copy: '2', barcode: 'SR-N2', policy: 'BOOK', location: 'main' },
      ], 'the later job\'s revert puts back what the first update left')
    })
  })

  t.test('reverting an order that merged into a record without changing it, after an update changed that record\'s items: said in the log', async (t) => {
    const [existing, added] = await titles(2)
    const { job: seeded } = await runImport(t, env, await createProfile(env, ORDER), iso2709([existing!]))
    const existingId = (await mmsIdsOf(env.db, seeded.id)).get(1) as number
    const orderFields = (vr: string, barcode: string) => [field('960', 's10.00', 'uART', 'vAMAZ'), field('961', `i${vr}`), field('945', `i${barcode}`, 'lmain', 'tBOOK', 'g1')]
    // OCLC match, MERGE: the order's 9XX fields are not taken into the record, so it is left unchanged.
    const orderProfile = await createProfile(env, { type: 'NEW_ORDER', match: { method: 'OCLC', singleMatchAction: 'MERGE', noMatchAction: 'ADD' }, inventory: { type: 'PHYSICAL', library: 'MAIN', preset: 'III_960' } })
    const { job: ordered, report } = await runImport(t, env, orderProfile, iso2709([withFields(existing!, orderFields('VR-U', 'TMP-U1')), withFields(added!, orderFields('VR-V', 'TMP-V1'))]))
    t.match(report.counters, { recordsAdded: 1, recordsMerged: 1, recordsUnchanged: 1, poLinesImported: 2 })
    const [lineU, lineV] = (await poLinesOf(env.db, ordered.id)).map((l) => l.number) as [string, string]
    const skip = await createProfile(env, UPDATE({}, { method: 'OCLC', singleMatchAction: 'SKIP', noMatchAction: 'SKIP' }))
    await runImport(t, env, skip, iso2709([withFields(existing!, [field('949', `p${lineU}`, 'bSR-U1')])]))

    const reverted = await revert(env, ordered.id)
    t.equal(reverted.status, 'COMPLETED_WITH_ERRORS', 'inventory left alone')
    t.same(await itemsOfLine(env, lineU), [{ copy: '1', barcode: 'SR-U1', policy: 'BOOK', location: 'main' }], 'the changed item, its holding and PO line stay')
    t.same(await itemsOfLine(env, lineV), [], 'the added record\'s order taken back')
    t.ok(
      (await events(env, reverted.id)).includes(`Left alone: 1 item on 1 record (${existingId}) changed since by another job, left alone with their holdings and PO lines`),
      'the record no batch reverted is named in the log',
    )
  })

  t.test('reverting an update whose record it overlaid, after a later job changed its items: the record left alone with its items', async (t) => {
    const { lines } = await order(t, env, [
      { vr: 'VR-S', items: [['TMP-S1', 'main', '1']] },
      { vr: 'VR-T', items: [['TMP-T1', 'main', '1']] },
    ])
    const [lineS, lineT] = lines as [OrderedLine, OrderedLine]
    const overlay = await createProfile(env, UPDATE())
    const { job: update } = await runImport(t, env, overlay, iso2709([
      withFields(lineS.record, [field('500', 'aShelf-ready S.'), field('949', `p${lineS.number}`, 'bSR-S1', 'mREF')]),
      withFields(lineT.record, [field('500', 'aShelf-ready T.'), field('949', `p${lineT.number}`, 'bSR-T1', 'mREF')]),
    ]))
    t.match((await reportOf(t, env, update.id)).counters, { recordsOverlaid: 2, itemsUpdated: 2 })
    const skip = await createProfile(env, UPDATE({}, { method: 'OCLC', singleMatchAction: 'SKIP', noMatchAction: 'SKIP' }))
    const { job: later } = await runImport(t, env, skip, iso2709([withFields(lineS.record, [field('949', `p${lineS.number}`, 'bSR-S1b')])]))
    const overlaidS = await recordOf(env, lineS.mmsId)

    const reverted = await revert(env, update.id)
    t.equal(reverted.status, 'COMPLETED_WITH_ERRORS', 'a record left alone')
    t.same(await recordOf(env, lineS.mmsId), overlaidS, 'line S\'s record kept as the update left it')
    t.same(await itemsOfLine(env, lineS.number), [{ copy: '1', barcode: 'SR-S1b', policy: 'REF', location: 'main' }], 'its item as the later job left it')
    t.notMatch(JSON.stringify((await recordOf(env, lineT.mmsId)).marc), /Shelf-ready T\./, 'line T\'s record restored')
    t.same(await itemsOfLine(env, lineT.number), [{ copy: '1', barcode: 'TMP-T1', policy: 'BOOK', location: 'main' }], 'and its item')
    const report = (await env.app.inject({ method: 'GET', url: `/v1/jobs/${reverted.id}/revert-report/records?outcome=LEFT_ALONE`, headers: env.admin.headers })).json()
    t.match(report.items, [{ mmsId: String(lineS.mmsId), importChange: 'OVERLAID', reason: 'CHANGED_SINCE', lastChangedByJob: later.id }])
    t.equal(report.items.length, 1)
  })

  t.test('an Update Inventory record waiting in an import issue: its order data says what the update would do; resolving looks up the PO line first', async (t) => {
    const { lines } = await order(t, env, [
      { vr: 'VR-P', items: [['TMP-P1', 'main', '1'], ['TMP-P2', 'main', '2']] },
      { vr: 'VR-Q', items: [['TMP-Q1', 'main', '1']] },
    ])
    const lineP = lines[0] as OrderedLine
    const seed = await createProfile(env, ORDER)
    const { job: seeded } = await runImport(t, env, seed, iso2709([withFields(lineP.record, [field('500', 'aAnother copy')])]))
    const twin = (await mmsIdsOf(env.db, seeded.id)).get(1) as number
    // Now that a record's only candidate is its PO line's, an Update Inventory job never waits on a
    // multi-match; one that waited before does. Such a job is made here: a job matching on OCLC
    // waits, then carries the snapshot of an Update Inventory profile.
    const waitingProfile = await createProfile(env, { match: { method: 'OCLC', singleMatchAction: 'OVERLAY', multiMatchAction: 'MANUAL', autoResolveMultiMatch: false } })
    const job = await waitForJob(env, await startImport(env, waitingProfile, iso2709([
      withFields(lineP.record, [field('949', `p${lineP.number}`, 'bTMP-Q1', 'mREF', 'g1'), field('949', 'bSR-P2', 'mNOPE', 'g2')]),
      withFields(lineP.record, [field('949', 'pPOL-9999999', 'bSR-X1')]),
    ])))
    t.equal(job.status, 'MANUAL_HANDLING_REQUIRED')
    const { job: anyUpdate } = await runImport(t, env, await createProfile(env, UPDATE()), iso2709([withFields(lineP.record, [field('949', 'pPOL-9999998')])]))
    await sql`UPDATE jobs SET profile_snapshot = (SELECT profile_snapshot FROM jobs WHERE id = ${anyUpdate.id}) WHERE id = ${job.id}`.execute(env.db)

    const list = (await env.app.inject({ method: 'GET', url: `/v1/jobs/${job.id}/issues`, headers: env.admin.headers })).json().items as Array<{ id: string }>
    const details = await Promise.all(list.map(async (issue) => (await env.app.inject({ method: 'GET', url: `/v1/issues/${issue.id}`, headers: env.admin.headers })).json()))
    const named = details.find((d) => d.orderData?.poLineLookup?.key === lineP.number)
    const unnamed = details.find((d) => d.orderData?.poLineLookup?.key === 'POL-9999999')
    t.same([named?.orderData.problems, named?.orderData.warnings], [
      ["item 1: duplicate barcode 'TMP-Q1', the item would keep its own barcode"],
      ["item 2: unknown item policy 'NOPE', the item keeps its own"],
    ], 'what the update would refuse and leave off, as for a new order')
    t.same(unnamed?.orderData.problems, ["no PO line numbered 'POL-9999999'"])

    const before = await inventoryDump(env.db, { sequences: false })
    const resolve = (issueId: string, payload: object) => env.app.inject({ method: 'POST', url: `/v1/issues/${issueId}/resolve`, headers: env.admin.headers, payload })
    const noLine = await resolve(unnamed.id, { action: 'OVERLAY', mmsId: String(lineP.mmsId) })
    t.equal(noLine.statusCode, 409, noLine.body)
    t.match(noLine.headers['content-type'], /application\/problem\+json/)
    t.match(noLine.json().detail, /names no PO line \(no PO line numbered 'POL-9999999'\).*Nothing was written; resolve it with SKIP/)
    t.equal((await resolve(named.id, { action: 'IMPORT_AS_NEW' })).statusCode, 422, 'never a new record')
    const other = await resolve(named.id, { action: 'OVERLAY', mmsId: String(twin) })
    t.equal(other.statusCode, 422, 'never another candidate')
    t.match(other.json().detail, `updates its PO line's record: ${lineP.mmsId} (PO line ${lineP.number})`)
    t.equal(await inventoryDump(env.db, { sequences: false }), before, 'nothing written by the refused resolutions')

    const done = await resolve(named.id, { action: 'OVERLAY', mmsId: String(lineP.mmsId) })
    t.equal(done.statusCode, 200, done.body)
    t.same(await itemsOfLine(env, lineP.number), [
      { copy: '1', barcode: 'TMP-P1', policy: 'REF', location: 'main' },
      { copy: '2', barcode: 'SR-P2', policy: 'BOOK', location: 'main' },
    ], 'the line\'s items updated; the refused barcode kept, the unknown policy left off')
  })
})
