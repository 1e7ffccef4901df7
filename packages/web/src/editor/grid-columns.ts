import type { JourneyMap, Stage, Step } from '@safar/core';

/** One column of the grid: a step, or the empty slot of a stage that has no steps yet. */
export type GridColumn =
  { kind: 'step'; stage: Stage; step: Step; stepIndex: number } | { kind: 'empty-stage'; stage: Stage };

export function gridColumns(map: JourneyMap): GridColumn[] {
  return map.stages.flatMap((stage): GridColumn[] =>
    stage.steps.length === 0
      ? [{ kind: 'empty-stage', stage }]
      : stage.steps.map((step, stepIndex) => ({ kind: 'step', stage, step, stepIndex })),
  );
}

export function stageSpan(stage: Stage): number {
  return Math.max(1, stage.steps.length);
}
