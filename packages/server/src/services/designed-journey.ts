import type { EventMatcher, JourneyMap } from '@safar/core';
import type { ResolvedStep } from '@safar/analytics';
import type { MapService } from './map-service.js';
import { InvalidInputError, NotFoundError } from './service-errors.js';
import type { TouchpointService } from './touchpoint-service.js';

interface CatalogueTouchpoint {
  readonly id: string;
  readonly eventMatcher: EventMatcher | null;
}

/**
 * A map's designed order for conformance (docs/analytics.md): its steps in stage and step order,
 * each standing for the touchpoints placed in it (any lane), as alternatives. A touchpoint placed
 * in several steps belongs to the first; a step left with no touchpoint that has an event matcher
 * is left out, as no event could show it happened.
 */
export function designedStepsOfMap(
  map: JourneyMap,
  catalogue: readonly CatalogueTouchpoint[],
): ResolvedStep[] {
  const matcherOf = new Map(catalogue.map((touchpoint) => [touchpoint.id, touchpoint.eventMatcher]));
  const placed = new Set<string>();
  const designed: ResolvedStep[] = [];
  for (const stage of map.stages) {
    for (const step of stage.steps) {
      const matchers: EventMatcher[] = [];
      for (const lane of map.lanes) {
        const cell = map.cells[lane.id]?.[step.id];
        if (cell?.shape !== 'touchpoints') continue;
        for (const touchpointId of cell.touchpointIds) {
          if (placed.has(touchpointId)) continue;
          placed.add(touchpointId);
          const matcher = matcherOf.get(touchpointId);
          if (matcher) matchers.push(matcher);
        }
      }
      if (matchers.length > 0) designed.push({ label: step.name, matchers });
    }
  }
  return designed;
}

/** The designed order of a stored map, refused with a 400 naming `mapId` when it cannot be measured. */
export async function designedStepsOfStoredMap(
  maps: MapService,
  touchpoints: TouchpointService,
  workspaceId: string,
  mapId: string,
): Promise<ResolvedStep[]> {
  const stored = await maps.get(workspaceId, mapId).catch((error: unknown) => {
    if (error instanceof NotFoundError) throw mapRefusal(`map ${mapId} does not exist`);
    throw error;
  });
  const catalogue = (await touchpoints.list(workspaceId)).map((entry) => entry.touchpoint);
  const designed = designedStepsOfMap(stored.map, catalogue);
  if (designed.length < 2)
    throw mapRefusal(
      `map ${mapId} has ${designed.length} step${designed.length === 1 ? '' : 's'} with a touchpoint that has an event matcher; conformance needs at least two`,
    );
  return designed;
}

function mapRefusal(message: string): InvalidInputError {
  return new InvalidInputError(`mapId: ${message}`, [{ path: 'mapId', message }]);
}
