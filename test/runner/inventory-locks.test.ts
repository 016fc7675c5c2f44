import t from 'tap'
import { sql } from 'kysely'
import { inRetriedTransaction } from '../../src/db/retry.ts'
import { lockUnlessNamed } from '../../src/db/repositories/institution-config.repository.ts'
import { revertInventory } from '../../src/db/repositories/inventory-revert.repository.ts'
import { PRESETS } from '../../src/domain/inventory/presets.ts'
import { inventorySettings } from '../../src/domain/profiles/profile.ts'
import { writeGroupInventory } from '../../src/pipeline/inventory-writes.ts'
import type { TestApp } from '../helpers/app.ts'
import { createTestApp } from '../helpers/app.ts'
import { heldTransaction, runningImportJob } from '../helpers/database.ts'
import { sharedRecords } from '../helpers/imports.ts'
import { configure, field, withFields } from '../helpers/orders.ts'
import { assertProblem } from '../helpers/problem.ts'

// Issue 15 and the configuration API: "Rows other rows point at are not deleted, only deactivated".
// An import's bulk file writes inventory and orders naming locations, vendors, funds, item policies
// and material types — and holdings an earlier import created — in one transaction; a delete of
// one of them at the same moment (through the API, or a revert's) must neither slip between
// (leaving items on a location or a holding that is gone) nor lose the import's work.

const CONFIG = {
  libraries: { MAIN: ['main', 'branch'] },
  vendors: [{ code: 'AMAZ', currency: 'USD', accounts: ['FIRM'] }],
  funds: ['ART'],
  itemPolicies: ['BOOK'],
  materialTypes: ['PRINT'],
}
// Innovative 960/945 with the vendor account in 960 $c and the material type in 945 $m.
const MAPPING = {
  ...PRESETS.III_960.mapping,
  order: { ...PRESETS.III_960.mapping.order, vendorAccount: { sources: ['960$c'], default: null } },
  item: { ...PRESETS.III_960.mapping.item, materialType: { sources: ['945$m'], default: null } },
}

async function groupContext(env: TestApp) {
  await configure(env.db, env.institutionId, CONFIG)
  const jobId = await runningImportJob(env, 'an import writing inventory')
  const inventory = inventorySettings({ type: 'PHYSICAL', library: 'MAIN', preset: 'III_960', mapping: MAPPING }, 'NEW_ORDER')
  const [record] = await sharedRecords('evergreen/jazz_1k.mrc')
  const input = {
    incomingId: 1,
    bulkFileId: 'file-1',
    mmsId: 990_001,
    record: withFields(record!, [field('960', 's12.00', 'uART', 'vAMAZ', 'cFIRM'), field('945', 'iLOCK-1', 'lmain', 'tBOOK', 'mPRINT')]),
  }
  return { context: { jobId, institutionId: env.institutionId, profile: { type: 'NEW_ORDER' as const, inventory } }, input }
}

/** Waits until `count` sessions of this test's database wait for a row lock (at most 5 s); answers how many do. */
async function lockWaiters(env: TestApp, count: number): Promise<number> {
  const deadline = Date.now() + 5000
  for (;;) {
    const result = await sql<{ n: number }>`
      SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'
    `.execute(env.db)
    const n = result.rows[0]?.n ?? 0
    if (n >= count || Date.now() > deadline) return n
    await new Promise((resolve) => setTimeout(resolve, 25))
  }
}

async function idOf(env: TestApp, table: string, code: string): Promise<string> {
  const row = await sql<{ id: string }>`SELECT id FROM ${sql.table(table)} WHERE code = ${code}`.execute(env.db)
  return row.rows[0]?.id ?? ''
}

