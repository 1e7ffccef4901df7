import { describe, expect, it } from 'vitest';
import {
  applyAndUndo,
  expectRejected,
  laneIds,
  smallMap,
  stageIds,
  stepIdsOf,
} from './test-support/fixture-map.js';

// Cells, map fields, resources and batches: apply-operation.cells.test.ts.

describe('addStage', () => {
  it('inserts the stage with its cells; the inverse deletes it', () => {
    const map = smallMap();
    const { map: edited, inverse } = applyAndUndo(map, {
      type: 'addStage',
      index: 1,
      stage: { id: 'use', name: 'Use', steps: [{ id: 'ride', name: 'Ride' }] },
      cells: { emotions: { ride: { shape: 'emotion', score: 2 } } },
    });
    expect(stageIds(edited)).toEqual(['discover', 'use', 'buy']);
    expect(edited.stages[1]).toMatchObject({ description: '', colour: '#5b8def' });
    expect(edited.cells['emotions']).toEqual({
      search: { shape: 'emotion', score: 1, note: '' },
      pay: { shape: 'emotion', score: -2, note: 'Fees!' },
      ride: { shape: 'emotion', score: 2, note: '' },
    });
    expect(inverse).toEqual({ type: 'deleteStage', stageId: 'use' });
  });

  it('appends at index = length, and rejects an index past the end', () => {
    const stage = { id: 'use', name: 'Use', steps: [] };
    expect(stageIds(applyAndUndo(smallMap(), { type: 'addStage', index: 2, stage }).map)).toEqual([
      'discover',
      'buy',
      'use',
    ]);
    expectRejected(smallMap(), { type: 'addStage', index: 3, stage }, 'out-of-range', ['index']);
  });

  it('rejects an id already used by a stage, a step or a lane', () => {
    const map = smallMap();
    expectRejected(
      map,
      { type: 'addStage', index: 0, stage: { id: 'buy', name: 'X', steps: [] } },
      'invalid',
    );
    expectRejected(
      map,
      { type: 'addStage', index: 0, stage: { id: 'actions', name: 'X', steps: [] } },
      'invalid',
    );
    const error = expectRejected(
      map,
      { type: 'addStage', index: 0, stage: { id: 'use', name: 'Use', steps: [{ id: 'pay', name: 'Pay' }] } },
      'invalid',
    );
    expect(error.message).toContain('duplicate id "pay"');
  });

  it('rejects cells for a step that is not in the added stage', () => {
    expectRejected(
      smallMap(),
      {
        type: 'addStage',
        index: 0,
        stage: { id: 'use', name: 'Use', steps: [{ id: 'ride', name: 'Ride' }] },
        cells: { actions: { compare: { shape: 'text', text: 'Elsewhere' } } },
      },
      'invalid',
      ['cells', 'actions', 'compare'],
    );
  });

  it('rejects cells for a lane that does not exist or of the wrong shape', () => {
    const stage = { id: 'use', name: 'Use', steps: [{ id: 'ride', name: 'Ride' }] };
    expectRejected(
      smallMap(),
      { type: 'addStage', index: 0, stage, cells: { nowhere: { ride: { shape: 'text', text: 'x' } } } },
      'invalid',
      ['cells', 'nowhere'],
    );
    expectRejected(
      smallMap(),
      { type: 'addStage', index: 0, stage, cells: { emotions: { ride: { shape: 'text', text: 'x' } } } },
      'invalid',
      ['cells', 'emotions', 'ride', 'shape'],
    );
  });
});

describe('deleteStage', () => {
  it('removes the stage and every cell of its steps; the inverse restores both', () => {
    const map = smallMap();
    const { map: edited, inverse } = applyAndUndo(map, { type: 'deleteStage', stageId: 'buy' });
    expect(stageIds(edited)).toEqual(['discover']);
    expect(edited.cells).toEqual({
      actions: { search: { shape: 'text', text: 'Searches the web' } },
      emotions: { search: { shape: 'emotion', score: 1, note: '' } },
      touchpoints: { compare: { shape: 'touchpoints', touchpointIds: ['tp-reviews'] } },
    });
    expect(inverse).toEqual({
      type: 'addStage',
      index: 1,
      stage: map.stages[1],
      cells: {
        actions: { checkout: { shape: 'text', text: 'Fills in the form' } },
        emotions: { pay: { shape: 'emotion', score: -2, note: 'Fees!' } },
      },
    });
  });

  it('drops a row that has no cells left', () => {
    const { map: edited } = applyAndUndo(smallMap(), { type: 'deleteStage', stageId: 'discover' });
    expect(Object.keys(edited.cells).sort()).toEqual(['actions', 'emotions']);
  });

  it('rejects an unknown stage', () => {
    expectRejected(smallMap(), { type: 'deleteStage', stageId: 'nope' }, 'not-found', ['stageId']);
  });
});

