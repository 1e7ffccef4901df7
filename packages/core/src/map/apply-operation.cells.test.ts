import { describe, expect, it } from 'vitest';
import { applyOperation, applyOperations } from './apply-operation.js';
import type { CellContentInput } from './cell-content.js';
import { journeyMapProblems } from './journey-map-problems.js';
import { mapOperationSchema } from './operations.js';
import type { MapOperation, MapOperationInput } from './operations.js';
import {
  apply,
  applyAndUndo,
  expectRejected,
  frozenMap,
  operationError,
  smallMap,
  stageIds,
} from './test-support/fixture-map.js';

// Stages, steps and lanes: apply-operation.test.ts.

describe('setCell', () => {
  it('fills an empty cell; the inverse clears it', () => {
    const { map: edited, inverse } = applyAndUndo(smallMap(), {
      type: 'setCell',
      laneId: 'touchpoints',
      stepId: 'pay',
      content: { shape: 'touchpoints', touchpointIds: ['tp-checkout'] },
    });
    expect(edited.cells['touchpoints']?.['pay']).toEqual({
      shape: 'touchpoints',
      touchpointIds: ['tp-checkout'],
    });
    expect(inverse).toEqual({ type: 'clearCell', laneId: 'touchpoints', stepId: 'pay' });
  });

  it('starts a row for a lane that had no cells', () => {
    const map = applyAndUndo(smallMap(), { type: 'deleteLane', laneId: 'touchpoints' }).map;
    const withLane = applyAndUndo(map, {
      type: 'addLane',
      index: 2,
      lane: { id: 'channels', kind: 'channels', name: 'Channels' },
    }).map;
    const { map: edited } = applyAndUndo(withLane, {
      type: 'setCell',
      laneId: 'channels',
      stepId: 'search',
      content: { shape: 'channels', channels: ['search-engine'] },
    });
    expect(edited.cells['channels']).toEqual({ search: { shape: 'channels', channels: ['search-engine'] } });
  });

  it('replaces a cell; the inverse puts the old content back', () => {
    const { map: edited, inverse } = applyAndUndo(smallMap(), {
      type: 'setCell',
      laneId: 'emotions',
      stepId: 'pay',
      content: { shape: 'emotion', score: -1 },
    });
    expect(edited.cells['emotions']?.['pay']).toEqual({ shape: 'emotion', score: -1, note: '' });
    expect(inverse).toEqual({
      type: 'setCell',
      laneId: 'emotions',
      stepId: 'pay',
      content: { shape: 'emotion', score: -2, note: 'Fees!' },
    });
  });

  it('rejects content of the wrong shape for the lane', () => {
    const error = expectRejected(
      smallMap(),
      { type: 'setCell', laneId: 'emotions', stepId: 'compare', content: { shape: 'text', text: 'Happy' } },
      'invalid',
      ['cells', 'emotions', 'compare', 'shape'],
    );
    expect(error.message).toContain('"emotion"');
  });

  it('rejects any cell on the line of visibility', () => {
    expectRejected(
      smallMap(),
      { type: 'setCell', laneId: 'visibility', stepId: 'pay', content: { shape: 'text', text: 'x' } },
      'invalid',
      ['cells', 'visibility', 'pay'],
    );
  });

  it("rejects an emotion score outside the map's scale, and accepts its bounds", () => {
    const at = (score: number): MapOperationInput => ({
      type: 'setCell',
      laneId: 'emotions',
      stepId: 'compare',
      content: { shape: 'emotion', score },
    });
    applyAndUndo(smallMap(), at(-2));
    applyAndUndo(smallMap(), at(2));
    expectRejected(smallMap(), at(3), 'invalid', ['cells', 'emotions', 'compare', 'score']);
    expectRejected(smallMap(), at(-2.5), 'invalid', ['cells', 'emotions', 'compare', 'score']);
  });

  it('rejects item ids already used elsewhere in the map', () => {
    const map = applyAndUndo(smallMap(), {
      type: 'addLane',
      index: 0,
      lane: { id: 'ideas', kind: 'opportunities', name: 'Ideas' },
      cells: { pay: { shape: 'opportunities', items: [{ id: 'op-1', text: 'Show fees early' }] } },
    }).map;
    expectRejected(
      map,
      {
        type: 'setCell',
        laneId: 'ideas',
        stepId: 'search',
        content: { shape: 'opportunities', items: [{ id: 'op-1', text: 'Again' }] },
      },
      'invalid',
    );
    expectRejected(
      map,
      {
        type: 'setCell',
        laneId: 'ideas',
        stepId: 'search',
        content: { shape: 'opportunities', items: [{ id: 'budget', text: 'Same id as the resource' }] },
      },
      'invalid',
    );
  });

  it('rejects an unknown lane or step', () => {
    const content = { shape: 'text', text: 'x' } as const;
    expectRejected(smallMap(), { type: 'setCell', laneId: 'nope', stepId: 'pay', content }, 'not-found', [
      'laneId',
    ]);
    expectRejected(smallMap(), { type: 'setCell', laneId: 'actions', stepId: 'nope', content }, 'not-found', [
      'stepId',
    ]);
  });
});

