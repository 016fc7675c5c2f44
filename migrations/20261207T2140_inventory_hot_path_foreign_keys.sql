-- The foreign keys an EOD import checks for every PO line, holding and item it writes to rows that
-- are never deleted are dropped, as 20261122T2300 did for records: each was a trigger running a
-- lookup and a row lock per row (FOR KEY SHARE on the institution and on the job — the row every
-- concurrent bulk transaction of the job also locks and then updates), 14 of the 22 checks per
-- record of an order with two items; measured by EXPLAIN ANALYZE on 400 records, 14 ms of 39.
-- What they guarded cannot happen: institutions, jobs, incoming records and records are never
-- deleted (records only softly), and these rows are written only by the pipeline
-- (src/pipeline/inventory-writes.ts), from the job, incoming record and record rows it has just
-- read or written in the same transaction.
-- Kept: the keys to the institution's configuration (libraries, locations, vendors, vendor
-- accounts, item policies, material types), which refuse deleting what an order or item uses
-- (the configuration API's 409), and those between the inventory tables themselves (items to
-- holdings and PO lines, PO lines to purchase orders, portfolios to PO lines), which a revert
-- deletes and which keep its order of deletion, and a revert racing an import, honest.
ALTER TABLE purchase_orders DROP CONSTRAINT purchase_orders_institution_id_fkey;
ALTER TABLE purchase_orders DROP CONSTRAINT purchase_orders_job_id_fkey;
ALTER TABLE po_lines DROP CONSTRAINT po_lines_institution_id_fkey;
ALTER TABLE po_lines DROP CONSTRAINT po_lines_mms_id_fkey;
ALTER TABLE po_lines DROP CONSTRAINT po_lines_job_id_fkey;
ALTER TABLE po_lines DROP CONSTRAINT po_lines_incoming_record_id_fkey;
ALTER TABLE holdings DROP CONSTRAINT holdings_institution_id_fkey;
ALTER TABLE holdings DROP CONSTRAINT holdings_mms_id_fkey;
ALTER TABLE holdings DROP CONSTRAINT holdings_job_id_fkey;
ALTER TABLE items DROP CONSTRAINT items_institution_id_fkey;
ALTER TABLE items DROP CONSTRAINT items_job_id_fkey;
ALTER TABLE items DROP CONSTRAINT items_updated_by_job_fkey;
ALTER TABLE portfolios DROP CONSTRAINT portfolios_institution_id_fkey;
ALTER TABLE portfolios DROP CONSTRAINT portfolios_mms_id_fkey;
ALTER TABLE portfolios DROP CONSTRAINT portfolios_job_id_fkey;

-- A bulk file group looks up the purchase orders its job already opened for its group keys
-- (findJobPurchaseOrders): by the job alone that read every order the job had opened so far — one
-- per record with the default PER_RECORD grouping — so each group of a large import read more.
-- The job's own lookups (revert, "imported PO lines") use the same index's first column.
CREATE INDEX purchase_orders_job_group ON purchase_orders (job_id, group_key);
DROP INDEX purchase_orders_job;

-- An item's PO line is checked at commit: a bulk file group writes its holdings and items before
-- it takes its PO and PO line numbers (src/pipeline/inventory-writes.ts), so the institution's
-- sequences — locked from then until the commit, which every other bulk file of the job waits
-- for — are held for the purchase orders and PO lines alone. The check itself is as before.
ALTER TABLE items ALTER CONSTRAINT items_po_line_id_fkey DEFERRABLE INITIALLY DEFERRED;
