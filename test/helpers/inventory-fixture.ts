import type { TestApp } from './app.ts'
import { makeProfile, settled, startJob } from './job-fixtures.ts'
import { iso2709, sharedRecords } from './imports.ts'
import { field, poLinesOf, withFields } from './orders.ts'
import { readSharedMarc } from './shared.ts'

/** The institution configuration the fixtures' inventory points at, made through the API. */
export interface Configuration {
  libraryId: string
  locationId: string
  vendorId: string
  accountId: string
  fundId: string
  itemPolicyId: string
  materialTypeId: string
}

export async function configure(env: TestApp, headers = env.admin.headers): Promise<Configuration> {
  const post = async (url: string, payload: object) => {
    const res = await env.app.inject({ method: 'POST', url, headers, payload })
    if (res.statusCode !== 201) throw new Error(`${url}: ${res.body}`)
    return res.json().id as string
  }
  const libraryId = await post('/v1/libraries', { code: 'MAIN', name: 'Main Library' })
  const vendorId = await post('/v1/vendors', { code: 'YBP', name: 'GOBI', currency: 'USD', accounts: [{ code: 'FIRM', description: 'Firm orders' }] })
  const account = await env.db.selectFrom('vendor_accounts').select('id').where('vendor_id', '=', vendorId).executeTakeFirstOrThrow()
  return {
    libraryId,
    locationId: await post(`/v1/libraries/${libraryId}/locations`, { code: 'STACKS', name: 'Stacks' }),
    vendorId,
    accountId: account.id,
    fundId: await post('/v1/funds', { code: 'HIST', name: 'History' }),
    itemPolicyId: await post('/v1/item-policies', { code: 'LOAN-28', name: '28-day loan' }),
    materialTypeId: await post('/v1/material-types', { code: 'BOOK', name: 'Book' }),
  }
}

/**
 * A completed import of a real file by a profile of `type` (an order file for NEW_ORDER, a
 * bibliographic one for REPOSITORY), and the MMS IDs of the records it added. The order engine
 * makes what it can of the file's order data (with no library configured for the profile, its
 * items are not created and the job ends with errors): tests reading the rows they seed pick
 * theirs out by id, number or barcode. For UPDATE_INVENTORY, the order file is first ordered
 * (NEW_ORDER), then sent again as shelf-ready copies naming each record's PO line in 949 $p: the
 * update job's records are the PO lines' records (it never adds one), answered as its MMS IDs.
 */
export async function importedRecords(env: TestApp, type: 'NEW_ORDER' | 'REPOSITORY' | 'UPDATE_INVENTORY'): Promise<{ jobId: string; mmsIds: string[] }> {
  const file = type === 'REPOSITORY' ? 'pymarc/test.dat' : 'evergreen/sample_acq_order.mrc'
  let content = readSharedMarc(file)
  let ordered: { jobId: string; mmsIds: string[] } | null = null
  if (type === 'UPDATE_INVENTORY') {
    ordered = await importedRecords(env, 'NEW_ORDER')
    const lines = await poLinesOf(env.db, ordered.jobId)
    const records = await sharedRecords(file)
    content = iso2709(records.map((record, i) => withFields(record, [field('949', `p${lines[i]?.number ?? ''}`, `bSHELF-${i + 1}`)])))
  }
  const inventory = type === 'UPDATE_INVENTORY' ? { inventory: { type: 'PHYSICAL', preset: 'ALMA_949_UPDATE_INVENTORY' } } : {}
  const profileId = await makeProfile(env, { type, ...inventory })
  const jobId = await startJob(env, profileId, [{ name: file.split('/')[1] as string, content }])
  const job = await settled(env, jobId)
  if (job.status !== 'COMPLETED_SUCCESS' && job.status !== 'COMPLETED_WITH_ERRORS') throw new Error(`fixture import ended ${job.status}`)
  if (ordered !== null) return { jobId, mmsIds: ordered.mmsIds }
  const records = await env.app.inject({ method: 'GET', url: `/v1/records?jobId=${jobId}&limit=200`, headers: env.admin.headers })
  return { jobId, mmsIds: records.json().items.map((record: { mmsId: string }) => record.mmsId) }
}

