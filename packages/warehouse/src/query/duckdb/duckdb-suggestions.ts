import type { DuckDBConnection, DuckDBValue } from '@duckdb/node-api';
import { NON_ACTION_EVENTS, type SegmentRule } from '@safar/core';
import { JSON_TOKEN_PATTERN } from '../json-skeleton.js';
import {
  coverageFromRow,
  eventNamesFromRows,
  propertyKeysFromSkeletons,
  propertyLocation,
  suggestionScope,
  traitColumnsFromRows,
  traitKeysFromSkeletons,
  traitValuesFromRows,
  valueCountsFromRows,
} from '../suggestion-rows.js';
import { ALL_TIME, TRAIT_KEYS_EXAMINED, type SuggestionEngine } from '../suggestions.js';
import { BoundSql, jsonPath, personTraitsSql, propertySql, scopedEventsSql } from './duckdb-sql.js';

const SCALAR = `('VARCHAR', 'BIGINT', 'UBIGINT', 'DOUBLE', 'BOOLEAN')`;

/** The skeleton (suggestions.ts) of a JSON text: its keys and brackets, in order. */
const skeletonSql = (sql: BoundSql, json: string) =>
  `array_to_string(list_filter(regexp_extract_all(${json}, ${sql.bind(JSON_TOKEN_PATTERN)}), t -> t[-1:] = ':' OR length(t) = 1), '')`;

const searchSql = (sql: BoundSql, text: string, search: string) =>
  search === '' ? 'true' : `strpos(lower(${text}), lower(${sql.bind(search)})) > 0`;

const limitSql = (sql: BoundSql, limit: number) => sql.bind(BigInt(Math.max(0, Math.trunc(limit))));

/** Suggestions (suggestions.ts) in DuckDB SQL over the scoped events and the merged traits. */
export function duckdbSuggestions(connection: DuckDBConnection): SuggestionEngine {
  const rows = async (query: string, values: DuckDBValue[]) =>
    (await connection.runAndReadAll(query, values)).getRowObjectsJson();

  /** Top-level trait keys a filter can name, most identify calls first. */
  const traitKeyColumns = async (workspaceId: string) => {
    const keys = await rows(
      `SELECT key FROM (SELECT unnest(json_keys(traits)) AS key FROM events WHERE workspace_id = $1 AND type = 'identify')
       GROUP BY key ORDER BY count(*) DESC, key LIMIT ${TRAIT_KEYS_EXAMINED}`,
      [workspaceId],
    );
    return traitColumnsFromRows(keys);
  };

  return {
    async eventNames(workspaceId, query) {
      const sql = new BoundSql();
      const found = await rows(
        `SELECT event AS name, count(*) AS events, count(DISTINCT person_id) AS persons
         FROM (${scopedEventsSql(sql, suggestionScope(workspaceId, query))})
         WHERE event NOT IN ${sql.list([...NON_ACTION_EVENTS])} AND ${searchSql(sql, 'event', query.search)}
         GROUP BY event ORDER BY events DESC, persons DESC, event LIMIT ${limitSql(sql, query.limit)}`,
        sql.values,
      );
      return eventNamesFromRows(found);
    },

    async eventProperties(workspaceId, query) {
      const sql = new BoundSql();
      const where = `workspace_id = ${sql.bind(workspaceId)} AND event = ${sql.bind(query.event)}
        AND timestamp_ms >= ${sql.bind(BigInt(query.from))} AND timestamp_ms < ${sql.bind(BigInt(query.to))}`;
      const skeletons = await rows(
        `SELECT 'properties' AS root, ${skeletonSql(sql, 'properties')} AS skeleton, count(*) AS events
         FROM events WHERE ${where} GROUP BY skeleton
         UNION ALL
         SELECT 'context' AS root, ${skeletonSql(sql, 'context')} AS skeleton, count(*) AS events
         FROM events WHERE ${where} GROUP BY skeleton`,
        sql.values,
      );
      return propertyKeysFromSkeletons(skeletons, query.limit);
    },

    async propertyValues(workspaceId, query) {
      const sql = new BoundSql();
      const [column, keys] = propertyLocation(query.key);
      const found = await rows(
        `SELECT value, count(*) AS events, count(DISTINCT person_id) AS persons FROM (
           SELECT person_id, ${propertySql(sql, query.key)} AS value,
             json_type(${column}, ${sql.bind(jsonPath(keys))}) AS type
           FROM (${scopedEventsSql(sql, suggestionScope(workspaceId, query))}) WHERE event = ${sql.bind(query.event)}
         ) WHERE value IS NOT NULL AND type IN ${SCALAR} AND ${searchSql(sql, 'value', query.search)}
         GROUP BY value ORDER BY events DESC, persons DESC, value LIMIT ${limitSql(sql, query.limit)}`,
        sql.values,
      );
      return valueCountsFromRows(found);
    },

    async traitKeys(workspaceId, query) {
      const columns = await traitKeyColumns(workspaceId);
      if (columns.size === 0) return [];
      const sql = new BoundSql();
      const pairs = [...columns].map(
        ([key, column]) => `struct_pack(key := ${sql.bind(key)}, value := ${column}::VARCHAR)`,
      );
      const skeletons = await rows(
        `SELECT kv.key AS key, ${skeletonSql(sql, 'kv.value')} AS skeleton, count(*) AS persons
         FROM (SELECT unnest([${pairs.join(', ')}]) AS kv FROM (${personTraitsSql(sql, workspaceId, columns)}))
         WHERE kv.value IS NOT NULL GROUP BY kv.key, skeleton`,
        sql.values,
      );
      return traitKeysFromSkeletons(skeletons, query.limit);
    },

    async traitValues(workspaceId, query) {
      const [key = '', ...rest] = query.key.split('.');
      const sql = new BoundSql();
      const columns = new Map([[key, 'trait_0']]);
      const path = () => sql.bind(jsonPath(rest));
      const found = await rows(
        `SELECT value, count(*) AS persons FROM (
           SELECT json_extract_string(trait_0, ${path()}) AS value, json_type(trait_0, ${path()}) AS type
           FROM (${personTraitsSql(sql, workspaceId, columns)})
         ) WHERE value IS NOT NULL AND type IN ${SCALAR} AND ${searchSql(sql, 'value', query.search)}
         GROUP BY value ORDER BY persons DESC, value LIMIT ${limitSql(sql, query.limit)}`,
        sql.values,
      );
      return traitValuesFromRows(found);
    },

    async coverage(workspaceId, rule: SegmentRule) {
      const sql = new BoundSql();
      const scoped = scopedEventsSql(sql, suggestionScope(workspaceId, ALL_TIME), {
        personas: [{ id: 'covered', rule }],
      });
      const [row] = await rows(
        `SELECT count(DISTINCT person_id) AS total, count(DISTINCT person_id) FILTER (WHERE persona IS NOT NULL) AS persons
         FROM (${scoped})`,
        sql.values,
      );
      return coverageFromRow(row);
    },
  };
}
