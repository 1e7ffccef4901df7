import type { ResolvedConformance } from '@safar/analytics';
import {
  CONFORMANCE_DEVIATIONS,
  DFG_SPECIAL_NODES,
  TOUCH_COUNT_BUCKETS,
  type ConformanceSelector,
} from '@safar/core';
import fc from 'fast-check';

/**
 * Random designed orders for the conformance differential tests, over the funnel tests' logs
 * (events A, B, C, X with an optional plan, at a few milliseconds): steps may overlap (the same
 * event with and without a plan filter, two matchers), so "first designed step that matches" and
 * unmapped events both occur; gaps of a few milliseconds split journeys often.
 */
const matcherArb = fc.record({
  event: fc.constantFrom('A', 'B', 'C', 'X'),
  plan: fc.constantFrom('free', 'pro', undefined),
});
export const conformanceArb = fc.record({
  designed: fc.array(fc.array(matcherArb, { minLength: 1, maxLength: 2 }), { minLength: 2, maxLength: 5 }),
  gapMs: fc.constantFrom(null, 1, 3),
});
export type ConformanceSpec = typeof conformanceArb extends fc.Arbitrary<infer T> ? T : never;

export function toConformance(spec: ConformanceSpec): ResolvedConformance {
  return {
    designed: spec.designed.map((matchers, index) => ({
      label: `step ${index + 1}`,
      matchers: matchers.map(({ event, plan }) => ({
        event,
        filters: plan ? [{ property: 'plan', operator: 'equals' as const, value: plan }] : [],
      })),
    })),
    sessionGapMs: spec.gapMs,
  };
}

const nodeArb = fc.oneof(fc.integer({ min: 1, max: 6 }), fc.constantFrom(...DFG_SPECIAL_NODES));
export const selectorArb: fc.Arbitrary<ConformanceSelector> = fc.oneof(
  fc.constantFrom({ kind: 'journeys' as const }, { kind: 'fitting' as const }, { kind: 'complete' as const }),
  fc.record({
    kind: fc.constant('deviation' as const),
    deviation: fc.constantFrom(...CONFORMANCE_DEVIATIONS),
  }),
  fc.record({ kind: fc.constant('edge' as const), source: nodeArb, target: nodeArb }),
  fc.record({ kind: fc.constant('touches' as const), bucket: fc.constantFrom(...TOUCH_COUNT_BUCKETS) }),
  fc.record({ kind: fc.constant('touchCount' as const), touches: fc.integer({ min: 0, max: 6 }) }),
);
export const pageArb = fc.record({
  limit: fc.integer({ min: 1, max: 4 }),
  offset: fc.integer({ min: 0, max: 4 }),
});
