import { lastDaysRange } from '@safar/core';

/** The date ranges the living map offers, in days up to and including today (UTC). */
export const RANGE_PRESETS = [7, 30, 90, 365] as const;
export type RangeDays = (typeof RANGE_PRESETS)[number];

const DAY_MS = 86_400_000;

/** `[from, to)` ending at the coming UTC midnight, so today's events count (as the server's cache warms it). */
export const rangeOfDays = (days: number, now = Date.now()) => lastDaysRange(days, now);

/** The last day a range covers (its end is exclusive), for showing it. */
export const lastDayOf = (range: { to: string }) => new Date(Date.parse(range.to) - DAY_MS);
