import {
  pageOfPersons,
  type FunnelSelector,
  type PathsSelector,
  type PersonsPage,
  type RetentionSelector,
} from '@safar/core';
import type { QueryEvent } from '../match-event.js';
import { periodIndex, retentionOfPersons, type ResolvedRetention } from '../retention.js';
import { funnelProgress, type ResolvedFunnel } from './reference-funnel.js';
import { pathsOfPersons, type ResolvedPaths } from './reference-paths.js';

type PageRequest = { readonly limit: number; readonly offset: number };

/**
 * The funnel's drill-down (docs/analytics.md): the persons who reached step `step` (0-based), or
 * who reached it and stopped there; from the same per-person progress as the funnel's counts.
 */
export function funnelPersons(
  events: readonly QueryEvent[],
  funnel: ResolvedFunnel,
  select: FunnelSelector,
  page: PageRequest,
): PersonsPage {
  const persons = funnelProgress(events, funnel).filter(
    (person) =>
      (select.outcome === 'reached' ? person.level > select.step : person.level === select.step + 1) &&
      (select.breakdown === undefined || person.breakdownValue === select.breakdown),
  );
  return pageOfPersons(
    persons.map((person) => person.personId),
    page,
  );
}

/** The cohort a selector names: the period its instant falls in, so any instant of the period selects it. */
export function selectedCohort(select: RetentionSelector, retention: ResolvedRetention): number {
  return periodIndex(Date.parse(select.cohort), retention.period);
}

/** Retention's drill-down: the persons of a cohort who returned `period` periods after it (0: the cohort). */
export function retentionPersons(
  events: readonly QueryEvent[],
  retention: ResolvedRetention,
  select: RetentionSelector,
  page: PageRequest,
): PersonsPage {
  const cohort = selectedCohort(select, retention);
  const persons = retentionOfPersons(events, retention).filter(
    (person) => person.cohort === cohort && (select.period === 0 || person.returnedAfter.has(select.period)),
  );
  return pageOfPersons(
    persons.map((person) => person.personId),
    page,
  );
}

/** The paths' drill-down: the persons who made one edge (in at least one of their sessions). */
export function pathsPersons(
  events: readonly QueryEvent[],
  paths: ResolvedPaths,
  select: PathsSelector,
  page: PageRequest,
): PersonsPage {
  const made = pathsOfPersons(events, paths).filter(
    ({ names }) => names[select.level] === select.source && names[select.level + 1] === select.target,
  );
  return pageOfPersons(
    made.map((path) => path.personId),
    page,
  );
}
