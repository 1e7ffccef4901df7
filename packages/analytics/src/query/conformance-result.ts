import type { ConformanceDeviation, DfgNode } from '@safar/core';
import type { ResolvedStep } from './match-event.js';

export interface ResolvedConformance {
  /** The designed order; an event belongs to the first of these steps it matches. */
  readonly designed: readonly ResolvedStep[];
  /** A gap longer than this starts a new journey; null: a person's whole history is one. */
  readonly sessionGapMs: number | null;
}

/** A directly-follows edge: how many journeys made the move and how many times in all. */
export interface DfgEdge {
  readonly source: DfgNode;
  readonly target: DfgNode;
  readonly journeys: number;
  readonly occurrences: number;
  /** (start) -> step 1, step k -> step k + 1, last step -> (end). */
  readonly designed: boolean;
}

export interface DeviationCount {
  /** Journeys with at least one. */
  readonly journeys: number;
  readonly occurrences: number;
}

export interface TouchpointCount {
  /** The number of designed steps. */
  readonly expected: number;
  readonly fewer: number;
  readonly equal: number;
  readonly more: number;
  /** Touches per journey; null without journeys. */
  readonly average: number | null;
  /** The lower middle value for an even count; null without journeys. */
  readonly median: number | null;
  /** Journeys per touch count, fewest touches first. */
  readonly histogram: readonly { readonly touches: number; readonly journeys: number }[];
}

export interface ConformanceResult {
  /** The designed steps' labels; step number k is `steps[k - 1]`. */
  readonly steps: readonly string[];
  readonly journeys: number;
  readonly fitting: number;
  readonly fitShare: number;
  /** Fitting journeys that reached the last designed step. */
  readonly complete: number;
  readonly completeShare: number;
  readonly deviations: Readonly<Record<ConformanceDeviation, DeviationCount>>;
  /** Most journeys first, then most occurrences, then by source and target in graph order. */
  readonly edges: readonly DfgEdge[];
  readonly touchpointCount: TouchpointCount;
}

/**
 * The journeys that have the same number of touches, summed: what every engine computes before
 * the result is assembled, so the assembly is shared.
 */
export interface ConformanceGroup {
  readonly touches: number;
  readonly journeys: number;
  readonly fitting: number;
  readonly complete: number;
  readonly deviations: Readonly<Record<ConformanceDeviation, DeviationCount>>;
}

/**
 * An edge between node codes, which order the graph: (start) = 0, designed step k = k,
 * (unmapped) = n + 1, (end) = n + 2 for n designed steps.
 */
export interface EdgeAggregate {
  readonly source: number;
  readonly target: number;
  readonly journeys: number;
  readonly occurrences: number;
}

export const START_CODE = 0;
export const unmappedCode = (stepCount: number) => stepCount + 1;
export const endCode = (stepCount: number) => stepCount + 2;

export function nodeOfCode(code: number, stepCount: number): DfgNode {
  if (code === START_CODE) return '(start)';
  if (code === unmappedCode(stepCount)) return '(unmapped)';
  if (code === endCode(stepCount)) return '(end)';
  return code;
}

export function codeOfNode(node: DfgNode, stepCount: number): number {
  if (node === '(start)') return START_CODE;
  if (node === '(unmapped)') return unmappedCode(stepCount);
  if (node === '(end)') return endCode(stepCount);
  // A step the design does not have is no node, so it selects nothing.
  return node <= stepCount ? node : -1;
}

/** The designed moves: (start) to step 1, each step to the next, the last step to (end). */
export const isDesignedMove = (source: number, target: number, stepCount: number) =>
  (target === source + 1 && target <= stepCount) || (source === stepCount && target === endCode(stepCount));

const share = (part: number, whole: number) => (whole === 0 ? 0 : part / whole);

function touchpointCount(groups: readonly ConformanceGroup[], expected: number): TouchpointCount {
  const histogram = groups
    .filter((group) => group.journeys > 0)
    .map((group) => ({ touches: group.touches, journeys: group.journeys }))
    .sort((a, b) => a.touches - b.touches);
  const journeys = histogram.reduce((sum, bucket) => sum + bucket.journeys, 0);
  const touches = histogram.reduce((sum, bucket) => sum + bucket.touches * bucket.journeys, 0);
  const lowerMiddle = Math.floor((journeys - 1) / 2);
  let seen = 0;
  let median: number | null = null;
  for (const bucket of histogram) {
    seen += bucket.journeys;
    if (seen > lowerMiddle) {
      median = bucket.touches;
      break;
    }
  }
  const count = (keep: (touches: number) => boolean) =>
    histogram.filter((bucket) => keep(bucket.touches)).reduce((sum, bucket) => sum + bucket.journeys, 0);
  return {
    expected,
    fewer: count((value) => value < expected),
    equal: count((value) => value === expected),
    more: count((value) => value > expected),
    average: journeys === 0 ? null : touches / journeys,
    median: journeys === 0 ? null : median,
    histogram,
  };
}

/** The result from per-touch-count groups and edge aggregates, whichever engine computed them. */
export function conformanceFromAggregates(
  labels: readonly string[],
  groups: readonly ConformanceGroup[],
  edges: readonly EdgeAggregate[],
): ConformanceResult {
  const n = labels.length;
  const total = (pick: (group: ConformanceGroup) => number) =>
    groups.reduce((sum, group) => sum + pick(group), 0);
  const deviation = (kind: ConformanceDeviation): DeviationCount => ({
    journeys: total((group) => group.deviations[kind].journeys),
    occurrences: total((group) => group.deviations[kind].occurrences),
  });
  const journeys = total((group) => group.journeys);
  const fitting = total((group) => group.fitting);
  const complete = total((group) => group.complete);
  return {
    steps: [...labels],
    journeys,
    fitting,
    fitShare: share(fitting, journeys),
    complete,
    completeShare: share(complete, journeys),
    deviations: {
      skipped: deviation('skipped'),
      outOfOrder: deviation('outOfOrder'),
      loops: deviation('loops'),
      unmapped: deviation('unmapped'),
    },
    edges: [...edges]
      .sort(
        (a, b) =>
          b.journeys - a.journeys ||
          b.occurrences - a.occurrences ||
          a.source - b.source ||
          a.target - b.target,
      )
      .map((edge) => ({
        source: nodeOfCode(edge.source, n),
        target: nodeOfCode(edge.target, n),
        journeys: edge.journeys,
        occurrences: edge.occurrences,
        designed: isDesignedMove(edge.source, edge.target, n),
      })),
    touchpointCount: touchpointCount(groups, n),
  };
}
