import type { NormalizedEvent } from '@safar/analytics';
import fc from 'fast-check';

export const S0 = Date.UTC(2026, 10, 1);

// Text JSON escapes and text it does not, Persian and Greek, and text that looks like a number.
const TEXTS = ['a', 'Ab', '/checkout/pay', 'say "hi"', 'back\\slash', 'تهران', 'Αθήνα', '', '3', 'true'];
const scalarArb = fc.oneof(
  fc.constantFrom(...TEXTS),
  fc.constantFrom(0, 3, -2, 2.5, 12),
  fc.boolean(),
  fc.constant(null),
);

/**
 * Properties with flat, nested, array and unnameable keys. Nested objects never repeat a key of
 * their parent: ClickHouse 18.16 reads nested keys by their first occurrence (docs/analytics.md).
 */
const propertiesArb = fc.record(
  {
    plan: scalarArb,
    path: scalarArb,
    nested: fc.oneof(
      fc.record({ city: scalarArb, deep: fc.record({ zip: scalarArb }) }, { requiredKeys: [] }),
      scalarArb,
    ),
    list: fc.constantFrom([1, 2], [{ item: 'x' }], []),
    'bad.key': scalarArb,
    'odd key': scalarArb,
    context: fc.oneof(scalarArb, fc.constant({ inner: 1 })),
  },
  { requiredKeys: [] },
);

const contextArb = fc.record(
  {
    page: fc.record({ path: scalarArb, title: scalarArb }, { requiredKeys: [] }),
    campaign: fc.record({ source: fc.constantFrom('mail', 'ads') }),
    locale: scalarArb,
  },
  { requiredKeys: [] },
);

const traitsArb = fc.record(
  {
    plan: scalarArb,
    orders: fc.constantFrom(0, 3, 12, '7', 2.5),
    address: fc.oneof(
      fc.record({ city: scalarArb, zip: scalarArb }, { requiredKeys: [] }),
      fc.constant('none'),
    ),
    tags: fc.constantFrom(['a'], []),
    'bad.key': scalarArb,
  },
  { requiredKeys: [] },
);

/** Devices that identify (sometimes as a shared user, which stitches them) and do named events. */
export const suggestionEntryArb = fc.oneof(
  fc.record({
    kind: fc.constant('identify' as const),
    device: fc.constantFrom('d1', 'd2', 'd3', 'd4'),
    user: fc.constantFrom(null, 'u1', 'u2'),
    at: fc.integer({ min: 0, max: 3 }),
    traits: traitsArb,
  }),
  fc.record({
    kind: fc.constant('track' as const),
    device: fc.constantFrom('d1', 'd2', 'd3', 'd4'),
    event: fc.constantFrom('Order Completed', 'order viewed', 'page', 'خرید', 'Signed Up'),
    at: fc.integer({ min: 0, max: 20 }),
    properties: propertiesArb,
    context: contextArb,
  }),
);
export type SuggestionEntry = typeof suggestionEntryArb extends fc.Arbitrary<infer T> ? T : never;

/** Mostly no search, so most answers are not empty. */
export const searchArb = fc.oneof(
  { arbitrary: fc.constant(''), weight: 3 },
  { arbitrary: fc.constantFrom('a', 'OR', 'تهر', 'page', 'xyz', 'ی'), weight: 2 },
);
export const eventArb = fc.oneof(
  { arbitrary: fc.constantFrom('Order Completed', 'page', 'خرید'), weight: 5 },
  { arbitrary: fc.constant('missing'), weight: 1 },
);
export const propertyKeyArb = fc.constantFrom(
  'plan',
  'path',
  'nested.city',
  'nested.deep.zip',
  'list',
  'context.page.path',
  'context.locale',
  'missing',
);
export const traitKeyArb = fc.constantFrom('plan', 'orders', 'address', 'address.city', 'tags', 'missing');
export const rangeArb = fc
  .tuple(fc.integer({ min: 0, max: 21 }), fc.integer({ min: 0, max: 21 }))
  .map(([a, b]) => ({ from: S0 + Math.min(a, b), to: S0 + Math.max(a, b) + 1 }));

export function suggestionEvents(log: readonly SuggestionEntry[]): NormalizedEvent[] {
  return log.map((entry, index) => ({
    messageId: `s${String(index).padStart(3, '0')}`,
    type: entry.kind,
    event: entry.kind === 'identify' ? 'identify' : entry.event,
    anonymousId: entry.device,
    userId: entry.kind === 'identify' ? entry.user : null,
    timestamp: S0 + entry.at,
    // Receipt order differs from the log's, so the trait merge's tie-break is exercised.
    receivedAt: S0 + entry.at + ((index * 7) % 3),
    channel: 'web',
    properties: entry.kind === 'track' ? entry.properties : {},
    traits: entry.kind === 'identify' ? entry.traits : {},
    context: entry.kind === 'track' ? entry.context : {},
    previousId: null,
    groupId: null,
  }));
}
