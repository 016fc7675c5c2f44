-- Sets: itemized lists of repository records, made from a job report's row (SPEC "Concepts",
-- "Job report"). A set is a snapshot: its members are the records behind the counter when it was
-- made, and the counts say how many of the counter's incoming records had no repository record.
CREATE TABLE record_sets (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  institution_id uuid NOT NULL REFERENCES institutions(id),
  name text NOT NULL,
  job_id uuid NOT NULL REFERENCES jobs(id),
  counter text NOT NULL,
  job_status text NOT NULL,
  counter_records integer NOT NULL,
  records_without_repository_record integer NOT NULL,
  member_count integer NOT NULL,
  created_by uuid REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX record_sets_institution ON record_sets (institution_id, created_at DESC, id DESC);
CREATE INDEX record_sets_job ON record_sets (job_id);

-- No foreign key to records: its check takes FOR KEY SHARE on every member, which waits on (and
-- blocks) imports holding the same records FOR UPDATE while they merge — a set of 100,000 records
-- would stall imports for as long as it takes to write. Records are soft-deleted, so members keep
-- pointing at a row; listing joins records and shows each one's current state.
CREATE TABLE record_set_members (
  set_id uuid NOT NULL REFERENCES record_sets(id) ON DELETE CASCADE,
  mms_id bigint NOT NULL,
  PRIMARY KEY (set_id, mms_id)
);
