import {
  frictionFromCounts,
  frictionItems,
  type FrictionItemKey,
  type FrictionResult,
  type ResolvedFriction,
} from '../friction-result.js';
import { matchesStep, type QueryEvent, type ResolvedStep } from '../match-event.js';
import { inJourneyOrder } from './reference-funnel.js';

/** One person as friction sees them: in the journey or not, converted or not, and each item's flag. */
export interface PersonFriction {
  readonly personId: string;
  readonly converted: boolean;
  /** Aligned with frictionItems(friction). */
  readonly affected: readonly boolean[];
}

/** Positions (in journey order) of the events matching a step. */
const positionsOf = (events: readonly QueryEvent[], step: ResolvedStep) =>
  events.flatMap((event, position) => (matchesStep(event, step) ? [position] : []));

/** A person's attempts: each conversion event ends one, and the events after it start the next. */
function attemptsOf(events: readonly QueryEvent[], conversion: ResolvedStep): QueryEvent[][] {
  const attempts: QueryEvent[][] = [[]];
  for (const event of events) {
    attempts.at(-1)?.push(event);
    if (matchesStep(event, conversion)) attempts.push([]);
  }
  return attempts.filter((attempt) => attempt.length > 0);
}

/** Whether the item happened in one attempt (events in journey order). */
function inAttempt(
  events: readonly QueryEvent[],
  item: FrictionItemKey,
  friction: ResolvedFriction,
): boolean {
  const steps = friction.steps;
  if (item.kind === 'error' || item.kind === 'abandon_after_error') {
    const lastError = positionsOf(events, friction.errors[item.index] as ResolvedStep).at(-1);
    if (lastError === undefined) return false;
    if (item.kind === 'error') return true;
    // Abandoned: no conversion after the last error of this kind.
    return !positionsOf(events, friction.conversion).some((position) => position > lastError);
  }
  const first = positionsOf(events, steps[item.index] as ResolvedStep)[0];
  if (first === undefined) return false;
  if (item.kind === 'loop') {
    // Step i, then any later step, then step i again (the earliest of each leaves most room).
    const later = events.findIndex(
      (event, position) =>
        position > first && steps.slice(item.index + 1).some((step) => matchesStep(event, step)),
    );
    return (
      later >= 0 &&
      positionsOf(events, steps[item.index] as ResolvedStep).some((position) => position > later)
    );
  }
  // Stall: from the first reach of step i to the first reach of step i + 1 after it.
  const next = positionsOf(events, steps[item.index + 1] as ResolvedStep).find(
    (position) => position > first,
  );
  return (
    next !== undefined &&
    (events[next] as QueryEvent).timestamp - (events[first] as QueryEvent).timestamp > friction.stallAfterMs
  );
}

/** Every person in the journey (an event matching a step, the conversion or an error), by person id. */
export function frictionByPerson(
  events: readonly QueryEvent[],
  friction: ResolvedFriction,
): PersonFriction[] {
  const relevant = [...friction.steps, friction.conversion, ...friction.errors];
  const byPerson = new Map<string, QueryEvent[]>();
  for (const event of events) {
    if (!relevant.some((step) => matchesStep(event, step))) continue;
    const list = byPerson.get(event.personId) ?? [];
    list.push(event);
    byPerson.set(event.personId, list);
  }
  const items = frictionItems(friction);
  return [...byPerson.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([personId, personEvents]) => {
      const attempts = attemptsOf([...personEvents].sort(inJourneyOrder), friction.conversion);
      return {
        personId,
        converted: personEvents.some((event) => matchesStep(event, friction.conversion)),
        // A person is affected by an item when any of their attempts is.
        affected: items.map((item) => attempts.some((attempt) => inAttempt(attempt, item, friction))),
      };
    });
}

/**
 * The reference friction: plain TypeScript over events in memory, the oracle for the SQL
 * engines. Events are the query's, already scoped.
 */
export function referenceFriction(events: readonly QueryEvent[], friction: ResolvedFriction): FrictionResult {
  const persons = frictionByPerson(events, friction);
  const count = (keep: (person: PersonFriction) => boolean) => persons.filter(keep).length;
  return frictionFromCounts(friction, {
    persons: persons.length,
    convertedPersons: count((person) => person.converted),
    items: frictionItems(friction).map((_, position) => ({
      persons: count((person) => person.affected[position] === true),
      convertedPersons: count((person) => person.converted && person.affected[position] === true),
    })),
  });
}

/** The persons behind an item: those it affected, or only those of them who never converted. */
export function frictionPersons(
  events: readonly QueryEvent[],
  friction: ResolvedFriction,
  select: {
    readonly kind: FrictionItemKey['kind'];
    readonly index: number;
    readonly persons: 'affected' | 'not_converted';
  },
): string[] {
  const position = frictionItems(friction).findIndex(
    (item) => item.kind === select.kind && item.index === select.index,
  );
  if (position < 0) return [];
  return frictionByPerson(events, friction)
    .filter(
      (person) =>
        person.affected[position] === true && !(select.persons === 'not_converted' && person.converted),
    )
    .map((person) => person.personId);
}
