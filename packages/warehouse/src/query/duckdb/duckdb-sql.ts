import type { DuckDBValue } from '@duckdb/node-api';
import type { EventMatcher, PropertyFilter, SegmentRule } from '@safar/core';
import type { PersonaRule, PersonSelection } from '@safar/analytics';
import type { EngineScope } from '../engine-scope.js';
import { requiredSubstrings } from '../regex-substrings.js';

/**
 * Collects bound values and hands out numbered placeholders (`$1`, `$2`…), so fragments can be
 * built in any order and a placeholder used more than once. A text bound twice gets the same
 * placeholder, so two matchers reading the same property are the same expression, which DuckDB
 * may compute once (other types keep their own: one placeholder takes one type).
 */
export class BoundSql {
  readonly values: DuckDBValue[] = [];
  readonly #texts = new Map<string, string>();

  bind(value: DuckDBValue): string {
    const known = typeof value === 'string' ? this.#texts.get(value) : undefined;
    if (known) return known;
    this.values.push(value);
    const placeholder = `$${this.values.length}`;
    if (typeof value === 'string') this.#texts.set(value, placeholder);
    return placeholder;
  }

  list(values: readonly DuckDBValue[]): string {
    return `(${values.map((value) => this.bind(value)).join(', ')})`;
  }

  /**
   * `[$1, $2…]`, for `list_contains(…, column)`: DuckDB computes that once per distinct value of a
   * dictionary-compressed column (event names, channels), where `column IN (…)` tests every row
   * (0.03 s against 0.12 s over 10M events).
   */
  array(values: readonly DuckDBValue[]): string {
    return `[${values.map((value) => this.bind(value)).join(', ')}]`;
  }
}

/** `$."a"."b"`: every key quoted, so keys with dots' neighbours (`:`, `@`, `-`) stay keys. */
export const jsonPath = (keys: readonly string[]) =>
  `$${keys.map((key) => `.${JSON.stringify(key)}`).join('')}`;

/**
 * The text of a JSON value (from json_extract) when it is a JSON string, else NULL. Stores write
 * properties with JSON.stringify, so a string value is the one that starts with a quote; testing
 * that spares json_type's second parse.
 */
export const jsonStringSql = (value: string) =>
  `CASE WHEN starts_with(${value}::VARCHAR, '"') THEN json_extract_string(${value}, '$') END`;

/** The text of a property, as the reference engine reads it (match-event.ts propertyValue + textOf). */
export function propertySql(sql: BoundSql, path: string, alias = ''): string {
  const column = (name: string) => (alias ? `${alias}.${name}` : name);
  if (path.startsWith('context.'))
    return `json_extract_string(${column('context')}, ${sql.bind(jsonPath(path.slice('context.'.length).split('.')))})`;
  return `json_extract_string(${column('properties')}, ${sql.bind(jsonPath(path.split('.')))})`;
}

const DECIMAL_SQL = `'-?[0-9]+(\\.[0-9]+)?([eE][-+]?[0-9]+)?'`;

export function filterSql(sql: BoundSql, filter: PropertyFilter, alias = ''): string {
  const exact = valueFilterSql(sql, filter, () => propertySql(sql, filter.property, alias));
  const clauses = requiredText(filter);
  if (clauses.length === 0) return exact;
  const column = `${alias ? `${alias}.` : ''}${filter.property.startsWith('context.') ? 'context' : 'properties'}`;
  const tests = clauses.map(
    (clause) => `(${clause.map((text) => `contains(${column}, ${sql.bind(text)})`).join(' OR ')})`,
  );
  return `(CASE WHEN ${tests.join(' AND ')} THEN ${exact} ELSE false END)`;
}

/**
 * Text the stored JSON must contain for the filter to hold, as clauses (for each, one of its
 * strings). A substring test is far cheaper than parsing the JSON, so it runs first and spares
 * the parse on most rows. Stores write properties and context with JSON.stringify, so text the
 * reference engine reads (a string value, or the JSON.stringify of any other) appears there as
 * it is, provided JSON.stringify would not escape it: text with quotes, backslashes or control
 * characters gives no clause.
 */
function requiredText(filter: PropertyFilter): string[][] {
  return candidateText(filter).filter((clause) => !clause.some(escapedByJson));
}