describe('moveStage', () => {
  it('moves the stage; the inverse moves it back', () => {
    const { map: edited, inverse } = applyAndUndo(smallMap(), {
      type: 'moveStage',
      stageId: 'buy',
      toIndex: 0,
    });
    expect(stageIds(edited)).toEqual(['buy', 'discover']);
    expect(edited.cells).toEqual(smallMap().cells);
    expect(inverse).toEqual({ type: 'moveStage', stageId: 'buy', toIndex: 1 });
  });

  it('rejects an index past the end and an unknown stage', () => {
    expectRejected(smallMap(), { type: 'moveStage', stageId: 'buy', toIndex: 2 }, 'out-of-range', [
      'toIndex',
    ]);
    expectRejected(smallMap(), { type: 'moveStage', stageId: 'nope', toIndex: 0 }, 'not-found', ['stageId']);
  });
});

describe('updateStage', () => {
  it('changes only the fields given; the inverse carries their old values', () => {
    const { map: edited, inverse } = applyAndUndo(smallMap(), {
      type: 'updateStage',
      stageId: 'buy',
      changes: { name: 'Purchase', icon: 'cart' },
    });
    expect(edited.stages[1]).toEqual({ ...smallMap().stages[1], name: 'Purchase', icon: 'cart' });
    expect(edited.stages[1]?.colour).toBe('#112233');
    expect(inverse).toEqual({ type: 'updateStage', stageId: 'buy', changes: { name: 'Buy', icon: '' } });
  });

  it('rejects an unknown stage', () => {
    expectRejected(smallMap(), { type: 'updateStage', stageId: 'nope', changes: {} }, 'not-found', [
      'stageId',
    ]);
  });
});

describe('addStep', () => {
  it('inserts the step with its cells; the inverse deletes it', () => {
    const { map: edited, inverse } = applyAndUndo(smallMap(), {
      type: 'addStep',
      stageId: 'buy',
      index: 1,
      step: { id: 'confirm', name: 'Confirm' },
      cells: { actions: { shape: 'text', text: 'Clicks confirm' } },
    });
    expect(stepIdsOf(edited, 'buy')).toEqual(['checkout', 'confirm', 'pay']);
    expect(edited.cells['actions']?.['confirm']).toEqual({ shape: 'text', text: 'Clicks confirm' });
    expect(inverse).toEqual({ type: 'deleteStep', stepId: 'confirm' });
  });

  it('rejects an unknown stage, an index past the end and a duplicate id', () => {
    const step = { id: 'confirm', name: 'Confirm' };
    expectRejected(smallMap(), { type: 'addStep', stageId: 'nope', index: 0, step }, 'not-found', [
      'stageId',
    ]);
    expectRejected(smallMap(), { type: 'addStep', stageId: 'buy', index: 3, step }, 'out-of-range', [
      'index',
    ]);
    expectRejected(
      smallMap(),
      { type: 'addStep', stageId: 'buy', index: 0, step: { id: 'search', name: 'Again' } },
      'invalid',
      ['stages', 1, 'steps', 0, 'id'],
    );
  });

  it('rejects a cell on the line of visibility', () => {
    expectRejected(
      smallMap(),
      {
        type: 'addStep',
        stageId: 'buy',
        index: 0,
        step: { id: 'confirm', name: 'Confirm' },
        cells: { visibility: { shape: 'text', text: 'Above or below?' } },
      },
      'invalid',
      ['cells', 'visibility', 'confirm'],
    );
  });
});

