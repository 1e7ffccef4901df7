import type { EventMatcher, PropertyFilter } from '@safar/core';
import type { EngineScope } from '../engine-scope.js';
import { raw, sql } from '../../clickhouse/clickhouse-sql.js';

/**
 * The text of a property, as the reference engine reads it. ClickHouse 18.16 has no JSONExtract,
 * so nested keys are reached by chaining visitParamExtractRaw, which finds a key's first
 * occurrence: exact for the flat properties SDKs send, approximate when a nested object repeats
 * a key of its parent (docs/analytics.md).
 */
export function propertyText(path: string): string {
  const [column, keys] = path.startsWith('context.')
    ? ['context', path.slice('context.'.length).split('.')]
    : ['properties', path.split('.')];
  const parent = keys
    .slice(0, -1)
    .reduce((json, key) => sql`visitParamExtractRaw(${raw(json)}, ${key})`, column);
  const key = keys.at(-1) ?? '';
  const rawValue = sql`visitParamExtractRaw(${raw(parent)}, ${key})`;
  return `if(NOT visitParamHas(${parent}, ${sql`${key}`}) OR ${rawValue} = 'null', NULL,
    if(startsWith(${rawValue}, '"'), ${sql`visitParamExtractString(${raw(parent)}, ${key})`}, ${rawValue}))`;
}

export function filterText(filter: PropertyFilter): string {
  const value = propertyText(filter.property);
  switch (filter.operator) {
    case 'is_set':
      return `isNotNull(${value})`;
    case 'is_not_set':
      return `isNull(${value})`;
    case 'equals':
      return sql`ifNull(${raw(value)} = ${String(filter.value)}, 0)`;
    case 'not_equals':
      return sql`ifNull(${raw(value)} != ${String(filter.value)}, 1)`;
    case 'contains':
      return sql`ifNull(position(${raw(value)}, ${filter.value}) > 0, 0)`;
    case 'not_contains':
      return sql`ifNull(position(${raw(value)}, ${filter.value}) = 0, 1)`;
    case 'starts_with':
      return sql`ifNull(startsWith(${raw(value)}, ${filter.value}), 0)`;
    case 'ends_with':
      return sql`ifNull(endsWith(${raw(value)}, ${filter.value}), 0)`;
    case 'matches_regex':
      return sql`ifNull(match(${raw(value)}, ${filter.value}), 0)`;
    case 'in':
      return sql`ifNull(${raw(value)} IN ${filter.value.map(String)}, 0)`;
    case 'not_in':
      return sql`ifNull(${raw(value)} NOT IN ${filter.value.map(String)}, 1)`;
    case 'greater_than':
    case 'greater_or_equal':
    case 'less_than':
    case 'less_or_equal': {
      const operator = { greater_than: '>', greater_or_equal: '>=', less_than: '<', less_or_equal: '<=' }[
        filter.operator
      ];
      if (!Number.isFinite(filter.value)) throw new Error(`not a finite number: ${filter.value}`);
      // A finite JavaScript number prints as a ClickHouse number literal (digits, '.', 'e', sign).
      const bound = `toFloat64(${String(filter.value)})`;
      return `ifNull(match(${value}, '^-?[0-9]+(\\\\.[0-9]+)?([eE][-+]?[0-9]+)?$') AND toFloat64OrNull(${value}) ${operator} ${bound}, 0)`;
    }
  }
}

export function matcherText(matcher: EventMatcher): string {
  return `(${[sql`event = ${matcher.event}`, ...matcher.filters.map(filterText)].join(' AND ')})`;
}

export function stepText(matchers: readonly EventMatcher[]): string {
  return matchers.length === 0 ? '0' : `(${matchers.map(matcherText).join(' OR ')})`;
}

/** The scope's events with the person each is stitched to now; ids never linked are their own person. */
export function scopedEventsText(database: string, scope: EngineScope): string {
  return sql`SELECT if(linked_person = '', distinct_id, linked_person) AS person_id, message_id, timestamp_ms AS ts,
      event, channel, properties, context
    FROM (
      SELECT distinct_id, message_id, timestamp_ms, event, channel, properties, context FROM ${raw(`${database}.events`)}
      WHERE workspace_id = ${scope.workspaceId} AND timestamp_ms >= ${scope.from} AND timestamp_ms < ${scope.to}
      ${raw(scope.channels.length > 0 ? sql`AND channel IN ${[...scope.channels]}` : '')}
      ${raw(scope.eventFilters.map((filter) => `AND ${filterText(filter)}`).join(' '))}
    ) ANY LEFT JOIN (
      SELECT distinct_id, person_id AS linked_person FROM ${raw(`${database}.identities`)} FINAL WHERE workspace_id = ${scope.workspaceId}
    ) USING distinct_id`;
}
