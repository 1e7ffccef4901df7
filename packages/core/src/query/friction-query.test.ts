import { describe, expect, it } from 'vitest';
import { frictionPersonsRequestSchema, frictionQuerySchema } from './friction-query.js';

const dateRange = { from: '2026-10-01T00:00:00Z', to: '2026-11-01T00:00:00Z' };
const viewed = { kind: 'event', matcher: { event: 'Product Viewed' } } as const;
const paid = { kind: 'touchpoint', touchpointId: 'tp-online-payment' } as const;
const spec = { kind: 'friction', dateRange, steps: [viewed, paid] } as const;
const messages = (parsed: {
  success: boolean;
  error?: { issues: { path: PropertyKey[]; message: string }[] };
}) => parsed.error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`) ?? [];

describe('frictionQuerySchema', () => {
  it('fills the defaults: no errors, stalls after a day, ranked by persons', () => {
    expect(frictionQuerySchema.parse(spec)).toMatchObject({
      errors: [],
      stallAfter: { value: 1, unit: 'day' },
      rankBy: 'persons',
    });
    expect(frictionQuerySchema.parse(spec).conversion).toBeUndefined();
  });

  it('names what is wrong with a spec', () => {
    const issues = (input: object) => messages(frictionQuerySchema.safeParse({ ...spec, ...input }));
    expect(issues({ steps: [] })).toEqual(['steps: friction needs at least one journey step']);
    expect(issues({ stallAfter: { value: 0, unit: 'hour' } })).toEqual([
      'stallAfter.value: must be more than 0',
    ]);
    expect(issues({ errors: Array.from({ length: 21 }, () => viewed) })).toHaveLength(1);
    expect(issues({ rankBy: 'loudness' })).toHaveLength(1);
  });

  it('takes a drill-down only for an item the query has', () => {
    const request = (select: object) =>
      messages(frictionPersonsRequestSchema.safeParse({ query: spec, select }));
    expect(request({ kind: 'stall', index: 0 })).toEqual([]);
    expect(request({ kind: 'stall', index: 1 })).toEqual([
      "select.index: must name one of the query's stall items (0 to 0)",
    ]);
    expect(request({ kind: 'error', index: 0 })).toEqual(['select.index: the query has no error items']);
    expect(
      frictionPersonsRequestSchema.parse({ query: spec, select: { kind: 'loop', index: 0 } }),
    ).toMatchObject({
      select: { persons: 'affected' },
      limit: 100,
      offset: 0,
    });
  });
});
