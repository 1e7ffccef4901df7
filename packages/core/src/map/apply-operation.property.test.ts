import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyOperation, applyOperations } from './apply-operation.js';
import type { JourneyMap } from './journey-map.js';
import { journeyMapSchema } from './journey-map.js';
import { journeyMapProblems } from './journey-map-problems.js';
import { MapOperationError } from './map-operation-error.js';
import { mapOperationSchema } from './operations.js';
import type { MapOperation, MapOperationType } from './operations.js';
import {
  applicableOperationTypes,
  arbitraryAnyOperationFor,
  arbitraryJourneyMap,
  arbitraryOperationFor,
  arbitraryOperationInputFor,
  cellEntries,
} from './test-support/arbitraries.js';
import { deepFreeze, operationError } from './test-support/fixture-map.js';

const RUNS = { numRuns: 300 };

/** A map together with one valid operation for it, restricted to `types` when given. */
function arbitraryMapAndOperation(types?: readonly MapOperationType[]) {
  return arbitraryJourneyMap()
    .filter((map) => !types || applicableOperationTypes(map).some((type) => types.includes(type)))
    .chain((map) => arbitraryOperationFor(map, types).map((operation) => ({ map, operation })));
}

/** Applies in order, as a client undoing or redoing one edit at a time would. */
function applyEach(map: JourneyMap, operations: readonly MapOperation[]): JourneyMap {
  return operations.reduce((current, operation) => applyOperation(current, operation).map, map);
}

const cellKeys = (map: JourneyMap) =>
  cellEntries(map.cells)
    .map(({ laneId, stepId, content }) => JSON.stringify([stepId, laneId, content]))
    .sort();
const stepIds = (map: JourneyMap) => map.stages.flatMap((stage) => stage.steps.map((step) => step.id)).sort();
const laneIds = (map: JourneyMap) => map.lanes.map((lane) => lane.id).sort();

describe('applyOperation, for any valid map and valid operation', () => {
  it('generates valid maps', () => {
    fc.assert(
      fc.property(arbitraryJourneyMap(), (map) => {
        expect(journeyMapProblems(map)).toEqual([]);
        expect(journeyMapSchema.parse(map)).toEqual(map);
      }),
      RUNS,
    );
  });

  it('is undone by its inverse', () => {
    fc.assert(
      fc.property(arbitraryMapAndOperation(), ({ map, operation }) => {
        const { map: edited, inverse } = applyOperation(map, operation);
        expect(applyOperation(edited, inverse).map).toEqual(map);
      }),
      RUNS,
    );
  });

  it('returns an inverse that is a well-formed operation (it goes into the audit trail)', () => {
    fc.assert(
      fc.property(arbitraryMapAndOperation(), ({ map, operation }) => {
        const { inverse } = applyOperation(map, operation);
        expect(mapOperationSchema.parse(structuredClone(inverse))).toEqual(inverse);
      }),
      RUNS,
    );
  });

  it('keeps the map valid: no problems, no empty cell rows, and it parses as itself', () => {
    fc.assert(
      fc.property(arbitraryMapAndOperation(), ({ map, operation }) => {
        const { map: edited } = applyOperation(map, operation);
        expect(journeyMapProblems(edited)).toEqual([]);
        for (const row of Object.values(edited.cells)) expect(Object.keys(row)).not.toHaveLength(0);
        expect(journeyMapSchema.parse(edited)).toEqual(edited);
      }),
      RUNS,
    );
  });

  it('never mutates the map or the operation', () => {
    fc.assert(
      fc.property(arbitraryMapAndOperation(), ({ map, operation }) => {
        const mapBefore = structuredClone(map);
        const operationBefore = structuredClone(operation);
        deepFreeze(map);
        deepFreeze(operation);
        const { map: edited, inverse } = applyOperation(map, operation);
        applyOperation(deepFreeze(edited), inverse);
        expect(map).toEqual(mapBefore);
        expect(operation).toEqual(operationBefore);
      }),
      RUNS,
    );
  });
});

describe('updates', () => {
  const UPDATES = ['updateStage', 'updateStep', 'updateLane', 'updateResource', 'updateMap'] as const;

  /** The entity an update edits, looked up by id in `map`. */
  function edited(map: JourneyMap, operation: MapOperation): object | undefined {
    switch (operation.type) {
      case 'updateStage':
        return map.stages.find((stage) => stage.id === operation.stageId);
      case 'updateStep':
        return map.stages.flatMap((stage) => stage.steps).find((step) => step.id === operation.stepId);
      case 'updateLane':
        return map.lanes.find((lane) => lane.id === operation.laneId);
      case 'updateResource':
        return map.resources.find((resource) => resource.id === operation.resourceId);
      default:
        return map;
    }
  }

  it('change exactly the fields the client named, even after parsing', () => {
    fc.assert(
      fc.property(
        arbitraryJourneyMap()
          .filter((map) => applicableOperationTypes(map).some((type) => UPDATES.some((u) => u === type)))
          .chain((map) => arbitraryOperationInputFor(map, UPDATES).map((input) => ({ map, input }))),
        ({ map, input }) => {
          const operation = mapOperationSchema.parse(input);
          const named = 'changes' in input ? Object.keys(input.changes) : [];
          expect('changes' in operation && Object.keys(operation.changes).sort()).toEqual(named.sort());
          const before = edited(map, operation);
          const after = edited(applyOperation(map, operation).map, operation);
          expect(before).toBeDefined();
          const untouched = (entity: object | undefined) =>
            Object.fromEntries(Object.entries(entity ?? {}).filter(([key]) => !named.includes(key)));
          expect(untouched(after)).toEqual(untouched(before));
        },
      ),
      RUNS,
    );
  });
});

