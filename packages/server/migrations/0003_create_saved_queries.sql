-- Saved journey queries of a workspace: a name, the query kind and the spec (valid for its kind,
-- checked by @safar/core's savedQueryInputSchema before every write). Names need not be unique.
CREATE TABLE saved_queries (
  workspace_id text NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
  id text NOT NULL,
  name text NOT NULL,
  kind text NOT NULL,
  query jsonb NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (workspace_id, id)
);

CREATE INDEX saved_queries_recent ON saved_queries (workspace_id, updated_at DESC);
