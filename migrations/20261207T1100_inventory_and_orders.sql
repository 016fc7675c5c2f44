-- Inventory and orders from embedded order data (issue 15): holdings, items and portfolios hang off
-- a repository record; PO lines are grouped into purchase orders. Every row carries the job that
-- created it (`job_id`), so a job's PO lines can be listed and a revert removes what the job made;
-- rows a later job changed carry that job in `updated_by_job`, with the before-image in
-- `item_changes`. Codes resolved against the institution's configuration are kept as ids; the codes
-- as the file gave them are kept beside them for the record of what arrived.

-- Per-institution counters: PO numbers, PO line numbers and generated barcodes. A table, not a
-- PostgreSQL sequence, so a dry run (rolled back) and a revert leave it as it was.
CREATE TABLE acquisition_sequences (
  institution_id uuid NOT NULL REFERENCES institutions(id),
  name text NOT NULL CHECK (name IN ('PO', 'PO_LINE', 'BARCODE')),
  last_value bigint NOT NULL DEFAULT 0,
  PRIMARY KEY (institution_id, name)
);

CREATE TABLE purchase_orders (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  institution_id uuid NOT NULL REFERENCES institutions(id),
  number text NOT NULL,
  -- How the profile grouped lines: PER_RECORD, PER_FILE or PER_INVOICE; group_key the record's
  -- incoming id, the bulk file's id or the vendor invoice number.
  grouping text NOT NULL CHECK (grouping IN ('PER_RECORD', 'PER_FILE', 'PER_INVOICE')),
  group_key text NOT NULL,
  vendor_id uuid REFERENCES vendors(id),
  job_id uuid NOT NULL REFERENCES jobs(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (institution_id, number)
);
CREATE INDEX purchase_orders_job ON purchase_orders (job_id);

CREATE TABLE po_lines (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  institution_id uuid NOT NULL REFERENCES institutions(id),
  number text NOT NULL,
  purchase_order_id uuid NOT NULL REFERENCES purchase_orders(id),
  mms_id bigint NOT NULL REFERENCES records(mms_id),
  vendor_id uuid REFERENCES vendors(id),
  vendor_code text,
  vendor_account_id uuid REFERENCES vendor_accounts(id),
  vendor_reference_number text,
  -- PHYSICAL (holding + items) or ELECTRONIC (portfolio).
  type text NOT NULL CHECK (type IN ('PHYSICAL', 'ELECTRONIC')),
  acquisition_method text NOT NULL,
  price numeric(14, 2),
  currency char(3),
  quantity integer NOT NULL CHECK (quantity >= 1),
  -- [{ "fundId": uuid, "code": text, "percent": number }]; empty when no fund resolved.
  fund_distribution jsonb NOT NULL DEFAULT '[]',
  fund_code text,
  notes text[] NOT NULL DEFAULT '{}',
  status text NOT NULL CHECK (status IN ('ACTIVE', 'IN_REVIEW')),
  review_reasons text[] NOT NULL DEFAULT '{}',
  invoice_number text,
  job_id uuid NOT NULL REFERENCES jobs(id),
  incoming_record_id bigint REFERENCES incoming_records(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (institution_id, number)
);
CREATE INDEX po_lines_list ON po_lines (institution_id, created_at DESC, id DESC);
CREATE INDEX po_lines_job ON po_lines (job_id);
CREATE INDEX po_lines_record ON po_lines (mms_id);
CREATE INDEX po_lines_vendor_reference ON po_lines (institution_id, vendor_reference_number) WHERE vendor_reference_number IS NOT NULL;

-- One holding per record + library + location; items attach to it.
CREATE TABLE holdings (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  institution_id uuid NOT NULL REFERENCES institutions(id),
  mms_id bigint NOT NULL REFERENCES records(mms_id),
  library_id uuid NOT NULL REFERENCES libraries(id),
  location_id uuid NOT NULL REFERENCES locations(id),
  call_number text,
  -- 852 subfields carried over as [{ "code": "h", "value": "..." }, ...].
  subfields jsonb NOT NULL DEFAULT '[]',
  job_id uuid NOT NULL REFERENCES jobs(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (mms_id, library_id, location_id)
);
CREATE INDEX holdings_job ON holdings (job_id);

CREATE TABLE items (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  institution_id uuid NOT NULL REFERENCES institutions(id),
  holding_id uuid NOT NULL REFERENCES holdings(id),
  po_line_id uuid REFERENCES po_lines(id),
  barcode text,
  item_policy_id uuid REFERENCES item_policies(id),
  material_type_id uuid REFERENCES material_types(id),
  description text,
  enumeration text,
  chronology text,
  copy_number text,
  receiving_date date,
  -- ACQUISITION while on order, null once in place.
  process_type text,
  job_id uuid NOT NULL REFERENCES jobs(id),
  updated_by_job uuid REFERENCES jobs(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX items_barcode ON items (institution_id, barcode) WHERE barcode IS NOT NULL;
CREATE INDEX items_holding ON items (holding_id);
CREATE INDEX items_po_line ON items (po_line_id);
CREATE INDEX items_job ON items (job_id);

CREATE TABLE portfolios (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  institution_id uuid NOT NULL REFERENCES institutions(id),
  mms_id bigint NOT NULL REFERENCES records(mms_id),
  po_line_id uuid REFERENCES po_lines(id),
  url text,
  public_note text,
  job_id uuid NOT NULL REFERENCES jobs(id),
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX portfolios_record ON portfolios (mms_id);
CREATE INDEX portfolios_job ON portfolios (job_id);

-- What an UPDATE_INVENTORY job changed on an item, so its revert puts it back.
CREATE TABLE item_changes (
  job_id uuid NOT NULL REFERENCES jobs(id),
  item_id uuid NOT NULL REFERENCES items(id),
  before_barcode text,
  before_item_policy_id uuid,
  before_updated_by_job uuid,
  before_updated_at timestamptz NOT NULL,
  PRIMARY KEY (job_id, item_id)
);

-- What the inventory step did for each incoming record: counts by kind and the reasons of what was
-- not created ({ "poLinesImported": 1, ..., "problems": ["item 2: unknown location 'XX'"] }). Written
-- with the record's outcome, in dry runs too: the report's inventory counters and their drill-down
-- read it.
ALTER TABLE incoming_records ADD COLUMN inventory jsonb;
