-- Resource sharing (issue 17, seed 004): integration profiles that harvest a library's borrowing
-- requests from an external system (Libris), the mapping of the external system's library codes to
-- our libraries (per profile), the lending partners (per institution, found by code regardless of
-- case, stored as given), the harvested borrowing requests, and the harvest jobs' link to their profile.

CREATE TABLE integration_profiles (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  institution_id uuid NOT NULL REFERENCES institutions(id),
  code text NOT NULL,
  name text NOT NULL,
  description text NOT NULL DEFAULT '',
  integration_type text NOT NULL CHECK (integration_type IN ('RESOURCE_SHARING')),
  system text NOT NULL CHECK (system IN ('LIBRIS')),
  base_url text NOT NULL,
  library_code text NOT NULL,
  resource_sharing_library_id uuid NOT NULL REFERENCES libraries(id),
  api_key_encrypted bytea,
  authentication boolean NOT NULL DEFAULT false,
  active boolean NOT NULL DEFAULT true,
  harvest_start_date date NOT NULL,
  schedule jsonb NOT NULL DEFAULT '{"kind":"NONE"}',
  -- The last day a successful harvest covered; the next window starts there.
  harvested_through date,
  version integer NOT NULL DEFAULT 1,
  created_by uuid REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  deleted_at timestamptz
);
CREATE UNIQUE INDEX integration_profiles_code ON integration_profiles (institution_id, code) WHERE deleted_at IS NULL;
CREATE INDEX integration_profiles_list ON integration_profiles (institution_id, created_at DESC, id DESC);

CREATE TABLE library_code_mappings (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  integration_profile_id uuid NOT NULL REFERENCES integration_profiles(id),
  external_code text NOT NULL,
  library_id uuid NOT NULL REFERENCES libraries(id),
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (integration_profile_id, external_code)
);
CREATE INDEX library_code_mappings_list ON library_code_mappings (integration_profile_id, created_at DESC, id DESC);

CREATE TABLE partners (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  institution_id uuid NOT NULL REFERENCES institutions(id),
  code text NOT NULL,
  name text NOT NULL,
  system text NOT NULL CHECK (system IN ('LIBRIS')),
  active boolean NOT NULL DEFAULT true,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
-- "Abc" and "abc" are one partner: found by code regardless of case (seed 004).
CREATE UNIQUE INDEX partners_code_ci ON partners (institution_id, lower(code));
CREATE INDEX partners_list ON partners (institution_id, created_at DESC, id DESC);

ALTER TABLE jobs ADD COLUMN integration_profile_id uuid REFERENCES integration_profiles(id);
CREATE INDEX jobs_integration_profile ON jobs (integration_profile_id, created_at DESC) WHERE integration_profile_id IS NOT NULL;

CREATE TABLE borrowing_requests (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  institution_id uuid NOT NULL REFERENCES institutions(id),
  integration_profile_id uuid NOT NULL REFERENCES integration_profiles(id),
  lf_number text NOT NULL,
  external_request_id text NOT NULL,
  external_status text NOT NULL,
  status text NOT NULL,
  title text,
  author text,
  isbn_issn text,
  media_type text,
  requesting_library_code text,
  requesting_library_id uuid REFERENCES libraries(id),
  receiving_library_code text NOT NULL,
  receiving_library_id uuid NOT NULL REFERENCES libraries(id),
  -- The lending chain in order: [{ position, code, partnerId|null, response, responseDate, active }].
  lenders jsonb NOT NULL DEFAULT '[]',
  external_last_modified text NOT NULL,
  date_received text,
  due_date text,
  created_by_job uuid NOT NULL REFERENCES jobs(id),
  updated_by_job uuid NOT NULL REFERENCES jobs(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (institution_id, lf_number)
);
CREATE INDEX borrowing_requests_list ON borrowing_requests (institution_id, created_at DESC, id DESC);
CREATE INDEX borrowing_requests_lenders ON borrowing_requests USING gin (lenders jsonb_path_ops);
