import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FunnelWalker, type FunnelPlan } from './funnel-walk.js';

// Semantics are checked against the reference engine through DuckDB (duckdb-funnel.test.ts); these
// tests pin what only the walker has: slices of shared arrays and buffers reused between persons.

const plan = (fields: Partial<FunnelPlan> = {}): FunnelPlan => ({
  order: 'ordered',
  steps: 3,
  windowMs: 10,
  exclusions: [],
  ...fields,
});

function walk(walker: FunnelWalker, times: number[], masks: number[], offset = 0) {
  const level = walker.walk(Float64Array.from(times), Int32Array.from(masks), offset, times.length - offset);
  return {
    level,
    start: level > 0 ? walker.start : -1,
    times: Array.from({ length: level }, (_, k) => walker.time(k)),
  };
}

describe('funnel walk', () => {
  it('walks ordered, strict and unordered funnels on the same journey', () => {
    // A(1) X(0) B(2) C(4) at times 0..3; then, from t=20, C B A.
    const times = [0, 1, 2, 3, 20, 21, 22];
    const masks = [1, 0, 2, 4, 4, 2, 1];
    expect(walk(new FunnelWalker(plan()), times, masks)).toEqual({ level: 3, start: 0, times: [0, 2, 3] });
    expect(walk(new FunnelWalker(plan({ order: 'strict' })), times, masks)).toEqual({
      level: 1,
      start: 0,
      times: [0],
    });
    // Unordered: from t=20 every step is met within the window; the earlier start meets only A, B, C too.
    expect(walk(new FunnelWalker(plan({ order: 'unordered' })), times, masks)).toEqual({
      level: 3,
      start: 0,
      times: [0, 2, 3],
    });
  });

  it('drops an attempt with an exclusion between its steps and counts a later clean one', () => {
    // Steps A(1), B(2); exclusion X (bit 4) between them.
    const walker = new FunnelWalker(plan({ steps: 2, exclusions: [{ from: 0, to: 1 }] }));
    expect(walk(walker, [0, 1, 2, 5, 6], [1, 4, 2, 1, 2])).toEqual({ level: 2, start: 3, times: [5, 6] });
    expect(walk(walker, [0, 1, 2], [1, 4, 2])).toEqual({ level: 0, start: -1, times: [] });
  });

  it('lets one event meet two steps of an unordered funnel', () => {
    const walker = new FunnelWalker(plan({ order: 'unordered' }));
    expect(walk(walker, [0, 4], [1 | 4, 2])).toEqual({ level: 3, start: 0, times: [0, 0, 4] });
  });

  const journey = fc
    .array(fc.record({ gap: fc.integer({ min: 0, max: 6 }), mask: fc.integer({ min: 0, max: 31 }) }), {
      maxLength: 25,
      size: 'max',
    })
    .map((events) => {
      let time = 0;
      return {
        times: events.map(({ gap }) => (time += gap)),
        masks: events.map(({ mask }) => mask),
      };
    });
  const plans = fc.record({
    order: fc.constantFrom('ordered' as const, 'strict' as const, 'unordered' as const),
    steps: fc.integer({ min: 1, max: 3 }),
    windowMs: fc.integer({ min: 0, max: 12 }),
    exclusions: fc.constantFrom<FunnelPlan['exclusions']>([], [{ from: 0, to: 1 }], [{ from: 1, to: 2 }]),
  });

  it('gives the same answer for a journey alone, inside shared arrays, and after other journeys', () => {
    fc.assert(
      fc.property(plans, journey, journey, journey, (spec, before, person, after) => {
        const usable: FunnelPlan = {
          ...spec,
          exclusions: spec.exclusions.filter(({ to }) => to < spec.steps),
        };
        const alone = walk(new FunnelWalker(usable), person.times, person.masks);
        // The walker has walked a longer journey before, and the person sits between others.
        const reused = new FunnelWalker(usable);
        walk(reused, before.times, before.masks);
        const shift = (times: number[]) => times.map((time) => time + 1000);
        const times = [...before.times, ...shift(person.times), ...shift(shift(after.times))];
        const masks = [...before.masks, ...person.masks, ...after.masks];
        const level = reused.walk(
          Float64Array.from(times),
          Int32Array.from(masks),
          before.times.length,
          person.times.length,
        );
        expect({
          level,
          start: level > 0 ? reused.start : -1,
          times: Array.from({ length: level }, (_, k) => reused.time(k) - 1000),
        }).toEqual(alone);
      }),
      { numRuns: 500 },
    );
  });
});
