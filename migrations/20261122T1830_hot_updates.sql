-- The import path updates each record it merges and each incoming record once: with room left on
-- the page and no index on a column that changes, those are HOT updates that write no index entry.
-- Nothing looks records up by updated_by_job (a job's changes are in record_changes), and a job's
-- incoming records are found by job_id alone.
DROP INDEX records_updated_by_job;
ALTER TABLE records SET (fillfactor = 85);
DROP INDEX incoming_records_outcome;
CREATE INDEX incoming_records_job ON incoming_records (job_id);
ALTER TABLE incoming_records SET (fillfactor = 70);
