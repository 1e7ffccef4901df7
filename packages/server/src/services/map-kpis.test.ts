import type { FunnelResult } from '@safar/analytics';
import { findTemplate, instantiateTemplate, MAP_TEMPLATES, type JourneyStep } from '@safar/core';
import { describe, expect, it } from 'vitest';
import { computeKpis, kpiPlans, kpiValue } from './map-kpis.js';
import { measuredStageIds } from './map-metrics-plan.js';

function funnel(persons: number[], medianMs: number | null = null): FunnelResult {
  const first = persons[0] ?? 0;
  return {
    breakdown: [],
    steps: persons.map((count, index) => ({
      label: `step ${index}`,
      persons: count,
      conversionFromFirst: first ? count / first : 0,
      conversionFromPrevious: 0,
      droppedOff: 0,
      timeToConvert: index === 0 || medianMs === null ? null : { medianMs, averageMs: medianMs },
    })),
  } as FunnelResult;
}

const from = { kind: 'touchpoint', touchpointId: 'a' } as const;
const to = { kind: 'stage', stageId: 'b' } as const;

describe('KPI cells', () => {
  it('turns a funnel into the measure value in its unit', () => {
    expect(kpiValue({ kind: 'conversion', from, to }, funnel([200, 50]))).toBe(25);
    expect(kpiValue({ kind: 'drop-off', from, to }, funnel([200, 50]))).toBe(75);
    expect(kpiValue({ kind: 'persons', at: from }, funnel([42]))).toBe(42);
    expect(kpiValue({ kind: 'median-time', from, to, unit: 'hour' }, funnel([9, 3], 5_400_000))).toBe(1.5);
    // Nobody to measure is no value, not a zero.
    expect(kpiValue({ kind: 'conversion', from, to }, funnel([0, 0]))).toBeNull();
    expect(kpiValue({ kind: 'median-time', from, to, unit: 'day' }, funnel([5, 0]))).toBeNull();
  });

  it('plans the template KPIs in map order and says which cannot be measured', () => {
    const template = findTemplate('ecommerce-purchase');
    if (!template) throw new Error('no template');
    const { map, touchpoints } = instantiateTemplate(template, { mapId: 'm', locale: 'fa' });
    const plans = kpiPlans(map, touchpoints, measuredStageIds(map, touchpoints));
    const checkout = plans.find((plan) => plan.stepId === 'go-to-checkout');
    expect(checkout?.funnel).toEqual([
      { kind: 'touchpoint', touchpointId: 'tp-checkout' },
      { kind: 'touchpoint', touchpointId: 'tp-online-payment' },
    ]);
    expect(plans.filter((plan) => plan.funnel).length).toBe(5);
    const unmatched = kpiPlans(
      map,
      touchpoints.map((touchpoint) => ({ ...touchpoint, eventMatcher: null })),
      [],
    );
    expect(unmatched.find((plan) => plan.stepId === 'go-to-checkout')?.funnel).toBeNull();
  });

  it('gives every template KPI with a measure a funnel: its stages and touchpoints can be measured', () => {
    for (const template of MAP_TEMPLATES) {
      const { map, touchpoints } = instantiateTemplate(template, { mapId: 'm', locale: 'en' });
      const plans = kpiPlans(map, touchpoints, measuredStageIds(map, touchpoints));
      const unmeasurable = plans.filter((plan) => plan.measure && !plan.funnel).map((plan) => plan.metric.id);
      expect({ template: template.id, unmeasurable }).toEqual({ template: template.id, unmeasurable: [] });
    }
  });

  it('asks one funnel per distinct set of steps and compares with the target in its direction', async () => {
    const asked: (readonly JourneyStep[])[] = [];
    const plan = (id: string, kind: 'conversion' | 'drop-off', target: number | null) =>
      ({
        laneId: 'metrics',
        stepId: 's',
        metric: { id, target, direction: kind === 'conversion' ? 'higher-is-better' : 'lower-is-better' },
        measure: { kind, from, to },
        funnel: [
          { kind: 'touchpoint', touchpointId: 'a' },
          { kind: 'stage', mapId: 'm', stageId: 'b' },
        ],
      }) as const;
    const kpis = await computeKpis(
      [
        plan('rate', 'conversion', 26),
        plan('loss', 'drop-off', 60),
        plan('none', 'conversion', null),
        {
          laneId: 'metrics',
          stepId: 's',
          metric: { id: 'text', target: 1, direction: 'higher-is-better' },
          measure: null,
          funnel: null,
        },
      ],
      async (steps) => {
        asked.push(steps);
        return funnel([100, 25]);
      },
    );
    expect(asked).toHaveLength(1);
    expect(kpis.map((kpi) => [kpi.metricId, kpi.value, kpi.standing, kpi.unavailable])).toEqual([
      ['rate', 25, 'near', null],
      ['loss', 75, 'missed', null],
      ['none', 25, null, null],
      ['text', null, null, 'no-definition'],
    ]);
  });
});
