-- Where an import spent its time, summed over its steps: read (split), decode, match, apply.
ALTER TABLE jobs ADD COLUMN stage_ms jsonb NOT NULL DEFAULT '{}';
