-- Three more foreign keys an EOD import checks per row are dropped, as 20261207T2140 did for the
-- links to rows that are never deleted: each was a trigger running a lookup and a row lock per
-- item, PO line or holding (800 + 400 + 400 checks per 400-record group with two items each).
--
-- An item's PO line and a PO line's purchase order: rows of the same transaction. A PO line, its
-- items and its purchase order are written by one bulk file transaction
-- (src/pipeline/inventory-writes.ts; a PER_FILE or PER_INVOICE order is shared only by later groups
-- of the same job); Update Inventory changes an item's barcode and policy, never its PO line; and a
-- revert, which deletes the items first, then the PO lines no item names, then the orders no line
-- names, runs only after the job has ended. The items' check was deferred to the commit, which
-- every other bulk file of the job waits for.
--
-- A holding's library: implied by its location's key, which stays. A holding's location is one of
-- its library's (the pipeline finds the location in the library), and a location refuses its
-- deletion while a holding names it, so its library, which refuses deletion while it has a
-- location, cannot go either.
--
-- Kept: items to holdings, the one link between jobs (a later import adds its items to an earlier
-- job's holding), and the keys that refuse deleting configuration an order or item uses.
ALTER TABLE items DROP CONSTRAINT items_po_line_id_fkey;
ALTER TABLE po_lines DROP CONSTRAINT po_lines_purchase_order_id_fkey;
ALTER TABLE holdings DROP CONSTRAINT holdings_library_id_fkey;
