import { pageOfPersons, type ConformanceSelector } from '@safar/core';
import { describe, expect, it } from 'vitest';
import type { ResolvedConformance } from '../conformance-result.js';
import type { QueryEvent } from '../match-event.js';
import { analyseJourney, conformancePersons, referenceConformance } from './reference-conformance.js';

const MINUTE = 60_000;
let n = 0;
const ev = (personId: string, event: string, minute: number, plan?: string): QueryEvent => ({
  personId,
  messageId: `m${String((n += 1)).padStart(4, '0')}`,
  event,
  timestamp: Date.UTC(2026, 10, 1) + minute * MINUTE,
  channel: 'web',
  properties: plan ? { plan } : {},
  context: {},
});
/** Each person's events one minute apart, in the order given. */
const journeys = (logs: Record<string, string>) =>
  Object.entries(logs).flatMap(([person, events]) =>
    events.split(' ').map((event, minute) => ev(person, event, minute)),
  );
const step = (event: string) => ({ label: event, matchers: [{ event, filters: [] }] });
const ABC: ResolvedConformance = { designed: [step('A'), step('B'), step('C')], sessionGapMs: null };

/** Designed steps 1..3, (unmapped) = 4, in node codes. */
const analysed = (codes: number[]) => {
  const { skipped, outOfOrder, loops, unmapped, touches, fitting, complete } = analyseJourney('p', codes, 3);
  return { skipped, outOfOrder, loops, unmapped, touches, fitting, complete };
};
const clean = { skipped: 0, outOfOrder: 0, loops: 0, unmapped: 0 };

describe('one journey against the designed order A, B, C', () => {
  it('fits when it walks the designed steps from the first, and is complete when it reaches the last', () => {
    expect(analysed([1, 2, 3])).toEqual({ ...clean, touches: 3, fitting: true, complete: true });
    expect(analysed([1, 2])).toEqual({ ...clean, touches: 2, fitting: true, complete: false });
    // Consecutive repeats of a step are one touch.
    expect(analysed([1, 1, 2, 2, 3])).toEqual({ ...clean, touches: 3, fitting: true, complete: true });
  });

  it('counts the steps jumped over, also at the start', () => {
    expect(analysed([1, 3])).toMatchObject({ ...clean, skipped: 1, touches: 2, fitting: false });
    expect(analysed([2, 3])).toMatchObject({ ...clean, skipped: 1, fitting: false });
    expect(analysed([3])).toMatchObject({ ...clean, skipped: 2, touches: 1 });
  });

  it('calls a backward move to a step not visited before out of order', () => {
    expect(analysed([1, 3, 2])).toMatchObject({ ...clean, skipped: 1, outOfOrder: 1, touches: 3 });
    expect(analysed([2, 1])).toMatchObject({ ...clean, skipped: 1, outOfOrder: 1 });
    expect(analysed([3, 2, 1])).toMatchObject({ ...clean, skipped: 2, outOfOrder: 2 });
  });

  it('calls a move back to a visited step a loop, unless it is the designed next step', () => {
    // 2 -> 1 is a loop; 1 -> 2 then is the designed move again.
    expect(analysed([1, 2, 1, 2, 3])).toMatchObject({ ...clean, loops: 1, touches: 5 });
    // 3 -> 1 and 1 -> 3 both return to visited steps.
    expect(analysed([1, 2, 3, 1, 3])).toMatchObject({ ...clean, loops: 2, touches: 5 });
    expect(analysed([1, 2, 3, 2, 3])).toMatchObject({ ...clean, loops: 1 });
  });

  it('counts unmapped events and judges the order on the designed steps around them', () => {
    expect(analysed([1, 4, 2, 4, 4, 3])).toEqual({
      ...clean,
      unmapped: 3,
      touches: 3,
      fitting: false,
      complete: false,
    });
    // A, X, A: one touch of A, as the unmapped event between them is left out.
    expect(analysed([1, 4, 1, 2])).toMatchObject({ ...clean, unmapped: 1, touches: 2 });
    expect(analysed([4])).toMatchObject({ ...clean, unmapped: 1, touches: 0, fitting: false });
  });

  it('makes the directly-follows moves from (start) to (end), repeats of any node collapsed', () => {
    expect(analyseJourney('p', [1, 4, 4, 1, 2], 3).moves).toEqual([
      [0, 1],
      [1, 4],
      [4, 1],
      [1, 2],
      [2, 5],
    ]);
  });
});

