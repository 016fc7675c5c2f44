-- The institution configuration as API resources: every list pages newest first over
-- (created_at, id), every resource is changed with If-Match on its version, and the code lists
-- (item policies, material types) can be deactivated like the rest instead of deleted.

ALTER TABLE institutions ADD COLUMN version integer NOT NULL DEFAULT 1;

ALTER TABLE item_policies
  ADD COLUMN active boolean NOT NULL DEFAULT true,
  ADD COLUMN version integer NOT NULL DEFAULT 1,
  ADD COLUMN updated_at timestamptz NOT NULL DEFAULT now();
ALTER TABLE material_types
  ADD COLUMN active boolean NOT NULL DEFAULT true,
  ADD COLUMN version integer NOT NULL DEFAULT 1,
  ADD COLUMN updated_at timestamptz NOT NULL DEFAULT now();

CREATE INDEX item_policies_list ON item_policies (institution_id, created_at DESC, id DESC);
CREATE INDEX material_types_list ON material_types (institution_id, created_at DESC, id DESC);
CREATE INDEX locations_list ON locations (library_id, created_at DESC, id DESC);
