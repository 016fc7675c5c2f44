-- Events carry the moment they happened, not the start of the transaction that wrote them (a
-- split writes its "Split into N bulk files" event minutes after the transaction began).
ALTER TABLE job_events ALTER COLUMN created_at SET DEFAULT clock_timestamp();
-- A record's system id is its MMS ID: matched on records.mms_id itself, not a key row per record.
DELETE FROM record_match_keys WHERE kind = 'SYSTEM_ID';
