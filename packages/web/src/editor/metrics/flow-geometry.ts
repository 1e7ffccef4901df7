import type { MapMetrics } from '@safar/core';

type FlowEdge = NonNullable<MapMetrics['flow']>['edges'][number];

export interface FlowArc {
  readonly key: string;
  readonly sourceStepId: string;
  readonly targetStepId: string;
  /** SVG path data in the overlay's own coordinates. */
  readonly d: string;
  readonly strokeWidth: number;
  readonly journeys: number;
  readonly designed: boolean;
  /** Towards an earlier step of the map (a loop or an out-of-order move). */
  readonly backward: boolean;
}

const MIN_WIDTH = 1.5;
const MAX_EXTRA_WIDTH = 8;

/**
 * Arcs for the moves between two map steps, drawn from the bottom of the step-header band up
 * and back down: width by journeys (against the busiest move shown), height by distance so a
 * skip arcs over the steps it skips. Centres are measured on the page, so in fa and ar, where
 * the first step is on the right, the arcs mirror with the grid. Backward moves arc lower, so a
 * move and its way back between the same steps do not lie on one line.
 */
export function flowArcs(
  edges: readonly FlowEdge[],
  centres: ReadonlyMap<string, number>,
  stepOrder: readonly string[],
  height: number,
): FlowArc[] {
  const between = edges.flatMap((edge) =>
    edge.source.kind === 'step' && edge.target.kind === 'step'
      ? [{ edge, source: edge.source.stepId, target: edge.target.stepId }]
      : [],
  );
  const busiest = Math.max(1, ...between.map(({ edge }) => edge.journeys));
  const baseline = height - 2;
  return between.flatMap(({ edge, source, target }) => {
    const x1 = centres.get(source);
    const x2 = centres.get(target);
    if (x1 === undefined || x2 === undefined) return [];
    const backward = stepOrder.indexOf(target) < stepOrder.indexOf(source);
    const rise = Math.min(height - 8, 16 + Math.abs(x2 - x1) * 0.2) * (backward ? 0.6 : 1);
    const top = baseline - rise;
    return [
      {
        key: `${source}->${target}`,
        sourceStepId: source,
        targetStepId: target,
        d: `M ${x1} ${baseline} C ${x1} ${top}, ${x2} ${top}, ${x2} ${baseline}`,
        strokeWidth: MIN_WIDTH + (MAX_EXTRA_WIDTH * edge.journeys) / busiest,
        journeys: edge.journeys,
        designed: edge.designed,
        backward,
      },
    ];
  });
}