t.test('deleting configuration an import is writing inventory and orders against waits for its commit, then refuses with what uses it', async (t) => {
  // A connection for the import's transaction, one for each request waiting, one to watch them.
  const env = await createTestApp(t, {}, { work: false, poolSize: 10 })
  const { context, input } = await groupContext(env)
  const libraryId = await idOf(env, 'libraries', 'MAIN')
  const vendorId = await idOf(env, 'vendors', 'AMAZ')

  const group = heldTransaction(env.db, (trx) => writeGroupInventory(trx, context, [input]))
  await group.ready

  const del = (url: string) => env.app.inject({ method: 'DELETE', url, headers: env.admin.headers })
  const deletes: Array<[string, RegExp]> = [
    [`/v1/libraries/${libraryId}/locations/${await idOf(env, 'locations', 'main')}`, /still used by holdings/],
    [`/v1/vendors/${vendorId}`, /still used by (purchase orders|po lines)/],
    [`/v1/funds/${await idOf(env, 'funds', 'ART')}`, /still used by 1 PO line\b/],
    [`/v1/item-policies/${await idOf(env, 'item_policies', 'BOOK')}`, /still used by items/],
    [`/v1/material-types/${await idOf(env, 'material_types', 'PRINT')}`, /still used by items/],
  ]
  const settled: string[] = []
  const answers = deletes.map(([url]) => del(url).finally(() => settled.push(url)))
  const accountDropped = env.app
    .inject({ method: 'PATCH', url: `/v1/vendors/${vendorId}`, headers: { ...env.admin.headers, 'if-match': '"v1"' }, payload: { accounts: [] } })
    .finally(() => settled.push('PATCH accounts'))
  t.equal(await lockWaiters(env, deletes.length + 1), deletes.length + 1, 'each delete waits for the import\'s lock on what it deletes')
  t.same(settled, [], 'none has answered while the import has not committed')
  group.release()
  const tallies = await group.result
  t.match(tallies.get(1), { itemsImported: 1, poLinesImported: 1, holdingsAdded: 1 }, 'the import wrote its item, holding and PO line')

  for (const [i, [url, reason]] of deletes.entries()) {
    const body = assertProblem(t, await answers[i]!, 409, '/problems/conflict', url)
    t.match(body.detail, reason, `${url}: refused, naming what the import wrote`)
  }
  const body = assertProblem(t, await accountDropped, 409, '/problems/conflict', 'the account the PO line names left out')
  t.match(body.detail, /An account removed from Vendor .* is still used by po lines/)
  const named = await sql<{ n: number }>`
    SELECT count(*)::int AS n FROM items i JOIN holdings h ON h.id = i.holding_id JOIN locations l ON l.id = h.location_id
      JOIN item_policies p ON p.id = i.item_policy_id JOIN material_types m ON m.id = i.material_type_id
      JOIN po_lines pl ON pl.id = i.po_line_id JOIN vendors v ON v.id = pl.vendor_id JOIN vendor_accounts a ON a.id = pl.vendor_account_id
    WHERE i.job_id = ${context.jobId}::uuid
  `.execute(env.db)
  t.equal(named.rows[0]?.n, 1, 'everything the item and its PO line name is still there')
})

t.test('an import that read a location deleted before it could lock it starts over, and its item is refused for the unknown location', async (t) => {
  const env = await createTestApp(t, {}, { work: false })
  const { context, input } = await groupContext(env)
  const locationId = await idOf(env, 'locations', 'main')

  // The delete has locked the location and found nothing naming it; it commits a moment later.
  const deletion = heldTransaction(env.db, async (trx) => {
    t.equal(await lockUnlessNamed(trx, 'locations', [locationId]), null, 'nothing names the location yet')
    await sql`DELETE FROM locations WHERE id = ${locationId}::uuid`.execute(trx)
  })
  await deletion.ready
  const group = inRetriedTransaction(env.db, (trx) => writeGroupInventory(trx, context, [input]))
  t.equal(await lockWaiters(env, 1), 1, 'the import waits for the delete\'s lock on the location')
  deletion.release()
  await deletion.result
  const tally = (await group).get(1)

  t.match(tally, { itemsProcessed: 1, itemsImported: 0, itemsNotImported: 1, poLinesImported: 1 }, 'the record keeps its PO line; its item is not created')
  t.match(tally?.problems, [/item 1: .*'main'/], 'with the reason: the location is unknown')
  const dangling = await sql<{ n: number }>`SELECT count(*)::int AS n FROM holdings WHERE location_id = ${locationId}::uuid`.execute(env.db)
  t.equal(dangling.rows[0]?.n, 0, 'no holding names the deleted location')
})

t.test('a revert taking back a holding another import is adding items to waits for that import, and the holding stays with its item', async (t) => {
  const env = await createTestApp(t, {}, { work: false })
  const { context, input } = await groupContext(env)
  await env.db.transaction().execute((trx) => writeGroupInventory(trx, context, [input]))
  const holding = await env.db.selectFrom('holdings').select('id').where('job_id', '=', context.jobId).executeTakeFirstOrThrow()

  // A second import orders the same title for the same shelf: its item goes on the first job's holding.
  const later = await runningImportJob(env, 'a later order of the same title')
  const [record] = await sharedRecords('evergreen/jazz_1k.mrc')
  const second = { ...input, incomingId: 2, record: withFields(record!, [field('960', 's12.00', 'uART', 'vAMAZ'), field('945', 'iLOCK-2', 'lmain')]) }
  const group = heldTransaction(env.db, (trx) => writeGroupInventory(trx, { ...context, jobId: later }, [second]))
  await group.ready

  const revert = env.db.transaction().execute((trx) => revertInventory(trx, context.jobId, [input.mmsId]))
  t.equal(await lockWaiters(env, 1), 1, 'the revert waits for the import holding the holding')
  group.release()
  t.match((await group.result).get(2), { holdingsReused: 1, itemsImported: 1 }, 'the later import put its item on that holding')
  await revert

  const items = await sql<{ barcode: string; holding: string | null }>`
    SELECT i.barcode, h.id AS holding FROM items i LEFT JOIN holdings h ON h.id = i.holding_id ORDER BY i.barcode
  `.execute(env.db)
  t.same(items.rows, [{ barcode: 'LOCK-2', holding: holding.id }], 'the first job\'s item is taken back; the later import\'s item is on the holding, which stays')
})
