import { MAP_FLOW_EDGES, type DfgNode, type MapFlowNode, type MapMetrics } from '@safar/core';
import type { ConformanceResult } from '@safar/analytics';
import type { PlacedTouchpoint } from './map-metrics-plan.js';

/**
 * The map steps conformance designs, in order: step number k is the k-th. They are the steps
 * where a measurable touchpoint is first placed (designed-journey.ts walks the map the same way).
 */
export function designedStepIds(placed: readonly PlacedTouchpoint[]): string[] {
  return [...new Set(placed.map((entry) => entry.stepId))];
}

function flowNode(node: DfgNode, stepIds: readonly string[]): MapFlowNode {
  if (typeof node === 'number') return { kind: 'step', stepId: stepIds[node - 1] ?? '' };
  return { kind: node === '(start)' ? 'start' : node === '(end)' ? 'end' : 'unmapped' };
}

/**
 * The most travelled moves between two steps (what the overlay draws) and, apart, the most
 * travelled ones from the start, to the end or through unmapped events: on real data those are
 * often the busiest of all and would otherwise crowd out every move between steps.
 */
function mostTravelled(edges: ConformanceResult['edges']): ConformanceResult['edges'] {
  let between = 0;
  let other = 0;
  return edges.filter((edge) => {
    if (edge.journeys === 0) return false;
    if (typeof edge.source === 'number' && typeof edge.target === 'number')
      return between++ < MAP_FLOW_EDGES.betweenSteps;
    return other++ < MAP_FLOW_EDGES.other;
  });
}

/**
 * Designed vs actual: the fitness of the map and its most travelled moves (conformance returns
 * them most journeys first), with step numbers turned into the map's step ids for drawing.
 */
export function mapFlow(
  result: ConformanceResult,
  stepIds: readonly string[],
): NonNullable<MapMetrics['flow']> {
  return {
    journeys: result.journeys,
    fitShare: result.fitShare,
    completeShare: result.completeShare,
    deviations: {
      skipped: result.deviations.skipped.journeys,
      outOfOrder: result.deviations.outOfOrder.journeys,
      loops: result.deviations.loops.journeys,
      unmapped: result.deviations.unmapped.journeys,
    },
    edges: mostTravelled(result.edges).map((edge) => ({
      source: flowNode(edge.source, stepIds),
      target: flowNode(edge.target, stepIds),
      journeys: edge.journeys,
      designed: edge.designed,
    })),
  };
}
