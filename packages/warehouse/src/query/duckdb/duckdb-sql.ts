import type { DuckDBValue } from '@duckdb/node-api';
import type { EventMatcher, PropertyFilter } from '@safar/core';
import type { EngineScope } from '../engine-scope.js';

/**
 * Collects bound values and hands out numbered placeholders (`$1`, `$2`…), so fragments can be
 * built in any order and a placeholder used more than once.
 */
export class BoundSql {
  readonly values: DuckDBValue[] = [];

  bind(value: DuckDBValue): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }

  list(values: readonly DuckDBValue[]): string {
    return `(${values.map((value) => this.bind(value)).join(', ')})`;
  }
}

/** `$."a"."b"`: every key quoted, so keys with dots' neighbours (`:`, `@`, `-`) stay keys. */
const jsonPath = (keys: readonly string[]) => `$${keys.map((key) => `.${JSON.stringify(key)}`).join('')}`;

/** The text of a property, as the reference engine reads it (match-event.ts propertyValue + textOf). */
export function propertySql(sql: BoundSql, path: string, alias = ''): string {
  const column = (name: string) => (alias ? `${alias}.${name}` : name);
  if (path.startsWith('context.'))
    return `json_extract_string(${column('context')}, ${sql.bind(jsonPath(path.slice('context.'.length).split('.')))})`;
  return `json_extract_string(${column('properties')}, ${sql.bind(jsonPath(path.split('.')))})`;
}

const DECIMAL_SQL = `'-?[0-9]+(\\.[0-9]+)?([eE][-+]?[0-9]+)?'`;

export function filterSql(sql: BoundSql, filter: PropertyFilter, alias = ''): string {
  const value = propertySql(sql, filter.property, alias);
  switch (filter.operator) {
    case 'is_set':
      return `(${value} IS NOT NULL)`;
    case 'is_not_set':
      return `(${value} IS NULL)`;
    case 'equals':
      return `coalesce(${value} = ${sql.bind(String(filter.value))}, false)`;
    case 'not_equals':
      return `coalesce(${value} <> ${sql.bind(String(filter.value))}, true)`;
    case 'contains':
      return `coalesce(contains(${value}, ${sql.bind(filter.value)}), false)`;
    case 'not_contains':
      return `coalesce(NOT contains(${value}, ${sql.bind(filter.value)}), true)`;
    case 'starts_with':
      return `coalesce(starts_with(${value}, ${sql.bind(filter.value)}), false)`;
    case 'ends_with':
      return `coalesce(suffix(${value}, ${sql.bind(filter.value)}), false)`;
    case 'matches_regex':
      return `coalesce(regexp_matches(${value}, ${sql.bind(filter.value)}), false)`;
    case 'in':
      return `coalesce(${value} IN ${sql.list(filter.value.map(String))}, false)`;
    case 'not_in':
      return `coalesce(${value} NOT IN ${sql.list(filter.value.map(String))}, true)`;
    case 'greater_than':
    case 'greater_or_equal':
    case 'less_than':
    case 'less_or_equal': {
      const operator = { greater_than: '>', greater_or_equal: '>=', less_than: '<', less_or_equal: '<=' }[
        filter.operator
      ];
      const text = propertySql(sql, filter.property, alias);
      return `coalesce(regexp_full_match(${value}, ${DECIMAL_SQL}) AND TRY_CAST(${text} AS DOUBLE) ${operator} ${sql.bind(filter.value)}, false)`;
    }
  }
}

export function matcherSql(sql: BoundSql, matcher: EventMatcher, alias = ''): string {
  const event = alias ? `${alias}.event` : 'event';
  return `(${[`${event} = ${sql.bind(matcher.event)}`, ...matcher.filters.map((filter) => filterSql(sql, filter, alias))].join(' AND ')})`;
}

export function stepSql(sql: BoundSql, matchers: readonly EventMatcher[], alias = ''): string {
  return matchers.length === 0
    ? 'false'
    : `(${matchers.map((matcher) => matcherSql(sql, matcher, alias)).join(' OR ')})`;
}

/** The scope's events, each with the person it is stitched to now (docs/analytics.md, shared rules). */
export function scopedEventsSql(sql: BoundSql, scope: EngineScope): string {
  return `SELECT coalesce(i.person_id, e.distinct_id) AS person_id, e.message_id, e.event, e.timestamp_ms AS ts,
      e.channel, e.properties, e.context
    FROM events e
    LEFT JOIN identities i ON i.workspace_id = e.workspace_id AND i.distinct_id = e.distinct_id
    WHERE e.workspace_id = ${sql.bind(scope.workspaceId)} AND e.timestamp_ms >= ${sql.bind(BigInt(scope.from))}
      AND e.timestamp_ms < ${sql.bind(BigInt(scope.to))}
      ${scope.channels.length > 0 ? `AND e.channel IN ${sql.list([...scope.channels])}` : ''}
      ${scope.eventFilters.map((filter) => `AND ${filterSql(sql, filter, 'e')}`).join(' ')}`;
}
