import {
  kpiStanding,
  type JourneyMap,
  type JourneyStep,
  type MapMetrics,
  type MeasurePoint,
  type MetricMeasure,
  type Touchpoint,
} from '@safar/core';
import type { FunnelResult } from '@safar/analytics';

type Kpi = MapMetrics['kpis'][number];
type MetricItem = { id: string; target: number | null; direction: 'higher-is-better' | 'lower-is-better' };

/** A metrics cell's item with what it takes to compute it: the funnel steps, or why there are none. */
export interface KpiPlan {
  readonly laneId: string;
  readonly stepId: string;
  readonly metric: MetricItem;
  readonly measure: MetricMeasure | null;
  /** The funnel that answers the measure; null when it has none or no event could show it. */
  readonly funnel: readonly JourneyStep[] | null;
}

const UNIT_MS = { minute: 60_000, hour: 3_600_000, day: 86_400_000 } as const;

/**
 * Every metric item of the map's metrics cells, in map order (stage, step, lane), with its
 * measure as funnel steps. A point no event can show (a touchpoint without a matcher or not in
 * the catalogue, a stage that is gone or has no such touchpoint) leaves the KPI unmeasurable
 * rather than answering a made-up zero.
 */
export function kpiPlans(
  map: JourneyMap,
  catalogue: readonly Pick<Touchpoint, 'id' | 'eventMatcher'>[],
  measuredStages: readonly string[],
): KpiPlan[] {
  const measurable = new Set(catalogue.filter((entry) => entry.eventMatcher).map((entry) => entry.id));
  const step = (point: MeasurePoint): JourneyStep | null => {
    if (point.kind === 'touchpoint')
      return measurable.has(point.touchpointId)
        ? { kind: 'touchpoint', touchpointId: point.touchpointId }
        : null;
    return measuredStages.includes(point.stageId)
      ? { kind: 'stage', mapId: map.id, stageId: point.stageId }
      : null;
  };
  const funnelOf = (measure: MetricMeasure): JourneyStep[] | null => {
    const points = measure.kind === 'persons' ? [measure.at] : [measure.from, measure.to];
    const steps = points.map(step);
    return steps.every((entry) => entry !== null) ? steps.filter((entry) => entry !== null) : null;
  };
  const plans: KpiPlan[] = [];
  for (const stage of map.stages)
    for (const mapStep of stage.steps)
      for (const lane of map.lanes) {
        const cell = map.cells[lane.id]?.[mapStep.id];
        if (cell?.shape !== 'metrics') continue;
        for (const item of cell.items)
          plans.push({
            laneId: lane.id,
            stepId: mapStep.id,
            metric: { id: item.id, target: item.target, direction: item.direction },
            measure: item.measure ?? null,
            funnel: item.measure ? funnelOf(item.measure) : null,
          });
      }
  return plans;
}

/** The measure's value from its funnel's result, in the measure's unit; null when nobody was measured. */
export function kpiValue(measure: MetricMeasure, result: FunnelResult): number | null {
  const [first, second] = result.steps;
  if (!first) return null;
  switch (measure.kind) {
    case 'persons':
      return first.persons;
    case 'conversion':
    case 'drop-off': {
      if (first.persons === 0 || !second) return null;
      const share = (second.conversionFromFirst ?? 0) * 100;
      return measure.kind === 'conversion' ? share : 100 - share;
    }
    case 'median-time': {
      const medianMs = second && second.persons > 0 ? (second.timeToConvert?.medianMs ?? null) : null;
      return medianMs === null ? null : medianMs / UNIT_MS[measure.unit];
    }
  }
}

/**
 * Computes every KPI, one funnel per distinct set of steps (two KPIs on the same steps, e.g. a
 * conversion and its drop-off, share one query), one after another as the embedded engine reads
 * on one connection.
 */
export async function computeKpis(
  plans: readonly KpiPlan[],
  runFunnel: (steps: readonly JourneyStep[]) => Promise<FunnelResult>,
): Promise<Kpi[]> {
  const results = new Map<string, FunnelResult>();
  const kpis: Kpi[] = [];
  for (const plan of plans) {
    const base = { laneId: plan.laneId, stepId: plan.stepId, metricId: plan.metric.id };
    if (!plan.measure || !plan.funnel) {
      const unavailable = plan.measure ? 'not-measurable' : 'no-definition';
      kpis.push({ ...base, value: null, standing: null, unavailable });
      continue;
    }
    const key = JSON.stringify(plan.funnel);
    const result = results.get(key) ?? (await runFunnel(plan.funnel));
    results.set(key, result);
    const value = kpiValue(plan.measure, result);
    kpis.push({
      ...base,
      value,
      standing: value === null ? null : kpiStanding(value, plan.metric.target, plan.metric.direction),
      unavailable: value === null ? 'no-data' : null,
    });
  }
  return kpis;
}
