import type { z } from 'zod';
import { CELL_SHAPE_OF_LANE } from './lane-kind.js';
import type { journeyMapFieldsSchema } from './journey-map.js';

export interface MapProblem {
  readonly path: (string | number)[];
  readonly message: string;
}

type MapFields = z.infer<typeof journeyMapFieldsSchema>;

/**
 * The rules a map must keep beyond the shape of each field. Shared by the schema (to reject
 * bad input) and the operations (to reject an edit that would break the document).
 */
export function journeyMapProblems(map: MapFields): MapProblem[] {
  const problems: MapProblem[] = [];
  const seen = new Map<string, string>();
  const claim = (id: string, what: string, path: (string | number)[]) => {
    const earlier = seen.get(id);
    if (earlier) problems.push({ path, message: `duplicate id "${id}" (already used by a ${earlier})` });
    else seen.set(id, what);
  };

  map.stages.forEach((stage, stageIndex) => {
    claim(stage.id, 'stage', ['stages', stageIndex, 'id']);
    stage.steps.forEach((step, stepIndex) =>
      claim(step.id, 'step', ['stages', stageIndex, 'steps', stepIndex, 'id']),
    );
  });
  map.lanes.forEach((lane, laneIndex) => claim(lane.id, 'lane', ['lanes', laneIndex, 'id']));
  map.resources.forEach((resource, index) => claim(resource.id, 'resource', ['resources', index, 'id']));

  const stepIds = new Set(map.stages.flatMap((stage) => stage.steps.map((step) => step.id)));
  const lanesById = new Map(map.lanes.map((lane) => [lane.id, lane]));

  for (const [laneId, row] of Object.entries(map.cells)) {
    const lane = lanesById.get(laneId);
    if (!lane) {
      problems.push({
        path: ['cells', laneId],
        message: `cells refer to lane "${laneId}", which does not exist`,
      });
      continue;
    }
    const expected = CELL_SHAPE_OF_LANE[lane.kind];
    for (const [stepId, content] of Object.entries(row)) {
      const path = ['cells', laneId, stepId];
      if (!stepIds.has(stepId)) {
        problems.push({ path, message: `a cell refers to step "${stepId}", which does not exist` });
      } else if (expected === 'none') {
        problems.push({ path, message: `a "${lane.kind}" lane holds no cells` });
      } else if (content.shape !== expected) {
        problems.push({
          path: [...path, 'shape'],
          message: `a "${lane.kind}" lane holds "${expected}" cells, not "${content.shape}"`,
        });
      } else if (
        content.shape === 'pain-points' ||
        content.shape === 'opportunities' ||
        content.shape === 'metrics'
      ) {
        content.items.forEach((item, index) => claim(item.id, 'cell item', [...path, 'items', index, 'id']));
      } else if (
        content.shape === 'emotion' &&
        (content.score < map.emotionScale.min || content.score > map.emotionScale.max)
      ) {
        problems.push({
          path: [...path, 'score'],
          message: `score ${content.score} is outside the map's emotion scale ${map.emotionScale.min}..${map.emotionScale.max}`,
        });
      }
    }
  }

  if (map.counterpartMapId !== null && map.counterpartMapId === map.id) {
    problems.push({ path: ['counterpartMapId'], message: 'a map cannot be its own counterpart' });
  }
  return problems;
}
