import { describe, expect, it } from 'vitest';
import { conformancePersonsRequestSchema, conformanceQuerySchema } from './conformance-query.js';

const dateRange = { from: '2026-10-01T00:00:00Z', to: '2026-11-01T00:00:00Z' };
const step = (event: string) => ({ kind: 'event', matcher: { event } }) as const;
const issuesOf = (
  schema: typeof conformanceQuerySchema | typeof conformancePersonsRequestSchema,
  input: object,
) => {
  const parsed = schema.safeParse(input);
  return parsed.success
    ? []
    : parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
};

describe('conformanceQuerySchema', () => {
  it('takes a map or explicit steps, one journey per person by default', () => {
    expect(conformanceQuerySchema.parse({ kind: 'conformance', dateRange, mapId: 'map-1' })).toMatchObject({
      mapId: 'map-1',
      sessionGapMinutes: null,
      channels: [],
    });
    expect(
      conformanceQuerySchema.parse({ kind: 'conformance', dateRange, steps: [step('A'), step('B')] }).steps,
    ).toHaveLength(2);
  });

  it('names what is wrong with a spec', () => {
    const query = { kind: 'conformance', dateRange };
    expect(issuesOf(conformanceQuerySchema, query)).toEqual([
      'mapId: give either mapId (the map is the designed order) or steps, not both',
    ]);
    expect(issuesOf(conformanceQuerySchema, { ...query, mapId: 'm', steps: [step('A'), step('B')] })).toEqual(
      ['mapId: give either mapId (the map is the designed order) or steps, not both'],
    );
    expect(issuesOf(conformanceQuerySchema, { ...query, steps: [step('A')] })).toEqual([
      'steps: conformance needs at least two designed steps',
    ]);
    expect(issuesOf(conformanceQuerySchema, { ...query, mapId: 'm', sessionGapMinutes: 0 })).toHaveLength(1);
  });

  it('refuses a drill-down into a step the designed order does not have', () => {
    const query = { kind: 'conformance', dateRange, steps: [step('A'), step('B')] };
    expect(
      issuesOf(conformancePersonsRequestSchema, {
        query,
        select: { kind: 'edge', source: '(start)', target: 3 },
      }),
    ).toEqual(['select.target: must name a designed step (1 to 2) or (start), (end), (unmapped)']);
    expect(
      conformancePersonsRequestSchema.parse({ query, select: { kind: 'edge', source: 2, target: '(end)' } }),
    ).toMatchObject({ limit: 100, offset: 0 });
  });
});
