import type { EngineScope } from './engine-scope.js';
import {
  countPaths,
  eventPaths,
  isTraitKey,
  pathText,
  type Coverage,
  type EventNameCount,
  type PropertyKeyCount,
  type TraitKeyCount,
  type TraitValueCount,
  type ValueCount,
} from './suggestions.js';

/**
 * Engine rows as suggestions, shared by the DuckDB and ClickHouse engines (as aggregate-rows.ts
 * is for results): both name their columns alike, so what turns rows into answers is written once.
 */
type Row = Readonly<Record<string, unknown>>;

/** The scope suggestions read: a workspace's events in a time range, no channel or property filter. */
export const suggestionScope = (
  workspaceId: string,
  range: { readonly from: number; readonly to: number },
): EngineScope => ({ workspaceId, from: range.from, to: range.to, channels: [], eventFilters: [] });

/** Where a property path points: the `context` column for `context.…`, else `properties`. */
export function propertyLocation(key: string): ['properties' | 'context', string[]] {
  return key.startsWith('context.')
    ? ['context', key.slice('context.'.length).split('.')]
    : ['properties', key.split('.')];
}

/** Rows of `name, events, persons`. */
export const eventNamesFromRows = (rows: readonly Row[]): EventNameCount[] =>
  rows.map((row) => ({
    name: String(row['name']),
    events: Number(row['events']),
    persons: Number(row['persons']),
  }));

/** Rows of `value, events, persons`. */
export const valueCountsFromRows = (rows: readonly Row[]): ValueCount[] =>
  rows.map((row) => ({
    value: String(row['value']),
    events: Number(row['events']),
    persons: Number(row['persons']),
  }));

/** Rows of `value, persons`. */
export const traitValuesFromRows = (rows: readonly Row[]): TraitValueCount[] =>
  rows.map((row) => ({ value: String(row['value']), persons: Number(row['persons']) }));

/** Rows of `root ('properties' | 'context'), skeleton, events`: the paths a filter can name, counted. */
export const propertyKeysFromSkeletons = (rows: readonly Row[], limit: number): PropertyKeyCount[] =>
  countPaths(
    rows.map((row) => ({
      skeleton: String(row['skeleton']),
      count: Number(row['events']),
      path: (leaf: string[]) => eventPaths(row['root'] === 'context' ? 'context' : 'properties', leaf),
    })),
    limit,
  ).map(({ key, count }) => ({ key, events: count }));

/** Rows of `key, skeleton, persons` (a top-level trait key and the skeleton of its value). */
export const traitKeysFromSkeletons = (rows: readonly Row[], limit: number): TraitKeyCount[] =>
  countPaths(
    rows.map((row) => ({
      skeleton: String(row['skeleton']),
      count: Number(row['persons']),
      path: (leaf: string[]) => pathText([String(row['key']), ...leaf]),
    })),
    limit,
  ).map(({ key, count }) => ({ key, persons: count }));

/** The row of `persons, total`. */
export const coverageFromRow = (row: Row | undefined): Coverage => ({
  persons: Number(row?.['persons'] ?? 0),
  total: Number(row?.['total'] ?? 0),
});

/** Rows of `key`, most common first: the trait keys a filter can name, each with its column. */
export const traitColumnsFromRows = (rows: readonly Row[]): Map<string, string> =>
  new Map(
    rows
      .map((row) => String(row['key']))
      .filter(isTraitKey)
      .map((key, index) => [key, `trait_${index}`]),
  );
