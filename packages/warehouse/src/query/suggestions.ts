import type {
  Coverage,
  EventNameSuggestion,
  PropertyKeySuggestion,
  PropertyValueSuggestion,
  SegmentRule,
  TraitKeySuggestion,
  TraitValueSuggestion,
} from '@safar/core';
import { leafPaths } from './json-skeleton.js';

/**
 * What the editor's binding pickers ask of the data (docs/analytics.md, "Suggestions"): the event
 * names, property keys and values, and person trait keys and values actually seen, with counts;
 * and how many persons a persona's segment rule covers. Both engines implement it and are
 * differential-tested against the in-memory reference (reference-suggestions.ts).
 */
export interface SuggestionEngine {
  /** Event names in `[from, to)` (identify, alias and group left out), most events first. */
  eventNames(workspaceId: string, query: EventNamesQuery): Promise<EventNameCount[]>;
  /** Property paths seen on one event (`context.…` for its context), most events first. */
  eventProperties(workspaceId: string, query: EventPropertiesQuery): Promise<PropertyKeyCount[]>;
  /** The scalar values of one property path of one event, as text, most events first. */
  propertyValues(workspaceId: string, query: PropertyValuesQuery): Promise<ValueCount[]>;
  /** Trait paths of the persons' merged traits, most persons first. */
  traitKeys(workspaceId: string, query: { readonly limit: number }): Promise<TraitKeyCount[]>;
  /** The scalar values of one trait path in the persons' merged traits, most persons first. */
  traitValues(workspaceId: string, query: TraitValuesQuery): Promise<TraitValueCount[]>;
  /** The persons a segment rule keeps (as a persona in journey queries), out of every person. */
  coverage(workspaceId: string, rule: SegmentRule): Promise<Coverage>;
}

interface Range {
  /** Inclusive, epoch ms. */
  readonly from: number;
  /** Exclusive, epoch ms. */
  readonly to: number;
}

export interface EventNamesQuery extends Range {
  /** Case-insensitive substring of the name; '' keeps every name. */
  readonly search: string;
  readonly limit: number;
}

export interface EventPropertiesQuery extends Range {
  readonly event: string;
  readonly limit: number;
}

export interface PropertyValuesQuery extends Range {
  readonly event: string;
  /** A property path as filters name it. */
  readonly key: string;
  readonly search: string;
  readonly limit: number;
}

export interface TraitValuesQuery {
  readonly key: string;
  readonly search: string;
  readonly limit: number;
}

// The answers are the API's (core/query/suggestions.ts), named for the engine side.
export type EventNameCount = EventNameSuggestion;
export type PropertyKeyCount = PropertyKeySuggestion;
export type ValueCount = PropertyValueSuggestion;
export type TraitKeyCount = TraitKeySuggestion;
export type TraitValueCount = TraitValueSuggestion;
export type { Coverage };

/** All time, as a range: engines bind it like any other. */
export const ALL_TIME: Range = { from: 0, to: Number.MAX_SAFE_INTEGER };

/** How many top-level trait keys the engines look into (the most common first). */
export const TRAIT_KEYS_EXAMINED = 200;

/** A key a filter path can name: no dot (dots go into nested objects), only the path's characters. */
const PATH_SEGMENT = /^[A-Za-z0-9_$:@-]+$/;

/** The filter path of a leaf, or null when a filter could not name it. */
export function pathText(segments: readonly string[]): string | null {
  if (segments.length === 0 || !segments.every((segment) => PATH_SEGMENT.test(segment))) return null;
  const path = segments.join('.');
  return path.length <= 200 ? path : null;
}

/** Property paths of an event: properties' leaves (those under a `context` key are unreachable) and `context.` leaves. */
export function eventPaths(root: 'properties' | 'context', segments: readonly string[]): string | null {
  if (root === 'context') return pathText(['context', ...segments]);
  return segments[0] === 'context' && segments.length > 1 ? null : pathText(segments);
}

/** Top-level trait keys worth a column: those a filter path can name. */
export const isTraitKey = (key: string) => PATH_SEGMENT.test(key);

export const byteOrder = (a: string, b: string) => Buffer.compare(Buffer.from(a), Buffer.from(b));

/** Case-insensitive substring, as the engines test it (lower on both sides). */
export const containsText = (text: string, search: string) =>
  search === '' || text.toLowerCase().includes(search.toLowerCase());

/** Sums skeleton rows into counted paths: `count` of each row goes to every path its skeleton has. */
export function countPaths(
  rows: readonly {
    readonly skeleton: string;
    readonly count: number;
    readonly path: (leaf: string[]) => string | null;
  }[],
  limit: number,
): { key: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const row of rows)
    for (const leaf of leafPaths(row.skeleton)) {
      const key = row.path(leaf);
      if (key !== null) counts.set(key, (counts.get(key) ?? 0) + row.count);
    }
  return [...counts]
    .map(([key, count]) => ({ key, count }))
    .sort((a, b) => b.count - a.count || byteOrder(a.key, b.key))
    .slice(0, Math.max(0, limit));
}
