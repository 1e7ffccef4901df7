import { createId } from '../ids.js';
import type { CellContent } from './cell-content.js';
import { cellAt, rowAt } from './cell-lookup.js';
import type { JourneyMap } from './journey-map.js';
import { MapOperationError } from './map-operation-error.js';
import type { MapOperation } from './operations.js';

type NewId = () => string;

/** A copy of a cell; cards get fresh ids so ids stay unique across the map. */
function copyCell(content: CellContent, newId: NewId): CellContent {
  switch (content.shape) {
    case 'pain-points':
      return { ...content, items: content.items.map((item) => ({ ...item, id: newId() })) };
    case 'opportunities':
      return { ...content, items: content.items.map((item) => ({ ...item, id: newId() })) };
    case 'metrics':
      return { ...content, items: content.items.map((item) => ({ ...item, id: newId() })) };
    default:
      return content;
  }
}

/** The operation that inserts a copy of a stage (steps and cells included) right after it. */
export function duplicateStageOperation(
  map: JourneyMap,
  stageId: string,
  name: string,
  newId: NewId = createId,
): MapOperation {
  const index = map.stages.findIndex((stage) => stage.id === stageId);
  const stage = map.stages[index];
  if (!stage) throw new MapOperationError('not-found', `stage "${stageId}" does not exist`, ['stageId']);
  const stepIds = new Map(stage.steps.map((step) => [step.id, newId()]));
  const cells: Record<string, Record<string, CellContent>> = {};
  for (const lane of map.lanes) {
    for (const step of stage.steps) {
      const content = cellAt(map.cells, lane.id, step.id);
      const copyId = stepIds.get(step.id);
      if (content && copyId)
        cells[lane.id] = { ...rowAt(cells, lane.id), [copyId]: copyCell(content, newId) };
    }
  }
  return {
    type: 'addStage',
    index: index + 1,
    stage: {
      ...stage,
      id: newId(),
      name,
      steps: stage.steps.map((step) => ({ ...step, id: stepIds.get(step.id) ?? newId() })),
    },
    cells,
  };
}

/** The operation that inserts a copy of a step (with its cells) right after it. */
export function duplicateStepOperation(
  map: JourneyMap,
  stepId: string,
  name: string,
  newId: NewId = createId,
): MapOperation {
  for (const stage of map.stages) {
    const index = stage.steps.findIndex((step) => step.id === stepId);
    const step = stage.steps[index];
    if (!step) continue;
    const copyId = newId();
    const cells: Record<string, CellContent> = {};
    for (const lane of map.lanes) {
      const content = cellAt(map.cells, lane.id, stepId);
      if (content) cells[lane.id] = copyCell(content, newId);
    }
    return {
      type: 'addStep',
      stageId: stage.id,
      index: index + 1,
      step: { ...step, id: copyId, name },
      cells,
    };
  }
  throw new MapOperationError('not-found', `step "${stepId}" does not exist`, ['stepId']);
}

/** The operation that inserts a copy of a lane (with its cells) right below it. */
export function duplicateLaneOperation(
  map: JourneyMap,
  laneId: string,
  name: string,
  newId: NewId = createId,
): MapOperation {
  const index = map.lanes.findIndex((lane) => lane.id === laneId);
  const lane = map.lanes[index];
  if (!lane) throw new MapOperationError('not-found', `lane "${laneId}" does not exist`, ['laneId']);
  const copyId = newId();
  const cells: Record<string, CellContent> = {};
  for (const [stepId, content] of Object.entries(rowAt(map.cells, laneId)))
    cells[stepId] = copyCell(content, newId);
  return { type: 'addLane', index: index + 1, lane: { ...lane, id: copyId, name }, cells };
}
