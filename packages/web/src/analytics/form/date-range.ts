import type { DateRange } from '@safar/core';

const DAY = 86_400_000;
const dayOf = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** The first and the last day (UTC, `YYYY-MM-DD`) a range `[from, to)` covers, for date inputs. */
export function daysOfRange(range: DateRange): { first: string; last: string } {
  const from = Date.parse(range.from);
  const to = Date.parse(range.to);
  return { first: dayOf(from), last: dayOf(Math.max(from, Math.ceil(to / DAY) * DAY - DAY)) };
}

/** `[first 00:00, the day after last 00:00)` in UTC, from two `YYYY-MM-DD` days; null if one is not a day. */
export function rangeOfDays(first: string, last: string): DateRange | null {
  const from = Date.parse(`${first}T00:00:00Z`);
  const lastStart = Date.parse(`${last}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(first) || !/^\d{4}-\d{2}-\d{2}$/.test(last)) return null;
  if (Number.isNaN(from) || Number.isNaN(lastStart)) return null;
  return { from: new Date(from).toISOString(), to: new Date(lastStart + DAY).toISOString() };
}