describe('deletes', () => {
  it('leave no cell for a deleted step or lane, nor for any step of a deleted stage', () => {
    fc.assert(
      fc.property(
        arbitraryMapAndOperation(['deleteStep', 'deleteLane', 'deleteStage']),
        ({ map, operation }) => {
          const { map: edited } = applyOperation(map, operation);
          const cellStepIds = cellEntries(edited.cells).map((cell) => cell.stepId);
          let deletedSteps: string[] = [];
          if (operation.type === 'deleteLane') {
            expect(Object.keys(edited.cells)).not.toContain(operation.laneId);
            expect(laneIds(edited)).not.toContain(operation.laneId);
          } else if (operation.type === 'deleteStep') {
            deletedSteps = [operation.stepId];
          } else if (operation.type === 'deleteStage') {
            const stage = map.stages.find((candidate) => candidate.id === operation.stageId);
            deletedSteps = stage?.steps.map((step) => step.id) ?? [];
          }
          for (const stepId of deletedSteps) {
            expect(cellStepIds).not.toContain(stepId);
            expect(stepIds(edited)).not.toContain(stepId);
          }
        },
      ),
      RUNS,
    );
  });
});

describe('moves', () => {
  it('never lose content: the same cells, steps and lanes, in a new order', () => {
    fc.assert(
      fc.property(arbitraryMapAndOperation(['moveStage', 'moveStep', 'moveLane']), ({ map, operation }) => {
        const { map: moved } = applyOperation(map, operation);
        expect(cellKeys(moved)).toEqual(cellKeys(map));
        expect(stepIds(moved)).toEqual(stepIds(map));
        expect(laneIds(moved)).toEqual(laneIds(map));
        expect(moved.stages.map((stage) => stage.id).sort()).toEqual(
          map.stages.map((stage) => stage.id).sort(),
        );
      }),
      RUNS,
    );
  });
});

// `gen(() => ...)` rather than `gen(builder, map)`: fast-check caches arbitraries per builder and
// compares the arguments of earlier calls one by one, deeply, so the cost grows quadratically with the runs.
describe('a sequence of 1-20 valid operations', () => {
  it('is undone by its inverses in order, and applyOperations agrees with one-by-one application', () => {
    fc.assert(
      fc.property(arbitraryJourneyMap(), fc.integer({ min: 1, max: 20 }), fc.gen(), (map, count, gen) => {
        const operations: MapOperation[] = [];
        const inverses: MapOperation[] = [];
        let current = map;
        for (let step = 0; step < count; step++) {
          const operation = gen(() => arbitraryOperationFor(current));
          const applied = applyOperation(current, operation);
          operations.push(operation);
          inverses.unshift(applied.inverse);
          current = applied.map;
        }
        expect(applyEach(current, inverses)).toEqual(map);

        const batch = applyOperations(deepFreeze(map), operations);
        expect(batch.map).toEqual(current);
        expect(batch.inverses).toEqual(inverses);
        expect(applyOperations(batch.map, batch.inverses).map).toEqual(map);
      }),
      RUNS,
    );
  });
});

describe('robustness against any well-formed operation', () => {
  it('either gives a valid map whose inverse undoes it, or throws MapOperationError; the input is unchanged', () => {
    fc.assert(
      fc.property(
        arbitraryJourneyMap().chain((map) =>
          arbitraryAnyOperationFor(map).map((operation) => ({ map, operation })),
        ),
        ({ map, operation }) => {
          const before = structuredClone(map);
          deepFreeze(map);
          let result: ReturnType<typeof applyOperation> | undefined;
          try {
            result = applyOperation(map, operation);
          } catch (error) {
            expect(error).toBeInstanceOf(MapOperationError);
          }
          if (result) {
            expect(journeyMapProblems(result.map)).toEqual([]);
            expect(applyOperation(result.map, result.inverse).map).toEqual(before);
          }
          expect(map).toEqual(before);
        },
      ),
      RUNS,
    );
  });

  it('applyOperations is atomic: when operation k fails it throws for k and the input is unchanged', () => {
    fc.assert(
      fc.property(
        arbitraryJourneyMap(),
        fc.integer({ min: 0, max: 6 }),
        fc.integer({ min: 0, max: 3 }),
        fc.gen(),
        (map, validBefore, after, gen) => {
          const operations: MapOperation[] = [];
          let current = map;
          for (let step = 0; step < validBefore; step++) {
            const operation = gen(() => arbitraryOperationFor(current));
            operations.push(operation);
            current = applyOperation(current, operation).map;
          }
          const candidate = gen(() => arbitraryAnyOperationFor(current));
          let failing: MapOperation = { type: 'deleteLane', laneId: 'no-such-lane' };
          try {
            applyOperation(current, candidate);
          } catch {
            failing = candidate;
          }
          const expected = operationError(() => applyOperation(current, failing));
          for (let step = 0; step < after; step++)
            operations.push(gen(() => arbitraryAnyOperationFor(current)));
          operations.splice(validBefore, 0, failing);

          const before = structuredClone(map);
          const error = operationError(() => applyOperations(deepFreeze(map), operations));
          expect(error.code).toBe(expected.code);
          expect(error.path).toEqual([validBefore, ...expected.path]);
          expect(error.message).toContain(`operation ${validBefore} (${failing.type})`);
          expect(map).toEqual(before);
        },
      ),
      RUNS,
    );
  });
});
