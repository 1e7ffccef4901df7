import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { daysOfRange, rangeOfDays } from './date-range';

describe('date range fields', () => {
  it('show the first and last day of [from, to)', () => {
    expect(daysOfRange({ from: '2026-08-26T00:00:00.000Z', to: '2026-11-24T00:00:00.000Z' })).toEqual({
      first: '2026-08-26',
      last: '2026-11-23',
    });
    expect(daysOfRange({ from: '2026-08-26T00:00:00.000Z', to: '2026-11-23T12:00:00.000Z' }).last).toBe(
      '2026-11-23',
    );
  });

  it('turn two days into [first midnight, the midnight after the last day)', () => {
    expect(rangeOfDays('2026-08-26', '2026-11-23')).toEqual({
      from: '2026-08-26T00:00:00.000Z',
      to: '2026-11-24T00:00:00.000Z',
    });
    expect(rangeOfDays('', '2026-11-23')).toBeNull();
    expect(rangeOfDays('2026-13-45', '2026-11-23')).toBeNull();
  });

  it('round-trip whole days', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 40_000 }),
        fc.integer({ min: 0, max: 3_000 }),
        (start, length) => {
          const day = (n: number) => new Date(n * 86_400_000).toISOString().slice(0, 10);
          const range = rangeOfDays(day(start), day(start + length));
          expect(range).not.toBeNull();
          if (range) expect(daysOfRange(range)).toEqual({ first: day(start), last: day(start + length) });
        },
      ),
    );
  });
});
