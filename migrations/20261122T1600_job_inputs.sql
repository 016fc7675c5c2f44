-- What a job reads. An upload's job reads the files it stored; a re-run reads the stored files of
-- the job it re-runs, or only some of that job's bulk files (their incoming records, in position
-- order). stored_files.job_id stays what it was: the job whose upload stored the file.
CREATE TABLE job_inputs (
  job_id uuid NOT NULL REFERENCES jobs(id),
  seq integer NOT NULL,
  stored_file_id uuid NOT NULL REFERENCES stored_files(id),
  -- Null: the whole stored file. Set: only this bulk file's records (of the stored file above).
  bulk_file_id uuid REFERENCES bulk_files(id),
  PRIMARY KEY (job_id, seq)
);
CREATE INDEX job_inputs_stored_file ON job_inputs (stored_file_id);
CREATE INDEX job_inputs_bulk_file ON job_inputs (bulk_file_id) WHERE bulk_file_id IS NOT NULL;

INSERT INTO job_inputs (job_id, seq, stored_file_id)
SELECT job_id, row_number() OVER (PARTITION BY job_id ORDER BY created_at, id), id
FROM stored_files
WHERE job_id IS NOT NULL;

-- A record's position is its place in the uploaded file it came from, so a job of several files
-- (or a re-run of bulk files from several files) has each position once per file, not once per
-- job: (job_id, position) refused every upload of two files. A bulk file holds the records of one
-- file, so (bulk_file_id, position) is unique; its index also serves reading a file in order.
ALTER TABLE incoming_records DROP CONSTRAINT incoming_records_job_id_position_key;
DROP INDEX incoming_records_bulk;
ALTER TABLE incoming_records ADD CONSTRAINT incoming_records_bulk_position UNIQUE (bulk_file_id, position);
