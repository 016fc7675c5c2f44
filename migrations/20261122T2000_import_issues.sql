-- Import issues (SPEC "Resolving import issues"): a record a person must decide on. MULTI_MATCH
-- issues hold their job in MANUAL_HANDLING_REQUIRED until resolved; INVALID issues list records
-- that could not be read at all, for a person to fix and load again (set aside by SKIP only).
-- CLOSED: no decision can be taken any more — the issue of a dry run (what a real run would ask),
-- or of a job that was cancelled or failed.

CREATE TABLE import_issues (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  institution_id uuid NOT NULL REFERENCES institutions(id),
  job_id uuid NOT NULL REFERENCES jobs(id),
  incoming_record_id bigint NOT NULL UNIQUE REFERENCES incoming_records(id),
  kind text NOT NULL CHECK (kind IN ('MULTI_MATCH', 'INVALID')),
  status text NOT NULL CHECK (status IN ('OPEN', 'RESOLVED', 'CLOSED')),
  -- Why no automatic decision was possible: the multi-match explanation or the record's problem.
  reason text NOT NULL,
  -- Each candidate as offered to a person ({mmsId, revision, version005, locked}): when the issue
  -- opened, or when a resolution last found it changed. A resolution onto a candidate changed
  -- since is refused.
  candidates jsonb NOT NULL DEFAULT '[]',
  action text CHECK (action IN ('IMPORT_AS_NEW', 'MERGE', 'OVERLAY', 'SKIP')),
  chosen_mms_id bigint,
  resolved_by uuid REFERENCES users(id),
  resolved_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  CHECK ((status = 'RESOLVED') = (action IS NOT NULL))
);
-- Listed in the order of the records (incoming record ids follow the files' order).
CREATE INDEX import_issues_institution ON import_issues (institution_id, incoming_record_id);
CREATE INDEX import_issues_open ON import_issues (institution_id, incoming_record_id) WHERE status = 'OPEN';
CREATE INDEX import_issues_job ON import_issues (job_id, incoming_record_id);

-- The action a person chose for the record (the report's "multi-matches resolved manually").
ALTER TABLE incoming_records ADD COLUMN resolved_manually text;
