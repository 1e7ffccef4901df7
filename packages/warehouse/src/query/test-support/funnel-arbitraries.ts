import type { NormalizedEvent, QueryEvent, ResolvedFunnel } from '@safar/analytics';
import fc from 'fast-check';

/** Random logs and funnels for the differential tests: few persons, names and milliseconds, so ties and window edges are common. */
export const T0 = Date.UTC(2026, 9, 1);
const NAMES = ['A', 'B', 'C', 'X'] as const;

/** A random log: few persons, few event names, tiny time steps so ties and window edges are common. */
export const eventArb = fc.record({
  person: fc.constantFrom('p1', 'p2', 'p3', 'p4'),
  event: fc.constantFrom(...NAMES),
  at: fc.integer({ min: 0, max: 12 }),
  plan: fc.constantFrom('free', 'pro', undefined),
  channel: fc.constantFrom('web', 'app', 'email'),
});
/** A log of up to 30 events (funnel and conformance suites, on every engine). */
// size 'max': with only maxLength, fast-check 4 draws at most 10 items (mean 4.8).
export const eventLogArb = fc.array(eventArb, { maxLength: 30, size: 'max' });
const stepArb = fc.record({
  event: fc.constantFrom(...NAMES),
  plan: fc.constantFrom('free', 'pro', undefined),
});
export const funnelArb = fc.record({
  steps: fc.array(stepArb, { minLength: 1, maxLength: 4 }),
  order: fc.constantFrom('ordered' as const, 'strict' as const, 'unordered' as const),
  windowMs: fc.integer({ min: 1, max: 8 }),
  exclusion: fc.option(
    fc.record({ event: fc.constantFrom(...NAMES), from: fc.nat(2), span: fc.integer({ min: 1, max: 2 }) }),
  ),
  breakdown: fc.constantFrom(undefined, 'plan', 'channel'),
});

export type FunnelSpec = typeof funnelArb extends fc.Arbitrary<infer T> ? T : never;

export function toFunnel(spec: FunnelSpec): ResolvedFunnel {
  const steps = spec.steps.map((step, index) => ({
    label: `step ${index + 1}`,
    matchers: [
      {
        event: step.event,
        filters: step.plan ? [{ property: 'plan', operator: 'equals' as const, value: step.plan }] : [],
      },
    ],
  }));
  const exclusion = spec.exclusion;
  // Fitted to the funnel's length, so every ordered or strict funnel of two steps or more that
  // draws an exclusion gets one (dropping the ones that did not fit left 8% of cases with one).
  const from = exclusion ? exclusion.from % Math.max(steps.length - 1, 1) : 0;
  const exclusions =
    exclusion && spec.order !== 'unordered' && steps.length >= 2
      ? [
          {
            step: { label: 'excluded', matchers: [{ event: exclusion.event, filters: [] }] },
            from,
            to: Math.min(from + exclusion.span, steps.length - 1),
          },
        ]
      : [];
  return {
    steps,
    order: spec.order,
    windowMs: spec.windowMs,
    exclusions,
    ...(spec.breakdown === 'plan'
      ? { breakdown: { kind: 'property' as const, property: 'plan' } }
      : spec.breakdown === 'channel'
        ? { breakdown: { kind: 'channel' as const } }
        : {}),
  };
}

/** The log as stored events of one workspace, and as the reference engine's input. */
export function logEvents(
  log: readonly { person: string; event: string; at: number; plan?: string | undefined; channel: string }[],
) {
  const events: NormalizedEvent[] = log.map((entry, index) => ({
    // Ids out of insertion order (a permutation of 0–999): an engine that orders ties by the order
    // it read the rows, not by message id, then gives another answer.
    messageId: `m${String((index * 7919) % 1000).padStart(3, '0')}`,
    type: 'track',
    event: entry.event,
    anonymousId: entry.person,
    userId: null,
    timestamp: T0 + entry.at,
    receivedAt: T0 + entry.at,
    channel: entry.channel as NormalizedEvent['channel'],
    properties: entry.plan ? { plan: entry.plan } : {},
    traits: {},
    context: {},
    previousId: null,
    groupId: null,
  }));
  const queryEvents: QueryEvent[] = events.map((event) => ({
    ...event,
    personId: `a:${event.anonymousId ?? ''}`,
  }));
  return { events, queryEvents };
}
