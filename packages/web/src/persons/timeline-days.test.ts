import { describe, expect, it } from 'vitest';
import { groupByDay, localDayKey } from './timeline-days';

const utcDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const at = (iso: string) => ({ timestamp: iso });

describe('timeline days', () => {
  it('groups consecutive events of one day, keeping the order given', () => {
    const events = [
      at('2026-11-20T09:00:00Z'),
      at('2026-11-20T23:59:59Z'),
      at('2026-11-21T00:00:00Z'),
      at('2026-11-23T12:00:00Z'),
    ];
    const days = groupByDay(events, utcDay);
    expect(days.map((day) => [day.key, day.events.length])).toEqual([
      ['2026-11-20', 2],
      ['2026-11-21', 1],
      ['2026-11-23', 1],
    ]);
    expect(days[0]?.at).toBe(Date.parse('2026-11-20T09:00:00Z'));
    const newestFirst = groupByDay([...events].reverse(), utcDay);
    expect(newestFirst.map((day) => day.key)).toEqual(['2026-11-23', '2026-11-21', '2026-11-20']);
    expect(newestFirst[2]?.events).toEqual([events[1], events[0]]);
  });

  it('keys days by the local calendar date', () => {
    const noon = new Date(2026, 10, 5, 12).getTime();
    expect(localDayKey(noon)).toBe('2026-11-05');
    expect(groupByDay([])).toEqual([]);
  });
});
