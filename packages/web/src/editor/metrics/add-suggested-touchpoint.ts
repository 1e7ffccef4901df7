import { createId, type EventMatcher, type MapOperation } from '@safar/core';
import type { MapEditor } from '../useMapEditor';

/**
 * The edit that places a catalogue touchpoint in a step: into the step's cell of the map's first
 * touchpoints lane, or a new touchpoints lane when the map has none.
 */
export function placeTouchpointOperation(
  editor: MapEditor,
  stepId: string,
  touchpointId: string,
  newLaneName: string,
): MapOperation {
  const { map } = editor;
  const lane = map.lanes.find((candidate) => candidate.kind === 'touchpoints');
  if (!lane)
    return {
      type: 'addLane',
      index: map.lanes.length,
      lane: { id: createId(), kind: 'touchpoints', name: newLaneName, description: '' },
      cells: { [stepId]: { shape: 'touchpoints', touchpointIds: [touchpointId] } },
    };
  const cell = map.cells[lane.id]?.[stepId];
  const existing = cell?.shape === 'touchpoints' ? cell.touchpointIds : [];
  return {
    type: 'setCell',
    laneId: lane.id,
    stepId,
    content: { shape: 'touchpoints', touchpointIds: [...existing, touchpointId] },
  };
}

/** A catalogue draft for an unmapped event: pages and screens on their digital channel. */
export function suggestedTouchpointDraft(suggestion: { event: string; matcher: EventMatcher }, name: string) {
  return {
    name: name.slice(0, 200),
    channel: suggestion.event === 'screen' ? 'mobile-app' : 'website',
    eventMatcher: suggestion.matcher,
  };
}
