-- Import jobs end to end: uploaded files stored in chunks, bulk files, incoming records with their
-- outcomes, the event log, and a minimal repository (extended by the matching work).

ALTER TABLE jobs
  ADD COLUMN dry_run boolean NOT NULL DEFAULT false,
  ADD COLUMN profile_snapshot jsonb,
  ADD COLUMN records_total integer NOT NULL DEFAULT 0,
  ADD COLUMN records_done integer NOT NULL DEFAULT 0,
  ADD COLUMN files_total integer NOT NULL DEFAULT 0,
  ADD COLUMN files_done integer NOT NULL DEFAULT 0,
  ADD COLUMN counters jsonb NOT NULL DEFAULT '{}',
  ADD COLUMN failure_reason text,
  ADD COLUMN updated_at timestamptz NOT NULL DEFAULT now();
CREATE INDEX jobs_status ON jobs (institution_id, status);

-- An upload as the client sent it, in 1 MiB chunks so neither writing nor reading it ever holds
-- the whole file in memory.
CREATE TABLE stored_files (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  institution_id uuid NOT NULL REFERENCES institutions(id),
  job_id uuid REFERENCES jobs(id),
  name text NOT NULL,
  content_type text,
  size_bytes bigint NOT NULL DEFAULT 0,
  sha256 text,
  complete boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX stored_files_job ON stored_files (job_id);

CREATE TABLE stored_file_chunks (
  file_id uuid NOT NULL REFERENCES stored_files(id) ON DELETE CASCADE,
  seq integer NOT NULL,
  data bytea NOT NULL,
  PRIMARY KEY (file_id, seq)
);

CREATE TABLE bulk_files (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  job_id uuid NOT NULL REFERENCES jobs(id),
  stored_file_id uuid NOT NULL REFERENCES stored_files(id),
  seq integer NOT NULL,
  name text NOT NULL,
  format text NOT NULL,
  record_count integer NOT NULL,
  size_bytes bigint NOT NULL,
  status text NOT NULL DEFAULT 'PENDING',
  counts jsonb NOT NULL DEFAULT '{}',
  created_at timestamptz NOT NULL DEFAULT now(),
  processed_at timestamptz,
  UNIQUE (job_id, seq)
);

CREATE TABLE incoming_records (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  job_id uuid NOT NULL REFERENCES jobs(id),
  bulk_file_id uuid NOT NULL REFERENCES bulk_files(id),
  position integer NOT NULL,
  raw bytea NOT NULL,
  problem_code text,
  problem_message text,
  warnings jsonb,
  outcome text,
  reason text,
  mms_id bigint,
  UNIQUE (job_id, position)
);
CREATE INDEX incoming_records_bulk ON incoming_records (bulk_file_id, position);
CREATE INDEX incoming_records_outcome ON incoming_records (job_id, outcome);

CREATE TABLE job_events (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  job_id uuid NOT NULL REFERENCES jobs(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  severity text NOT NULL,
  module text NOT NULL,
  status text NOT NULL,
  description text NOT NULL,
  created_by uuid REFERENCES users(id)
);
CREATE INDEX job_events_job ON job_events (job_id, id);

CREATE SEQUENCE mms_id_seq START 9900000000001;

CREATE TABLE records (
  mms_id bigint PRIMARY KEY DEFAULT nextval('mms_id_seq'),
  institution_id uuid NOT NULL REFERENCES institutions(id),
  kind text NOT NULL DEFAULT 'BIBLIOGRAPHIC',
  marc jsonb NOT NULL,
  created_by_job uuid REFERENCES jobs(id),
  updated_by_job uuid REFERENCES jobs(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX records_created_by_job ON records (created_by_job);