const escapedByJson = (text: string) => /["\\]/.test(text) || [...text].some((char) => char < ' ');

/** Short strings of a regular expression rule out too few rows to pay for their scan. */
const MIN_REGEX_SUBSTRING = 3;
const MAX_REGEX_CLAUSES = 3;

function candidateText(filter: PropertyFilter): string[][] {
  switch (filter.operator) {
    case 'equals':
    case 'contains':
    case 'starts_with':
    case 'ends_with':
      return [[String(filter.value)]];
    case 'in':
      return filter.value.length > 0 ? [filter.value.map(String)] : [];
    case 'matches_regex':
      return requiredSubstrings(filter.value)
        .filter((clause) => clause.every((text) => text.length >= MIN_REGEX_SUBSTRING))
        .slice(0, MAX_REGEX_CLAUSES);
    default:
      return [];
  }
}

/** A filter on the text a SQL expression yields (NULL when the value is missing or null). */
export function valueFilterSql(sql: BoundSql, filter: PropertyFilter, textOf: () => string): string {
  const value = textOf();
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
      const text = textOf();
      return `coalesce(regexp_full_match(${value}, ${DECIMAL_SQL}) AND TRY_CAST(${text} AS DOUBLE) ${operator} ${sql.bind(filter.value)}, false)`;
    }
  }
}

export function matcherSql(sql: BoundSql, matcher: EventMatcher, alias = ''): string {
  const event = `${alias ? `${alias}.` : ''}event = ${sql.bind(matcher.event)}`;
  if (matcher.filters.length === 0) return `(${event})`;
  // CASE, not AND: in a SELECT list DuckDB computes both sides of an AND for every row, and a
  // CASE computes its THEN only for the rows its WHEN keeps (the filters read JSON; the name is cheap).
  return `(CASE WHEN ${event} THEN ${matcher.filters.map((filter) => filterSql(sql, filter, alias)).join(' AND ')} ELSE false END)`;
}

export function stepSql(sql: BoundSql, matchers: readonly EventMatcher[], alias = ''): string {
  return matchers.length === 0
    ? 'false'
    : `(${matchers.map((matcher) => matcherSql(sql, matcher, alias)).join(' OR ')})`;
}

/**
 * The scope's events, each with the person it is stitched to now (docs/analytics.md, shared
 * rules), narrowed to the persons the scope selects; with `personas`, each also names its
 * person's persona (column `persona`).
 */
export function scopedEventsSql(
  sql: BoundSql,
  scope: EngineScope,
  options: {
    readonly personas?: readonly PersonaRule[];
    /** Only events with these names: the scan drops the rest before stitching them. */
    readonly eventNames?: readonly string[];
  } = {},
): string {
  return personScopedSql(
    sql,
    scope.workspaceId,
    eventsInScopeSql(sql, scope, options.eventNames),
    scope.persons,
    options.personas,
  );
}

/**
 * The person of event `e`, stitched (persons on events, duckdb/duckdb-persons-on-events.ts): the
 * person stored on it, unless its id was merged since, then the override's (joined as `o` by
 * personOverridesJoinSql).
 */
export const PERSON_OF_EVENT_SQL = 'coalesce(o.person_id, e.person_id)';

/** The overrides of one workspace, joined on the event's id: usually few rows, or none. */
export const personOverridesJoinSql = (workspace: string) =>
  `LEFT JOIN (SELECT distinct_id, person_id FROM person_overrides WHERE workspace_id = ${workspace}) o
    ON o.distinct_id = e.distinct_id`;

/**
 * The DuckDB store's scope: whether merged ids of the workspace wait in person_overrides. Without
 * the flag (a plain EngineScope) queries join them, which is always right; the store knows when
 * none wait and spares the join (about 0.07 s at 10M events, even with no overrides).
 */
export interface DuckDbScope extends EngineScope {
  readonly personOverrides?: boolean;
}