describe('deleteStep', () => {
  it('removes the step and its cells; the inverse restores both at the same place', () => {
    const { map: edited, inverse } = applyAndUndo(smallMap(), { type: 'deleteStep', stepId: 'search' });
    expect(stepIdsOf(edited, 'discover')).toEqual(['compare']);
    expect(edited.cells['actions']).toEqual({ checkout: { shape: 'text', text: 'Fills in the form' } });
    expect(edited.cells['emotions']).toEqual({ pay: { shape: 'emotion', score: -2, note: 'Fees!' } });
    expect(inverse).toEqual({
      type: 'addStep',
      stageId: 'discover',
      index: 0,
      step: smallMap().stages[0]?.steps[0],
      cells: {
        actions: { shape: 'text', text: 'Searches the web' },
        emotions: { shape: 'emotion', score: 1, note: '' },
      },
    });
  });

  it('rejects an unknown step', () => {
    expectRejected(smallMap(), { type: 'deleteStep', stepId: 'nope' }, 'not-found', ['stepId']);
  });
});

describe('moveStep', () => {
  it('moves a step to another stage and back, keeping its cells', () => {
    const map = smallMap();
    const { map: moved, inverse } = applyAndUndo(map, {
      type: 'moveStep',
      stepId: 'compare',
      toStageId: 'buy',
      toIndex: 2,
    });
    expect(stepIdsOf(moved, 'discover')).toEqual(['search']);
    expect(stepIdsOf(moved, 'buy')).toEqual(['checkout', 'pay', 'compare']);
    expect(moved.cells).toEqual(map.cells);
    expect(inverse).toEqual({ type: 'moveStep', stepId: 'compare', toStageId: 'discover', toIndex: 1 });

    const { map: back } = applyAndUndo(moved, {
      type: 'moveStep',
      stepId: 'compare',
      toStageId: 'discover',
      toIndex: 1,
    });
    expect(back).toEqual(map);
  });

  it('moves a step within its stage', () => {
    const { map: moved } = applyAndUndo(smallMap(), {
      type: 'moveStep',
      stepId: 'checkout',
      toStageId: 'buy',
      toIndex: 1,
    });
    expect(stepIdsOf(moved, 'buy')).toEqual(['pay', 'checkout']);
  });

  it('moves a step into an empty stage', () => {
    let map = applyAndUndo(smallMap(), {
      type: 'addStage',
      index: 2,
      stage: { id: 'use', name: 'Use', steps: [] },
    }).map;
    map = applyAndUndo(map, { type: 'moveStep', stepId: 'pay', toStageId: 'use', toIndex: 0 }).map;
    expect(stepIdsOf(map, 'use')).toEqual(['pay']);
  });

  it('rejects an index past the end, an unknown step and an unknown target stage', () => {
    // Within its own stage the step is taken out first, so the last index is 1, not 2.
    expectRejected(
      smallMap(),
      { type: 'moveStep', stepId: 'checkout', toStageId: 'buy', toIndex: 2 },
      'out-of-range',
      ['toIndex'],
    );
    expectRejected(
      smallMap(),
      { type: 'moveStep', stepId: 'compare', toStageId: 'buy', toIndex: 3 },
      'out-of-range',
      ['toIndex'],
    );
    expectRejected(
      smallMap(),
      { type: 'moveStep', stepId: 'nope', toStageId: 'buy', toIndex: 0 },
      'not-found',
      ['stepId'],
    );
    expectRejected(
      smallMap(),
      { type: 'moveStep', stepId: 'pay', toStageId: 'nope', toIndex: 0 },
      'not-found',
      ['toStageId'],
    );
  });
});

describe('updateStep', () => {
  it('changes only the fields given, including setting a milestone back to null', () => {
    const { map: edited, inverse } = applyAndUndo(smallMap(), {
      type: 'updateStep',
      stepId: 'pay',
      changes: { milestone: null, momentOfTruth: true },
    });
    expect(edited.stages[1]?.steps[1]).toEqual({
      id: 'pay',
      name: 'Pay',
      description: '',
      milestone: null,
      momentOfTruth: true,
    });
    expect(inverse).toEqual({
      type: 'updateStep',
      stepId: 'pay',
      changes: { milestone: 'first-purchase', momentOfTruth: false },
    });
  });

  it('rejects an unknown step', () => {
    expectRejected(smallMap(), { type: 'updateStep', stepId: 'nope', changes: {} }, 'not-found', ['stepId']);
  });
});

