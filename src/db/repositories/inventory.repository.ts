import { type RawBuilder, sql } from 'kysely'
import type { InventoryConfig } from '../../domain/inventory/plan.ts'
import type { Executor } from '../database.ts'

/**
 * Inventory and orders written set-based (issue 15): a bulk file group's purchase orders, PO lines,
 * holdings, items and portfolios each in one multi-row statement, in the caller's transaction.
 */

/** The institution's active configuration, by code, in one statement. */
export async function loadInventoryConfig(db: Executor, institutionId: string): Promise<InventoryConfig> {
  const result = await sql<{ libraries: unknown; vendors: unknown; funds: unknown; policies: unknown; materials: unknown }>`
    SELECT
      (SELECT coalesce(json_agg(json_build_object('id', l.id, 'code', l.code,
                'locations', (SELECT coalesce(json_agg(json_build_object('id', o.id, 'code', o.code)), '[]') FROM locations o WHERE o.library_id = l.id AND o.active))), '[]')
         FROM libraries l WHERE l.institution_id = ${institutionId}::uuid AND l.active) AS libraries,
      (SELECT coalesce(json_agg(json_build_object('id', v.id, 'code', v.code, 'currency', v.currency,
                'accounts', (SELECT coalesce(json_agg(json_build_object('id', a.id, 'code', a.code)), '[]') FROM vendor_accounts a WHERE a.vendor_id = v.id))), '[]')
         FROM vendors v WHERE v.institution_id = ${institutionId}::uuid AND v.active) AS vendors,
      (SELECT coalesce(json_agg(json_build_object('id', f.id, 'code', f.code) ORDER BY f.code), '[]')
         FROM funds f WHERE f.institution_id = ${institutionId}::uuid AND f.active) AS funds,
      (SELECT coalesce(json_agg(json_build_object('id', p.id, 'code', p.code)), '[]') FROM item_policies p WHERE p.institution_id = ${institutionId}::uuid) AS policies,
      (SELECT coalesce(json_agg(json_build_object('id', m.id, 'code', m.code)), '[]') FROM material_types m WHERE m.institution_id = ${institutionId}::uuid) AS materials
  `.execute(db)
  const row = result.rows[0]
  type Coded = { id: string; code: string }
  const byCode = (list: unknown) => new Map((list as Coded[]).map((c) => [c.code, c.id]))
  return {
    libraries: new Map((row?.libraries as Array<Coded & { locations: Coded[] }>).map((l) => [l.code, { id: l.id, locations: byCode(l.locations) }])),
    vendors: new Map(
      (row?.vendors as Array<Coded & { currency: string; accounts: Coded[] }>).map((v) => [v.code, { id: v.id, currency: v.currency, accounts: byCode(v.accounts) }]),
    ),
    funds: row?.funds as Coded[],
    itemPolicies: byCode(row?.policies),
    materialTypes: byCode(row?.materials),
  }
}

/** The configuration rows a group's inventory and orders name, by table. */
export interface ConfigurationNamed {
  vendors: ReadonlySet<string>
  vendorAccounts: ReadonlySet<string>
  funds: ReadonlySet<string>
  locations: ReadonlySet<string>
  itemPolicies: ReadonlySet<string>
  materialTypes: ReadonlySet<string>
}

/**
 * Locks the configuration rows a group names FOR KEY SHARE until its transaction ends — the lock a
 * foreign key took for every row written, taken once per row named (the keys are gone:
 * 20261208T0900_links_locked_per_group) — in one statement, vendors before their accounts. A
 * delete of one of them waits for the commit and then sees what names it (lockUnlessNamed,
 * institution-config.repository.ts). False when one of them is gone: deleted after the caller
 * read the configuration.
 */
