import type { AttributionResult, ResolvedAttribution } from '@safar/analytics';
import { ATTRIBUTION_MODELS, NO_TOUCH_KEY, type AttributionSelector } from '@safar/core';
import fc from 'fast-check';
import { expect } from 'vitest';
import { T0 } from './funnel-arbitraries.js';

/**
 * Random logs and attribution specs for the differential tests: few persons, names and
 * milliseconds, so ties, lookback edges and repeated conversions are common.
 */
const NAMES = ['A', 'B', 'C', 'Buy'] as const;
const CHANNELS = ['web', 'app', 'email'] as const;

export const attributionEventArb = fc.record({
  person: fc.constantFrom('p1', 'p2', 'p3'),
  event: fc.constantFrom(...NAMES, 'Buy'),
  at: fc.integer({ min: 0, max: 24 }),
  plan: fc.constantFrom('free', 'pro', undefined),
  channel: fc.constantFrom(...CHANNELS),
});

const stepArb = fc.record({
  event: fc.constantFrom(...NAMES),
  plan: fc.constantFrom('free', 'pro', undefined),
});

export const attributionArb = fc.record({
  conversion: fc.record({
    event: fc.constantFrom('Buy', 'Buy', 'A'),
    plan: fc.constantFrom('pro', undefined),
  }),
  byTouchpoints: fc.boolean(),
  touchpoints: fc.array(stepArb, { minLength: 1, maxLength: 3 }),
  lookbackMs: fc.integer({ min: 1, max: 12 }),
  halfLifeMs: fc.integer({ min: 1, max: 10 }),
  models: fc.subarray([...ATTRIBUTION_MODELS], { minLength: 1 }),
  /** Cuts the log's first milliseconds off the scope, and sometimes a channel. */
  from: fc.nat(3),
  channels: fc.constantFrom([], ['web', 'email']),
});
/** Logs long enough that conversions often have three touches or more. */
export const attributionLogArb = fc.array(attributionEventArb, { minLength: 4, maxLength: 40, size: 'max' });

export type AttributionSpec = typeof attributionArb extends fc.Arbitrary<infer T> ? T : never;

export const attributionSelectorArb: fc.Arbitrary<AttributionSelector> = fc.oneof(
  fc.constant({}),
  fc.constantFrom(...CHANNELS, NO_TOUCH_KEY, '0', '1', '2').map((key) => ({ key })),
);
export const attributionPageArb = fc.record({
  limit: fc.integer({ min: 1, max: 3 }),
  offset: fc.integer({ min: 0, max: 3 }),
});

const stepOf = (step: { event: string; plan?: string | undefined }, label: string) => ({
  label,
  matchers: [
    {
      event: step.event,
      filters: step.plan ? [{ property: 'plan', operator: 'equals' as const, value: step.plan }] : [],
    },
  ],
});

export function toAttribution(spec: AttributionSpec): ResolvedAttribution {
  return {
    conversion: stepOf(spec.conversion, 'conversion'),
    by: spec.byTouchpoints
      ? {
          kind: 'touchpoints',
          touchpoints: spec.touchpoints.map((step, index) => stepOf(step, `touchpoint ${index}`)),
        }
      : { kind: 'channel' },
    lookbackMs: spec.lookbackMs,
    halfLifeMs: spec.halfLifeMs,
    models: spec.models,
  };
}

/** The scope the spec asks for over a stored workspace; `keep` says which events the reference sees. */
export function attributionScope(workspaceId: string, spec: AttributionSpec) {
  const scope = {
    workspaceId,
    from: T0 + spec.from,
    to: T0 + 1000,
    channels: spec.channels,
    eventFilters: [],
  };
  const keep = (event: { timestamp: number; channel: string }) =>
    event.timestamp >= scope.from &&
    event.timestamp < scope.to &&
    (scope.channels.length === 0 || (scope.channels as readonly string[]).includes(event.channel));
  return { scope, keep };
}

const close = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

/** Equal results: everything exactly, except credits, which engines sum in their own order (1e-9 relative). */
export function expectSameAttribution(actual: AttributionResult, expected: AttributionResult): void {
  const shape = (result: AttributionResult) => ({
    conversions: result.conversions,
    rows: result.rows.map(({ credits, ...row }) => ({ ...row, models: Object.keys(credits).sort() })),
  });
  expect(shape(actual)).toEqual(shape(expected));
  actual.rows.forEach((row, index) => {
    const wanted = expected.rows[index]?.credits ?? {};
    for (const model of ATTRIBUTION_MODELS) {
      const [got, want] = [row.credits[model], wanted[model]];
      if (got === undefined || want === undefined) continue;
      expect(close(got, want), `${row.key} ${model}: ${got} vs ${want}`).toBe(true);
    }
  });
}
