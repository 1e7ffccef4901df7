import type { CellContent } from './cell-content.js';
import type { Cells, JourneyMap, Stage } from './journey-map.js';
import { journeyMapProblems } from './journey-map-problems.js';
import { MapOperationError } from './map-operation-error.js';
import type { MapOperation, OperationOf } from './operations.js';
import { patchFields } from './patch-fields.js';
import { insertAt, moveWithin, removeAt } from './array-edits.js';
import { cellAt, rowAt } from './cell-lookup.js';

export interface AppliedOperation {
  readonly map: JourneyMap;
  /** The operation that, applied to `map`, gives back the map this one was applied to. */
  readonly inverse: MapOperation;
}

/**
 * Applies one edit to a map without mutating it. Throws MapOperationError when the edit refers
 * to something missing or would leave the map broken (duplicate ids, dangling or mistyped cells).
 */
export function applyOperation(map: JourneyMap, operation: MapOperation): AppliedOperation {
  const applied = applyUnchecked(map, operation);
  const problem = journeyMapProblems(applied.map)[0];
  if (problem) throw new MapOperationError('invalid', problem.message, problem.path);
  return applied;
}

/** Applies edits in order, all or nothing; `inverses` undo them when applied in their order. */
export function applyOperations(
  map: JourneyMap,
  operations: readonly MapOperation[],
): { map: JourneyMap; inverses: MapOperation[] } {
  let current = map;
  const inverses: MapOperation[] = [];
  operations.forEach((operation, index) => {
    try {
      const applied = applyOperation(current, operation);
      current = applied.map;
      inverses.unshift(applied.inverse);
    } catch (error) {
      if (error instanceof MapOperationError) {
        throw new MapOperationError(error.code, `operation ${index} (${operation.type}): ${error.message}`, [
          index,
          ...error.path,
        ]);
      }
      throw error;
    }
  });
  return { map: current, inverses };
}

