import { expect } from 'vitest';
import { applyOperation } from '../apply-operation.js';
import type { AppliedOperation } from '../apply-operation.js';
import { journeyMapSchema } from '../journey-map.js';
import type { JourneyMap, JourneyMapInput } from '../journey-map.js';
import { MapOperationError } from '../map-operation-error.js';
import type { MapOperationErrorCode } from '../map-operation-error.js';
import { mapOperationSchema } from '../operations.js';
import type { MapOperationInput } from '../operations.js';

/** Freezes a value and everything in it, so that any mutation throws. */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/** A parsed, deep-frozen map: every test that edits it also proves the edit does not mutate it. */
export function frozenMap(input: JourneyMapInput): JourneyMap {
  return deepFreeze(journeyMapSchema.parse(input));
}

/**
 * Two stages of two steps each, lanes of four kinds (text, emotion, touchpoints and the line of
 * visibility, which holds no cells), one resource and a few cells.
 */
export function smallMap(): JourneyMap {
  return frozenMap({
    id: 'map-1',
    title: 'Buying a bike',
    stages: [
      {
        id: 'discover',
        name: 'Discover',
        steps: [
          { id: 'search', name: 'Search' },
          { id: 'compare', name: 'Compare' },
        ],
      },
      {
        id: 'buy',
        name: 'Buy',
        colour: '#112233',
        steps: [
          { id: 'checkout', name: 'Checkout' },
          { id: 'pay', name: 'Pay', milestone: 'first-purchase' },
        ],
      },
    ],
    lanes: [
      { id: 'actions', kind: 'actions', name: 'Actions' },
      { id: 'emotions', kind: 'emotions', name: 'Emotions' },
      { id: 'touchpoints', kind: 'touchpoints', name: 'Touchpoints' },
      { id: 'visibility', kind: 'line-of-visibility', name: 'Line of visibility' },
    ],
    resources: [{ id: 'budget', kind: 'have', name: 'Budget' }],
    cells: {
      actions: {
        search: { shape: 'text', text: 'Searches the web' },
        checkout: { shape: 'text', text: 'Fills in the form' },
      },
      emotions: {
        search: { shape: 'emotion', score: 1 },
        pay: { shape: 'emotion', score: -2, note: 'Fees!' },
      },
      touchpoints: { compare: { shape: 'touchpoints', touchpointIds: ['tp-reviews'] } },
    },
  });
}

/** Parses the operation as the server does, then applies it. */
export function apply(map: JourneyMap, input: MapOperationInput): AppliedOperation {
  return applyOperation(map, mapOperationSchema.parse(input));
}

/** Applies, then applies the inverse, and checks that gives back the map. */
export function applyAndUndo(map: JourneyMap, input: MapOperationInput): AppliedOperation {
  const applied = apply(map, input);
  expect(applyOperation(deepFreeze(applied.map), applied.inverse).map).toEqual(map);
  return applied;
}

/** The MapOperationError that `act` throws; fails the test when it throws nothing or another error. */
export function operationError(act: () => unknown): MapOperationError {
  try {
    act();
  } catch (error) {
    if (error instanceof MapOperationError) return error;
    throw error;
  }
  throw new Error('expected a MapOperationError, but nothing was thrown');
}

/** Checks that applying `input` to `map` fails with `code` (and `path`, when given). */
export function expectRejected(
  map: JourneyMap,
  input: MapOperationInput,
  code: MapOperationErrorCode,
  path?: (string | number)[],
): MapOperationError {
  const error = operationError(() => apply(map, input));
  expect(error.code).toBe(code);
  if (path) expect(error.path).toEqual(path);
  return error;
}

export const stageIds = (map: JourneyMap) => map.stages.map((stage) => stage.id);
export const stepIdsOf = (map: JourneyMap, stageId: string) =>
  map.stages.find((stage) => stage.id === stageId)?.steps.map((step) => step.id);
export const laneIds = (map: JourneyMap) => map.lanes.map((lane) => lane.id);
