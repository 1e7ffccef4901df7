import { matchesSegment, mergedTraitsByPerson, propertyValue, textOf } from '@safar/analytics';
import { NON_ACTION_EVENTS, type SegmentRule } from '@safar/core';
import type { StoredEvent } from '../event-store.js';
import {
  byteOrder,
  containsText,
  eventPaths,
  isTraitKey,
  pathText,
  type Coverage,
  type EventNameCount,
  type EventNamesQuery,
  type EventPropertiesQuery,
  type PropertyKeyCount,
  type PropertyValuesQuery,
  type TraitKeyCount,
  type TraitValueCount,
  type TraitValuesQuery,
  type ValueCount,
} from './suggestions.js';

/**
 * The suggestions computed in memory over every stored event of a workspace: the oracle of the
 * engines' differential tests (suggestions.ts says what each one means).
 */

const inRange = (event: StoredEvent, range: { from: number; to: number }) =>
  event.timestamp >= range.from && event.timestamp < range.to;

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Leaf paths of a JSON value: into objects only; anything else is a leaf. */
function leaves(value: unknown, path: readonly string[] = []): string[][] {
  if (!isObject(value)) return [[...path]];
  return Object.entries(value).flatMap(([key, child]) => leaves(child, [...path, key]));
}

const isScalar = (value: unknown) => ['string', 'number', 'boolean'].includes(typeof value);

function counted<T extends { events: number; persons: Set<string> }>(groups: Map<string, T>) {
  return [...groups].map(([key, group]) => ({ key, events: group.events, persons: group.persons.size }));
}

export function referenceEventNames(
  events: readonly StoredEvent[],
  query: EventNamesQuery,
): EventNameCount[] {
  const groups = new Map<string, { events: number; persons: Set<string> }>();
  for (const event of events) {
    if (!inRange(event, query) || (NON_ACTION_EVENTS as readonly string[]).includes(event.event)) continue;
    if (!containsText(event.event, query.search)) continue;
    const group = groups.get(event.event) ?? { events: 0, persons: new Set<string>() };
    group.events += 1;
    group.persons.add(event.personId);
    groups.set(event.event, group);
  }
  return counted(groups)
    .sort((a, b) => b.events - a.events || b.persons - a.persons || byteOrder(a.key, b.key))
    .slice(0, query.limit)
    .map(({ key, ...counts }) => ({ name: key, ...counts }));
}

export function referenceEventProperties(
  events: readonly StoredEvent[],
  query: EventPropertiesQuery,
): PropertyKeyCount[] {
  const counts = new Map<string, number>();
  for (const event of events) {
    if (event.event !== query.event || !inRange(event, query)) continue;
    const paths = [
      ...leaves(event.properties).map((leaf) => eventPaths('properties', leaf)),
      ...leaves(event.context).map((leaf) => eventPaths('context', leaf)),
    ];
    for (const path of paths) if (path !== null) counts.set(path, (counts.get(path) ?? 0) + 1);
  }
  return [...counts]
    .map(([key, events]) => ({ key, events }))
    .sort((a, b) => b.events - a.events || byteOrder(a.key, b.key))
    .slice(0, query.limit);
}

export function referencePropertyValues(
  events: readonly StoredEvent[],
  query: PropertyValuesQuery,
): ValueCount[] {
  const groups = new Map<string, { events: number; persons: Set<string> }>();
  for (const event of events) {
    if (event.event !== query.event || !inRange(event, query)) continue;
    const value = propertyValue(event, query.key);
    const text = textOf(value);
    if (!isScalar(value) || text === null || !containsText(text, query.search)) continue;
    const group = groups.get(text) ?? { events: 0, persons: new Set<string>() };
    group.events += 1;
    group.persons.add(event.personId);
    groups.set(text, group);
  }
  return counted(groups)
    .sort((a, b) => b.events - a.events || b.persons - a.persons || byteOrder(a.key, b.key))
    .slice(0, query.limit)
    .map(({ key, ...counts }) => ({ value: key, ...counts }));
}

const traitsOf = (events: readonly StoredEvent[]) =>
  mergedTraitsByPerson(events.filter((event) => event.type === 'identify'));

export function referenceTraitKeys(
  events: readonly StoredEvent[],
  query: { limit: number },
): TraitKeyCount[] {
  const counts = new Map<string, number>();
  for (const traits of traitsOf(events).values())
    for (const [key, value] of Object.entries(traits)) {
      if (!isTraitKey(key)) continue;
      for (const leaf of leaves(value)) {
        const path = pathText([key, ...leaf]);
        if (path !== null) counts.set(path, (counts.get(path) ?? 0) + 1);
      }
    }
  return [...counts]
    .map(([key, persons]) => ({ key, persons }))
    .sort((a, b) => b.persons - a.persons || byteOrder(a.key, b.key))
    .slice(0, query.limit);
}

export function referenceTraitValues(
  events: readonly StoredEvent[],
  query: TraitValuesQuery,
): TraitValueCount[] {
  const counts = new Map<string, number>();
  for (const traits of traitsOf(events).values()) {
    const value = propertyValue({ properties: traits }, query.key);
    const text = textOf(value);
    if (!isScalar(value) || text === null || !containsText(text, query.search)) continue;
    counts.set(text, (counts.get(text) ?? 0) + 1);
  }
  return [...counts]
    .map(([value, persons]) => ({ value, persons }))
    .sort((a, b) => b.persons - a.persons || byteOrder(a.value, b.value))
    .slice(0, query.limit);
}

export function referenceCoverage(events: readonly StoredEvent[], rule: SegmentRule): Coverage {
  const traits = traitsOf(events);
  const persons = new Set(events.map((event) => event.personId));
  return {
    persons: [...persons].filter((person) => matchesSegment(traits.get(person) ?? {}, rule)).length,
    total: persons.size,
  };
}
