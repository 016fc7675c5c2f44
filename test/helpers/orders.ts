import { sql } from 'kysely'
import type { Db } from '../../src/db/database.ts'
import { type DataField, isDataField, type MarcRecord } from '../../src/marc/record.ts'

/** Institution configuration written straight into its tables (the fixture; the config API is another issue's). */
export interface Configuration {
  libraries?: Record<string, string[]>
  vendors?: Array<{ code: string; currency?: string; accounts?: string[] }>
  funds?: string[]
  itemPolicies?: string[]
  materialTypes?: string[]
}

export async function configure(db: Db, institutionId: string, config: Configuration): Promise<void> {
  for (const [code, locations] of Object.entries(config.libraries ?? {})) {
    await sql`INSERT INTO libraries (institution_id, code, name) VALUES (${institutionId}::uuid, ${code}, ${code}) ON CONFLICT DO NOTHING`.execute(db)
    for (const location of locations) {
      await sql`INSERT INTO locations (library_id, code, name)
                SELECT id, ${location}, ${location} FROM libraries WHERE institution_id = ${institutionId}::uuid AND code = ${code}
                ON CONFLICT DO NOTHING`.execute(db)
    }
  }
  for (const vendor of config.vendors ?? []) {
    await sql`INSERT INTO vendors (institution_id, code, name, currency) VALUES (${institutionId}::uuid, ${vendor.code}, ${vendor.code}, ${vendor.currency ?? 'USD'})
              ON CONFLICT DO NOTHING`.execute(db)
    for (const account of vendor.accounts ?? []) {
      await sql`INSERT INTO vendor_accounts (vendor_id, code) SELECT id, ${account} FROM vendors WHERE institution_id = ${institutionId}::uuid AND code = ${vendor.code}
                ON CONFLICT DO NOTHING`.execute(db)
    }
  }
  for (const code of config.funds ?? []) {
    await sql`INSERT INTO funds (institution_id, code, name) VALUES (${institutionId}::uuid, ${code}, ${code}) ON CONFLICT DO NOTHING`.execute(db)
  }
  for (const code of config.itemPolicies ?? []) {
    await sql`INSERT INTO item_policies (institution_id, code, name) VALUES (${institutionId}::uuid, ${code}, ${code}) ON CONFLICT DO NOTHING`.execute(db)
  }
  for (const code of config.materialTypes ?? []) {
    await sql`INSERT INTO material_types (institution_id, code, name) VALUES (${institutionId}::uuid, ${code}, ${code}) ON CONFLICT DO NOTHING`.execute(db)
  }
}

export interface PoLineView {
  number: string
  mms_id: number
  position: number
  vendor: string | null
  vendor_reference_number: string | null
  type: string
  price: string | null
  currency: string | null
  quantity: number
  fund: string | null
  status: string
  review_reasons: string[]
  purchase_order: string
  notes: string[]
}

/** A job's PO lines with their codes, in the order of the records they came from. */
export async function poLinesOf(db: Db, jobId: string): Promise<PoLineView[]> {
  const result = await sql<PoLineView>`
    SELECT l.number, l.mms_id, i.position, v.code AS vendor, l.vendor_reference_number, l.type, l.price::text AS price, l.currency, l.quantity,
           l.fund_distribution->0->>'code' AS fund, l.status, l.review_reasons, p.number AS purchase_order, l.notes
    FROM po_lines l JOIN incoming_records i ON i.id = l.incoming_record_id JOIN purchase_orders p ON p.id = l.purchase_order_id
    LEFT JOIN vendors v ON v.id = l.vendor_id
    WHERE l.job_id = ${jobId}::uuid ORDER BY i.position
  `.execute(db)
  return result.rows
}

export interface ItemView {
  mms_id: number
  holding_id: string
  library: string
  location: string
  call_number: string | null
  holding_subfields: Array<{ code: string; value: string }>
  barcode: string | null
  item_policy: string | null
  material_type: string | null
  copy_number: string | null
  po_line: string | null
}

