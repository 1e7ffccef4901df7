import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyOperation } from './apply-operation.js';
import { cellAt, rowAt } from './cell-lookup.js';
import { duplicateLaneOperation, duplicateStageOperation, duplicateStepOperation } from './duplicate.js';
import { journeyMapProblems } from './journey-map-problems.js';
import { arbitraryJourneyMap } from './test-support/map-arbitraries.js';

const counter = () => {
  let next = 0;
  return () => `copy-${next++}`;
};

describe('duplicating', () => {
  it('keeps the map valid and copies every cell of what it duplicates, for any map', () => {
    fc.assert(
      fc.property(arbitraryJourneyMap(), (map) => {
        for (const stage of map.stages) {
          const result = applyOperation(map, duplicateStageOperation(map, stage.id, 'Copy', counter())).map;
          expect(journeyMapProblems(result)).toEqual([]);
          expect(result.stages).toHaveLength(map.stages.length + 1);
        }
        for (const step of map.stages.flatMap((stage) => stage.steps)) {
          const result = applyOperation(map, duplicateStepOperation(map, step.id, 'Copy', counter())).map;
          expect(journeyMapProblems(result)).toEqual([]);
          const copies = map.lanes.filter((lane) => cellAt(map.cells, lane.id, step.id)).length;
          expect(result.lanes.filter((lane) => cellAt(result.cells, lane.id, 'copy-0')).length).toBe(copies);
        }
        for (const lane of map.lanes) {
          const result = applyOperation(map, duplicateLaneOperation(map, lane.id, 'Copy', counter())).map;
          expect(journeyMapProblems(result)).toEqual([]);
          expect(Object.keys(rowAt(result.cells, 'copy-0'))).toEqual(Object.keys(rowAt(map.cells, lane.id)));
        }
      }),
      { numRuns: 100 },
    );
  });
});
