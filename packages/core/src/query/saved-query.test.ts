import { describe, expect, it } from 'vitest';
import { JOURNEY_QUERY_KINDS } from './journey-query.js';
import { savedQueryInputSchema } from './saved-query.js';

const dateRange = { from: '2026-01-01T00:00:00Z', to: '2026-02-01T00:00:00Z' };
const step = { kind: 'event', matcher: { event: 'Order Completed' } };

const paths = (result: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }) =>
  result.error?.issues.map((issue) => issue.path.join('.')) ?? [];

describe('savedQueryInputSchema', () => {
  it('parses a funnel, trims the name and fills the spec defaults', () => {
    const parsed = savedQueryInputSchema.parse({
      name: '  Checkout  ',
      kind: 'funnel',
      query: { kind: 'funnel', dateRange, steps: [step] },
    });
    expect(parsed.name).toBe('Checkout');
    expect(parsed.query).toMatchObject({ order: 'ordered', window: { value: 14, unit: 'day' } });
    // Parsing the stored spec again changes nothing.
    expect(savedQueryInputSchema.parse(parsed)).toEqual(parsed);
  });

  it('checks the query against the schema of its kind, naming the field', () => {
    const result = savedQueryInputSchema.safeParse({
      name: 'x',
      kind: 'funnel',
      query: { kind: 'funnel', dateRange, steps: [{ kind: 'nope' }] },
    });
    expect(paths(result)).toEqual(['query.steps.0.kind']);
  });

  it('refuses a query of another kind, an unknown kind and an empty or long name', () => {
    const retention = { kind: 'retention', dateRange, startStep: step, returnStep: step };
    expect(paths(savedQueryInputSchema.safeParse({ name: 'x', kind: 'funnel', query: retention }))).toContain(
      'query.kind',
    );
    expect(paths(savedQueryInputSchema.safeParse({ name: 'x', kind: 'sql', query: {} }))).toEqual(['kind']);
    expect(
      paths(savedQueryInputSchema.safeParse({ name: '   ', kind: 'retention', query: retention })),
    ).toEqual(['name']);
    expect(
      paths(savedQueryInputSchema.safeParse({ name: 'x'.repeat(201), kind: 'retention', query: retention })),
    ).toEqual(['name']);
    expect(
      savedQueryInputSchema.safeParse({ name: 'x'.repeat(200), kind: 'retention', query: retention }).success,
    ).toBe(true);
  });

  it('knows the six query kinds', () => {
    // Every journey query kind can be saved.
    expect(savedQueryInputSchema.options.map((option) => option.shape.kind.value)).toEqual([
      ...JOURNEY_QUERY_KINDS,
    ]);
    expect(JOURNEY_QUERY_KINDS).toEqual([
      'funnel',
      'paths',
      'retention',
      'attribution',
      'friction',
      'conformance',
    ]);
  });
});
