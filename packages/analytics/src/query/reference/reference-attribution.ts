import { NO_TOUCH_KEY, pageOfPersons, type AttributionSelector, type PersonsPage } from '@safar/core';
import {
  attributionResult,
  decayWeight,
  positionShare,
  type AttributionResult,
  type KeyCredits,
  type ResolvedAttribution,
} from '../attribution/attribution-result.js';
import { pathTransitions, type MarkovPath } from '../attribution/markov-chain.js';
import { matchesStep, type QueryEvent } from '../match-event.js';
import { inJourneyOrder } from './reference-funnel.js';

interface Touch {
  readonly key: string;
  readonly ts: number;
}

/** A conversion event and the touches credited for it, in journey order. */
interface Conversion {
  readonly personId: string;
  readonly touches: readonly Touch[];
}

/** A conversion is never a touch; otherwise an event is a touch of its channel, or of the first touchpoint it matches. */
function touchKey(event: QueryEvent, attribution: ResolvedAttribution): string | null {
  if (attribution.by.kind === 'channel') return event.channel;
  const index = attribution.by.touchpoints.findIndex((touchpoint) => matchesStep(event, touchpoint));
  return index < 0 ? null : String(index);
}

/**
 * Every conversion with its touches: those after the person's previous conversion and at most
 * `lookbackMs` before it. Also the journey paths the Markov model learns from: each conversion's
 * touches (converted) and the touches after a person's last conversion (not converted).
 */
function conversionsOf(events: readonly QueryEvent[], attribution: ResolvedAttribution) {
  const byPerson = new Map<string, QueryEvent[]>();
  for (const event of events) byPerson.set(event.personId, [...(byPerson.get(event.personId) ?? []), event]);
  const conversions: Conversion[] = [];
  const paths: MarkovPath[] = [];
  for (const [personId, personEvents] of byPerson) {
    let pending: Touch[] = [];
    for (const event of [...personEvents].sort(inJourneyOrder)) {
      if (matchesStep(event, attribution.conversion)) {
        const touches = pending.filter((touch) => touch.ts >= event.timestamp - attribution.lookbackMs);
        conversions.push({ personId, touches });
        paths.push({ keys: touches.map((touch) => touch.key), converted: true });
        pending = [];
        continue;
      }
      const key = touchKey(event, attribution);
      if (key !== null) pending.push({ key, ts: event.timestamp });
    }
    paths.push({ keys: pending.map((touch) => touch.key), converted: false });
  }
  return { conversions, paths };
}

/** Every model but Markov, summed per key over the conversions' touches. */
function keyCredits(conversions: readonly Conversion[], halfLifeMs: number): KeyCredits[] {
  const sums = new Map<string, { -readonly [field in keyof KeyCredits]: KeyCredits[field] }>();
  for (const { touches } of conversions) {
    const lastTs = touches.at(-1)?.ts ?? 0;
    const weights = touches.map((touch) => decayWeight(touch.ts, lastTs, halfLifeMs));
    const totalWeight = weights.reduce((sum, weight) => sum + weight, 0);
    touches.forEach((touch, index) => {
      const sum = sums.get(touch.key) ?? {
        key: touch.key,
        conversionsTouched: 0,
        first_touch: 0,
        last_touch: 0,
        linear: 0,
        time_decay: 0,
        position_based: 0,
      };
      sum.first_touch += index === 0 ? 1 : 0;
      sum.last_touch += index === touches.length - 1 ? 1 : 0;
      sum.linear += 1 / touches.length;
      sum.time_decay += (weights[index] ?? 0) / totalWeight;
      sum.position_based += positionShare(index, touches.length);
      sums.set(touch.key, sum);
    });
    for (const key of new Set(touches.map((touch) => touch.key)))
      (sums.get(key) as { conversionsTouched: number }).conversionsTouched += 1;
  }
  return [...sums.values()];
}

/**
 * The reference attribution: plain TypeScript over events in memory, the oracle the SQL engines
 * are tested against. Events are the query's, already scoped.
 */
export function referenceAttribution(
  events: readonly QueryEvent[],
  attribution: ResolvedAttribution,
): AttributionResult {
  const { conversions, paths } = conversionsOf(events, attribution);
  return attributionResult(attribution, {
    conversions: conversions.length,
    untouched: conversions.filter((conversion) => conversion.touches.length === 0).length,
    keys: keyCredits(conversions, attribution.halfLifeMs),
    transitions: pathTransitions(paths),
  });
}

/** The persons behind a row: with a conversion that a touch of the key (or, for "(none)", no touch) led to. */
export function referenceAttributionPersons(
  events: readonly QueryEvent[],
  attribution: ResolvedAttribution,
  selector: AttributionSelector,
  page: { readonly limit: number; readonly offset: number },
): PersonsPage {
  const { key } = selector;
  const selected = conversionsOf(events, attribution).conversions.filter(({ touches }) =>
    key === undefined
      ? true
      : key === NO_TOUCH_KEY
        ? touches.length === 0
        : touches.some((touch) => touch.key === key),
  );
  return pageOfPersons(
    selected.map((conversion) => conversion.personId),
    page,
  );
}