/** Items a job created, with their holding's library and location codes, in creation order. */
export async function itemsOf(db: Db, jobId: string): Promise<ItemView[]> {
  const result = await sql<ItemView>`
    SELECT h.mms_id, h.id AS holding_id, lib.code AS library, loc.code AS location, h.call_number, h.subfields AS holding_subfields,
           it.barcode, pol.code AS item_policy, mt.code AS material_type, it.copy_number, l.number AS po_line
    FROM items it JOIN holdings h ON h.id = it.holding_id JOIN libraries lib ON lib.id = h.library_id JOIN locations loc ON loc.id = h.location_id
    LEFT JOIN item_policies pol ON pol.id = it.item_policy_id LEFT JOIN material_types mt ON mt.id = it.material_type_id
    LEFT JOIN po_lines l ON l.id = it.po_line_id
    WHERE it.job_id = ${jobId}::uuid ORDER BY h.mms_id, it.copy_number NULLS FIRST, it.barcode NULLS FIRST
  `.execute(db)
  return result.rows
}

/** The MMS ID each position of a job was written to. */
export async function mmsIdsOf(db: Db, jobId: string): Promise<Map<number, number>> {
  const rows = await db.selectFrom('incoming_records').select(['position', 'mms_id']).where('job_id', '=', jobId).execute()
  return new Map(rows.flatMap((r) => (r.mms_id === null ? [] : [[r.position, Number(r.mms_id)]])))
}

/** The record with `fields` appended (in tag order). */
export function withFields(record: MarcRecord, fields: DataField[]): MarcRecord {
  const all = [...record.fields, ...fields]
  return { leader: record.leader, fields: all.sort((a, b) => (a.tag < b.tag ? -1 : a.tag > b.tag ? 1 : 0)) }
}

/** A data field from `$a…$b…` notation: field('960', 's19.99', 'uART'). */
export function field(tag: string, ...subfields: string[]): DataField {
  return { tag, ind1: ' ', ind2: ' ', subfields: subfields.map((s) => ({ code: s.slice(0, 1), value: s.slice(1) })) }
}

/** The data fields of a tag, each as a map of its first subfield values. */
export function fieldsOf(record: MarcRecord, tag: string): Array<Map<string, string>> {
  return record.fields.filter((f): f is DataField => isDataField(f) && f.tag === tag).map((f) => {
    const map = new Map<string, string>()
    for (const s of f.subfields) if (!map.has(s.code)) map.set(s.code, s.value)
    return map
  })
}

/** Every inventory and order table, and the sequences, as text: what a dry run or a revert must leave as it was. */
export async function inventoryDump(db: Db, options: { sequences?: boolean; records?: boolean } = {}): Promise<string> {
  const rows = async (query: string) => (await sql.raw(query).execute(db)).rows
  return JSON.stringify({
    sequences: options.sequences === false ? null : await rows('SELECT * FROM acquisition_sequences ORDER BY institution_id, name'),
    orders: await rows('SELECT * FROM purchase_orders ORDER BY id'),
    lines: await rows('SELECT * FROM po_lines ORDER BY id'),
    holdings: await rows('SELECT * FROM holdings ORDER BY id'),
    items: await rows('SELECT * FROM items ORDER BY id'),
    portfolios: await rows('SELECT * FROM portfolios ORDER BY id'),
    itemChanges: await rows('SELECT * FROM item_changes ORDER BY job_id, item_id'),
    // A revert writes records back with a new revision: it is compared on what they are.
    records: await rows(options.records === false ? 'SELECT mms_id, marc FROM records WHERE deleted_at IS NULL ORDER BY mms_id' : 'SELECT * FROM records ORDER BY mms_id'),
    keys: await rows('SELECT * FROM record_match_keys ORDER BY institution_id, kind, value, mms_id'),
  })
}