describe('addLane', () => {
  it('inserts the lane with its cells; the inverse deletes it', () => {
    const { map: edited, inverse } = applyAndUndo(smallMap(), {
      type: 'addLane',
      index: 1,
      lane: { id: 'pains', kind: 'pain-points', name: 'Pain points' },
      cells: { pay: { shape: 'pain-points', items: [{ id: 'pp-fees', text: 'Hidden fees' }] } },
    });
    expect(laneIds(edited)).toEqual(['actions', 'pains', 'emotions', 'touchpoints', 'visibility']);
    expect(edited.cells['pains']).toEqual({
      pay: { shape: 'pain-points', items: [{ id: 'pp-fees', text: 'Hidden fees', severity: 3 }] },
    });
    expect(inverse).toEqual({ type: 'deleteLane', laneId: 'pains' });
  });

  it('adds no row for a lane without cells', () => {
    const { map: edited } = applyAndUndo(smallMap(), {
      type: 'addLane',
      index: 4,
      lane: { id: 'goals', kind: 'goals', name: 'Goals' },
    });
    expect(laneIds(edited).at(-1)).toBe('goals');
    expect(Object.keys(edited.cells)).not.toContain('goals');
  });

  it('rejects an index past the end, a duplicate id, and cells that do not fit', () => {
    const lane = { id: 'goals', kind: 'goals', name: 'Goals' } as const;
    expectRejected(smallMap(), { type: 'addLane', index: 5, lane }, 'out-of-range', ['index']);
    expectRejected(smallMap(), { type: 'addLane', index: 0, lane: { ...lane, id: 'pay' } }, 'invalid');
    expectRejected(
      smallMap(),
      { type: 'addLane', index: 0, lane, cells: { nope: { shape: 'text', text: 'x' } } },
      'invalid',
      ['cells', 'goals', 'nope'],
    );
    expectRejected(
      smallMap(),
      {
        type: 'addLane',
        index: 0,
        lane: { id: 'line', kind: 'line-of-visibility', name: 'Line' },
        cells: { pay: { shape: 'text', text: 'x' } },
      },
      'invalid',
      ['cells', 'line', 'pay'],
    );
  });
});

describe('deleteLane', () => {
  it('removes the lane and its row; the inverse restores both', () => {
    const { map: edited, inverse } = applyAndUndo(smallMap(), { type: 'deleteLane', laneId: 'emotions' });
    expect(laneIds(edited)).toEqual(['actions', 'touchpoints', 'visibility']);
    expect(Object.keys(edited.cells)).not.toContain('emotions');
    expect(inverse).toEqual({
      type: 'addLane',
      index: 1,
      lane: smallMap().lanes[1],
      cells: smallMap().cells['emotions'],
    });
  });

  it('deletes a lane without cells, and rejects an unknown lane', () => {
    const { inverse } = applyAndUndo(smallMap(), { type: 'deleteLane', laneId: 'visibility' });
    expect(inverse).toMatchObject({ type: 'addLane', index: 3, cells: {} });
    expectRejected(smallMap(), { type: 'deleteLane', laneId: 'nope' }, 'not-found', ['laneId']);
  });
});

describe('moveLane', () => {
  it('moves the lane; the inverse moves it back', () => {
    const { map: edited, inverse } = applyAndUndo(smallMap(), {
      type: 'moveLane',
      laneId: 'actions',
      toIndex: 3,
    });
    expect(laneIds(edited)).toEqual(['emotions', 'touchpoints', 'visibility', 'actions']);
    expect(inverse).toEqual({ type: 'moveLane', laneId: 'actions', toIndex: 0 });
  });

  it('rejects an index past the end and an unknown lane', () => {
    expectRejected(smallMap(), { type: 'moveLane', laneId: 'actions', toIndex: 4 }, 'out-of-range', [
      'toIndex',
    ]);
    expectRejected(smallMap(), { type: 'moveLane', laneId: 'nope', toIndex: 0 }, 'not-found', ['laneId']);
  });
});

describe('updateLane', () => {
  it('changes name and description, but never the kind', () => {
    // A lane's kind decides the shape of its cells, so a change set cannot carry it.
    const changes = { name: 'Feelings', kind: 'text' };
    const { map: edited, inverse } = applyAndUndo(smallMap(), {
      type: 'updateLane',
      laneId: 'emotions',
      changes,
    });
    expect(edited.lanes[1]).toEqual({ id: 'emotions', kind: 'emotions', name: 'Feelings', description: '' });
    expect(inverse).toEqual({ type: 'updateLane', laneId: 'emotions', changes: { name: 'Emotions' } });
  });

  it('rejects an unknown lane', () => {
    expectRejected(smallMap(), { type: 'updateLane', laneId: 'nope', changes: {} }, 'not-found', ['laneId']);
  });
});
