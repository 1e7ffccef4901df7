import type { ClickHouseClient } from '@clickhouse/client';
import { NON_ACTION_EVENTS, type SegmentRule } from '@safar/core';
import { raw, sql } from '../../clickhouse/clickhouse-sql.js';
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
import {
  jsonText,
  personTraitsText,
  propertyText,
  rawJsonText,
  scopedEventsText,
} from './clickhouse-filter-sql.js';

/** The skeleton (suggestions.ts) of a JSON text: its keys and brackets, in order. */
const skeletonText = (json: string) =>
  `arrayStringConcat(arrayFilter(t -> endsWith(t, ':') OR length(t) = 1, extractAll(${json}, ${sql`${JSON_TOKEN_PATTERN}`})), '')`;

/** The raw JSON at `keys` inside `json` ('' when missing), by chained visitParamExtractRaw as filters read it. */
const rawAt = (json: string, keys: readonly string[]) =>
  keys.reduce((object, key) => sql`visitParamExtractRaw(${raw(object)}, ${key})`, json);

const isScalarRaw = (rawValue: string) =>
  `NOT (startsWith(${rawValue}, '{') OR startsWith(${rawValue}, '['))`;

const searchText = (text: string, search: string) =>
  search === '' ? '1' : sql`positionCaseInsensitiveUTF8(${raw(text)}, ${search}) > 0`;

const limitOf = (limit: number) => Math.max(0, Math.trunc(limit));

/**
 * Suggestions (suggestions.ts) on ClickHouse 18.16. It has no JSON key listing and its
 * visitParam functions need constant keys, so keys come from RE2 tokens of the stored JSON
 * (extractAll), top-level trait keys by bracket depth (arrayCumSum), and trait values per key
 * through the same merged-traits query the person filters use.
 */
export function clickhouseSuggestions(client: ClickHouseClient, database: string): SuggestionEngine {
  const rows = async (query: string) =>
    (await client.query({ query, format: 'JSONEachRow' })).json<Record<string, unknown>>();
  const events = raw(`${database}.events`);

  const traitKeyColumns = async (workspaceId: string) => {
    const depth = `arrayCumSum(arrayMap(t -> multiIf(t = '{' OR t = '[', 1, t = '}' OR t = ']', -1, 0), tokens))`;
    const keys = await rows(
      `SELECT visitParamExtractString(concat('{"k":', substring(token, 1, length(token) - 1), '}'), 'k') AS key
       FROM (
         SELECT arrayJoin(arrayFilter((t, d) -> endsWith(t, ':') AND d = 1, tokens, ${depth})) AS token
         FROM (SELECT extractAll(traits, ${sql`${JSON_TOKEN_PATTERN}`}) AS tokens FROM ${events.text}
               WHERE ${sql`workspace_id = ${workspaceId}`} AND type = 'identify')
       )
       GROUP BY key ORDER BY count() DESC, key LIMIT ${TRAIT_KEYS_EXAMINED}`,
    );
    return traitColumnsFromRows(keys);
  };

  return {
    async eventNames(workspaceId, query) {
      const found = await rows(
        `SELECT event AS name, count() AS events, uniqExact(person_id) AS persons
         FROM (${scopedEventsText(database, suggestionScope(workspaceId, query))})
         WHERE ${sql`event NOT IN ${[...NON_ACTION_EVENTS]}`} AND ${searchText('event', query.search)}
         GROUP BY event ORDER BY events DESC, persons DESC, event LIMIT ${limitOf(query.limit)}`,
      );
      return eventNamesFromRows(found);
    },

    async eventProperties(workspaceId, query) {
      const where = sql`workspace_id = ${workspaceId} AND event = ${query.event}
        AND timestamp_ms >= ${query.from} AND timestamp_ms < ${query.to}`;
      const skeletons = await rows(
        `SELECT 'properties' AS root, ${skeletonText('properties')} AS skeleton, count() AS events
         FROM ${events.text} WHERE ${where} GROUP BY skeleton
         UNION ALL
         SELECT 'context' AS root, ${skeletonText('context')} AS skeleton, count() AS events
         FROM ${events.text} WHERE ${where} GROUP BY skeleton`,
      );
      return propertyKeysFromSkeletons(skeletons, query.limit);
    },

    async propertyValues(workspaceId, query) {
      const [column, keys] = propertyLocation(query.key);
      const found = await rows(
        `SELECT value, count() AS events, uniqExact(person_id) AS persons FROM (
           SELECT person_id, ${propertyText(query.key)} AS value, ${rawAt(column, keys)} AS raw_value
           FROM (${scopedEventsText(database, suggestionScope(workspaceId, query))}) WHERE ${sql`event = ${query.event}`}
         ) WHERE isNotNull(value) AND ${isScalarRaw('raw_value')} AND ${searchText('value', query.search)}
         GROUP BY value ORDER BY events DESC, persons DESC, value LIMIT ${limitOf(query.limit)}`,
      );
      return valueCountsFromRows(found);
    },

    async traitKeys(workspaceId, query) {
      const columns = await traitKeyColumns(workspaceId);
      if (columns.size === 0) return [];
      const pairs = [...columns].map(([key, column]) => `tuple(${sql`${key}`}, ${column})`);
      const skeletons = await rows(
        `SELECT key, ${skeletonText('value')} AS skeleton, count() AS persons FROM (
           SELECT tupleElement(kv, 1) AS key, tupleElement(kv, 2) AS value
           FROM (SELECT arrayJoin([${pairs.join(', ')}]) AS kv FROM (${personTraitsText(database, workspaceId, columns)}))
         ) WHERE value != '' GROUP BY key, skeleton`,
      );
      return traitKeysFromSkeletons(skeletons, query.limit);
    },

    async traitValues(workspaceId, query) {
      const [key = '', ...rest] = query.key.split('.');
      const columns = new Map([[key, 'trait_0']]);
      // A person with no identify call has '' in the column: missing, as in the reference.
      const value =
        rest.length === 0 ? rawJsonText('trait_0') : `if(trait_0 = '', NULL, ${jsonText('trait_0', rest)})`;
      const found = await rows(
        `SELECT value, count() AS persons FROM (
           SELECT ${value} AS value, ${rawAt('trait_0', rest)} AS raw_value
           FROM (${personTraitsText(database, workspaceId, columns)})
         ) WHERE isNotNull(value) AND ${isScalarRaw('raw_value')} AND ${searchText('value', query.search)}
         GROUP BY value ORDER BY persons DESC, value LIMIT ${limitOf(query.limit)}`,
      );
      return traitValuesFromRows(found);
    },

    async coverage(workspaceId, rule: SegmentRule) {
      const scoped = scopedEventsText(database, suggestionScope(workspaceId, ALL_TIME), {
        personas: [{ id: 'covered', rule }],
      });
      const [row] = await rows(
        `SELECT uniqExact(person_id) AS total, uniqExactIf(person_id, isNotNull(persona)) AS persons FROM (${scoped})`,
      );
      return coverageFromRow(row);
    },
  };
}
