import type { NormalizedEvent, QueryEvent, ResolvedPaths } from '@safar/analytics';
import fc from 'fast-check';

/** Random logs and paths specs for the differential tests: few persons and minutes, so sessions, repeats and anchors collide. */
export const P0 = Date.UTC(2026, 9, 1);
const MINUTE = 60_000;

export const pathsEventArb = fc.record({
  person: fc.constantFrom('p1', 'p2', 'p3'),
  event: fc.constantFrom('page', 'screen', 'Product Added', 'Order Completed'),
  minute: fc.integer({ min: 0, max: 120 }),
  // A number, object or null path is not a name: stepName falls back to the name only when the
  // path is missing or null. Quotes and Persian text are escaped or not in the stored JSON.
  path: fc.constantFrom(
    '/',
    '/products/1',
    '/products/22',
    '/checkout',
    '/جستجو?q="کفش"',
    undefined,
    null,
    7,
    {
      p: '/',
    },
  ),
  name: fc.constantFrom('Home', undefined, 3),
});
/** A log of up to 25 events (the paths suites, on every engine). */
// size 'max': with only maxLength, fast-check 4 draws at most 10 items (mean 4.8).
export const pathsLogArb = fc.array(pathsEventArb, { maxLength: 25, size: 'max' });
export const pathsArb = fc.record({
  anchor: fc.constantFrom(undefined, 'page', 'Product Added'),
  direction: fc.constantFrom('from' as const, 'to' as const),
  depth: fc.integer({ min: 1, max: 4 }),
  gap: fc.constantFrom(null, 10, 30),
  // Patterns and replacements in the syntax RE2 and JavaScript share (docs/analytics.md).
  cleaning: fc.constantFrom(
    [],
    [{ pattern: '/products/[0-9]+', replacement: '/products/:id' }],
    [
      { pattern: '/products/\\d+', replacement: '/p' },
      { pattern: '^(page|screen) /p$', replacement: 'a product' },
    ],
  ),
  // Left out before sessions: a removed page can join two sessions, or turn a repeat into one.
  excludeEvents: fc.constantFrom([], ['page'], ['screen', 'Order Completed'], ['identify']),
  maxEdges: fc.constantFrom(3, 100),
});
export type PathsSpec = typeof pathsArb extends fc.Arbitrary<infer T> ? T : never;
export type PathsLogEntry = typeof pathsEventArb extends fc.Arbitrary<infer T> ? T : never;

export function toPaths(spec: PathsSpec): ResolvedPaths {
  return {
    ...(spec.anchor
      ? { anchor: { label: spec.anchor, matchers: [{ event: spec.anchor, filters: [] }] } }
      : {}),
    direction: spec.direction,
    depth: spec.depth,
    sessionGapMs: spec.gap === null ? null : spec.gap * MINUTE,
    cleaning: spec.cleaning,
    excludeEvents: spec.excludeEvents,
    maxEdges: spec.maxEdges,
  };
}

/** The scope holding every event of a log. */
export const pathsScope = (workspaceId: string) => ({
  workspaceId,
  from: P0,
  to: P0 + 1000 * MINUTE,
  channels: [],
  eventFilters: [],
});

/** The log as stored events of one workspace, and as the reference engine's input. */
export function pathsLog(log: readonly PathsLogEntry[]) {
  const events: NormalizedEvent[] = log.map((entry, index) => ({
    messageId: `m${String(index).padStart(3, '0')}`,
    type: 'track',
    event: entry.event,
    anonymousId: entry.person,
    userId: null,
    timestamp: P0 + entry.minute * MINUTE,
    receivedAt: P0 + entry.minute * MINUTE,
    channel: 'web',
    properties: {
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
