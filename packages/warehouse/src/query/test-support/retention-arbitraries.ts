import type { NormalizedEvent, QueryEvent, ResolvedRetention } from '@safar/analytics';
import fc from 'fast-check';

export const R0 = Date.UTC(2026, 0, 26, 13);
const HOUR = 3_600_000;

/** Instants just either side of month and ISO-week starts (UTC), where a wrong period rule shows. */
const BOUNDARIES = [
  Date.UTC(2026, 1, 1),
  Date.UTC(2026, 2, 1),
  Date.UTC(2026, 3, 1),
  Date.UTC(2026, 1, 2),
  Date.UTC(2026, 1, 9),
].flatMap((instant) => [-5 * HOUR, -1, 0, 1, 3 * HOUR].map((delta) => instant + delta - R0));

/** Events over ~120 days, at random hours or right at period boundaries. */
export const retentionEventArb = fc.record({
  person: fc.constantFrom('p1', 'p2', 'p3', 'p4', 'p5'),
  event: fc.constantFrom('A', 'B', 'C'),
  offset: fc.oneof(
    fc.integer({ min: 0, max: 120 * 24 }).map((hours) => hours * HOUR),
    fc.constantFrom(...BOUNDARIES),
  ),
  plan: fc.constantFrom('free', 'pro', undefined),
});
/** A log of up to 40 events (the retention suites, on every engine). */
// size 'max': with only maxLength, fast-check 4 draws at most 10 items (mean 4.8).
export const retentionLogArb = fc.array(retentionEventArb, { maxLength: 40, size: 'max' });

export const retentionArb = fc.record({
  start: fc.constantFrom('A', 'B'),
  startPlan: fc.constantFrom('free', undefined),
  back: fc.constantFrom('A', 'B', 'C'),
  period: fc.constantFrom('day' as const, 'week' as const, 'month' as const),
  periods: fc.integer({ min: 1, max: 6 }),
});
export type RetentionSpec = typeof retentionArb extends fc.Arbitrary<infer T> ? T : never;

export function toRetention(spec: RetentionSpec): ResolvedRetention {
  return {
    startStep: {
      label: 'start',
      matchers: [
        {
          event: spec.start,
          filters: spec.startPlan ? [{ property: 'plan', operator: 'equals', value: spec.startPlan }] : [],
        },
      ],
    },
    returnStep: { label: 'return', matchers: [{ event: spec.back, filters: [] }] },
    period: spec.period,
    periods: spec.periods,
  };
}

export function retentionLog(
  log: readonly { person: string; event: string; offset: number; plan?: string | undefined }[],
) {
  const events: NormalizedEvent[] = log.map((entry, index) => ({
    messageId: `r${String(index).padStart(3, '0')}`,
    type: 'track',
    event: entry.event,
    anonymousId: entry.person,
    userId: null,
    timestamp: R0 + entry.offset,
    receivedAt: R0 + entry.offset,
    channel: 'web',
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
