import type { ConformanceDeviation, ConformanceSelector } from '@safar/core';
import {
  codeOfNode,
  conformanceFromAggregates,
  endCode,
  START_CODE,
  unmappedCode,
  type ConformanceGroup,
  type ConformanceResult,
  type EdgeAggregate,
  type ResolvedConformance,
} from '../conformance-result.js';
import { matchesStep, type QueryEvent } from '../match-event.js';
import { inJourneyOrder } from './reference-funnel.js';

/** One journey, analysed: everything the result and its drill-downs count. */
export interface JourneyAnalysis {
  readonly personId: string;
  /** Touches of designed steps, consecutive repeats of a step collapsed. */
  readonly touches: number;
  /** Designed steps jumped over by forward moves to steps not visited before. */
  readonly skipped: number;
  /** Backward moves to steps not visited before. */
  readonly outOfOrder: number;
  /** Moves, other than to the next designed step, back to a step visited before. */
  readonly loops: number;
  /** Events that match no designed step. */
  readonly unmapped: number;
  readonly fitting: boolean;
  readonly complete: boolean;
  /** The directly-follows moves, as node codes (conformance-result.ts). */
  readonly moves: readonly (readonly [number, number])[];
}

/** Splits a person's events (in journey order) at gaps longer than `gapMs`, as paths does. */
function journeysOf(events: readonly QueryEvent[], gapMs: number | null): QueryEvent[][] {
  const journeys: QueryEvent[][] = [];
  let current: QueryEvent[] = [];
  for (const event of events) {
    const previous = current.at(-1);
    if (previous && gapMs !== null && event.timestamp - previous.timestamp > gapMs) {
      journeys.push(current);
      current = [];
    }
    current.push(event);
  }
  if (current.length > 0) journeys.push(current);
  return journeys;
}

const collapsed = (codes: readonly number[]) => codes.filter((code, index) => code !== codes[index - 1]);

/** A journey's events as node codes: the first designed step each matches, or (unmapped). */
export function analyseJourney(
  personId: string,
  codes: readonly number[],
  stepCount: number,
): JourneyAnalysis {
  const unmapped = codes.filter((code) => code === unmappedCode(stepCount)).length;
  const nodes = [START_CODE, ...collapsed(codes), endCode(stepCount)];
  const moves = nodes.slice(1).map((target, index) => [nodes[index] ?? 0, target] as const);
  // Deviations are judged on the designed steps alone, walking from the start (step 0).
  const mapped = collapsed(codes.filter((code) => code !== unmappedCode(stepCount)));
  let skipped = 0;
  let outOfOrder = 0;
  let loops = 0;
  let previous = START_CODE;
  const visited = new Set<number>();
  for (const step of mapped) {
    if (step === previous + 1) {
      // The designed move, even when the step was visited before.
    } else if (visited.has(step)) loops += 1;
    else if (step > previous) skipped += step - previous - 1;
    else outOfOrder += 1;
    visited.add(step);
    previous = step;
  }
  const fitting = skipped + outOfOrder + loops + unmapped === 0;
  return {
    personId,
    touches: mapped.length,
    skipped,
    outOfOrder,
    loops,
    unmapped,
    fitting,
    complete: fitting && mapped.at(-1) === stepCount,
    moves,
  };
}

/** Every journey in scope, analysed against the designed order. */
export function conformanceJourneys(
  events: readonly QueryEvent[],
  conformance: ResolvedConformance,
): JourneyAnalysis[] {
  const stepCount = conformance.designed.length;
  const byPerson = new Map<string, QueryEvent[]>();
  for (const event of events) byPerson.set(event.personId, [...(byPerson.get(event.personId) ?? []), event]);
  const codeOf = (event: QueryEvent) => {
    const index = conformance.designed.findIndex((step) => matchesStep(event, step));
    return index < 0 ? unmappedCode(stepCount) : index + 1;
  };
  return [...byPerson].flatMap(([personId, personEvents]) =>
    journeysOf([...personEvents].sort(inJourneyOrder), conformance.sessionGapMs).map((journey) =>
      analyseJourney(personId, journey.map(codeOf), stepCount),
    ),
  );
}

function groupOf(touches: number, journeys: readonly JourneyAnalysis[]): ConformanceGroup {
  const count = (deviation: ConformanceDeviation) => ({
    journeys: journeys.filter((journey) => journey[deviation] > 0).length,
    occurrences: journeys.reduce((sum, journey) => sum + journey[deviation], 0),
  });
  return {
    touches,
    journeys: journeys.length,
    fitting: journeys.filter((journey) => journey.fitting).length,
    complete: journeys.filter((journey) => journey.complete).length,
    deviations: {
      skipped: count('skipped'),
      outOfOrder: count('outOfOrder'),
      loops: count('loops'),
      unmapped: count('unmapped'),
    },
  };
}

/** The reference conformance: plain TypeScript, the oracle for the SQL engines. */
export function referenceConformance(
  events: readonly QueryEvent[],
  conformance: ResolvedConformance,
): ConformanceResult {
  const byTouches = new Map<number, JourneyAnalysis[]>();
  const edges = new Map<string, EdgeAggregate>();
  for (const journey of conformanceJourneys(events, conformance)) {
    byTouches.set(journey.touches, [...(byTouches.get(journey.touches) ?? []), journey]);
    const seen = new Set<string>();
    for (const [source, target] of journey.moves) {
      const key = `${source}>${target}`;
      const edge = edges.get(key) ?? { source, target, journeys: 0, occurrences: 0 };
      edges.set(key, {
        ...edge,
        journeys: edge.journeys + (seen.has(key) ? 0 : 1),
        occurrences: edge.occurrences + 1,
      });
      seen.add(key);
    }
  }
  return conformanceFromAggregates(
    conformance.designed.map((step) => step.label),
    [...byTouches].map(([touches, journeys]) => groupOf(touches, journeys)),
    [...edges.values()],
  );
}

/** Whether a journey is behind the selected number of the result. */
export function journeySelected(
  journey: JourneyAnalysis,
  selector: ConformanceSelector,
  stepCount: number,
): boolean {
  switch (selector.kind) {
    case 'journeys':
      return true;
    case 'fitting':
      return journey.fitting;
    case 'complete':
      return journey.complete;
    case 'deviation':
      return journey[selector.deviation] > 0;
    case 'edge': {
      const source = codeOfNode(selector.source, stepCount);
      const target = codeOfNode(selector.target, stepCount);
      return journey.moves.some(([from, to]) => from === source && to === target);
    }
    case 'touches':
      return selector.bucket === 'fewer'
        ? journey.touches < stepCount
        : selector.bucket === 'equal'
          ? journey.touches === stepCount
          : journey.touches > stepCount;
    case 'touchCount':
      return journey.touches === selector.touches;
  }
}

/** The persons with at least one journey behind the selected number (page them with pageOfPersons). */
export function conformancePersons(
  events: readonly QueryEvent[],
  conformance: ResolvedConformance,
  selector: ConformanceSelector,
): string[] {
  const stepCount = conformance.designed.length;
  return [
    ...new Set(
      conformanceJourneys(events, conformance)
        .filter((journey) => journeySelected(journey, selector, stepCount))
        .map((journey) => journey.personId),
    ),
  ];
}
