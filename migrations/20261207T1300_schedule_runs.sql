-- Each scheduled run, claimed once: the scheduler of every service and worker process inserts the
-- row for a target's due time in the transaction that creates the run's job, and the primary key
-- lets exactly one of them have it (INSERT … ON CONFLICT DO NOTHING). A target is whatever a
-- schedule belongs to, named by its kind ('IMPORT_PROFILE', and next integration profiles), so a
-- new kind of scheduled thing needs no new table. The latest row of a target is also where its
-- schedule stands: a due time at or before it has run. job_id is written in the same transaction,
-- right after the claim (the claim comes first so that the processes that lose it wait on the row
-- and then do nothing, instead of building a job to throw away).
CREATE TABLE schedule_runs (
  target_kind text NOT NULL,
  target_id uuid NOT NULL,
  due_at timestamptz NOT NULL,
  institution_id uuid NOT NULL REFERENCES institutions(id),
  job_id uuid REFERENCES jobs(id),
  claimed_at timestamptz NOT NULL DEFAULT now(),
  claimed_by text NOT NULL,
  PRIMARY KEY (target_kind, target_id, due_at)
);
CREATE INDEX schedule_runs_job ON schedule_runs (job_id);
