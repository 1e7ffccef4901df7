import { describe, expect, it } from 'vitest';
import {
  ATTRIBUTION_MODELS,
  attributionPersonsRequestSchema,
  attributionQuerySchema,
} from './attribution-query.js';

const base = {
  kind: 'attribution',
  dateRange: { from: '2026-10-01T00:00:00Z', to: '2026-11-01T00:00:00Z' },
  conversion: { kind: 'event', matcher: { event: 'Order Completed' } },
};
const problems = (input: object) => {
  const parsed = attributionQuerySchema.safeParse({ ...base, ...input });
  return parsed.success
    ? []
    : parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
};

describe('the attribution query spec', () => {
  it('defaults to channels, a 30-day lookback, a 7-day half-life and every model', () => {
    expect(attributionQuerySchema.parse(base)).toMatchObject({
      by: { kind: 'channel' },
      lookback: { value: 30, unit: 'day' },
      halfLife: { value: 7, unit: 'day' },
      models: [...ATTRIBUTION_MODELS],
      channels: [],
    });
  });

  it('refuses specs that cannot be computed, naming the field', () => {
    expect(problems({ by: { kind: 'touchpoints', touchpoints: [] } })).toEqual([
      'by.touchpoints: name at least one touchpoint',
    ]);
    expect(problems({ lookback: { value: 0, unit: 'day' } })).toEqual([
      'lookback.value: must be more than 0',
    ]);
    expect(problems({ halfLife: { value: -1, unit: 'hour' } })).toEqual([
      'halfLife.value: must be more than 0',
    ]);
    expect(problems({ halfLife: { value: 0.0001, unit: 'second' } })).toEqual([
      'halfLife.value: must be at least 1 millisecond',
    ]);
    expect(problems({ models: [] })).toEqual(['models: name at least one model']);
    expect(problems({ models: ['linear', 'linear'] })).toEqual(['models: must not repeat a model']);
    expect(problems({ models: ['shapley'] })).toHaveLength(1);
  });

  it('drills down only to keys the query can have', () => {
    const request = (by: object, key: string) =>
      attributionPersonsRequestSchema.safeParse({ query: { ...base, by }, select: { key } });
    const touchpoints = { kind: 'touchpoints', touchpoints: [base.conversion, base.conversion] };
    expect(request({ kind: 'channel' }, 'email').success).toBe(true);
    expect(request({ kind: 'channel' }, '(none)').success).toBe(true);
    expect(request(touchpoints, '1').success).toBe(true);
    expect(request(touchpoints, '2').error?.issues[0]).toMatchObject({
      path: ['select', 'key'],
      message: "must be a touchpoint's index (0 to 1) or (none)",
    });
    expect(request({ kind: 'channel' }, 'fax').error?.issues[0]?.path).toEqual(['select', 'key']);
    expect(attributionPersonsRequestSchema.parse({ query: base, select: {} })).toMatchObject({
      limit: 100,
      offset: 0,
    });
  });
});
