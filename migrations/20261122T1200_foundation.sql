-- Tenants, people and keys, import profiles with their grants, jobs (the minimum the profile rules
-- need; the runner extends it), and idempotency records.

CREATE TABLE institutions (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  code text NOT NULL UNIQUE,
  name text NOT NULL,
  time_zone text NOT NULL DEFAULT 'UTC',
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE users (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  institution_id uuid NOT NULL REFERENCES institutions(id),
  username text NOT NULL,
  display_name text NOT NULL,
  roles text[] NOT NULL,
  active boolean NOT NULL DEFAULT true,
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (institution_id, username)
);
CREATE INDEX users_institution_created ON users (institution_id, created_at DESC, id DESC);

-- The secret part of a key is never stored: only its SHA-256 (keys are 256 random bits, so a
-- slow password hash buys nothing) and a short public prefix to find the row.
CREATE TABLE api_keys (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  institution_id uuid NOT NULL REFERENCES institutions(id),
  user_id uuid NOT NULL REFERENCES users(id),
  name text NOT NULL,
  prefix text NOT NULL UNIQUE,
  key_hash bytea NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  last_used_at timestamptz,
  revoked_at timestamptz
);
CREATE INDEX api_keys_user ON api_keys (user_id, created_at DESC, id DESC);

CREATE TABLE import_profiles (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  institution_id uuid NOT NULL REFERENCES institutions(id),
  name text NOT NULL,
  description text NOT NULL DEFAULT '',
  type text NOT NULL,
  source_format text NOT NULL,
  protocol text NOT NULL,
  ftp jsonb,
  ftp_password_encrypted bytea,
  match jsonb NOT NULL,
  merge jsonb NOT NULL,
  split_size integer NOT NULL,
  inventory jsonb NOT NULL,
  schedule jsonb NOT NULL,
  active boolean NOT NULL DEFAULT true,
  restricted boolean NOT NULL DEFAULT false,
  version integer NOT NULL DEFAULT 1,
  created_by uuid REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  deleted_at timestamptz
);
CREATE UNIQUE INDEX import_profiles_name ON import_profiles (institution_id, lower(name)) WHERE deleted_at IS NULL;
CREATE INDEX import_profiles_list ON import_profiles (institution_id, created_at DESC, id DESC) WHERE deleted_at IS NULL;

CREATE TABLE profile_grants (
  profile_id uuid NOT NULL REFERENCES import_profiles(id),
  user_id uuid NOT NULL REFERENCES users(id),
  granted_by uuid REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (profile_id, user_id)
);

CREATE TABLE jobs (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  institution_id uuid NOT NULL REFERENCES institutions(id),
  profile_id uuid REFERENCES import_profiles(id),
  kind text NOT NULL,
  name text NOT NULL,
  status text NOT NULL,
  label text,
  notes text,
  created_by uuid REFERENCES users(id),
  rerun_of uuid REFERENCES jobs(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  started_at timestamptz,
  ended_at timestamptz
);
CREATE INDEX jobs_institution_created ON jobs (institution_id, created_at DESC, id DESC);
CREATE INDEX jobs_profile_created ON jobs (profile_id, created_at DESC, id DESC);

-- A replay of a create request with the same key answers the stored response.
CREATE TABLE idempotency_keys (
  user_id uuid NOT NULL REFERENCES users(id),
  key text NOT NULL,
  request_hash text NOT NULL,
  status_code integer NOT NULL,
  headers jsonb NOT NULL,
  body text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (user_id, key)
);
