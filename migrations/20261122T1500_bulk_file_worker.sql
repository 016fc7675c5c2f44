-- Which worker process completed each bulk file: shows how an import spread over the workers.
ALTER TABLE bulk_files ADD COLUMN processed_by text;