function eventsInScopeSql(sql: BoundSql, scope: DuckDbScope, eventNames?: readonly string[]): string {
  const workspace = sql.bind(scope.workspaceId);
  const overrides = scope.personOverrides !== false;
  return `SELECT ${overrides ? PERSON_OF_EVENT_SQL : 'e.person_id'} AS person_id, e.message_id, e.event, e.timestamp_ms AS ts,
      e.channel, e.properties, e.context
    FROM events e
    ${overrides ? personOverridesJoinSql(workspace) : ''}
    WHERE e.workspace_id = ${workspace} AND e.timestamp_ms >= ${sql.bind(BigInt(scope.from))}
      AND e.timestamp_ms < ${sql.bind(BigInt(scope.to))}
      ${scope.channels.length > 0 ? `AND list_contains(${sql.array([...scope.channels])}, e.channel)` : ''}
      ${!eventNames ? '' : eventNames.length === 0 ? 'AND false' : `AND list_contains(${sql.array([...new Set(eventNames)])}, e.event)`}
      ${scope.eventFilters.map((filter) => `AND ${filterSql(sql, filter, 'e')}`).join(' ')}`;
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
 * Each person's merged traits (docs/analytics.md): per top-level key, the value of their latest
 * identify call that has the key, over every id stitched to them, as the person profile merges them.
 */
export function personTraitsSql(sql: BoundSql, workspaceId: string, columns: Map<string, string>): string {
  const picks = [...columns].map(([key, column]) => {
    const value = `json_extract(e.traits, ${sql.bind(jsonPath([key]))})`;
    return `arg_max(${value}, (e.timestamp_ms, e.received_at_ms, e.message_id)) FILTER (WHERE ${value} IS NOT NULL) AS ${column}`;
  });
  const workspace = sql.bind(workspaceId);
  return `SELECT ${PERSON_OF_EVENT_SQL} AS person_id${picks.map((pick) => `, ${pick}`).join('')}
    FROM events e
    ${personOverridesJoinSql(workspace)}
    WHERE e.workspace_id = ${workspace} AND e.type = 'identify'
    GROUP BY 1`;
}

function conditionSql(sql: BoundSql, filter: PropertyFilter, columns: Map<string, string>): string {
  const [key = '', ...rest] = filter.property.split('.');
  const column = `pt.${columns.get(key) ?? ''}`;
  return valueFilterSql(sql, filter, () => `json_extract_string(${column}, ${sql.bind(jsonPath(rest))})`);
}

function segmentSql(sql: BoundSql, rule: SegmentRule, columns: Map<string, string>): string {
  if (rule.conditions.length === 0) return rule.match === 'all' ? 'true' : 'false';
  return `(${rule.conditions.map((filter) => conditionSql(sql, filter, columns)).join(rule.match === 'all' ? ' AND ' : ' OR ')})`;
}

/**
 * Narrows scoped events to the persons a selection keeps, and names each person's persona when a
 * persona breakdown asks (column `persona`: the first persona whose rule matches, else NULL).
 */
export function personScopedSql(
  sql: BoundSql,
  workspaceId: string,
  events: string,
  selection: PersonSelection | undefined,
  personas: readonly PersonaRule[] | undefined,
): string {
  const filters = selection?.filters ?? [];
  const segments = selection?.segments ?? [];
  if (filters.length === 0 && segments.length === 0 && !personas) return events;
  const columns = traitColumns([
    ...filters,
    ...segments.flatMap((rule) => rule.conditions),
    ...(personas ?? []).flatMap((persona) => persona.rule.conditions),
  ]);
  const kept = [
    ...filters.map((filter) => conditionSql(sql, filter, columns)),
    ...(segments.length > 0
      ? [`(${segments.map((rule) => segmentSql(sql, rule, columns)).join(' OR ')})`]
      : []),
  ];
  const persona = !personas
    ? ''
    : personas.length === 0
      ? ', NULL::VARCHAR AS persona'
      : `, CASE ${personas.map((p) => `WHEN ${segmentSql(sql, p.rule, columns)} THEN ${sql.bind(p.id)}`).join(' ')} ELSE NULL END AS persona`;
  return `SELECT s.*${persona} FROM (${events}) s
    LEFT JOIN (${personTraitsSql(sql, workspaceId, columns)}) pt ON pt.person_id = s.person_id
    ${kept.length > 0 ? `WHERE ${kept.join(' AND ')}` : ''}`;
}
