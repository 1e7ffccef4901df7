import type { ResolvedFriction, ResolvedStep } from '@safar/analytics';
import fc from 'fast-check';

/**
 * Random logs and friction specs: three persons, four names and milliseconds 0..12, with logs up
 * to 30 events long and mostly unfiltered steps, so loops, stalls and gaps exactly on the stall
 * threshold are common (logEvents stores them).
 */
const NAMES = ['A', 'B', 'C', 'X'] as const;

export const frictionLogArb = fc.array(
  fc.record({
    person: fc.constantFrom('p1', 'p2', 'p3'),
    event: fc.constantFrom(...NAMES),
    at: fc.integer({ min: 0, max: 12 }),
    plan: fc.constantFrom('free', 'pro', undefined),
    channel: fc.constantFrom('web', 'app'),
  }),
  { maxLength: 30, size: 'max' },
);

const matcherArb = fc.record({
  event: fc.constantFrom(...NAMES),
  plan: fc.constantFrom('free', undefined, undefined),
});
/** One or two matchers, as a map stage resolves to several touchpoints. */
const stepArb = fc.array(matcherArb, { minLength: 1, maxLength: 2 });

export const frictionArb = fc.record({
  steps: fc.array(stepArb, { minLength: 1, maxLength: 4 }),
  conversion: fc.option(stepArb),
  errors: fc.array(stepArb, { maxLength: 2 }),
  stallAfterMs: fc.integer({ min: 1, max: 4 }),
  rankBy: fc.constantFrom('persons' as const, 'conversionLost' as const),
});
export type FrictionSpec = typeof frictionArb extends fc.Arbitrary<infer T> ? T : never;

function toStep(matchers: FrictionSpec['errors'][number], label: string): ResolvedStep {
  return {
    label,
    matchers: matchers.map(({ event, plan }) => ({
      event,
      filters: plan ? [{ property: 'plan', operator: 'equals' as const, value: plan }] : [],
    })),
  };
}

export function toFriction(spec: FrictionSpec): ResolvedFriction {
  const steps = spec.steps.map((step, index) => toStep(step, `step ${index + 1}`));
  return {
    steps,
    // No conversion given: the last step, as the service resolves it.
    conversion: spec.conversion ? toStep(spec.conversion, 'converted') : (steps.at(-1) as ResolvedStep),
    errors: spec.errors.map((error, index) => toStep(error, `error ${index + 1}`)),
    stallAfterMs: spec.stallAfterMs,
    rankBy: spec.rankBy,
  };
}

/** A drill-down selector valid for the spec (an index past the items selects nobody, which is checked too). */
export const frictionSelectorArb = fc.record({
  kind: fc.constantFrom('error' as const, 'abandon_after_error' as const, 'loop' as const, 'stall' as const),
  index: fc.nat(3),
  persons: fc.constantFrom('affected' as const, 'not_converted' as const),
});

export const pageArb = fc.record({ limit: fc.integer({ min: 1, max: 3 }), offset: fc.nat(4) });
