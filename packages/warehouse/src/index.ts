export { openClickHouseEventStore } from './clickhouse/clickhouse-store-driver.js';
export type { ClickHouseOptions } from './clickhouse/clickhouse-store-driver.js';
export { InvalidCursorError } from './cursor.js';
export { openDuckDbEventStore, type DuckDbStoreOptions } from './duckdb/duckdb-store-driver.js';
export { availableFunnelWalk, type FunnelWalk } from './query/duckdb/duckdb-funnel-extension.js';
export type {
  AppendListener,
  AppendResult,
  EventQuery,
  EventStore,
  JourneyEngine,
  Page,
  PersonDetail,
  PersonSummary,
  StoredEvent,
} from './event-store.js';
export { IMPORT_FORMATS, ImportMappingError, importEvents } from './import/import-events.js';
export type { ImportFormat, ImportProgress, ImportRequest, ImportSummary } from './import/import-events.js';
export type { EngineScope } from './query/engine-scope.js';
export type { ResolvedVolumes, StepVolume, UnmappedEvent, VolumesResult } from './query/event-volumes.js';
export { ALL_TIME } from './query/suggestions.js';
export type {
  Coverage,
  EventNameCount,
  PropertyKeyCount,
  SuggestionEngine,
  TraitKeyCount,
  TraitValueCount,
  ValueCount,
} from './query/suggestions.js';
// For bulk loaders and benchmarks that write the engines' tables directly.
export { clickhouseSchema } from './clickhouse/clickhouse-schema.js';
export { DUCKDB_SCHEMA } from './duckdb/duckdb-schema.js';
export { PERSON_OVERRIDES_LIMIT } from './duckdb/duckdb-persons-on-events.js';
export { EVENT_ROW_JSON_COLUMNS } from './duckdb/duckdb-row-files.js';
export { IdentityIndex, identityLinksOf } from './identity-index.js';
export { EVENT_COLUMNS, toEventRow } from './stored-row.js';
export { renderEvents, rowOf } from './rendered-events.js';
export type { IdentityFacts, RenderedEvents, RenderedRows } from './rendered-events.js';
