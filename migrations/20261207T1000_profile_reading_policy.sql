-- How a profile's jobs read records (issue 14): `repair_policy` STRICT (a record with a defect is
-- not imported) or REPAIR (a defect that can be mended without guessing content is mended and the
-- record imported, each repair recorded on it), and `normalization` PRESERVE (the stored text keeps
-- the incoming Unicode normalization) or NFC / NFD.
--
-- Existing profiles get the defaults, REPAIR and PRESERVE, not what the reader did before (STRICT,
-- NFC): the issue found that reading lost whole records every peer tool reads and changed text
-- without a word, and the defaults are the behaviour it asks of every profile; an administrator who
-- wants the old one sets STRICT / NFC on the profile. Jobs already created keep the snapshot they
-- were created with (a snapshot without these settings reads as before, see readerOptionsOf).
ALTER TABLE import_profiles
  ADD COLUMN repair_policy text NOT NULL DEFAULT 'REPAIR' CHECK (repair_policy IN ('STRICT', 'REPAIR')),
  ADD COLUMN normalization text NOT NULL DEFAULT 'PRESERVE' CHECK (normalization IN ('PRESERVE', 'NFC', 'NFD'));

-- Bytes between or after the records of an upload that are no record (a stray record terminator,
-- padding, trailing bytes) are not counted as records any more: each bulk file keeps the junk that
-- follows its records (its first, the junk before the first record) as [{after, bytes, code,
-- message}], shown in the file's details.
ALTER TABLE bulk_files ADD COLUMN junk jsonb;

-- A merge or overlay that left the record as it was writes nothing (no revision, no before-image);
-- the incoming record says so, for the report's "unchanged" row.
ALTER TABLE incoming_records ADD COLUMN unchanged boolean NOT NULL DEFAULT false;
