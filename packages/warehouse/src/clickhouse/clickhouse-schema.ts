import { identifier, sql } from './clickhouse-sql.js';

/**
 * The ClickHouse tables, in SQL that 18.16 understands. Events are ordered for per-person time
 * scans; identities keep the latest mapping per id (ReplacingMergeTree, read with FINAL).
 */
export function clickhouseSchema(database: string): string[] {
  const db = identifier(database);
  return [
    sql`CREATE DATABASE IF NOT EXISTS ${db}`,
    sql`CREATE TABLE IF NOT EXISTS ${db}.events (
      workspace_id String,
      message_id String,
      type String,
      event String,
      distinct_id String,
      anonymous_id Nullable(String),
      user_id Nullable(String),
      timestamp_ms Int64,
      received_at_ms Int64,
      channel String,
      properties String,
      traits String,
      context String,
      previous_id Nullable(String),
      group_id Nullable(String)
    ) ENGINE = MergeTree() ORDER BY (workspace_id, distinct_id, timestamp_ms)`,
    sql`CREATE TABLE IF NOT EXISTS ${db}.identities (
      workspace_id String,
      distinct_id String,
      person_id String,
      version UInt64
    ) ENGINE = ReplacingMergeTree(version) ORDER BY (workspace_id, distinct_id)`,
  ];
}
