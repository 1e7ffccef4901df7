/** The date ranges the living map offers, in days up to and including today (UTC). */
export const RANGE_PRESETS = [7, 30, 90, 365] as const;
export type RangeDays = (typeof RANGE_PRESETS)[number];

const DAY_MS = 86_400_000;

/** `[from, to)` ending at the coming UTC midnight, so today's events count. */
export function rangeOfDays(days: number, now = Date.now()): { from: string; to: string } {
  const to = Math.floor(now / DAY_MS) * DAY_MS + DAY_MS;
  return { from: new Date(to - days * DAY_MS).toISOString(), to: new Date(to).toISOString() };
}

/** The last day a range covers (its end is exclusive), for showing it. */
export const lastDayOf = (range: { to: string }) => new Date(Date.parse(range.to) - DAY_MS);
