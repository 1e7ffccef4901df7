import type { EventMatcher } from './event-matcher.js';
import type { PropertyFilter } from './property-filter.js';

/**
 * Whether an event matches an event matcher: the one definition every journey query's reference
 * engine, the SQL engines' tests and the browser (the person timeline) share.
 */
export interface MatchableEvent {
  readonly event: string;
  readonly properties: Readonly<Record<string, unknown>>;
  readonly context?: Readonly<Record<string, unknown>>;
}

const isRecord = (value: unknown): value is Readonly<Record<string, unknown>> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Where a filter's property lives: `context.…` in the event's context, anything else in its
 * properties; dots go into nested objects.
 */
export function propertyValue(
  source: {
    readonly properties: Readonly<Record<string, unknown>>;
    readonly context?: Readonly<Record<string, unknown>>;
  },
  path: string,
): unknown {
  const [root, ...rest] =
    path.startsWith('context.') && source.context
      ? [source.context, ...path.slice(8).split('.')]
      : [source.properties, ...path.split('.')];
  let value: unknown = root;
  for (const key of rest) {
    if (!isRecord(value) || !Object.hasOwn(value, key)) return undefined;
    value = value[key];
  }
  return value;
}

export const DECIMAL = /^-?[0-9]+(\.[0-9]+)?([eE][-+]?[0-9]+)?$/;

/** A value compared as text, as the SQL engines read JSON (json_extract_string). */
export function textOf(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

/**
 * One filter on one value. Negative operators (not_equals, not_contains, not_in) hold for a
 * missing value, as "is not" does in PostHog; comparisons need a finite number.
 */
export function passesFilter(value: unknown, filter: PropertyFilter): boolean {
  const text = textOf(value);
  switch (filter.operator) {
    case 'is_set':
      return text !== null;
    case 'is_not_set':
      return text === null;
    case 'equals':
      return text !== null && text === String(filter.value);
    case 'not_equals':
      return text === null || text !== String(filter.value);
    case 'contains':
      return text !== null && text.includes(filter.value);
    case 'not_contains':
      return text === null || !text.includes(filter.value);
    case 'starts_with':
      return text !== null && text.startsWith(filter.value);
    case 'ends_with':
      return text !== null && text.endsWith(filter.value);
    case 'matches_regex':
      return text !== null && new RegExp(filter.value).test(text);
    case 'in':
      return text !== null && filter.value.some((candidate) => String(candidate) === text);
    case 'not_in':
      return text === null || !filter.value.some((candidate) => String(candidate) === text);
    case 'greater_than':
    case 'greater_or_equal':
    case 'less_than':
    case 'less_or_equal': {
      // Plain decimal numbers only, as the SQL engines test them (no hex, no Infinity, no blanks).
      if (text === null || !DECIMAL.test(text)) return false;
      const number = Number(text);
      if (filter.operator === 'greater_than') return number > filter.value;
      if (filter.operator === 'greater_or_equal') return number >= filter.value;
      if (filter.operator === 'less_than') return number < filter.value;
      return number <= filter.value;
    }
  }
}

export function matchesEvent(event: MatchableEvent, matcher: EventMatcher): boolean {
  return (
    event.event === matcher.event &&
    matcher.filters.every((filter) => passesFilter(propertyValue(event, filter.property), filter))
  );
}