function applyUnchecked(map: JourneyMap, op: MapOperation): AppliedOperation {
  switch (op.type) {
    case 'addStage':
      return addStage(map, op);
    case 'deleteStage':
      return deleteStage(map, op);
    case 'moveStage': {
      const from = stageIndexOf(map, op.stageId);
      const stages = moveWithin(map.stages, from, op.toIndex, 'toIndex');
      return { map: { ...map, stages }, inverse: { type: 'moveStage', stageId: op.stageId, toIndex: from } };
    }
    case 'updateStage': {
      const at = stageIndexOf(map, op.stageId);
      const { next, previous } = patchFields(stageAt(map, at), op.changes);
      const stages = map.stages.with(at, next);
      return {
        map: { ...map, stages },
        inverse: { type: 'updateStage', stageId: op.stageId, changes: previous },
      };
    }
    case 'addStep':
      return addStep(map, op);
    case 'deleteStep':
      return deleteStep(map, op);
    case 'moveStep':
      return moveStep(map, op);
    case 'updateStep': {
      const { stageIndex, stepIndex } = stepPositionOf(map, op.stepId);
      const stage = stageAt(map, stageIndex);
      const step = stage.steps[stepIndex];
      if (!step) throw notFound('step', op.stepId);
      const { next, previous } = patchFields(step, op.changes);
      const stages = map.stages.with(stageIndex, { ...stage, steps: stage.steps.with(stepIndex, next) });
      return {
        map: { ...map, stages },
        inverse: { type: 'updateStep', stepId: op.stepId, changes: previous },
      };
    }
    case 'addLane': {
      const lanes = insertAt(map.lanes, op.index, op.lane, 'index');
      const cells = Object.keys(op.cells).length > 0 ? { ...map.cells, [op.lane.id]: op.cells } : map.cells;
      return { map: { ...map, lanes, cells }, inverse: { type: 'deleteLane', laneId: op.lane.id } };
    }
    case 'deleteLane': {
      const at = laneIndexOf(map, op.laneId);
      const lane = map.lanes[at];
      if (!lane) throw notFound('lane', op.laneId);
      const { [op.laneId]: _row, ...cells } = map.cells;
      const removed = rowAt(map.cells, op.laneId);
      return {
        map: { ...map, lanes: removeAt(map.lanes, at), cells },
        inverse: { type: 'addLane', index: at, lane, cells: removed },
      };
    }
    case 'moveLane': {
      const from = laneIndexOf(map, op.laneId);
      const lanes = moveWithin(map.lanes, from, op.toIndex, 'toIndex');
      return { map: { ...map, lanes }, inverse: { type: 'moveLane', laneId: op.laneId, toIndex: from } };
    }
    case 'updateLane': {
      const at = laneIndexOf(map, op.laneId);
      const lane = map.lanes[at];
      if (!lane) throw notFound('lane', op.laneId);
      const { next, previous } = patchFields(lane, op.changes);
      return {
        map: { ...map, lanes: map.lanes.with(at, next) },
        inverse: { type: 'updateLane', laneId: op.laneId, changes: previous },
      };
    }
    case 'setCell': {
      laneIndexOf(map, op.laneId);
      stepPositionOf(map, op.stepId);
      const previous = cellAt(map.cells, op.laneId, op.stepId);
      return {
        map: { ...map, cells: withCell(map.cells, op.laneId, op.stepId, op.content) },
        inverse: previous
          ? { type: 'setCell', laneId: op.laneId, stepId: op.stepId, content: previous }
          : { type: 'clearCell', laneId: op.laneId, stepId: op.stepId },
      };
    }
    case 'clearCell': {
      const previous = cellAt(map.cells, op.laneId, op.stepId);
      if (!previous) {
        throw new MapOperationError('not-found', `no cell at lane "${op.laneId}", step "${op.stepId}"`, [
          'stepId',
        ]);
      }
      return {
        map: { ...map, cells: withCell(map.cells, op.laneId, op.stepId, undefined) },
        inverse: { type: 'setCell', laneId: op.laneId, stepId: op.stepId, content: previous },
      };
    }
    case 'updateMap': {
      const { next, previous } = patchFields(map, op.changes);
      return { map: next, inverse: { type: 'updateMap', changes: previous } };
    }
    case 'addResource': {
      const resources = insertAt(map.resources, op.index, op.resource, 'index');
      return { map: { ...map, resources }, inverse: { type: 'deleteResource', resourceId: op.resource.id } };
    }
    case 'deleteResource': {
      const at = map.resources.findIndex((resource) => resource.id === op.resourceId);
      const resource = map.resources[at];
      if (!resource) throw notFound('resource', op.resourceId);
      return {
        map: { ...map, resources: removeAt(map.resources, at) },
        inverse: { type: 'addResource', index: at, resource },
      };
    }
    case 'updateResource': {
      const at = map.resources.findIndex((resource) => resource.id === op.resourceId);
      const resource = map.resources[at];
      if (!resource) throw notFound('resource', op.resourceId);
      const { next, previous } = patchFields(resource, op.changes);
      return {
        map: { ...map, resources: map.resources.with(at, next) },
        inverse: { type: 'updateResource', resourceId: op.resourceId, changes: previous },
      };
    }
  }
}

function addStage(map: JourneyMap, op: OperationOf<'addStage'>): AppliedOperation {
  const stepIds = new Set(op.stage.steps.map((step) => step.id));
  let cells = map.cells;
  for (const [laneId, row] of Object.entries(op.cells)) {
    for (const [stepId, content] of Object.entries(row)) {
      if (!stepIds.has(stepId)) {
        throw new MapOperationError(
          'invalid',
          `cells may only fill steps of the added stage, not "${stepId}"`,
          ['cells', laneId, stepId],
        );
      }
      cells = withCell(cells, laneId, stepId, content);
    }
  }
  const stages = insertAt(map.stages, op.index, op.stage, 'index');
  return { map: { ...map, stages, cells }, inverse: { type: 'deleteStage', stageId: op.stage.id } };
}

function deleteStage(map: JourneyMap, op: OperationOf<'deleteStage'>): AppliedOperation {
  const at = stageIndexOf(map, op.stageId);
  const stage = stageAt(map, at);
  let removed: Cells = {};
  let cells = map.cells;
  for (const step of stage.steps) {
    const taken = takeStepCells(cells, step.id);
    cells = taken.cells;
    for (const [laneId, content] of Object.entries(taken.removed)) {
      removed = withCell(removed, laneId, step.id, content);
    }
  }
  return {
    map: { ...map, stages: removeAt(map.stages, at), cells },
    inverse: { type: 'addStage', index: at, stage, cells: removed },
  };
}