export async function lockConfiguration(db: Executor, named: ConfigurationNamed): Promise<boolean> {
  const tables = [
    ['vendors', named.vendors],
    ['vendor_accounts', named.vendorAccounts],
    ['funds', named.funds],
    ['locations', named.locations],
    ['item_policies', named.itemPolicies],
    ['material_types', named.materialTypes],
  ] as const
  const wanted = tables.filter(([, ids]) => ids.size > 0)
  if (wanted.length === 0) return true
  // Each table's lock in a subquery of its own (a locking clause cannot apply to a UNION); the
  // branches of a UNION ALL run in order.
  const locks = wanted.map(([table, ids]) => sql`SELECT id FROM (SELECT id FROM ${sql.table(table)} WHERE id = ANY(${[...ids]}::uuid[]) FOR KEY SHARE) AS ${sql.raw(table)}`)
  const result = await sql<{ id: string }>`${sql.join(locks, sql` UNION ALL `)}`.execute(db)
  return result.rows.length === wanted.reduce((n, [, ids]) => n + ids.size, 0)
}

/**
 * Takes `counts` numbers of each institution sequence named in one statement; answers the first
 * number taken of each (the numbers taken are first … first + count - 1). The sequences' rows
 * stay locked until the caller's transaction ends: a rolled back transaction gives its numbers back.
 */
export async function takeSequenceNumbers<Name extends 'PO' | 'PO_LINE' | 'BARCODE'>(
  db: Executor,
  institutionId: string,
  counts: Record<Name, number>,
): Promise<Record<Name, number>> {
  const names = Object.keys(counts) as Name[]
  const result = await sql<{ name: Name; last_value: number }>`
    INSERT INTO acquisition_sequences (institution_id, name, last_value)
    SELECT ${institutionId}::uuid, n, c FROM unnest(${names}::text[], ${names.map((n) => counts[n])}::bigint[]) AS s(n, c)
    ON CONFLICT (institution_id, name) DO UPDATE SET last_value = acquisition_sequences.last_value + excluded.last_value
    RETURNING name, last_value
  `.execute(db)
  const first = { ...counts }
  for (const row of result.rows) first[row.name] = Number(row.last_value) - counts[row.name] + 1
  return first
}

/** The purchase orders this job already opened for PER_INVOICE/PER_FILE keys (a later transaction of the same job). */
export async function findJobPurchaseOrders(db: Executor, jobId: string, groupKeys: readonly string[]): Promise<Map<string, string>> {
  if (groupKeys.length === 0) return new Map()
  const rows = await sql<{ id: string; group_key: string }>`
    SELECT id, group_key FROM purchase_orders WHERE job_id = ${jobId}::uuid AND group_key = ANY(${[...groupKeys]}::text[])
  `.execute(db)
  return new Map(rows.rows.map((row) => [row.group_key, row.id]))
}

export interface PurchaseOrderRow {
  id: string
  grouping: string
  groupKey: string
  vendorId: string | null
}

export interface PoLineRow {
  id: string
  purchase_order_id: string
  mms_id: number
  vendor_id: string | null
  vendor_code: string | null
  vendor_account_id: string | null
  vendor_reference_number: string | null
  type: string
  acquisition_method: string
  price: string | null
  currency: string | null
  quantity: number
  fund_distribution: unknown
  fund_code: string | null
  notes: string[]
  status: string
  review_reasons: string[]
  invoice_number: string | null
  incoming_record_id: number | null
}

/** A number as the institution's orders show it: the prefix and at least seven digits. */
const numbered = (prefix: string, n: RawBuilder<unknown>) => sql<string>`${prefix} || lpad((${n})::text, greatest(7, length((${n})::text)), '0')`

/**
 * Numbers and inserts purchase orders and PO lines in one statement: takes the numbers still
 * needed from the institution's sequences (PO lines, then orders: the order every transaction
 * takes them in, so two never wait for each other's), numbers the orders and the lines in the
 * order given, and inserts them. `firstLine` is the first PO line number when the caller took the
 * lines' numbers already. Answers each PO line's number by its id.
 */
