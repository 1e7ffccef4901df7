import type { DuckDBConnection } from '@duckdb/node-api';
import type { PathsResult, ResolvedPaths } from '@safar/analytics';
import type { EngineScope } from '../engine-scope.js';
import { collapsedRepeatsSql, journeyListSql, sessionStartsSql } from './duckdb-journey-lists.js';
import { BoundSql, jsonStringSql, scopedEventsSql, stepSql } from './duckdb-sql.js';

/**
 * The step name of stepName() in the reference: pages and screens by a string path (or name), else
 * the event. Reads column `page_path`, the page's path as JSON (missing: NULL), so the properties
 * are parsed once for most pages. Event names are cleaned in their own branch, apart from page
 * names (on the event column as stored, which was the cheaper plan in the 10M measurement).
 */
function nameSql(sql: BoundSql, cleaning: ResolvedPaths['cleaning']): string {
  const clean = (name: string) =>
    cleaning.reduce(
      (cleaned, rule) =>
        `regexp_replace(${cleaned}, ${sql.bind(rule.pattern)}, ${sql.bind(rule.replacement)}, 'g')`,
      name,
    );
  const textOf = (value: string) => `coalesce(event || ' ' || ${jsonStringSql(value)}, event)`;
  const page = `CASE WHEN page_path IS NOT NULL AND page_path::VARCHAR <> 'null' THEN ${textOf('page_path')}
      ELSE ${textOf(`json_extract(properties, '$."name"')`)} END`;
  return `CASE WHEN event IN ('page', 'screen') THEN ${clean(page)} ELSE ${clean('event')} END`;
}

const pagePathSql = `CASE WHEN event IN ('page', 'screen') THEN json_extract(properties, '$."path"') END AS page_path`;

/**
 * Every edge each person made, as CTEs ending in `edges` (person_id, level, source, target):
 * excluded events dropped, sessions by idle gap, cut at the anchor, repeats collapsed, the depth
 * kept. Shared by the paths and their drill-down. Each person's events become one list sorted in
 * journey order, and the rest is list functions on it: one grouping and per-list sorts instead of
 * a window sort over every event for each step. A session is its first and last position and
 * where its path starts or ends, so each path is sliced out of the person's names once (slicing
 * the sessions' names and anchors out first, then the paths, cost about 0.7 s more at 10M).
 */
export function pathEdgesSql(sql: BoundSql, scope: EngineScope, paths: ResolvedPaths): string {
  const from = paths.direction === 'from';
  const gap = paths.sessionGapMs === null ? null : sql.bind(BigInt(paths.sessionGapMs));
  const anchor = paths.anchor ? stepSql(sql, paths.anchor.matchers) : 'true';
  const depth = sql.bind(BigInt(paths.depth));
  const first = 'starts[k]';
  const last = 'coalesce(starts[k + 1] - 1, len(names))';
  // Where in its session the path starts (from) or ends (to), counted from 1; NULL or 0: no anchor.
  // Without an anchor a path starts at the session's first event (from) or ends at its last (to).
  const anchorAt = paths.anchor
    ? `list_position(list_slice(anchors, ${first}, ${last}), true)`
    : from
      ? '1'
      : `${last} - ${first} + 1`;
  return `
    named AS (
      SELECT person_id, message_id, ts, ${anchor} AS is_anchor, ${nameSql(sql, paths.cleaning)} AS name
      FROM (SELECT *, ${pagePathSql} FROM (${scopedEventsSql(sql, scope)})
        ${paths.excludeEvents.length > 0 ? `WHERE NOT list_contains(${sql.array([...paths.excludeEvents])}, event)` : ''})
    ),
    journeys AS (
      SELECT person_id, ${journeyListSql({ is_anchor: 'is_anchor', name: 'name' })} AS events FROM named GROUP BY person_id
    ),
    session_starts AS (
      SELECT person_id, list_transform(events, e -> e.name) AS names,
        ${paths.anchor ? 'list_transform(events, e -> e.is_anchor)' : 'NULL::BOOLEAN[]'} AS anchors,
        ${sessionStartsSql('events', gap)} AS starts
      FROM journeys
    ),
    sessions AS (
      SELECT person_id, names, session.first, session.last, session.anchor_at FROM (
        SELECT person_id, names, unnest(list_transform(range(1, len(starts) + 1), k -> {
          'first': ${first}, 'last': ${last}, 'anchor_at': ${anchorAt}
        })) AS session
        FROM session_starts
      )
    ),
    cut AS (
      SELECT person_id, ${from ? 'list_slice(names, first + anchor_at - 1, last)' : 'list_slice(names, first, first + anchor_at - 1)'} AS names
      FROM sessions WHERE anchor_at > 0
    ),
    collapsed AS (
      SELECT person_id, ${collapsedRepeatsSql('names')} AS names FROM cut
    ),
    -- The depth kept from the anchor: level 0 is a path's first step in both directions.
    kept AS (
      SELECT person_id, ${from ? `list_slice(names, 1, ${depth} + 1)` : `list_slice(names, greatest(len(names) - ${depth}, 1), len(names))`} AS names
      FROM collapsed
    ),
    edges AS (
      SELECT person_id, edge.level, edge.source, edge.target FROM (
        SELECT person_id, unnest(list_transform(range(1, len(names)),
          i -> {'level': i - 1, 'source': names[i], 'target': names[i + 1]})) AS edge
        FROM kept
      )
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