function addStep(map: JourneyMap, op: OperationOf<'addStep'>): AppliedOperation {
  const stageIndex = stageIndexOf(map, op.stageId);
  const stage = stageAt(map, stageIndex);
  const steps = insertAt(stage.steps, op.index, op.step, 'index');
  let cells = map.cells;
  for (const [laneId, content] of Object.entries(op.cells))
    cells = withCell(cells, laneId, op.step.id, content);
  return {
    map: { ...map, stages: map.stages.with(stageIndex, { ...stage, steps }), cells },
    inverse: { type: 'deleteStep', stepId: op.step.id },
  };
}

function deleteStep(map: JourneyMap, op: OperationOf<'deleteStep'>): AppliedOperation {
  const { stageIndex, stepIndex } = stepPositionOf(map, op.stepId);
  const stage = stageAt(map, stageIndex);
  const step = stage.steps[stepIndex];
  if (!step) throw notFound('step', op.stepId);
  const { cells, removed } = takeStepCells(map.cells, op.stepId);
  return {
    map: {
      ...map,
      stages: map.stages.with(stageIndex, { ...stage, steps: removeAt(stage.steps, stepIndex) }),
      cells,
    },
    inverse: { type: 'addStep', stageId: stage.id, index: stepIndex, step, cells: removed },
  };
}

function moveStep(map: JourneyMap, op: OperationOf<'moveStep'>): AppliedOperation {
  const from = stepPositionOf(map, op.stepId);
  const source = stageAt(map, from.stageIndex);
  const step = source.steps[from.stepIndex];
  if (!step) throw notFound('step', op.stepId);
  const targetIndex = stageIndexOf(map, op.toStageId, 'toStageId');
  let stages = map.stages.with(from.stageIndex, { ...source, steps: removeAt(source.steps, from.stepIndex) });
  const target = stageAt({ ...map, stages }, targetIndex);
  stages = stages.with(targetIndex, {
    ...target,
    steps: insertAt(target.steps, op.toIndex, step, 'toIndex'),
  });
  return {
    map: { ...map, stages },
    inverse: { type: 'moveStep', stepId: op.stepId, toStageId: source.id, toIndex: from.stepIndex },
  };
}

/** Sets (or with `undefined`, removes) one cell, copying only the row it touches. */
function withCell(cells: Cells, laneId: string, stepId: string, content: CellContent | undefined): Cells {
  const { [stepId]: _dropped, ...rest } = rowAt(cells, laneId);
  const row = content ? { ...rest, [stepId]: content } : rest;
  if (Object.keys(row).length > 0) return { ...cells, [laneId]: row };
  const { [laneId]: _emptied, ...others } = cells;
  return others;
}

/** Removes every cell of one step; returns what it removed, keyed by lane id. */
function takeStepCells(cells: Cells, stepId: string): { cells: Cells; removed: Record<string, CellContent> } {
  let remaining = cells;
  let removed: Record<string, CellContent> = {};
  for (const laneId of Object.keys(cells)) {
    const content = cellAt(cells, laneId, stepId);
    if (!content) continue;
    removed = { ...removed, [laneId]: content };
    remaining = withCell(remaining, laneId, stepId, undefined);
  }
  return { cells: remaining, removed };
}

function stageIndexOf(map: JourneyMap, stageId: string, field = 'stageId'): number {
  const at = map.stages.findIndex((stage) => stage.id === stageId);
  if (at < 0) throw notFound('stage', stageId, field);
  return at;
}

function stageAt(map: JourneyMap, at: number): Stage {
  const stage = map.stages[at];
  if (!stage) throw new MapOperationError('out-of-range', `no stage at index ${at}`);
  return stage;
}

function stepPositionOf(map: JourneyMap, stepId: string): { stageIndex: number; stepIndex: number } {
  for (const [stageIndex, stage] of map.stages.entries()) {
    const stepIndex = stage.steps.findIndex((step) => step.id === stepId);
    if (stepIndex >= 0) return { stageIndex, stepIndex };
  }
  throw notFound('step', stepId, 'stepId');
}

function laneIndexOf(map: JourneyMap, laneId: string): number {
  const at = map.lanes.findIndex((lane) => lane.id === laneId);
  if (at < 0) throw notFound('lane', laneId, 'laneId');
  return at;
}

function notFound(what: string, id: string, field = `${what}Id`): MapOperationError {
  return new MapOperationError('not-found', `${what} "${id}" does not exist`, [field]);
}