export async function insertNumberedOrders(
  db: Executor,
  context: { institutionId: string; jobId: string; firstLine: number | null },
  orders: readonly PurchaseOrderRow[],
  lines: readonly PoLineRow[],
): Promise<Map<string, string>> {
  const { institutionId, jobId, firstLine } = context
  const wanted = [...(firstLine === null ? [['PO_LINE', lines.length] as const] : []), ...(orders.length > 0 ? [['PO', orders.length] as const] : [])]
  const result = await sql<{ id: string; number: string }>`
    WITH wanted AS (
      SELECT * FROM unnest(${wanted.map(([name]) => name)}::text[], ${wanted.map(([, count]) => count)}::bigint[]) WITH ORDINALITY AS w(name, count, ord)
    ), taken AS (
      INSERT INTO acquisition_sequences (institution_id, name, last_value)
      SELECT ${institutionId}::uuid, name, count FROM wanted ORDER BY ord
      ON CONFLICT (institution_id, name) DO UPDATE SET last_value = acquisition_sequences.last_value + excluded.last_value
      RETURNING name, last_value
    ), first AS (
      SELECT coalesce(${firstLine}::bigint, (SELECT t.last_value - w.count + 1 FROM taken t JOIN wanted w USING (name) WHERE name = 'PO_LINE')) AS line,
             (SELECT t.last_value - w.count + 1 FROM taken t JOIN wanted w USING (name) WHERE name = 'PO') AS po
    ), orders AS (
      INSERT INTO purchase_orders (id, institution_id, number, grouping, group_key, vendor_id, job_id)
      SELECT r.id, ${institutionId}::uuid, ${numbered('PO-', sql`f.po + r.n`)}, r.grouping, r.group_key, r.vendor_id, ${jobId}::uuid
      FROM jsonb_to_recordset(${JSON.stringify(orders.map((r, n) => ({ id: r.id, grouping: r.grouping, group_key: r.groupKey, vendor_id: r.vendorId, n })))}::jsonb)
        AS r(id uuid, grouping text, group_key text, vendor_id uuid, n bigint)
      CROSS JOIN first f
    )
    INSERT INTO po_lines (id, institution_id, number, purchase_order_id, mms_id, vendor_id, vendor_code, vendor_account_id, vendor_reference_number,
                          type, acquisition_method, price, currency, quantity, fund_distribution, fund_code, notes, status, review_reasons,
                          invoice_number, job_id, incoming_record_id)
    SELECT r.id, ${institutionId}::uuid, ${numbered('POL-', sql`f.line + r.n`)}, purchase_order_id, mms_id, vendor_id, vendor_code, vendor_account_id,
           vendor_reference_number, type, acquisition_method, price, currency, quantity, fund_distribution, fund_code, notes, status, review_reasons,
           invoice_number, ${jobId}::uuid, incoming_record_id
    FROM jsonb_to_recordset(${JSON.stringify(lines.map((row, n) => ({ ...row, n })))}::jsonb)
      AS r(id uuid, purchase_order_id uuid, mms_id bigint, vendor_id uuid, vendor_code text, vendor_account_id uuid,
           vendor_reference_number text, type text, acquisition_method text, price numeric, currency text, quantity int,
           fund_distribution jsonb, fund_code text, notes text[], status text, review_reasons text[], invoice_number text, incoming_record_id bigint, n bigint)
    CROSS JOIN first f
    RETURNING id, number
  `.execute(db)
  return new Map(result.rows.map((row) => [row.id, row.number]))
}

export interface HoldingKey {
  /** The id the holding gets if this statement creates it. */
  id: string
  mms_id: number
  library_id: string
  location_id: string
  call_number: string | null
  subfields: unknown
}

/**
 * The holding of each record + library + location (each key given once), created when there is
 * none: answers each key's holding id and whether this statement created it (none for a key whose
 * holding was deleted meanwhile). One holding per key (the table's unique key), so a second job
 * ordering the same title for the same shelf reuses it.
 */
