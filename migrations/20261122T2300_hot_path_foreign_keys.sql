-- The foreign keys checked for every record an import writes are dropped: each was a trigger
-- running a lookup and a row lock per row, and together they took about 40 % of the time
-- PostgreSQL spent adding and merging records and a third of writing a split's incoming records
-- (auto_explain with log_triggers over the import benchmark). What they guarded cannot happen:
-- institutions, jobs, bulk files and records are never deleted (records only softly), and these
-- rows are written only by the pipeline, from the job, bulk file and record rows it has just read
-- and locked in the same transaction. The foreign keys of everything written at human pace stay.
ALTER TABLE records DROP CONSTRAINT records_institution_id_fkey;
ALTER TABLE records DROP CONSTRAINT records_created_by_job_fkey;
ALTER TABLE records DROP CONSTRAINT records_updated_by_job_fkey;
ALTER TABLE record_match_keys DROP CONSTRAINT record_match_keys_mms_id_fkey;
ALTER TABLE record_changes DROP CONSTRAINT record_changes_job_id_fkey;
ALTER TABLE record_changes DROP CONSTRAINT record_changes_mms_id_fkey;
ALTER TABLE incoming_records DROP CONSTRAINT incoming_records_job_id_fkey;
ALTER TABLE incoming_records DROP CONSTRAINT incoming_records_bulk_file_id_fkey;
