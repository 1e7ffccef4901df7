/** A day of the timeline: its events in the order they were given. */
export interface TimelineDay<T> {
  readonly key: string;
  /** An instant of the day (its first event's), for the day's heading. */
  readonly at: number;
  readonly events: T[];
}

/** The reader's local calendar day of an instant, as `YYYY-MM-DD`. */
export function localDayKey(ms: number): string {
  const date = new Date(ms);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/**
 * Groups events (already in timeline order, oldest or newest first) into consecutive days; the
 * order of days and of events within a day is the order given.
 */
export function groupByDay<T extends { readonly timestamp: string }>(
  events: readonly T[],
  dayKey: (ms: number) => string = localDayKey,
): TimelineDay<T>[] {
  const days: TimelineDay<T>[] = [];
  for (const event of events) {
    const at = Date.parse(event.timestamp);
    const key = dayKey(at);
    const current = days.at(-1);
    if (current && current.key === key) current.events.push(event);
    else days.push({ key, at, events: [event] });
  }
  return days;
}
