import type { RetentionPeriod } from '@safar/core';
import { matchesStep, type QueryEvent, type ResolvedStep } from './match-event.js';

const DAY = 86_400_000;

/**
 * The period an instant falls in, as a whole number: UTC days since 1970-01-01, ISO weeks
 * (Monday to Sunday, 1970-01-01 was a Thursday), or calendar months since January 1970.
 */
export function periodIndex(timestamp: number, period: RetentionPeriod): number {
  const day = Math.floor(timestamp / DAY);
  if (period === 'day') return day;
  if (period === 'week') return Math.floor((day + 3) / 7);
  const date = new Date(timestamp);
  return (date.getUTCFullYear() - 1970) * 12 + date.getUTCMonth();
}

/** The first instant of a period. */
export function periodStart(index: number, period: RetentionPeriod): number {
  if (period === 'day') return index * DAY;
  if (period === 'week') return (index * 7 - 3) * DAY;
  return Date.UTC(1970 + Math.floor(index / 12), ((index % 12) + 12) % 12, 1);
}

export interface ResolvedRetention {
  readonly startStep: ResolvedStep;
  readonly returnStep: ResolvedStep;
  readonly period: RetentionPeriod;
  readonly periods: number;
}

export interface RetentionCohort {
  /** ISO date-time of the cohort period's start. */
  readonly cohort: string;
  readonly persons: number;
  /** Persons returning in period 1..periods after the cohort's own. */
  readonly returned: readonly number[];
  readonly rates: readonly number[];
}

export interface RetentionResult {
  readonly cohorts: readonly RetentionCohort[];
}

/** What an engine counts: cohort sizes and returns per (cohort period, periods after). */
export interface RetentionCounts {
  readonly cohortSizes: ReadonlyMap<number, number>;
  readonly returns: ReadonlyMap<number, ReadonlyMap<number, number>>;
}

export function retentionFromCounts(counts: RetentionCounts, retention: ResolvedRetention): RetentionResult {
  const cohorts = [...counts.cohortSizes.entries()].sort(([a], [b]) => a - b);
  return {
    cohorts: cohorts.map(([index, persons]) => {
      const returned = Array.from(
        { length: retention.periods },
        (_, n) => counts.returns.get(index)?.get(n + 1) ?? 0,
      );
      return {
        cohort: new Date(periodStart(index, retention.period)).toISOString(),
        persons,
        returned,
        rates: returned.map((count) => (persons === 0 ? 0 : count / persons)),
      };
    }),
  };
}

/** One person's retention: their cohort (a period index) and the periods after it they returned in. */
export interface PersonRetention {
  readonly personId: string;
  readonly cohort: number;
  /** Periods 1..`periods` after the cohort's own with a return event. */
  readonly returnedAfter: ReadonlySet<number>;
}

/** Every person with a start event: the per-person step both the counts and the drill-down read. */
export function retentionOfPersons(
  events: readonly QueryEvent[],
  retention: ResolvedRetention,
): PersonRetention[] {
  const firstStart = new Map<string, number>();
  for (const event of events) {
    if (!matchesStep(event, retention.startStep)) continue;
    const known = firstStart.get(event.personId);
    if (known === undefined || event.timestamp < known) firstStart.set(event.personId, event.timestamp);
  }
  const persons = new Map<string, { personId: string; cohort: number; returnedAfter: Set<number> }>();
  for (const [personId, timestamp] of firstStart)
    persons.set(personId, {
      personId,
      cohort: periodIndex(timestamp, retention.period),
      returnedAfter: new Set(),
    });
  for (const event of events) {
    const person = persons.get(event.personId);
    if (!person || !matchesStep(event, retention.returnStep)) continue;
    const after = periodIndex(event.timestamp, retention.period) - person.cohort;
    if (after >= 1 && after <= retention.periods) person.returnedAfter.add(after);
  }
  return [...persons.values()];
}

/** The reference retention: plain TypeScript, the oracle for the SQL engines. */
export function referenceRetention(
  events: readonly QueryEvent[],
  retention: ResolvedRetention,
): RetentionResult {
  const cohortSizes = new Map<number, number>();
  const returns = new Map<number, Map<number, number>>();
  for (const { cohort, returnedAfter } of retentionOfPersons(events, retention)) {
    cohortSizes.set(cohort, (cohortSizes.get(cohort) ?? 0) + 1);
    const row = returns.get(cohort) ?? new Map<number, number>();
    for (const after of returnedAfter) row.set(after, (row.get(after) ?? 0) + 1);
    if (row.size > 0) returns.set(cohort, row);
  }
  return retentionFromCounts({ cohortSizes, returns }, retention);
}
