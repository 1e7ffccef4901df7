import type { ColumnType, Generated } from 'kysely';

/** jsonb comes back parsed; it goes in as JSON text through `jsonb()` (see json-value.ts). */
type Jsonb = ColumnType<unknown, string, string>;
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;

export interface WorkspacesTable {
  id: string;
  name: string;
  created_at: Timestamp;
}

export interface DocumentRow {
  workspace_id: string;
  id: string;
  document: Jsonb;
  revision: Generated<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface PersonasTable extends DocumentRow {
  name: string;
}

export interface TouchpointsTable extends DocumentRow {
  name: string;
  channel: string;
}

export interface MapsTable extends Omit<DocumentRow, 'revision'> {
  title: string;
  revision: number;
}

export interface MapRevisionsTable {
  workspace_id: string;
  map_id: string;
  revision: number;
  change_kind: 'create' | 'operations' | 'replace' | 'import';
  operations: ColumnType<unknown, string | null, string | null>;
  inverses: ColumnType<unknown, string | null, string | null>;
  document: ColumnType<unknown, string | null, string | null>;
  actor: string;
  created_at: Timestamp;
}

export interface WriteKeysTable {
  id: string;
  workspace_id: string;
  key_hash: string;
  key_prefix: string;
  label: string;
  created_at: Timestamp;
  revoked_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
}

export interface SavedQueriesTable {
  workspace_id: string;
  id: string;
  name: string;
  kind: string;
  query: Jsonb;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface MapMetricsCacheTable {
  workspace_id: string;
  map_id: string;
  scope_key: string;
  scope: Jsonb;
  fingerprint: string;
  /** bigint comes back as a string from node-postgres and PGlite. */
  event_count: ColumnType<string | number, number, number>;
  metrics: Jsonb;
  computed_at: Timestamp;
  requested_at: Timestamp;
}

export interface Database {
  workspaces: WorkspacesTable;
  personas: PersonasTable;
  touchpoints: TouchpointsTable;
  maps: MapsTable;
  map_revisions: MapRevisionsTable;
  write_keys: WriteKeysTable;
  saved_queries: SavedQueriesTable;
  map_metrics_cache: MapMetricsCacheTable;
}
