-- Workspaces and the documents people edit: personas, touchpoints and journey maps.
-- Documents are stored whole as jsonb (validated by the zod schemas of @safar/core before every
-- write); columns outside the document hold what queries filter and lock on.
CREATE TABLE workspaces (
  id text PRIMARY KEY,
  name text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE personas (
  workspace_id text NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
  id text NOT NULL,
  name text NOT NULL,
  document jsonb NOT NULL,
  revision integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (workspace_id, id)
);

CREATE TABLE touchpoints (
  workspace_id text NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
  id text NOT NULL,
  name text NOT NULL,
  channel text NOT NULL,
  document jsonb NOT NULL,
  revision integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (workspace_id, id)
);

CREATE TABLE maps (
  workspace_id text NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
  id text NOT NULL,
  title text NOT NULL,
  document jsonb NOT NULL,
  revision integer NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (workspace_id, id)
);

-- The audit trail: one row per revision of a map, with the operations that produced it and
-- their inverses (or the whole document for a create, import or replace).
CREATE TABLE map_revisions (
  workspace_id text NOT NULL,
  map_id text NOT NULL,
  revision integer NOT NULL,
  change_kind text NOT NULL,
  operations jsonb,
  inverses jsonb,
  document jsonb,
  actor text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (workspace_id, map_id, revision),
  FOREIGN KEY (workspace_id, map_id) REFERENCES maps (workspace_id, id) ON DELETE CASCADE
);
