import { describe, expect, it } from 'vitest';
import { metricsCellSchema } from './cell-content.js';
import { kpiStanding } from './metric-measure.js';

describe('KPI measures', () => {
  it('reads metrics cells saved before measures existed, and keeps a measure', () => {
    const item = { id: 'k', name: 'Checkout completion' };
    expect(metricsCellSchema.parse({ shape: 'metrics', items: [item] }).items[0]?.measure).toBeUndefined();
    const measure = {
      kind: 'median-time',
      from: { kind: 'stage', stageId: 'a' },
      to: { kind: 'touchpoint', touchpointId: 'tp-b' },
      unit: 'hour',
    };
    expect(
      metricsCellSchema.parse({ shape: 'metrics', items: [{ ...item, measure }] }).items[0]?.measure,
    ).toEqual(measure);
    expect(() =>
      metricsCellSchema.parse({ shape: 'metrics', items: [{ ...item, measure: { kind: 'ratio' } }] }),
    ).toThrow();
  });

  it('is met at or beyond the target, near within a tenth of it, otherwise missed', () => {
    expect(kpiStanding(70, 70, 'higher-is-better')).toBe('met');
    expect(kpiStanding(64, 70, 'higher-is-better')).toBe('near');
    expect(kpiStanding(62, 70, 'higher-is-better')).toBe('missed');
    expect(kpiStanding(2, 2, 'lower-is-better')).toBe('met');
    expect(kpiStanding(2.2, 2, 'lower-is-better')).toBe('near');
    expect(kpiStanding(3, 2, 'lower-is-better')).toBe('missed');
    expect(kpiStanding(3, null, 'lower-is-better')).toBeNull();
  });
});
