/**
 * List expressions the per-person DuckDB queries share (paths, conformance, attribution): each
 * person's events gathered into one list in journey order and worked on with list functions,
 * which beat window functions over every event (docs/analytics.md).
 */

/**
 * A person's events as one list in journey order, for a query grouped by person: structs sort by
 * their fields in order, so time, then message id, settle it; `fields` (name: expression) ride along.
 */
export function journeyListSql(fields: Readonly<Record<string, string>>): string {
  const extra = Object.entries(fields).map(([name, expression]) => `'${name}': ${expression}`);
  return `list_sort(list({'ts': ts, 'message_id': message_id, ${extra.join(', ')}}))`;
}

/**
 * Where a journey list's sessions start (positions from 1): its first event, and every event more
 * than `gap` (a bound parameter; null: no gap cuts) after the one before.
 */
export const sessionStartsSql = (events: string, gap: string | null) =>
  `list_filter(range(1, len(${events}) + 1), i -> i = 1${gap ? ` OR ${events}[i].ts - ${events}[i - 1].ts > ${gap}` : ''})`;

/** The list with each run of equal consecutive items collapsed into one. */
export const collapsedRepeatsSql = (list: string) =>
  `list_filter(${list}, (x, i) -> i = 1 OR x <> ${list}[i - 1])`;
