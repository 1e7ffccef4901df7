import { describe, expect, it } from 'vitest';
import { mapOperationSchema } from './operations.js';

describe('operation change sets', () => {
  it('carry only the fields given, so an edit never resets the others to defaults', () => {
    expect(mapOperationSchema.parse({ type: 'updateMap', changes: { status: 'published' } })).toEqual({
      type: 'updateMap',
      changes: { status: 'published' },
    });
    expect(mapOperationSchema.parse({ type: 'updateStep', stepId: 's1', changes: { name: 'Pay' } })).toEqual({
      type: 'updateStep',
      stepId: 's1',
      changes: { name: 'Pay' },
    });
    expect(
      mapOperationSchema.parse({ type: 'updateStage', stageId: 'a', changes: { colour: '#112233' } }),
    ).toEqual({
      type: 'updateStage',
      stageId: 'a',
      changes: { colour: '#112233' },
    });
    expect(mapOperationSchema.parse({ type: 'updateLane', laneId: 'l', changes: {} })).toEqual({
      type: 'updateLane',
      laneId: 'l',
      changes: {},
    });
  });

  it('still validate the fields they carry', () => {
    expect(mapOperationSchema.safeParse({ type: 'updateMap', changes: { status: 'gone' } }).success).toBe(
      false,
    );
    expect(
      mapOperationSchema.safeParse({ type: 'updateStep', stepId: 's', changes: { name: '' } }).success,
    ).toBe(false);
  });
});
