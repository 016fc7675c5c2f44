-- Import issues (SPEC "Resolving import issues"): a record a person must decide on. MULTI_MATCH
-- issues hold their job in MANUAL_HANDLING_REQUIRED until resolved; INVALID issues list records
-- that could not be read at all, for a person to fix and load again (closed by SKIP only).

CREATE TABLE import_issues (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  institution_id uuid NOT NULL REFERENCES institutions(id),
  job_id uuid NOT NULL REFERENCES jobs(id),
  incoming_record_id bigint NOT NULL UNIQUE REFERENCES incoming_records(id),
  kind text NOT NULL CHECK (kind IN ('MULTI_MATCH', 'INVALID')),
  status text NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN', 'RESOLVED')),
  -- Why no automatic decision was possible: the multi-match explanation or the record's problem.
  reason text NOT NULL,
  -- Each candidate as it was when the issue opened ({mmsId, revision, version005, locked}): a
  -- resolution onto a candidate changed since then is refused.
  candidates jsonb NOT NULL DEFAULT '[]',
  action text CHECK (action IN ('IMPORT_AS_NEW', 'MERGE', 'OVERLAY', 'SKIP')),
  chosen_mms_id bigint,
  resolved_by uuid REFERENCES users(id),
  resolved_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  CHECK ((status = 'OPEN') = (action IS NULL))
);
CREATE INDEX import_issues_institution ON import_issues (institution_id, id);
CREATE INDEX import_issues_job ON import_issues (job_id, id);

-- The action a person chose for the record (the report's "multi-matches resolved manually").
ALTER TABLE incoming_records ADD COLUMN resolved_manually text;
