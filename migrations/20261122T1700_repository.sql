-- The repository at batch speed: facts for matching decisions kept beside the MARC, match keys in
-- their own indexed table, locks, soft deletes (a revert brings deleted records back), and one row
-- per record a job changed with its before-image.

ALTER TABLE records
  ADD COLUMN version_005 text,
  ADD COLUMN brief_level smallint NOT NULL DEFAULT 10,
  ADD COLUMN inventory_type text NOT NULL DEFAULT 'NONE',
  ADD COLUMN revision integer NOT NULL DEFAULT 1,
  ADD COLUMN locked_by uuid REFERENCES users(id),
  ADD COLUMN locked_until timestamptz,
  ADD COLUMN deleted_at timestamptz,
  ADD COLUMN deleted_by_job uuid REFERENCES jobs(id);
CREATE INDEX records_institution ON records (institution_id, mms_id) WHERE deleted_at IS NULL;
CREATE INDEX records_updated_by_job ON records (updated_by_job);

CREATE TABLE record_match_keys (
  institution_id uuid NOT NULL,
  kind text NOT NULL,
  value text NOT NULL,
  mms_id bigint NOT NULL REFERENCES records(mms_id),
  cancelled boolean NOT NULL,
  PRIMARY KEY (institution_id, kind, value, mms_id)
);
CREATE INDEX record_match_keys_record ON record_match_keys (mms_id);

-- One row per (job, record): what the job did to it and the record as it was before (null for a
-- record the job added). revision_after tells a later revert whether anyone changed it since.
CREATE TABLE record_changes (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  job_id uuid NOT NULL REFERENCES jobs(id),
  mms_id bigint NOT NULL REFERENCES records(mms_id),
  change text NOT NULL,
  before_marc jsonb,
  before_revision integer,
  revision_after integer NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (job_id, mms_id)
);
CREATE INDEX record_changes_record ON record_changes (mms_id, id);

-- What the matching step decided for each incoming record, so every report counter can be drilled
-- down to its records.
ALTER TABLE incoming_records
  ADD COLUMN matched boolean NOT NULL DEFAULT false,
  ADD COLUMN multi_match boolean NOT NULL DEFAULT false,
  ADD COLUMN candidate_count integer NOT NULL DEFAULT 0,
  ADD COLUMN auto_resolved_by text,
  ADD COLUMN added_despite_match boolean NOT NULL DEFAULT false,
  ADD COLUMN match_skipped_inventory boolean NOT NULL DEFAULT false,
  ADD COLUMN candidates bigint[];
