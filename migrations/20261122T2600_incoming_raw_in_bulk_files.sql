-- The bytes of a bulk file's records are kept once, on the bulk file, in position order; each
-- incoming record keeps where its own bytes are in them (raw_start from 0, raw_length). The split
-- writes one value per bulk file instead of one per record; the runner reads a file's bytes in one
-- piece; and writing a record's outcome rewrites a row of ~100 bytes instead of one carrying the
-- record (the raw bytes made the outcome UPDATE the second costliest statement of an import and
-- ~0.9 KB of WAL per record). Stored EXTERNAL (uncompressed, out of line): a record's bytes are
-- read as a slice without reading the whole file, and completing the file does not copy them.
ALTER TABLE bulk_files ADD COLUMN raw bytea;
ALTER TABLE bulk_files ALTER COLUMN raw SET STORAGE EXTERNAL;
ALTER TABLE incoming_records ADD COLUMN raw_start integer, ADD COLUMN raw_length integer;

UPDATE incoming_records i SET raw_start = o.start, raw_length = length(i.raw)
FROM (
  SELECT id, coalesce(sum(length(raw)) OVER (PARTITION BY bulk_file_id ORDER BY position ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0) AS start
  FROM incoming_records
) AS o
WHERE o.id = i.id;
UPDATE bulk_files b SET raw = coalesce((SELECT string_agg(i.raw, ''::bytea ORDER BY i.position) FROM incoming_records i WHERE i.bulk_file_id = b.id), ''::bytea);

ALTER TABLE incoming_records DROP COLUMN raw, ALTER COLUMN raw_start SET NOT NULL, ALTER COLUMN raw_length SET NOT NULL;
ALTER TABLE bulk_files ALTER COLUMN raw SET NOT NULL;
