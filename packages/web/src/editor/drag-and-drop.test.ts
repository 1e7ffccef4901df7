import { journeyMapSchema, applyOperation } from '@safar/core';
import { describe, expect, it } from 'vitest';
import { dropOperation } from './drag-and-drop';

const map = journeyMapSchema.parse({
  id: 'm',
  title: 'Map',
  stages: [
    {
      id: 'a',
      name: 'A',
      steps: [
        { id: 'a1', name: 'a1' },
        { id: 'a2', name: 'a2' },
      ],
    },
    { id: 'b', name: 'B', steps: [{ id: 'b1', name: 'b1' }] },
  ],
  lanes: [
    { id: 'l1', kind: 'actions', name: 'Actions' },
    { id: 'l2', kind: 'thoughts', name: 'Thoughts' },
  ],
});

const order = (result: typeof map) =>
  result.stages.map((stage) => `${stage.id}[${stage.steps.map((step) => step.id).join(',')}]`).join(' ');

describe('drop operations', () => {
  it('moves a stage onto another stage’s place', () => {
    const operation = dropOperation(map, 'stage:a', 'stage:b');
    expect(operation).toEqual({ type: 'moveStage', stageId: 'a', toIndex: 1 });
  });

  it('moves a step onto another step, also across stages, and to the end of a stage', () => {
    const across = dropOperation(map, 'step:a1', 'step:b1');
    expect(across && order(applyOperation(map, across).map)).toBe('a[a2] b[a1,b1]');
    const within = dropOperation(map, 'step:a1', 'step:a2');
    expect(within && order(applyOperation(map, within).map)).toBe('a[a2,a1] b[b1]');
    const toStage = dropOperation(map, 'step:a1', 'stage:b');
    expect(toStage && order(applyOperation(map, toStage).map)).toBe('a[a2] b[b1,a1]');
  });

  it('moves lanes, and ignores drops on itself or on another kind', () => {
    expect(dropOperation(map, 'lane:l2', 'lane:l1')).toEqual({ type: 'moveLane', laneId: 'l2', toIndex: 0 });
    expect(dropOperation(map, 'lane:l1', 'lane:l1')).toBeNull();
    expect(dropOperation(map, 'lane:l1', 'stage:a')).toBeNull();
  });
});
