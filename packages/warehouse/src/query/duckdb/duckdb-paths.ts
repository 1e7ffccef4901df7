import type { DuckDBConnection } from '@duckdb/node-api';
import type { PathsResult, ResolvedPaths } from '@safar/analytics';
import type { EngineScope } from '../engine-scope.js';
import { BoundSql, scopedEventsSql, stepSql } from './duckdb-sql.js';

/** The step name of stepName() in the reference: pages and screens by a string path (or name), else the event. */
function nameSql(sql: BoundSql, cleaning: ResolvedPaths['cleaning']): string {
  const type = (key: string) => `json_type(properties, '$."${key}"')`;
  const text = (key: string) => `json_extract_string(properties, '$."${key}"')`;
  const present = (key: string) => `coalesce(${type(key)} <> 'NULL', false)`;
  const raw = `CASE WHEN event IN ('page', 'screen') THEN
      CASE WHEN ${present('path')} THEN (CASE WHEN ${type('path')} = 'VARCHAR' THEN event || ' ' || ${text('path')} ELSE event END)
           WHEN ${type('name')} = 'VARCHAR' THEN event || ' ' || ${text('name')}
           ELSE event END
    ELSE event END`;
  return cleaning.reduce(
    (name, rule) => `regexp_replace(${name}, ${sql.bind(rule.pattern)}, ${sql.bind(rule.replacement)}, 'g')`,
    raw,
  );
}

/**
 * Every edge each person made, as CTEs ending in `edges` (person_id, level, source, target):
 * sessions by idle gap, cut at the anchor, repeats collapsed, the depth kept. Shared by the paths
 * and their drill-down.
 */
export function pathEdgesSql(sql: BoundSql, scope: EngineScope, paths: ResolvedPaths): string {
  const from = paths.direction === 'from';
  const gap = paths.sessionGapMs === null ? null : sql.bind(BigInt(paths.sessionGapMs));
  const anchor = paths.anchor ? stepSql(sql, paths.anchor.matchers) : 'true';
  const depth = sql.bind(BigInt(paths.depth));
  return `
    named AS (
      SELECT person_id, message_id, ts, ${anchor} AS is_anchor, ${nameSql(sql, paths.cleaning)} AS name
      FROM (${scopedEventsSql(sql, scope)})
    ),
    ordered AS (
      SELECT *, row_number() OVER journey AS pos, lag(ts) OVER journey AS previous_ts FROM named
      WINDOW journey AS (PARTITION BY person_id ORDER BY ts, message_id)
    ),
    sessioned AS (
      SELECT *, sum(CASE WHEN previous_ts IS NULL ${gap ? `OR ts - previous_ts > ${gap}` : ''} THEN 1 ELSE 0 END)
        OVER (PARTITION BY person_id ORDER BY pos ROWS UNBOUNDED PRECEDING) AS session
      FROM ordered
    ),
    anchored AS (
      SELECT *, ${paths.anchor || from ? 'min(CASE WHEN is_anchor THEN pos END)' : 'max(pos)'} OVER (PARTITION BY person_id, session) AS anchor_pos FROM sessioned
    ),
    cut AS (SELECT * FROM anchored WHERE anchor_pos IS NOT NULL AND pos ${from ? '>=' : '<='} anchor_pos),
    collapsed AS (
      SELECT * FROM (
        SELECT *, lag(name) OVER (PARTITION BY person_id, session ORDER BY pos) AS previous_name FROM cut
      ) WHERE previous_name IS NULL OR previous_name <> name
    ),
    levelled AS (
      SELECT person_id, session, name,
        row_number() OVER (PARTITION BY person_id, session ORDER BY pos) - 1 AS from_start,
        row_number() OVER (PARTITION BY person_id, session ORDER BY pos DESC) - 1 AS from_end,
        count(*) OVER (PARTITION BY person_id, session) AS total
      FROM collapsed
    ),
    kept AS (
      SELECT person_id, session, name, ${from ? 'from_start' : `least(total - 1, ${depth}) - from_end`} AS level
      FROM levelled WHERE ${from ? 'from_start' : 'from_end'} <= ${depth}
    ),
    edges AS (
      SELECT a.person_id, a.level, a.name AS source, b.name AS target
      FROM kept a JOIN kept b ON b.person_id = a.person_id AND b.session = a.session AND b.level = a.level + 1
    )`;
}

/** Paths in one DuckDB query: the edges of pathEdgesSql counted by distinct persons, most frequent first. */
export async function duckdbPaths(
  connection: DuckDBConnection,
  scope: EngineScope,
  paths: ResolvedPaths,
): Promise<PathsResult> {
  const sql = new BoundSql();
  const query = `
    WITH ${pathEdgesSql(sql, scope, paths)}
    SELECT level, source, target, count(DISTINCT person_id) AS persons
    FROM edges
    GROUP BY level, source, target
    ORDER BY persons DESC, level, source, target
    LIMIT ${sql.bind(paths.maxEdges)}`;
  const rows = (await connection.runAndReadAll(query, sql.values)).getRowObjectsJson();
  return {
    edges: rows.map((row) => ({
      level: Number(row['level']),
      source: String(row['source']),
      target: String(row['target']),
      persons: Number(row['persons']),
    })),
  };
}
