-- A record's MARC is a few kilobytes of JSON: kept inline and uncompressed up to a page, the import
-- path spends no CPU compressing and decompressing it (TOAST would from 2 kB on).
ALTER TABLE records SET (toast_tuple_target = 8160);
ALTER TABLE record_changes SET (toast_tuple_target = 8160);
