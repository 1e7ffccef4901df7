import type { ClickHouseClient } from '@clickhouse/client';
import type { PathsResult, ResolvedPaths } from '@safar/analytics';
import type { EngineScope } from '../engine-scope.js';
import { sql } from '../../clickhouse/clickhouse-sql.js';
import { scopedEventsText, stepText } from './clickhouse-filter-sql.js';
import {
  collapsedRepeatsText,
  journeyArrayText,
  sessionFirstsText,
  sessionLengthsText,
} from './clickhouse-journey-arrays.js';

/**
 * The step name of stepName() in the reference: pages and screens by a string path (or, when the
 * path is missing or null, a string name), else the event; then the cleaning rules. 18.16 has only
 * visitParam* for JSON, and visitParamExtractString gives '' for a missing key and for a number
 * alike, so the raw value tells a string (it starts with a quote) from anything else.
 */
function nameText(cleaning: ResolvedPaths['cleaning']): string {
  const rawValue = (key: string) => sql`visitParamExtractRaw(properties, ${key})`;
  const present = (key: string) =>
    `(${sql`visitParamHas(properties, ${key})`} AND ${rawValue(key)} != 'null')`;
  const isText = (key: string) => `startsWith(${rawValue(key)}, '"')`;
  const named = (key: string) => sql`concat(event, ' ', visitParamExtractString(properties, ${key}))`;
  const page = `event IN ('page', 'screen')`;
  const raw = `multiIf(
      ${page} AND ${present('path')}, if(${isText('path')}, ${named('path')}, event),
      ${page} AND ${isText('name')}, ${named('name')},
      event)`;
  // RE2 here, JavaScript's engine in the reference: they agree on the common syntax (docs/analytics.md).
  return cleaning.reduce(
    (name, rule) => `replaceRegexpAll(${name}, ${sql`${rule.pattern}, ${rule.replacement}`})`,
    raw,
  );
}

/**
 * Every edge each person made, one row per (person, session, level): person_id, level, source,
 * target. ClickHouse 18.16 has no window functions, so a person's events become one array in
 * journey order; sessions start where the gap from the previous event (`arrayDifference`) is
 * long, each session (ARRAY JOIN of its first position and length) is cut at its anchor, repeats
 * collapse, the depth is kept, and the edges are ARRAY JOINed out. Shared by the paths and their
 * drill-down. In 18.16 a lambda copies every array it reads besides its arguments for each
 * element, so the lambdas here read only their arguments (a neighbour is a shifted copy of the
 * array): reading `tss[i - 1]`, filtering all events per session and comparing with `names[k - 1]`
 * took 11.4-11.5 s at 10M events against 7.9 s (anchored, throwaway A/B).
 */
export function clickhousePathEdges(database: string, scope: EngineScope, paths: ResolvedPaths): string {
  const from = paths.direction === 'from';
  const depth = Math.trunc(paths.depth);
  const anchor = paths.anchor ? `toUInt8(${stepText(paths.anchor.matchers)})` : 'toUInt8(1)';
  const named = `SELECT person_id, ts, message_id, ${nameText(paths.cleaning)} AS name, ${anchor} AS is_anchor
    FROM (${scopedEventsText(database, scope, { excludeEvents: paths.excludeEvents })})`;
  // Each session as its first position and length; the sorted events as names and anchors only.
  const persons = `SELECT person_id, names, anchors, firsts, ${sessionLengthsText('firsts', 'length(names)')} AS lengths
    FROM (
      SELECT person_id, ${journeyArrayText(['name', 'is_anchor'])} AS ev,
        arrayMap(e -> e.3, ev) AS names,
        arrayMap(e -> e.4, ev) AS anchors,
        ${sessionFirstsText('ev', paths.sessionGapMs)} AS firsts
      FROM (${named}) GROUP BY person_id
    )`;
  // Where in its session the path starts (from) or ends (to), from 1; 0: the session has no anchor.
  // Without an anchor, a path starts at the session's start ("from") or ends at its end ("to").
  const anchorAt = paths.anchor
    ? 'arrayFirstIndex(a -> a = 1, arraySlice(anchors, session_first, session_length))'
    : from
      ? 'toUInt32(1)'
      : 'session_length';
  const sessions = `SELECT person_id, names, session_first, session_length, ${anchorAt} AS anchor_at
    FROM (${persons}) ARRAY JOIN firsts AS session_first, lengths AS session_length`;
  const cut = from
    ? 'arraySlice(names, session_first + anchor_at - 1, session_length - anchor_at + 1)'
    : 'arraySlice(names, session_first, anchor_at)';
  // Filtered a level up from where anchor_at is computed: 18.16 mis-evaluates a WHERE over lambda aliases.
  const cutNames = `SELECT person_id, ${cut} AS path_names FROM (${sessions}) WHERE anchor_at > 0`;
  const collapsed = `SELECT person_id, ${collapsedRepeatsText('path_names', "''")} AS steps FROM (${cutNames})`;
  const kept = `SELECT person_id, ${from ? `arraySlice(steps, 1, ${depth + 1})` : `arraySlice(steps, -${depth + 1})`} AS path
    FROM (${collapsed})`;
  return `SELECT person_id, toInt64(k - 1) AS level, path[k] AS source, path[k + 1] AS target
    FROM (${kept}) ARRAY JOIN arrayEnumerate(arraySlice(path, 2)) AS k`;
}

/** Paths on ClickHouse 18.16: the edges of clickhousePathEdges counted by distinct persons, most frequent first. */
export async function clickhousePaths(
  client: ClickHouseClient,
  database: string,
  scope: EngineScope,
  paths: ResolvedPaths,
): Promise<PathsResult> {
  const query = `SELECT level, source, target, uniqExact(person_id) AS persons
    FROM (${clickhousePathEdges(database, scope, paths)})
    GROUP BY level, source, target
    ORDER BY persons DESC, level, source, target
    LIMIT ${Math.trunc(paths.maxEdges)}`;
  const result = await client.query({ query, format: 'JSONEachRow' });
  const rows = await result.json<Record<string, unknown>>();
  return {
    edges: rows.map((row) => ({
      level: Number(row['level']),
      source: String(row['source']),
      target: String(row['target']),
      persons: Number(row['persons']),
    })),
  };
}
