import type { PropertyFilter, SegmentRule } from '@safar/core';
import { passesFilter, propertyValue } from './match-event.js';

/** A persona as journey queries see it: its id and the segment rule that says who belongs. */
export interface PersonaRule {
  readonly id: string;
  readonly rule: SegmentRule;
}

/**
 * Which persons a query keeps, judged on their merged traits: every filter must hold, and when
 * segments are given the person must belong to at least one of them (the personas asked for).
 */
export interface PersonSelection {
  readonly filters: readonly PropertyFilter[];
  readonly segments: readonly SegmentRule[];
}

export type Traits = Readonly<Record<string, unknown>>;

const traitValue = (traits: Traits, path: string) => propertyValue({ properties: traits }, path);

/** A segment rule: "all" needs every condition (so none at all matches everyone), "any" at least one. */
export function matchesSegment(traits: Traits, rule: SegmentRule): boolean {
  const passes = (filter: PropertyFilter) => passesFilter(traitValue(traits, filter.property), filter);
  return rule.match === 'all' ? rule.conditions.every(passes) : rule.conditions.some(passes);
}

export function isSelected(traits: Traits, selection: PersonSelection): boolean {
  return (
    selection.filters.every((filter) => passesFilter(traitValue(traits, filter.property), filter)) &&
    (selection.segments.length === 0 || selection.segments.some((rule) => matchesSegment(traits, rule)))
  );
}

/** The first persona, in the order given, whose rule the person matches; null when none does. */
export function personaOf(traits: Traits, personas: readonly PersonaRule[]): string | null {
  return personas.find((persona) => matchesSegment(traits, persona.rule))?.id ?? null;
}

/** An identify call as the trait merge reads it. */
export interface IdentifyTraits {
  readonly personId: string;
  readonly timestamp: number;
  readonly receivedAt: number;
  readonly messageId: string;
  readonly traits: Traits;
}

/**
 * Each person's traits: their identify calls (from every id they were stitched from), oldest first
 * by timestamp, receipt and messageId, merged key by key so the latest value of each top-level
 * trait wins — the same rule the person profile uses.
 */
export function mergedTraitsByPerson(identifies: readonly IdentifyTraits[]): Map<string, Traits> {
  const ordered = [...identifies].sort(
    (a, b) =>
      a.timestamp - b.timestamp ||
      a.receivedAt - b.receivedAt ||
      (a.messageId < b.messageId ? -1 : a.messageId > b.messageId ? 1 : 0),
  );
  const callsByPerson = new Map<string, Traits[]>();
  for (const call of ordered)
    callsByPerson.set(call.personId, [...(callsByPerson.get(call.personId) ?? []), call.traits]);
  return new Map([...callsByPerson].map(([personId, calls]) => [personId, mergeTraits(calls)]));
}

/** Traits of identify calls, oldest first, merged key by key: the latest wins (the person profile's rule too). */
export function mergeTraits(identifyTraits: readonly Traits[]): Record<string, unknown> {
  const merged: Record<string, unknown> = {};
  for (const traits of identifyTraits) Object.assign(merged, traits);
  return merged;
}

/** The events of the persons a selection keeps; persons with no identify call have no traits. */
export function eventsOfSelectedPersons<Event extends { readonly personId: string }>(
  events: readonly Event[],
  selection: PersonSelection | undefined,
  traitsByPerson: ReadonlyMap<string, Traits>,
): Event[] {
  if (!selection || (selection.filters.length === 0 && selection.segments.length === 0)) return [...events];
  return events.filter((event) => isSelected(traitsByPerson.get(event.personId) ?? {}, selection));
}
