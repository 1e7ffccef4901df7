import { describe, expect, it } from 'vitest';
import { flowArcs } from './flow-geometry';

const step = (stepId: string) => ({ kind: 'step', stepId }) as const;

describe('flow arcs', () => {
  const edges = [
    { source: { kind: 'start' }, target: step('a'), journeys: 90, designed: true },
    { source: step('a'), target: step('b'), journeys: 60, designed: true },
    { source: step('b'), target: step('a'), journeys: 15, designed: false },
    { source: step('a'), target: step('c'), journeys: 30, designed: false },
    { source: step('c'), target: { kind: 'end' }, journeys: 40, designed: true },
  ] as const;
  const order = ['a', 'b', 'c'];

  it('draws moves between steps only, widest for the busiest, backward ones lower', () => {
    const centres = new Map([
      ['a', 100],
      ['b', 300],
      ['c', 500],
    ]);
    const arcs = flowArcs(edges, centres, order, 100);
    expect(arcs.map((arc) => arc.key)).toEqual(['a->b', 'b->a', 'a->c']);
    const [forward, back, skip] = arcs;
    expect(forward?.strokeWidth).toBeGreaterThan(skip?.strokeWidth ?? Infinity);
    expect(back?.backward).toBe(true);
    expect(forward?.d).toBe('M 100 98 C 100 42, 300 42, 300 98');
    expect(back?.d).toBe('M 300 98 C 300 64.4, 100 64.4, 100 98');
    // A skip arcs higher than a move to the next step, within the band.
    expect(skip?.d).toBe('M 100 98 C 100 6, 500 6, 500 98');
  });

  it('mirrors with the page: in RTL the first step has the largest x', () => {
    const centres = new Map([
      ['a', 500],
      ['b', 300],
      ['c', 100],
    ]);
    const [forward] = flowArcs(edges, centres, order, 100);
    expect(forward?.d.startsWith('M 500 98')).toBe(true);
    expect(forward?.backward).toBe(false);
    expect(flowArcs(edges, new Map(), order, 100)).toEqual([]);
  });
});
