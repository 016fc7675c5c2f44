-- A job's incoming records are found through the unique (job_id, position) index, whose leading
-- column is job_id: the index on job_id alone was a second entry to write for every record split.
DROP INDEX incoming_records_job;
