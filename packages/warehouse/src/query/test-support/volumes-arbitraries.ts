import type { NormalizedEvent, QueryEvent } from '@safar/analytics';
import fc from 'fast-check';
import type { ResolvedVolumes } from '../event-volumes.js';

export const V0 = Date.UTC(2026, 3, 1);

/**
 * Random logs for the volumes tests: pages and screens with text, numeric or missing paths and
 * names (only a page's text path and a screen's text name group), identify calls (never unmapped), and few names so ties in the ranking are common.
 */
export const volumesEventArb = fc.record({
  person: fc.constantFrom('p1', 'p2', 'p3', 'p4'),
  event: fc.constantFrom('A', 'B', 'C', 'page', 'screen', 'identify'),
  path: fc.constantFrom('/a', '/b', '/جستجو?q="کفش"', 7, null, { p: '/a' }, undefined),
  name: fc.constantFrom('Home', 'Cart', 3, undefined),
  plan: fc.constantFrom('free', 'pro', undefined),
  at: fc.integer({ min: 0, max: 50 }),
});
/** A log of up to 40 events (the volumes suites, on every engine). */
// size 'max': with only maxLength, fast-check 4 draws at most 10 items (mean 4.8).
export const volumesLogArb = fc.array(volumesEventArb, { maxLength: 40, size: 'max' });

const stepArb = fc.array(
  fc.record({ event: fc.constantFrom('A', 'B', 'page'), plan: fc.constantFrom('free', undefined) }),
  { minLength: 1, maxLength: 2 },
);

export const volumesArb = fc.record({
  steps: fc.array(stepArb, { maxLength: 3 }),
  unmappedLimit: fc.integer({ min: 0, max: 6 }),
});
export type VolumesSpec = typeof volumesArb extends fc.Arbitrary<infer T> ? T : never;

export function toVolumes(spec: VolumesSpec): ResolvedVolumes {
  return {
    steps: spec.steps.map((matchers, index) => ({
      label: `step ${index + 1}`,
      matchers: matchers.map((matcher) => ({
        event: matcher.event,
        filters: matcher.plan ? [{ property: 'plan', operator: 'equals' as const, value: matcher.plan }] : [],
      })),
    })),
    unmappedLimit: spec.unmappedLimit,
  };
}

export function volumesLog(
  log: readonly (typeof volumesEventArb extends fc.Arbitrary<infer T> ? T : never)[],
) {
  const events: NormalizedEvent[] = log.map((entry, index) => ({
    messageId: `v${String(index).padStart(3, '0')}`,
    type: entry.event === 'identify' ? 'identify' : 'track',
    event: entry.event,
    anonymousId: entry.person,
    userId: null,
    timestamp: V0 + entry.at,
    receivedAt: V0 + entry.at,
    channel: 'web',
    properties: {
      ...(entry.plan ? { plan: entry.plan } : {}),
      ...(entry.path === undefined ? {} : { path: entry.path }),
      ...(entry.name === undefined ? {} : { name: entry.name }),
    },
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