describe('clearCell', () => {
  it('removes the cell; the inverse sets it again', () => {
    const { map: edited, inverse } = applyAndUndo(smallMap(), {
      type: 'clearCell',
      laneId: 'actions',
      stepId: 'checkout',
    });
    expect(edited.cells['actions']).toEqual({ search: { shape: 'text', text: 'Searches the web' } });
    expect(inverse).toEqual({
      type: 'setCell',
      laneId: 'actions',
      stepId: 'checkout',
      content: { shape: 'text', text: 'Fills in the form' },
    });
  });

  it('removes the row with its last cell', () => {
    const { map: edited } = applyAndUndo(smallMap(), {
      type: 'clearCell',
      laneId: 'touchpoints',
      stepId: 'compare',
    });
    expect(Object.keys(edited.cells)).not.toContain('touchpoints');
  });

  it('rejects an empty cell, and a cell of an unknown lane', () => {
    expectRejected(smallMap(), { type: 'clearCell', laneId: 'actions', stepId: 'pay' }, 'not-found', [
      'stepId',
    ]);
    expectRejected(smallMap(), { type: 'clearCell', laneId: 'nope', stepId: 'pay' }, 'not-found');
  });
});

describe('ids that name Object.prototype members', () => {
  // "constructor" and "toString" are valid ids; a plain `cells[laneId][stepId]` lookup would find
  // the inherited functions under those names and treat them as cells.
  const realCell: CellContentInput = { shape: 'text', text: 'A real cell' };
  const map = () =>
    frozenMap({
      id: 'map-1',
      title: 'Prototype names',
      stages: [
        {
          id: 'stage',
          name: 'Stage',
          steps: [
            { id: 'constructor', name: 'Constructor' },
            { id: 'valueOf', name: 'Value of' },
          ],
        },
      ],
      lanes: [
        { id: 'toString', kind: 'text', name: 'To string' },
        { id: 'hasOwnProperty', kind: 'text', name: 'Has own property' },
      ],
      // A typed constant: under the key `valueOf`, a literal would not be typed as a cell.
      cells: { toString: { valueOf: realCell } },
    });

  it('are not mistaken for cells when clearing', () => {
    expectRejected(map(), { type: 'clearCell', laneId: 'toString', stepId: 'constructor' }, 'not-found');
    expectRejected(
      map(),
      { type: 'clearCell', laneId: 'hasOwnProperty', stepId: 'constructor' },
      'not-found',
    );
  });

  it('are not mistaken for cells when setting: the inverse clears the new cell', () => {
    const { inverse } = applyAndUndo(map(), {
      type: 'setCell',
      laneId: 'toString',
      stepId: 'constructor',
      content: { shape: 'text', text: 'New' },
    });
    expect(inverse).toEqual({ type: 'clearCell', laneId: 'toString', stepId: 'constructor' });
  });

  it('are not mistaken for cells when deleting a step or a lane: the inverses carry only real cells', () => {
    expect(applyAndUndo(map(), { type: 'deleteStep', stepId: 'constructor' }).inverse).toHaveProperty(
      'cells',
      {},
    );
    expect(applyAndUndo(map(), { type: 'deleteStep', stepId: 'valueOf' }).inverse).toHaveProperty('cells', {
      toString: { shape: 'text', text: 'A real cell' },
    });
    expect(applyAndUndo(map(), { type: 'deleteLane', laneId: 'hasOwnProperty' }).inverse).toHaveProperty(
      'cells',
      {},
    );
    expect(applyAndUndo(map(), { type: 'deleteStage', stageId: 'stage' }).inverse).toHaveProperty('cells', {
      toString: { valueOf: { shape: 'text', text: 'A real cell' } },
    });
  });
});

describe('updateMap', () => {
  it('changes only the fields given; the inverse carries their old values', () => {
    const { map: edited, inverse } = applyAndUndo(smallMap(), {
      type: 'updateMap',
      changes: { title: 'Buying an e-bike', status: 'published', tags: ['retail'] },
    });
    expect(edited).toEqual({
      ...smallMap(),
      title: 'Buying an e-bike',
      status: 'published',
      tags: ['retail'],
    });
    expect(inverse).toEqual({
      type: 'updateMap',
      changes: { title: 'Buying a bike', status: 'draft', tags: [] },
    });
  });

  it('widens the emotion scale, but rejects a scale that would strand existing scores', () => {
    applyAndUndo(smallMap(), { type: 'updateMap', changes: { emotionScale: { min: -5, max: 5 } } });
    applyAndUndo(smallMap(), { type: 'updateMap', changes: { emotionScale: { min: -2, max: 1 } } });
    const error = expectRejected(
      smallMap(),
      { type: 'updateMap', changes: { emotionScale: { min: 0, max: 10 } } },
      'invalid',
      ['cells', 'emotions', 'pay', 'score'],
    );
    expect(error.message).toContain('score -2');
  });

  it('rejects making the map its own counterpart', () => {
    expectRejected(smallMap(), { type: 'updateMap', changes: { counterpartMapId: 'map-1' } }, 'invalid', [
      'counterpartMapId',
    ]);
  });
});

