import { cellAt } from './cell-lookup.js';
import type { JourneyMap } from './journey-map.js';

export interface CellLocation {
  readonly stageId: string;
  readonly stepId: string;
  readonly laneId: string;
}

/** Every catalogue touchpoint a map's cells refer to. */
export function referencedTouchpointIds(map: JourneyMap): Set<string> {
  const ids = new Set<string>();
  for (const row of Object.values(map.cells)) {
    for (const content of Object.values(row)) {
      if (content.shape === 'touchpoints') content.touchpointIds.forEach((id) => ids.add(id));
    }
  }
  return ids;
}

/** Where on a map one touchpoint is used, in map order (stages, then steps, then lanes). */
export function touchpointLocations(map: JourneyMap, touchpointId: string): CellLocation[] {
  const locations: CellLocation[] = [];
  for (const stage of map.stages) {
    for (const step of stage.steps) {
      for (const lane of map.lanes) {
        const content = cellAt(map.cells, lane.id, step.id);
        if (content?.shape === 'touchpoints' && content.touchpointIds.includes(touchpointId)) {
          locations.push({ stageId: stage.id, stepId: step.id, laneId: lane.id });
        }
      }
    }
  }
  return locations;
}
