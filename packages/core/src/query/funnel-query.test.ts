import { describe, expect, it } from 'vitest';
import { funnelQuerySchema } from './funnel-query.js';

const dateRange = { from: '2026-10-01T00:00:00Z', to: '2026-11-01T00:00:00Z' };
const viewed = { kind: 'event', matcher: { event: 'Product Viewed' } } as const;
const bought = { kind: 'touchpoint', touchpointId: 'tp-online-payment' } as const;
const issuesOf = (input: object) => {
  const parsed = funnelQuerySchema.safeParse({
    kind: 'funnel',
    dateRange,
    steps: [viewed, bought],
    ...input,
  });
  return parsed.success
    ? []
    : parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
};

describe('funnelQuerySchema', () => {
  it('fills the defaults: ordered, 14 days, no filters', () => {
    const parsed = funnelQuerySchema.parse({ kind: 'funnel', dateRange, steps: [viewed, bought] });
    expect(parsed).toMatchObject({
      order: 'ordered',
      window: { value: 14, unit: 'day' },
      exclusions: [],
      channels: [],
    });
  });

  it('names what is wrong with a spec', () => {
    expect(issuesOf({ steps: [] })).toEqual(['steps: a funnel needs at least one step']);
    expect(issuesOf({ window: { value: 0, unit: 'day' } })).toEqual(['window.value: must be more than 0']);
    expect(issuesOf({ dateRange: { from: dateRange.to, to: dateRange.from } })).toEqual([
      'dateRange.to: must end after it starts',
    ]);
    expect(issuesOf({ exclusions: [{ step: viewed, from: 1, to: 1 }] })).toEqual([
      'exclusions.0: must name two steps of the funnel in order (0 to 1)',
    ]);
    expect(issuesOf({ order: 'unordered', exclusions: [{ step: viewed, from: 0, to: 1 }] })).toEqual([
      'exclusions: an unordered funnel has no "between two steps"',
    ]);
    expect(issuesOf({ channels: ['carrier-pigeon'] })).toHaveLength(1);
  });
});
