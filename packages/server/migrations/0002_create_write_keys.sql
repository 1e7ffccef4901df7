-- Write keys let SDKs send events to a workspace (the Segment HTTP API's writeKey). Only a
-- SHA-256 of the key is kept; the key itself is shown once, when it is created.
CREATE TABLE write_keys (
  id text PRIMARY KEY,
  workspace_id text NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
  key_hash text NOT NULL UNIQUE,
  key_prefix text NOT NULL,
  label text NOT NULL DEFAULT '',
  created_at timestamptz NOT NULL DEFAULT now(),
  revoked_at timestamptz
);

CREATE INDEX write_keys_workspace ON write_keys (workspace_id);