describe('reference conformance', () => {
  const population = journeys({
    p1: 'A B C',
    p2: 'A C B',
    p3: 'A B A B C',
    p4: 'A X B',
    p5: 'X',
    p6: 'A B',
  });

  it('counts fits, deviations and touches per journey', () => {
    const result = referenceConformance(population, ABC);
    expect(result).toMatchObject({
      steps: ['A', 'B', 'C'],
      journeys: 6,
      fitting: 2,
      fitShare: 2 / 6,
      complete: 1,
      completeShare: 1 / 6,
      deviations: {
        skipped: { journeys: 1, occurrences: 1 },
        outOfOrder: { journeys: 1, occurrences: 1 },
        loops: { journeys: 1, occurrences: 1 },
        unmapped: { journeys: 2, occurrences: 2 },
      },
      touchpointCount: {
        expected: 3,
        fewer: 3,
        equal: 2,
        more: 1,
        average: 15 / 6,
        median: 2,
        histogram: [
          { touches: 0, journeys: 1 },
          { touches: 2, journeys: 2 },
          { touches: 3, journeys: 2 },
          { touches: 5, journeys: 1 },
        ],
      },
    });
  });

  it('draws the directly-follows graph, most journeys first, designed moves flagged', () => {
    const edges = referenceConformance(population, ABC).edges.map(
      (edge) =>
        `${edge.source}>${edge.target} ${edge.journeys}/${edge.occurrences}${edge.designed ? ' designed' : ''}`,
    );
    expect(edges).toEqual([
      '(start)>1 5/5 designed',
      '1>2 3/4 designed',
      '2>(end) 3/3',
      '2>3 2/2 designed',
      '3>(end) 2/2 designed',
      '(start)>(unmapped) 1/1',
      '1>3 1/1',
      '1>(unmapped) 1/1',
      '2>1 1/1',
      '3>2 1/1',
      '(unmapped)>2 1/1',
      '(unmapped)>(end) 1/1',
    ]);
  });

  it('lists the persons behind each number', () => {
    const persons = (selector: ConformanceSelector) =>
      pageOfPersons(conformancePersons(population, ABC, selector), { limit: 10, offset: 0 }).personIds;
    expect(persons({ kind: 'journeys' })).toEqual(['p1', 'p2', 'p3', 'p4', 'p5', 'p6']);
    expect(persons({ kind: 'fitting' })).toEqual(['p1', 'p6']);
    expect(persons({ kind: 'complete' })).toEqual(['p1']);
    expect(persons({ kind: 'deviation', deviation: 'skipped' })).toEqual(['p2']);
    expect(persons({ kind: 'deviation', deviation: 'loops' })).toEqual(['p3']);
    expect(persons({ kind: 'deviation', deviation: 'unmapped' })).toEqual(['p4', 'p5']);
    expect(persons({ kind: 'edge', source: 2, target: '(end)' })).toEqual(['p2', 'p4', 'p6']);
    expect(persons({ kind: 'edge', source: 4, target: '(end)' })).toEqual([]);
    expect(persons({ kind: 'touches', bucket: 'fewer' })).toEqual(['p4', 'p5', 'p6']);
    expect(persons({ kind: 'touches', bucket: 'more' })).toEqual(['p3']);
    expect(persons({ kind: 'touchCount', touches: 2 })).toEqual(['p4', 'p6']);
  });

  it('puts an event in the first designed step it matches, and orders ties by messageId', () => {
    const paidPro = {
      label: 'pro',
      matchers: [
        { event: 'Paid', filters: [{ property: 'plan', operator: 'equals' as const, value: 'pro' }] },
      ],
    };
    const designed = { designed: [step('A'), paidPro, step('Paid')], sessionGapMs: null };
    // A pro payment is step 2 (not 3); a free one is step 3: A, pro, free is a complete fit.
    const events = [ev('q', 'A', 0), ev('q', 'Paid', 1, 'pro'), ev('q', 'Paid', 1, 'free')];
    expect(referenceConformance(events, designed)).toMatchObject({ fitting: 1, complete: 1 });
    // Same instant, the free payment first by messageId: A, step 3, step 2.
    const tied = [ev('r', 'A', 0), ev('r', 'Paid', 1, 'free'), ev('r', 'Paid', 1, 'pro')];
    expect(referenceConformance(tied, designed)).toMatchObject({
      fitting: 0,
      deviations: { skipped: { occurrences: 1 }, outOfOrder: { occurrences: 1 } },
    });
  });

  it('splits a person into journeys at idle gaps when asked', () => {
    const events = [ev('s', 'A', 0), ev('s', 'B', 10), ev('s', 'B', 100), ev('s', 'C', 110)];
    expect(referenceConformance(events, ABC)).toMatchObject({ journeys: 1, fitting: 1, complete: 1 });
    const sessions = referenceConformance(events, { ...ABC, sessionGapMs: 30 * MINUTE });
    expect(sessions).toMatchObject({
      journeys: 2,
      fitting: 1,
      complete: 0,
      deviations: { skipped: { journeys: 1, occurrences: 1 } },
    });
    // A person is listed once, however many of their journeys are selected.
    expect(conformancePersons(events, { ...ABC, sessionGapMs: 30 * MINUTE }, { kind: 'journeys' })).toEqual([
      's',
    ]);
  });

  it('answers an empty scope with zeros', () => {
    expect(referenceConformance([], ABC)).toMatchObject({
      journeys: 0,
      fitShare: 0,
      edges: [],
      touchpointCount: { expected: 3, average: null, median: null, histogram: [] },
    });
  });
});
