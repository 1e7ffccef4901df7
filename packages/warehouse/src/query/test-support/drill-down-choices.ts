import type {
  FunnelResult,
  PathsResult,
  ResolvedFunnel,
  ResolvedRetention,
  RetentionResult,
} from '@safar/analytics';
import type { FunnelSelector, PathsSelector, RetentionSelector } from '@safar/core';
import fc from 'fast-check';
import { pathsEventArb } from './paths-arbitraries.js';

/**
 * Random choices that become a drill-down selector once the reference result is known, so most
 * selectors name a number that exists (a step, a breakdown group, a cohort, an edge) and some do not.
 */
export const choiceArb = fc.record({
  pick: fc.nat(1000),
  dropped: fc.boolean(),
  group: fc.nat(5),
  period: fc.nat(10),
  // An instant inside the cohort's period, not its start, must select the same cohort.
  insidePeriod: fc.boolean(),
  limit: fc.constantFrom(1, 2, 100),
  offset: fc.constantFrom(0, 1, 3),
});
export type Choice = typeof choiceArb extends fc.Arbitrary<infer T> ? T : never;

export const pageOf = (choice: Choice) => ({ limit: choice.limit, offset: choice.offset });

export function funnelChoice(result: FunnelResult, funnel: ResolvedFunnel, choice: Choice): FunnelSelector {
  const step = choice.pick % funnel.steps.length;
  const outcome = choice.dropped && step < funnel.steps.length - 1 ? 'dropped' : 'reached';
  if (!funnel.breakdown) return { step, outcome };
  const group = result.breakdown[choice.group % (result.breakdown.length + 1)];
  return group ? { step, outcome, breakdown: group.value } : { step, outcome };
}

export function retentionChoice(
  result: RetentionResult,
  retention: ResolvedRetention,
  choice: Choice,
  fallback: number,
): RetentionSelector {
  const cohort = result.cohorts[choice.pick % Math.max(1, result.cohorts.length)];
  const start = cohort ? Date.parse(cohort.cohort) : fallback;
  return {
    cohort: new Date(start + (choice.insidePeriod ? 3_600_000 : 0)).toISOString(),
    period: choice.period % (retention.periods + 1),
  };
}

export function pathsChoice(result: PathsResult, choice: Choice): PathsSelector {
  const edge =
    choice.pick % 5 === 4 ? undefined : result.edges[choice.pick % Math.max(1, result.edges.length)];
  return edge
    ? { level: edge.level, source: edge.source, target: edge.target }
    : { level: 0, source: 'page /', target: 'nowhere' };
}

/**
 * Paths logs for the drill-down, half of them played twice in separate sessions, so a person often
 * makes the same edge twice and must still be listed once.
 */
export const pathsDrillDownLogArb = fc
  .tuple(fc.array(pathsEventArb, { maxLength: 30, size: 'medium' }), fc.boolean())
  .map(([log, twice]) =>
    twice ? [...log, ...log.map((entry) => ({ ...entry, minute: entry.minute + 200 }))] : log,
  );