describe('resources', () => {
  const resource = { id: 'designer', kind: 'need', name: 'A designer' } as const;

  it('addResource inserts; the inverse deletes', () => {
    const { map: edited, inverse } = applyAndUndo(smallMap(), { type: 'addResource', index: 0, resource });
    expect(edited.resources.map((r) => r.id)).toEqual(['designer', 'budget']);
    expect(inverse).toEqual({ type: 'deleteResource', resourceId: 'designer' });
  });

  it('addResource rejects an index past the end and an id used anywhere in the map', () => {
    expectRejected(smallMap(), { type: 'addResource', index: 2, resource }, 'out-of-range', ['index']);
    expectRejected(
      smallMap(),
      { type: 'addResource', index: 0, resource: { ...resource, id: 'budget' } },
      'invalid',
    );
    expectRejected(
      smallMap(),
      { type: 'addResource', index: 0, resource: { ...resource, id: 'buy' } },
      'invalid',
      ['resources', 0, 'id'],
    );
  });

  it('deleteResource removes; the inverse restores at the same index', () => {
    const { map: edited, inverse } = applyAndUndo(smallMap(), {
      type: 'deleteResource',
      resourceId: 'budget',
    });
    expect(edited.resources).toEqual([]);
    expect(inverse).toEqual({ type: 'addResource', index: 0, resource: smallMap().resources[0] });
    expectRejected(smallMap(), { type: 'deleteResource', resourceId: 'nope' }, 'not-found', ['resourceId']);
  });

  it('updateResource changes only the fields given', () => {
    const { map: edited, inverse } = applyAndUndo(smallMap(), {
      type: 'updateResource',
      resourceId: 'budget',
      changes: { kind: 'need' },
    });
    expect(edited.resources[0]).toEqual({ id: 'budget', kind: 'need', name: 'Budget', description: '' });
    expect(inverse).toEqual({ type: 'updateResource', resourceId: 'budget', changes: { kind: 'have' } });
    expectRejected(smallMap(), { type: 'updateResource', resourceId: 'nope', changes: {} }, 'not-found', [
      'resourceId',
    ]);
  });
});

describe('applyOperations', () => {
  const operations: MapOperation[] = [
    { type: 'deleteStep', stepId: 'search' },
    { type: 'moveStage', stageId: 'buy', toIndex: 0 },
    { type: 'updateMap', changes: { title: 'Renamed' } },
  ].map((input) => mapOperationSchema.parse(input));

  it('applies in order and returns the inverses in undo order', () => {
    const map = smallMap();
    const { map: edited, inverses } = applyOperations(map, operations);
    expect(stageIds(edited)).toEqual(['buy', 'discover']);
    expect(edited.title).toBe('Renamed');
    expect(inverses.map((inverse) => inverse.type)).toEqual(['updateMap', 'moveStage', 'addStep']);
    expect(applyOperations(edited, inverses).map).toEqual(map);
  });

  it('returns the map itself for no operations', () => {
    const map = smallMap();
    expect(applyOperations(map, [])).toEqual({ map, inverses: [] });
  });

  it('is all or nothing: a failing operation throws with its index, and nothing is applied', () => {
    const map = smallMap();
    const failing = mapOperationSchema.parse({ type: 'moveLane', laneId: 'actions', toIndex: 9 });
    const error = operationError(() => applyOperations(map, [...operations, failing]));
    expect(error.code).toBe('out-of-range');
    expect(error.path).toEqual([3, 'toIndex']);
    expect(error.message).toMatch(/^operation 3 \(moveLane\): /);
    expect(map).toEqual(smallMap());
  });

  it('checks each operation against the map the earlier ones produced', () => {
    const error = operationError(() =>
      applyOperations(smallMap(), [
        mapOperationSchema.parse({ type: 'deleteStep', stepId: 'search' }),
        mapOperationSchema.parse({ type: 'clearCell', laneId: 'actions', stepId: 'search' }),
      ]),
    );
    expect(error).toMatchObject({ code: 'not-found', path: [1, 'stepId'] });
  });
});

describe('the fixture', () => {
  it('is a valid map, and an edit of it never mutates it', () => {
    const map = smallMap();
    expect(journeyMapProblems(map)).toEqual([]);
    expect(Object.isFrozen(map.cells['emotions'])).toBe(true);
    expect(() => apply(map, { type: 'deleteStage', stageId: 'discover' })).not.toThrow();
    expect(applyOperation(map, { type: 'moveLane', laneId: 'visibility', toIndex: 0 }).map.lanes[0]?.id).toBe(
      'visibility',
    );
  });
});
