-- Every problem of a record that was not imported, in record order, each with its code, message
-- and field position (issue 14: "every problem of a record, in order, with its position"): the
-- reader finds them all, and a user fixes them all before uploading again. problem_code and
-- problem_message stay, filled with the first problem, for the readers that name one (counters,
-- the issue's reason). Rows written before keep their one problem, now also as a list of one;
-- their field position was never stored.
ALTER TABLE incoming_records ADD COLUMN problems jsonb;
UPDATE incoming_records
SET problems = jsonb_build_array(jsonb_build_object('code', problem_code, 'message', coalesce(problem_message, '')))
WHERE problem_code IS NOT NULL;
