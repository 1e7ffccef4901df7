import type { PersonaRule, PersonSelection } from '@safar/analytics';
import type { PropertyFilter, SegmentRule } from '@safar/core';
import fc from 'fast-check';

/** Traits as identify calls send them: strings, numbers, null, a nested object, sometimes missing. */
export const traitsArb = fc.record(
  {
    plan: fc.constantFrom('free', 'pro', null),
    orders: fc.constantFrom(0, 3, 12, '7', 2.5),
    address: fc.constantFrom({ city: 'Tehran' }, { city: 'Athens', zip: 10_557 }, 'none'),
  },
  { requiredKeys: [] },
);

export const traitFilterArb: fc.Arbitrary<PropertyFilter> = fc.oneof(
  fc.record({
    property: fc.constantFrom('plan', 'address.city', 'orders', 'missing'),
    operator: fc.constantFrom('equals' as const, 'not_equals' as const),
    value: fc.constantFrom('free', 'pro', 'Tehran', 3, '7'),
  }),
  fc.record({
    property: fc.constantFrom('plan', 'address', 'address.zip', 'missing'),
    operator: fc.constantFrom('is_set' as const, 'is_not_set' as const),
  }),
  fc.record({
    property: fc.constantFrom('orders', 'address.zip'),
    operator: fc.constantFrom('greater_or_equal' as const, 'less_than' as const),
    value: fc.constantFrom(1, 3, 10_000),
  }),
  fc.record({
    property: fc.constantFrom('plan', 'address.city'),
    operator: fc.constantFrom('in' as const, 'not_in' as const),
    value: fc.constantFrom<(string | number | boolean)[]>(['free'], ['pro', 'Athens']),
  }),
);

export const segmentArb: fc.Arbitrary<SegmentRule> = fc.record({
  match: fc.constantFrom('all' as const, 'any' as const),
  conditions: fc.array(traitFilterArb, { maxLength: 2 }),
});

export const selectionArb: fc.Arbitrary<PersonSelection> = fc.record({
  filters: fc.array(traitFilterArb, { maxLength: 2 }),
  segments: fc.array(segmentArb, { maxLength: 2 }),
});

export const personasArb: fc.Arbitrary<PersonaRule[]> = fc
  .array(segmentArb, { maxLength: 3 })
  .map((rules) => rules.map((rule, index) => ({ id: `persona-${index + 1}`, rule })));