export async function ensureHoldings(db: Executor, institutionId: string, jobId: string, keys: readonly HoldingKey[]) {
  if (keys.length === 0) return []
  const result = await sql<{ mms_id: number; library_id: string; location_id: string; id: string; created: boolean }>`
    WITH input AS (
      SELECT * FROM jsonb_to_recordset(${JSON.stringify(keys)}::jsonb)
        AS k(id uuid, mms_id bigint, library_id uuid, location_id uuid, call_number text, subfields jsonb)
    ), added AS (
      INSERT INTO holdings (id, institution_id, mms_id, library_id, location_id, call_number, subfields, job_id)
      SELECT id, ${institutionId}::uuid, mms_id, library_id, location_id, call_number, coalesce(subfields, '[]'), ${jobId}::uuid FROM input
      ON CONFLICT (mms_id, library_id, location_id) DO NOTHING
      RETURNING id, mms_id, library_id, location_id
    )
    SELECT mms_id, library_id, location_id, id, true AS created FROM added
    UNION ALL
    -- Each key looked up on the table's unique key (a lateral join: a plain join, or a filter on the
    -- records' ids, was planned as a scan of the whole table while the table had no statistics
    -- yet — every group of a first large import reading ever more). Locked until the commit, as the
    -- items' foreign key to their holding did per item: a revert deleting the holding waits, then
    -- sees the items added to it (revertInventory).
    SELECT mms_id, library_id, location_id, id, false FROM (
      SELECT h.mms_id, h.library_id, h.location_id, h.id
      FROM input i JOIN LATERAL (
        SELECT * FROM holdings h WHERE h.mms_id = i.mms_id AND h.library_id = i.library_id AND h.location_id = i.location_id
      ) h ON true
      FOR KEY SHARE OF h
    ) AS found
  `.execute(db)
  // A holding found by the second part and also added by the first is impossible: the SELECT sees
  // the table as it was before the statement. A key with neither is a holding a revert deleted
  // after the statement began.
  return result.rows.map((row) => ({ ...row, mms_id: Number(row.mms_id) }))
}

export interface ItemRow {
  id: string
  holding_id: string
  po_line_id: string | null
  barcode: string | null
  item_policy_id: string | null
  material_type_id: string | null
  description: string | null
  enumeration: string | null
  chronology: string | null
  copy_number: string | null
  process_type: string | null
}

/**
 * Inserts items, in order; one whose barcode the institution already has (or an earlier item of
 * the same statement has) is not inserted. Answers the ids of the items inserted.
 */
export async function insertItems(db: Executor, institutionId: string, jobId: string, rows: readonly ItemRow[]): Promise<Set<string>> {
  if (rows.length === 0) return new Set()
  const result = await sql<{ id: string }>`
    INSERT INTO items (id, institution_id, holding_id, po_line_id, barcode, item_policy_id, material_type_id, description, enumeration,
                       chronology, copy_number, process_type, job_id)
    SELECT id, ${institutionId}::uuid, holding_id, po_line_id, barcode, item_policy_id, material_type_id, description,
           enumeration, chronology, copy_number, process_type, ${jobId}::uuid
    FROM jsonb_to_recordset(${JSON.stringify(rows.map((row, n) => ({ ...row, n })))}::jsonb)
      AS r(id uuid, holding_id uuid, po_line_id uuid, barcode text, item_policy_id uuid, material_type_id uuid, description text,
           enumeration text, chronology text, copy_number text, process_type text, n bigint)
    ORDER BY n
    ON CONFLICT (institution_id, barcode) WHERE barcode IS NOT NULL DO NOTHING
    RETURNING id
  `.execute(db)
  return new Set(result.rows.map((row) => row.id))
}

export interface PortfolioRow {
  mms_id: number
  po_line_id: string | null
  url: string | null
  public_note: string | null
}

export async function insertPortfolios(db: Executor, institutionId: string, jobId: string, rows: readonly PortfolioRow[]): Promise<void> {
  if (rows.length === 0) return
  await sql`
    INSERT INTO portfolios (institution_id, mms_id, po_line_id, url, public_note, job_id)
    SELECT ${institutionId}::uuid, mms_id, po_line_id, url, public_note, ${jobId}::uuid
    FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) AS r(mms_id bigint, po_line_id uuid, url text, public_note text)
  `.execute(db)
}
