import { createHash } from 'node:crypto';
import type { JourneyMap, MapMetricsQuery, Persona, Touchpoint } from '@safar/core';

const DAY_MS = 86_400_000;

/** JSON with object keys sorted at every level: equal values give equal text. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) =>
    item && typeof item === 'object' && !Array.isArray(item)
      ? Object.fromEntries(Object.entries(item).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : item,
  );
}

/** The cache row of a scope: its canonical JSON (short enough for a key, and readable). */
export const scopeKeyOf = (scope: MapMetricsQuery) => canonicalJson(scope);

/**
 * What the metrics were computed from besides the events: the map, the touchpoint catalogue
 * (matchers and names) and the personas (segment rules). Any edit to them changes it.
 */
export function metricsFingerprint(
  map: JourneyMap,
  catalogue: readonly Touchpoint[],
  personas: readonly Persona[],
): string {
  return createHash('sha256').update(canonicalJson({ map, catalogue, personas })).digest('base64url');
}

/** The coming UTC midnight after `at`: where "the last N days, today included" ends. */
export const nextUtcMidnight = (at: number) => Math.floor(at / DAY_MS) * DAY_MS + DAY_MS;

/**
 * A scope that ended at the coming midnight when it was asked for ("the last 30 days") moves
 * with the calendar: the same scope ending at today's coming midnight, or null when it is current
 * (or was never a rolling one).
 */
export function rolledScope(
  scope: MapMetricsQuery,
  requestedAt: number,
  now: number,
): MapMetricsQuery | null {
  const to = Date.parse(scope.dateRange.to);
  if (to !== nextUtcMidnight(requestedAt)) return null;
  const shift = nextUtcMidnight(now) - to;
  if (shift <= 0) return null;
  const from = Date.parse(scope.dateRange.from) + shift;
  return {
    ...scope,
    dateRange: { from: new Date(from).toISOString(), to: new Date(to + shift).toISOString() },
  };
}
