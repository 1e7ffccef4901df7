import type { PersonaRule } from '@safar/analytics';
import type { EventMatcher, PropertyFilter, SegmentRule } from '@safar/core';
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
  return jsonText(column, keys);
}

/** The text at `keys` inside the JSON object `json` holds, NULL when missing or null. */
export function jsonText(json: string, keys: readonly string[]): string {
  const parent = keys
    .slice(0, -1)
    .reduce((object, key) => sql`visitParamExtractRaw(${raw(object)}, ${key})`, json);
  const key = keys.at(-1) ?? '';
  const rawValue = sql`visitParamExtractRaw(${raw(parent)}, ${key})`;
  return `if(NOT visitParamHas(${parent}, ${sql`${key}`}) OR ${rawValue} = 'null', NULL,
    if(startsWith(${rawValue}, '"'), ${sql`visitParamExtractString(${raw(parent)}, ${key})`}, ${rawValue}))`;
}

/** The text of a raw JSON value (as visitParamExtractRaw gives it; '' when absent), NULL when missing or null. */
export function rawJsonText(rawValue: string): string {
  return `if(${rawValue} = '' OR ${rawValue} = 'null', NULL,
    if(startsWith(${rawValue}, '"'), visitParamExtractString(concat('{"v":', ${rawValue}, '}'), 'v'), ${rawValue}))`;
}

export function filterText(filter: PropertyFilter): string {
  return valueFilterText(filter, propertyText(filter.property));
}

/** A filter on the text a SQL expression yields (NULL when the value is missing or null). */
export function valueFilterText(filter: PropertyFilter, value: string): string {
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

/**
 * The scope's events with the person each is stitched to now (ids never linked are their own
 * person), narrowed to the persons the scope selects; with `personas`, each also names its
 * person's persona (column `persona`).
 */
export function scopedEventsText(
  database: string,
  scope: EngineScope,
  options: {
    readonly personas?: readonly PersonaRule[];
    /** Events with these names are dropped by the scan, before they are stitched. */
    readonly excludeEvents?: readonly string[];
  } = {},
): string {
  return personScopedText(
    database,
    scope,
    eventsInScopeText(database, scope, options.excludeEvents ?? []),
    options.personas,
  );
}

function eventsInScopeText(database: string, scope: EngineScope, excludeEvents: readonly string[]): string {
  return sql`SELECT if(linked_person = '', distinct_id, linked_person) AS person_id, message_id, timestamp_ms AS ts,
      event, channel, properties, context
    FROM (
      SELECT distinct_id, message_id, timestamp_ms, event, channel, properties, context FROM ${raw(`${database}.events`)}
      WHERE workspace_id = ${scope.workspaceId} AND timestamp_ms >= ${scope.from} AND timestamp_ms < ${scope.to}
      ${raw(scope.channels.length > 0 ? sql`AND channel IN ${[...scope.channels]}` : '')}
      ${raw(excludeEvents.length > 0 ? sql`AND event NOT IN ${[...excludeEvents]}` : '')}
      ${raw(scope.eventFilters.map((filter) => `AND ${filterText(filter)}`).join(' '))}
    ) ANY LEFT JOIN (
      SELECT distinct_id, person_id AS linked_person FROM ${raw(`${database}.identities`)} FINAL WHERE workspace_id = ${scope.workspaceId}
    ) USING distinct_id`;
}

/** The top-level traits the conditions read, each given a column of the person-traits table. */
function traitColumns(conditions: readonly PropertyFilter[]): Map<string, string> {
  const columns = new Map<string, string>();
  for (const condition of conditions) {
    const key = condition.property.split('.')[0] ?? '';
    if (!columns.has(key)) columns.set(key, `trait_${columns.size}`);
  }
  return columns;
}

/**
 * Each person's merged traits (docs/analytics.md): per top-level key, the raw JSON of their latest
 * identify call that has the key, over every id stitched to them ('' when none has it).
 */
export function personTraitsText(
  database: string,
  workspaceId: string,
  columns: Map<string, string>,
): string {
  const picks = [...columns].map(
    ([key, column]) =>
      sql`argMaxIf(visitParamExtractRaw(traits, ${key}), (timestamp_ms, received_at_ms, message_id), visitParamHas(traits, ${key})) AS ${raw(column)}`,
  );
  return sql`SELECT if(linked_person = '', distinct_id, linked_person) AS person_id${raw(picks.map((pick) => `, ${pick}`).join(''))}
    FROM (
      SELECT distinct_id, traits, timestamp_ms, received_at_ms, message_id FROM ${raw(`${database}.events`)}
      WHERE workspace_id = ${workspaceId} AND type = 'identify'
    ) ANY LEFT JOIN (
      SELECT distinct_id, person_id AS linked_person FROM ${raw(`${database}.identities`)} FINAL WHERE workspace_id = ${workspaceId}
    ) USING distinct_id
    GROUP BY person_id`;
}

function conditionText(filter: PropertyFilter, columns: Map<string, string>): string {
  const [key = '', ...rest] = filter.property.split('.');
  const column = columns.get(key) ?? '';
  // A person with no identify call joins with '' in every trait column: missing, as in the reference.
  const value =
    rest.length === 0 ? rawJsonText(column) : `if(${column} = '', NULL, ${jsonText(column, rest)})`;
  return valueFilterText(filter, value);
}

function segmentText(rule: SegmentRule, columns: Map<string, string>): string {
  if (rule.conditions.length === 0) return rule.match === 'all' ? '1' : '0';
  return `(${rule.conditions.map((filter) => conditionText(filter, columns)).join(rule.match === 'all' ? ' AND ' : ' OR ')})`;
}

function personScopedText(
  database: string,
  scope: EngineScope,
  events: string,
  personas: readonly PersonaRule[] | undefined,
): string {
  const filters = scope.persons?.filters ?? [];
  const segments = scope.persons?.segments ?? [];
  if (filters.length === 0 && segments.length === 0 && !personas) return events;
  const columns = traitColumns([
    ...filters,
    ...segments.flatMap((rule) => rule.conditions),
    ...(personas ?? []).flatMap((persona) => persona.rule.conditions),
  ]);
  const kept = [
    ...filters.map((filter) => conditionText(filter, columns)),
    ...(segments.length > 0 ? [`(${segments.map((rule) => segmentText(rule, columns)).join(' OR ')})`] : []),
  ];
  const persona = !personas
    ? ''
    : personas.length === 0
      ? ', CAST(NULL AS Nullable(String)) AS persona'
      : `, multiIf(${personas.map((p) => `${segmentText(p.rule, columns)}, ${sql`${p.id}`}`).join(', ')}, NULL) AS persona`;
  return `SELECT person_id, message_id, ts, event, channel, properties, context${persona}
    FROM (${events}) ANY LEFT JOIN (${personTraitsText(database, scope.workspaceId, columns)}) USING person_id
    ${kept.length > 0 ? `WHERE ${kept.join(' AND ')}` : ''}`;
}
