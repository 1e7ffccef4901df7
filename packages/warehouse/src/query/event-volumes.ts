import { matchesStep, type QueryEvent, type ResolvedStep } from '@safar/analytics';
import { NON_ACTION_EVENTS } from '@safar/core';

/**
 * Event volumes of a map (the living map): per step, e.g. one catalogue touchpoint, the persons
 * and events in scope that match it; and the events that match none of the steps, most frequent
 * first, as candidates for new touchpoints.
 */
export interface ResolvedVolumes {
  /** Counted independently: an event matching two steps counts for both. */
  readonly steps: readonly ResolvedStep[];
  /** How many of the most frequent unmapped events to list. */
  readonly unmappedLimit: number;
}

export interface StepVolume {
  readonly persons: number;
  readonly events: number;
}

/**
 * Events matching no step, grouped by name and, for pages by their `path` and for screens by
 * their `name` when it is text (`page` alone would lump every page of a site into one suggestion).
 */
export interface UnmappedEvent {
  readonly event: string;
  /** The property that tells this event apart (`path`, `name`), null when it has none. */
  readonly property: string | null;
  readonly value: string | null;
  readonly persons: number;
  readonly events: number;
}

export interface VolumesResult {
  readonly steps: readonly StepVolume[];
  /** Most persons first, then most events, then by event and value (none first), byte order. */
  readonly unmapped: readonly UnmappedEvent[];
}

/** Which property names a page or a screen, as Segment's page and screen calls carry them. */
export const DETAIL_PROPERTY_OF_EVENT: Readonly<Record<string, string>> = { page: 'path', screen: 'name' };

function detailOf(event: QueryEvent): { property: string | null; value: string | null } {
  const property = DETAIL_PROPERTY_OF_EVENT[event.event];
  const value = property === undefined ? undefined : event.properties[property];
  return property !== undefined && typeof value === 'string'
    ? { property, value }
    : { property: null, value: null };
}

const byteOrder = (a: string, b: string) => Buffer.compare(Buffer.from(a), Buffer.from(b));

/** The volumes computed in memory: the oracle the engines' tests compare with. */
export function referenceVolumes(events: readonly QueryEvent[], volumes: ResolvedVolumes): VolumesResult {
  const steps = volumes.steps.map((step) => {
    const matching = events.filter((event) => matchesStep(event, step));
    return { persons: new Set(matching.map((event) => event.personId)).size, events: matching.length };
  });
  const groups = new Map<
    string,
    { event: string; property: string | null; value: string | null; persons: Set<string>; events: number }
  >();
  for (const event of events) {
    if ((NON_ACTION_EVENTS as readonly string[]).includes(event.event)) continue;
    if (volumes.steps.some((step) => matchesStep(event, step))) continue;
    const detail = detailOf(event);
    const key = JSON.stringify([event.event, detail.value]);
    const group = groups.get(key) ?? { event: event.event, ...detail, persons: new Set<string>(), events: 0 };
    group.persons.add(event.personId);
    group.events += 1;
    groups.set(key, group);
  }
  const unmapped = [...groups.values()]
    .map((group) => ({
      event: group.event,
      property: group.property,
      value: group.value,
      persons: group.persons.size,
      events: group.events,
    }))
    .sort(
      (a, b) =>
        b.persons - a.persons ||
        b.events - a.events ||
        byteOrder(a.event, b.event) ||
        Number(a.value !== null) - Number(b.value !== null) ||
        byteOrder(a.value ?? '', b.value ?? ''),
    )
    .slice(0, volumes.unmappedLimit);
  return { steps, unmapped };
}

/** Builds the result from the engines' rows, whose counts may arrive as text or bigint. */
export function volumesFromRows(
  stepRow: Readonly<Record<string, unknown>> | undefined,
  stepCount: number,
  unmappedRows: readonly Readonly<Record<string, unknown>>[],
): VolumesResult {
  return {
    steps: Array.from({ length: stepCount }, (_, index) => ({
      persons: Number(stepRow?.[`p${index}`] ?? 0),
      events: Number(stepRow?.[`e${index}`] ?? 0),
    })),
    unmapped: unmappedRows.map((row) => ({
      event: String(row['event']),
      property: textOrNull(row['property']),
      value: textOrNull(row['value']),
      persons: Number(row['persons']),
      events: Number(row['events']),
    })),
  };
}

const textOrNull = (value: unknown) => (value === null || value === undefined ? null : String(value));
