-- A job's link to the job it came from is one column pair, whatever the kind of link: a re-run (or
-- a dry run's real run) of its original, a revert of the import it undoes, and next an FTP load of
-- its fetch job. A new kind of link is a new value, not a new column. rerun_of and reverts_job stay
-- readable, computed from the pair, for the queries and reports that name them.
ALTER TABLE jobs ADD COLUMN parent_job_id uuid REFERENCES jobs(id);
ALTER TABLE jobs ADD COLUMN parent_link text;
ALTER TABLE jobs ADD CONSTRAINT jobs_parent_link_pair CHECK ((parent_job_id IS NULL) = (parent_link IS NULL));
UPDATE jobs SET parent_job_id = rerun_of, parent_link = 'RERUN_OF' WHERE rerun_of IS NOT NULL;
UPDATE jobs SET parent_job_id = reverts_job, parent_link = 'REVERT_OF' WHERE reverts_job IS NOT NULL;

DROP INDEX jobs_reverts_job;
ALTER TABLE jobs DROP COLUMN rerun_of, DROP COLUMN reverts_job;
ALTER TABLE jobs ADD COLUMN rerun_of uuid GENERATED ALWAYS AS (CASE WHEN parent_link = 'RERUN_OF' THEN parent_job_id END) STORED;
ALTER TABLE jobs ADD COLUMN reverts_job uuid GENERATED ALWAYS AS (CASE WHEN parent_link = 'REVERT_OF' THEN parent_job_id END) STORED;

-- A job is reverted once (the backstop behind the row lock the revert request takes).
CREATE UNIQUE INDEX jobs_one_live_revert ON jobs (parent_job_id)
  WHERE parent_link = 'REVERT_OF' AND status NOT IN ('FAILED', 'CANCELLED');
CREATE INDEX jobs_parent ON jobs (parent_job_id) WHERE parent_job_id IS NOT NULL;

-- Who started the job: a user (created_by), a schedule or the system itself; a job written without
-- saying is the system's.
ALTER TABLE jobs ADD COLUMN actor_kind text NOT NULL DEFAULT 'SYSTEM' CHECK (actor_kind IN ('USER', 'SCHEDULE', 'SYSTEM'));
UPDATE jobs SET actor_kind = 'USER' WHERE created_by IS NOT NULL;
