-- FTP / FTPS / SFTP import (issue 16). A profile's server settings stay in its `ftp` JSON: the
-- transport (FTP, with `secure` for explicit FTPS, or SFTP), several file-name patterns instead of
-- one, and what is done with a file once loaded. An SFTP private key is a secret of its own
-- (encrypted, like the password).
ALTER TABLE import_profiles ADD COLUMN ftp_private_key_encrypted bytea;
UPDATE import_profiles
   SET ftp = (ftp - 'filePattern') || jsonb_build_object(
         'transport', 'FTP',
         'filePatterns', jsonb_build_array(COALESCE(ftp->>'filePattern', '*')),
         'afterImport', 'LEAVE',
         'moveTo', NULL)
 WHERE ftp IS NOT NULL AND jsonb_typeof(ftp) = 'object';

-- The files a profile has loaded from its server: a file is known by name, size and modification
-- time (a file of the same name with another size or time is new), with the digest of what was read.
CREATE TABLE ftp_loaded_files (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  profile_id uuid NOT NULL REFERENCES import_profiles(id),
  name text NOT NULL,
  size_bytes bigint NOT NULL,
  modified_at timestamptz,
  sha256 text NOT NULL,
  fetch_job_id uuid NOT NULL REFERENCES jobs(id),
  load_job_id uuid NOT NULL REFERENCES jobs(id),
  stored_file_id uuid NOT NULL REFERENCES stored_files(id),
  loaded_at timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX ftp_loaded_files_identity ON ftp_loaded_files (profile_id, name, size_bytes, modified_at) NULLS NOT DISTINCT;
CREATE INDEX ftp_loaded_files_load_job ON ftp_loaded_files (load_job_id);

-- The kinds of link a job may have to its parent, now including an FTP load's link to its fetch.
ALTER TABLE jobs ADD CONSTRAINT jobs_parent_link_kind CHECK (parent_link IN ('RERUN_OF', 'REVERT_OF', 'FTP_LOAD_OF'));
