-- The foreign keys from inventory and orders to the institution's configuration are dropped: each
-- was a trigger running a lookup and a row lock per item, holding or PO line (800 + 800 + 400 +
-- 400 + 400 + 400 checks per 400-record group with two items each), for rows that name a handful
-- of locations, policies and vendors between them.
--
-- What they guarded stays guarded, in two halves that meet at the configuration row's lock:
-- - a group that writes inventory or orders locks every configuration row they name, once, FOR KEY
--   SHARE until its commit — the lock each key took per row — and starts over if one of them was
--   deleted after the group read the configuration (lockConfiguration, src/db/repositories/
--   inventory.repository.ts); Update Inventory does the same for the item policies it sets;
-- - deleting a location, an item policy, a material type, a vendor or a vendor account locks the
--   row FOR UPDATE first, which waits for every group that locked it, then looks for what names it
--   in a statement of its own, which sees what those groups committed, and refuses (409) if
--   anything does (src/services/institution-config.service.ts). An item policy is also refused
--   while an Update Inventory change could restore it on revert (item_changes).
-- The keys between configuration rows (locations to libraries, vendor accounts to vendors, the
-- resource-sharing libraries) stay.
--
-- An item's holding likewise (800 checks per group): the one link between jobs, since a later
-- import adds its items to the holding an earlier one created for the same record and shelf. The
-- group locks the holdings it finds FOR KEY SHARE (ensureHoldings); a revert, the only thing that
-- deletes holdings, locks the reverted job's holdings FOR UPDATE and only then deletes those that
-- hold no item, in a statement of its own that sees the items such an import committed.
ALTER TABLE holdings DROP CONSTRAINT holdings_location_id_fkey;
ALTER TABLE items DROP CONSTRAINT items_item_policy_id_fkey;
ALTER TABLE items DROP CONSTRAINT items_material_type_id_fkey;
ALTER TABLE po_lines DROP CONSTRAINT po_lines_vendor_id_fkey;
ALTER TABLE po_lines DROP CONSTRAINT po_lines_vendor_account_id_fkey;
ALTER TABLE purchase_orders DROP CONSTRAINT purchase_orders_vendor_id_fkey;
ALTER TABLE items DROP CONSTRAINT items_holding_id_fkey;
