import { matchesStep, propertyValue, textOf, type QueryEvent, type ResolvedStep } from '../match-event.js';
import { personaOf, type PersonaRule, type Traits } from '../person-selection.js';
import { summariseFunnel, type FunnelResult, type PersonProgress } from '../funnel-result.js';

export interface ResolvedFunnel {
  readonly steps: readonly ResolvedStep[];
  readonly order: 'ordered' | 'strict' | 'unordered';
  readonly windowMs: number;
  readonly exclusions: readonly { readonly step: ResolvedStep; readonly from: number; readonly to: number }[];
  readonly breakdown?:
    | { readonly kind: 'property'; readonly property: string }
    | { readonly kind: 'channel' }
    | { readonly kind: 'persona'; readonly personas: readonly PersonaRule[] };
  /** Persons' merged traits, which a persona breakdown reads; persons missing here have none. */
  readonly traitsByPerson?: ReadonlyMap<string, Traits>;
}

/** Events in journey order: by time, then by messageId, so ties are ordered the same everywhere. */
export const inJourneyOrder = (a: QueryEvent, b: QueryEvent) =>
  a.timestamp - b.timestamp || (a.messageId < b.messageId ? -1 : a.messageId > b.messageId ? 1 : 0);

interface Attempt {
  readonly level: number;
  readonly times: number[];
  readonly start: QueryEvent;
}

function orderedAttempt(events: readonly QueryEvent[], start: number, funnel: ResolvedFunnel): Attempt {
  const origin = events[start] as QueryEvent;
  const positions = [start];
  for (let step = 1; step < funnel.steps.length; step += 1) {
    const last = positions[positions.length - 1] ?? start;
    let found = -1;
    for (let index = last + 1; index < events.length; index += 1) {
      const event = events[index] as QueryEvent;
      if (event.timestamp - origin.timestamp > funnel.windowMs) break;
      if (matchesStep(event, funnel.steps[step] as ResolvedStep)) {
        found = index;
        break;
      }
      // Strict: the next step must be the very next event.
      if (funnel.order === 'strict') break;
    }
    if (found < 0) break;
    positions.push(found);
  }
  if (excluded(events, positions, origin.timestamp, funnel)) return { level: 0, times: [], start: origin };
  return {
    level: positions.length,
    times: positions.map((index) => (events[index] as QueryEvent).timestamp),
    start: origin,
  };
}

/** An exclusion event between the attempt's `from` and `to` steps (or the window's end, if `to` was not reached). */
function excluded(
  events: readonly QueryEvent[],
  positions: readonly number[],
  origin: number,
  funnel: ResolvedFunnel,
): boolean {
  return funnel.exclusions.some(({ step, from, to }) => {
    const lower = positions[from];
    if (lower === undefined) return false;
    const upper = positions[to];
    for (let index = lower + 1; index < (upper ?? events.length); index += 1) {
      const event = events[index] as QueryEvent;
      if (upper === undefined && event.timestamp - origin > funnel.windowMs) break;
      if (matchesStep(event, step)) return true;
    }
    return false;
  });
}

function unorderedAttempt(events: readonly QueryEvent[], start: number, funnel: ResolvedFunnel): Attempt {
  const origin = events[start] as QueryEvent;
  const completedAt = new Map<number, number>();
  for (let index = start; index < events.length; index += 1) {
    const event = events[index] as QueryEvent;
    if (event.timestamp - origin.timestamp > funnel.windowMs) break;
    funnel.steps.forEach((step, stepIndex) => {
      if (!completedAt.has(stepIndex) && matchesStep(event, step))
        completedAt.set(stepIndex, event.timestamp);
    });
  }
  const times = [...completedAt.values()].sort((a, b) => a - b);
  return { level: times.length, times, start: origin };
}

function bestAttempt(events: readonly QueryEvent[], funnel: ResolvedFunnel): Attempt | null {
  let best: Attempt | null = null;
  for (let start = 0; start < events.length; start += 1) {
    const event = events[start] as QueryEvent;
    const starts =
      funnel.order === 'unordered'
        ? funnel.steps.some((step) => matchesStep(event, step))
        : matchesStep(event, funnel.steps[0] as ResolvedStep);
    if (!starts) continue;
    const attempt =
      funnel.order === 'unordered'
        ? unorderedAttempt(events, start, funnel)
        : orderedAttempt(events, start, funnel);
    // The earliest attempt that gets furthest wins.
    if (attempt.level > (best?.level ?? 0)) best = attempt;
    if (best?.level === funnel.steps.length) break;
  }
  return best;
}

function breakdownValue(attempt: Attempt, personId: string, funnel: ResolvedFunnel): string | null {
  const breakdown = funnel.breakdown;
  if (!breakdown) return null;
  if (breakdown.kind === 'channel') return attempt.start.channel;
  if (breakdown.kind === 'persona')
    return personaOf(funnel.traitsByPerson?.get(personId) ?? {}, breakdown.personas);
  return textOf(propertyValue(attempt.start, breakdown.property));
}

/** Every person's best attempt at the funnel; events are the query's, already scoped. */
export function funnelProgress(events: readonly QueryEvent[], funnel: ResolvedFunnel): PersonProgress[] {
  const byPerson = new Map<string, QueryEvent[]>();
  for (const event of events) {
    const list = byPerson.get(event.personId) ?? [];
    list.push(event);
    byPerson.set(event.personId, list);
  }
  const progress: PersonProgress[] = [];
  for (const [personId, personEvents] of byPerson) {
    const attempt = bestAttempt([...personEvents].sort(inJourneyOrder), funnel);
    if (attempt)
      progress.push({
        personId,
        level: attempt.level,
        times: attempt.times,
        breakdownValue: breakdownValue(attempt, personId, funnel),
      });
  }
  return progress.sort((a, b) => (a.personId < b.personId ? -1 : a.personId > b.personId ? 1 : 0));
}

/**
 * The reference funnel: plain, obviously correct TypeScript over events in memory. It is the
 * oracle the SQL engines are tested against, not the engine for large data.
 */
export function referenceFunnel(events: readonly QueryEvent[], funnel: ResolvedFunnel): FunnelResult {
  const progress = funnelProgress(events, funnel);
  const labels = funnel.steps.map((step) => step.label);
  const groups = new Map<string | null, PersonProgress[]>();
  if (funnel.breakdown)
    for (const person of progress)
      groups.set(person.breakdownValue, [...(groups.get(person.breakdownValue) ?? []), person]);
  return {
    steps: summariseFunnel(labels, progress),
    breakdown: [...groups.entries()]
      // Biggest first; among equals, by value, with the persons who had no value last.
      .sort(
        ([a, left], [b, right]) =>
          right.length - left.length ||
          (a === null ? 1 : 0) - (b === null ? 1 : 0) ||
          String(a).localeCompare(String(b)),
      )
      .map(([value, persons]) => ({ value, steps: summariseFunnel(labels, persons) })),
  };
}
