-- The living map's computed metrics, one row per map and scope (date range, filters, personas),
-- so a map opens with its numbers at once. `event_count` is the workspace's event count and
-- `fingerprint` a hash of the map, touchpoints and personas they were computed from: either
-- differing from now makes the row stale, and the server recomputes it in the background.
CREATE TABLE map_metrics_cache (
  workspace_id text NOT NULL,
  map_id text NOT NULL,
  scope_key text NOT NULL,
  scope jsonb NOT NULL,
  fingerprint text NOT NULL,
  event_count bigint NOT NULL,
  metrics jsonb NOT NULL,
  computed_at timestamptz NOT NULL,
  requested_at timestamptz NOT NULL,
  PRIMARY KEY (workspace_id, map_id, scope_key),
  FOREIGN KEY (workspace_id, map_id) REFERENCES maps (workspace_id, id) ON DELETE CASCADE
);

CREATE INDEX map_metrics_cache_recent ON map_metrics_cache (workspace_id, requested_at DESC);
