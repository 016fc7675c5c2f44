-- Revert (issue 5): a job of kind REVERT undoes a completed import — records it added are deleted,
-- records it merged or overlaid get their before-image back, records it deleted come back — except
-- records changed again since, which are left alone and reported. It runs in batches like an
-- import's bulk files; each batch commits its records, their outcomes and the job's counters
-- together, so a crash resumes at the first batch not committed.

ALTER TABLE jobs ADD COLUMN reverts_job uuid REFERENCES jobs(id);

-- A job is reverted at most once: no second revert while one is pending or running, and none after
-- one finished. A revert that failed or was cancelled leaves room for another, which skips the
-- records the first one already put back (revert_items_once below).
CREATE UNIQUE INDEX jobs_reverts_job ON jobs (reverts_job)
  WHERE reverts_job IS NOT NULL AND status NOT IN ('FAILED', 'CANCELLED');

-- What a revert does to each record the reverted job touched, planned when the revert starts and
-- decided when its batch runs. `change` is what the reverted job did (ADDED, MERGED, OVERLAID,
-- DELETED); `expected_revision` the revision that job left the record at: any other revision now
-- means someone changed the record since, and the revert leaves it alone.
CREATE TABLE revert_items (
  revert_job_id uuid NOT NULL REFERENCES jobs(id),
  reverted_job_id uuid NOT NULL REFERENCES jobs(id),
  mms_id bigint NOT NULL REFERENCES records(mms_id),
  batch integer NOT NULL,
  change text NOT NULL,
  expected_revision integer NOT NULL,
  -- Null until the item's batch ran: DELETED, RESTORED, UNDELETED or LEFT_ALONE (with a reason).
  outcome text,
  reason text,
  -- The record as the batch found it: its revision, and the job that changed it last.
  found_revision integer,
  found_updated_by_job uuid,
  PRIMARY KEY (revert_job_id, mms_id)
);
CREATE INDEX revert_items_batch ON revert_items (revert_job_id, batch);
-- A record is put back at most once per reverted job, whatever happens to the reverts.
CREATE UNIQUE INDEX revert_items_once ON revert_items (reverted_job_id, mms_id)
  WHERE outcome IN ('DELETED', 'RESTORED', 'UNDELETED');
