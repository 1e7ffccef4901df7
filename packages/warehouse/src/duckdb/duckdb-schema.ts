/** The DuckDB tables. Timestamps are epoch milliseconds (BIGINT) so both engines hold the same values. */
export const DUCKDB_SCHEMA = [
  `CREATE TABLE IF NOT EXISTS events (
    workspace_id VARCHAR NOT NULL,
    message_id VARCHAR NOT NULL,
    type VARCHAR NOT NULL,
    event VARCHAR NOT NULL,
    distinct_id VARCHAR NOT NULL,
    anonymous_id VARCHAR,
    user_id VARCHAR,
    timestamp_ms BIGINT NOT NULL,
    received_at_ms BIGINT NOT NULL,
    channel VARCHAR NOT NULL,
    properties VARCHAR NOT NULL,
    traits VARCHAR NOT NULL,
    context VARCHAR NOT NULL,
    previous_id VARCHAR,
    group_id VARCHAR,
    -- The person the event's id belonged to when it was stored (duckdb-persons-on-events.ts).
    person_id VARCHAR
  )`,
  // Databases from before person_id: added here, filled in by backfillPersons.
  `ALTER TABLE events ADD COLUMN IF NOT EXISTS person_id VARCHAR`,
  `CREATE TABLE IF NOT EXISTS identities (
    workspace_id VARCHAR NOT NULL,
    distinct_id VARCHAR NOT NULL,
    person_id VARCHAR NOT NULL,
    PRIMARY KEY (workspace_id, distinct_id)
  )`,
  // Ids whose person changed after some of their events were stored: those events' person_id is stale.
  `CREATE TABLE IF NOT EXISTS person_overrides (
    workspace_id VARCHAR NOT NULL,
    distinct_id VARCHAR NOT NULL,
    person_id VARCHAR NOT NULL,
    PRIMARY KEY (workspace_id, distinct_id)
  )`,
  `CREATE TABLE IF NOT EXISTS identities_staging (workspace_id VARCHAR, distinct_id VARCHAR, person_id VARCHAR)`,
  // Appends used to stage here; they now read from a row file (duckdb-row-files.ts).
  `DROP TABLE IF EXISTS events_staging`,
  `DELETE FROM identities_staging`,
];