export interface Seeded {
  purchaseOrderId: string
  activeLineId: string
  reviewLineId: string
  holdingId: string
  itemIds: string[]
  portfolioId: string
}

/**
 * What an order import leaves on two records (written by the test, as the order engine would):
 * on the first an ACTIVE PO line with a holding of two items, on the second an IN_REVIEW line
 * (unknown vendor and fund) with a portfolio. `tag` keeps numbers and barcodes apart between seeds.
 */
export async function seedInventory(env: TestApp, config: Configuration, jobId: string, mmsIds: [string, string], tag: string): Promise<Seeded> {
  const [first, second] = mmsIds.map(Number) as [number, number]
  const order = await env.db
    .insertInto('purchase_orders')
    .values({ institution_id: env.institutionId, number: `PO-${tag}`, grouping: 'PER_FILE', group_key: 'file-1', vendor_id: config.vendorId, job_id: jobId })
    .returning('id')
    .executeTakeFirstOrThrow()
  const line = (values: object) => ({
    institution_id: env.institutionId,
    purchase_order_id: order.id,
    job_id: jobId,
    type: 'PHYSICAL' as const,
    acquisition_method: 'PURCHASE',
    ...values,
  })
  const active = await env.db
    .insertInto('po_lines')
    .values(
      line({
        number: `POL-${tag}-1`,
        mms_id: first,
        vendor_id: config.vendorId,
        vendor_code: 'YBP',
        vendor_account_id: config.accountId,
        vendor_reference_number: `REF-${tag}`,
        price: '24.95',
        currency: 'USD',
        quantity: 2,
        fund_distribution: JSON.stringify([{ fundId: config.fundId, code: 'HIST', percent: 100 }]),
        fund_code: 'HIST',
        notes: ['Rush order'],
        status: 'ACTIVE',
      }) as never,
    )
    .returning('id')
    .executeTakeFirstOrThrow()
  const review = await env.db
    .insertInto('po_lines')
    .values(
      line({
        number: `POL-${tag}-2`,
        mms_id: second,
        vendor_code: 'NOSUCH',
        type: 'ELECTRONIC',
        quantity: 1,
        fund_code: 'NOPE',
        status: 'IN_REVIEW',
        review_reasons: ['unknown fund "NOPE"', 'unknown vendor "NOSUCH"', 'no price'],
      }) as never,
    )
    .returning('id')
    .executeTakeFirstOrThrow()
  const holding = await env.db
    .insertInto('holdings')
    .values({
      institution_id: env.institutionId,
      mms_id: first,
      library_id: config.libraryId,
      location_id: config.locationId,
      call_number: 'ML410.B4 A5',
      subfields: JSON.stringify([{ code: 'b', value: 'MAIN' }, { code: 'h', value: 'ML410.B4 A5' }]),
      job_id: jobId,
    })
    .returning('id')
    .executeTakeFirstOrThrow()
  const items = await env.db
    .insertInto('items')
    .values([
      {
        institution_id: env.institutionId,
        holding_id: holding.id,
        po_line_id: active.id,
        barcode: `BC-${tag}-1`,
        item_policy_id: config.itemPolicyId,
        material_type_id: config.materialTypeId,
        description: 'v. 1',
        enumeration: '1',
        chronology: '2026',
        copy_number: '1',
        receiving_date: '2026-12-01' as never,
        process_type: 'ACQUISITION',
        job_id: jobId,
      },
      { institution_id: env.institutionId, holding_id: holding.id, po_line_id: active.id, barcode: `BC-${tag}-2`, job_id: jobId },
    ])
    .returning('id')
    .execute()
  const portfolio = await env.db
    .insertInto('portfolios')
    .values({ institution_id: env.institutionId, mms_id: second, po_line_id: review.id, url: 'https://example.org/e/1', public_note: 'Members only', job_id: jobId })
    .returning('id')
    .executeTakeFirstOrThrow()
  return {
    purchaseOrderId: order.id,
    activeLineId: active.id,
    reviewLineId: review.id,
    holdingId: holding.id,
    itemIds: items.map((item) => item.id),
    portfolioId: portfolio.id,
  }
}
