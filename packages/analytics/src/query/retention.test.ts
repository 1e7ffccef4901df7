import { describe, expect, it } from 'vitest';
import type { QueryEvent } from './match-event.js';
import { periodIndex, periodStart, referenceRetention, type ResolvedRetention } from './retention.js';

const ev = (personId: string, event: string, iso: string): QueryEvent => ({
  personId,
  messageId: `${personId}-${iso}-${event}`,
  event,
  timestamp: Date.parse(iso),
  channel: 'web',
  properties: {},
  context: {},
});
const spec = (period: ResolvedRetention['period'], periods = 3): ResolvedRetention => ({
  startStep: { label: 'Signed Up', matchers: [{ event: 'Signed Up', filters: [] }] },
  returnStep: { label: 'Order Completed', matchers: [{ event: 'Order Completed', filters: [] }] },
  period,
  periods,
});

describe('periods', () => {
  it('uses UTC days, ISO weeks from Monday, and calendar months', () => {
    const sunday = Date.parse('2026-11-22T23:59:59.999Z');
    const monday = Date.parse('2026-11-23T00:00:00Z');
    expect(periodIndex(monday, 'week') - periodIndex(sunday, 'week')).toBe(1);
    expect(new Date(periodStart(periodIndex(sunday, 'week'), 'week')).toISOString()).toBe(
      '2026-11-16T00:00:00.000Z',
    );
    expect(new Date(periodStart(periodIndex(monday, 'month'), 'month')).toISOString()).toBe(
      '2026-11-01T00:00:00.000Z',
    );
    expect(periodIndex(Date.parse('2027-01-01T00:00:00Z'), 'month') - periodIndex(monday, 'month')).toBe(2);
  });
});

describe('reference retention', () => {
  const events = [
    // Week of 2 Nov: a and b sign up; a buys in weeks +1 and +2, b in week +2 only (twice).
    ev('a', 'Signed Up', '2026-11-02T10:00:00Z'),
    ev('a', 'Order Completed', '2026-11-03T10:00:00Z'), // same week: not a return
    ev('a', 'Order Completed', '2026-11-10T10:00:00Z'),
    ev('a', 'Order Completed', '2026-11-17T10:00:00Z'),
    ev('b', 'Signed Up', '2026-11-08T23:00:00Z'), // Sunday: still the week of 2 Nov
    ev('b', 'Order Completed', '2026-11-16T09:00:00Z'),
    ev('b', 'Order Completed', '2026-11-18T09:00:00Z'),
    // Week of 9 Nov: c signs up twice; the cohort is the first; c buys 4 weeks later (beyond 3).
    ev('c', 'Signed Up', '2026-11-09T00:00:00Z'),
    ev('c', 'Signed Up', '2026-11-20T00:00:00Z'),
    ev('c', 'Order Completed', '2026-12-07T00:00:00Z'),
    // d only ever buys: in no cohort.
    ev('d', 'Order Completed', '2026-11-10T00:00:00Z'),
  ];

  it('groups persons by the week of their first start event and counts returns per later week', () => {
    expect(referenceRetention(events, spec('week'))).toEqual({
      cohorts: [
        { cohort: '2026-11-02T00:00:00.000Z', persons: 2, returned: [1, 2, 0], rates: [0.5, 1, 0] },
        { cohort: '2026-11-09T00:00:00.000Z', persons: 1, returned: [0, 0, 0], rates: [0, 0, 0] },
      ],
    });
  });

  it('counts the same log by month', () => {
    expect(referenceRetention(events, spec('month', 1)).cohorts).toEqual([
      { cohort: '2026-11-01T00:00:00.000Z', persons: 3, returned: [1], rates: [1 / 3] },
    ]);
  });
});
