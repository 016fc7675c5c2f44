-- An upload's 1 MiB chunks are stored as they came, not compressed: pglz compressing them took
-- most of an upload's time in PostgreSQL and decompressing them a good part of the split's read,
-- for MARC that shrinks by about half. (EXTERNAL: out of line as before, but never compressed.)
ALTER TABLE stored_file_chunks ALTER COLUMN data SET STORAGE EXTERNAL;
