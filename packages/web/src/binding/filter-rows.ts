import {
  eventMatcherSchema,
  segmentRuleSchema,
  type EventMatcher,
  type PropertyFilter,
  type SegmentRule,
} from '@safar/core';

/** A filter as its form row holds it: the value as typed. */
export interface FilterRow {
  property: string;
  operator: PropertyFilter['operator'];
  value: string;
}

export const NO_VALUE = new Set(['is_set', 'is_not_set']);
const NUMERIC = new Set(['greater_than', 'greater_or_equal', 'less_than', 'less_or_equal']);
const LIST = new Set(['in', 'not_in']);

const listItems = (text: string) =>
  text
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);

/** Turns the typed text of a row into the filter its operator expects (numbers, lists, booleans). */
export function filterOf(row: FilterRow): Record<string, unknown> {
  const base = { property: row.property, operator: row.operator };
  if (NO_VALUE.has(row.operator)) return base;
  if (NUMERIC.has(row.operator)) return { ...base, value: Number(row.value) };
  if (LIST.has(row.operator)) return { ...base, value: listItems(row.value) };
  if (row.operator === 'equals' || row.operator === 'not_equals') {
    const text = row.value.trim();
    if (text === 'true' || text === 'false') return { ...base, value: text === 'true' };
    return { ...base, value: text !== '' && !Number.isNaN(Number(text)) ? Number(text) : row.value };
  }
  return { ...base, value: row.value };
}

export function rowOf(filter: PropertyFilter): FilterRow {
  const value = 'value' in filter ? filter.value : '';
  return {
    property: filter.property,
    operator: filter.operator,
    value: Array.isArray(value) ? value.join(', ') : String(value),
  };
}

/** The text a row's value suggestions look for: in a list (`in`, `not_in`), the item being typed. */
export function valueSearchOf(row: FilterRow): string {
  return (LIST.has(row.operator) ? (row.value.split(',').at(-1) ?? '') : row.value).trim();
}

/** A picked suggestion in a row's value: in a list, it takes the place of the item being typed. */
export function withPickedValue(row: FilterRow, picked: string): string {
  if (!LIST.has(row.operator)) return picked;
  const items = listItems(row.value.split(',').slice(0, -1).join(','));
  return (items.includes(picked) ? items : [...items, picked]).join(', ');
}

/** A row still being filled in: its operator needs a value and none is typed yet. */
const unfinished = (row: FilterRow) => !NO_VALUE.has(row.operator) && row.value.trim() === '';

/** The matcher a form describes, or null while it is incomplete or invalid (nothing to preview yet). */
export function matcherDraft(event: string, rows: readonly FilterRow[]): EventMatcher | null {
  if (rows.some(unfinished)) return null;
  const parsed = eventMatcherSchema.safeParse({ event: event.trim(), filters: rows.map(filterOf) });
  return parsed.success ? parsed.data : null;
}

/** The segment rule a form describes, or null while it is incomplete or invalid. */
export function segmentDraft(match: 'all' | 'any', rows: readonly FilterRow[]): SegmentRule | null {
  if (rows.some(unfinished)) return null;
  const parsed = segmentRuleSchema.safeParse({ match, conditions: rows.map(filterOf) });
  return parsed.success ? parsed.data : null;
}
