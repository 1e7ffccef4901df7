import { z } from 'zod';
import { idSchema } from '../ids.js';

/**
 * What a KPI is measured on: a catalogue touchpoint (its event matcher) or a stage of the same
 * map (any of its touchpoints), as the journey queries take them.
 */
export const measurePointSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('touchpoint'), touchpointId: idSchema }),
  z.object({ kind: z.literal('stage'), stageId: idSchema }),
]);
export type MeasurePoint = z.infer<typeof measurePointSchema>;

export const MEASURE_TIME_UNITS = ['minute', 'hour', 'day'] as const;

/**
 * A KPI's machine-readable definition (docs/map-format.md, "Metrics"): each is one funnel over the
 * event engine. Values come in fixed units so targets compare without conversion: `conversion`
 * and `drop-off` in percent (0 to 100) of the persons at `from` who reach `to` (or do not) within
 * the living map's window; `persons` the persons who reach `at`; `median-time` the median time
 * from `from` to `to` of those who made it, in `unit`.
 */
export const metricMeasureSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('conversion'), from: measurePointSchema, to: measurePointSchema }),
  z.object({ kind: z.literal('drop-off'), from: measurePointSchema, to: measurePointSchema }),
  z.object({ kind: z.literal('persons'), at: measurePointSchema }),
  z.object({
    kind: z.literal('median-time'),
    from: measurePointSchema,
    to: measurePointSchema,
    unit: z.enum(MEASURE_TIME_UNITS),
  }),
]);
export type MetricMeasure = z.infer<typeof metricMeasureSchema>;

export const KPI_STANDINGS = ['met', 'near', 'missed'] as const;
export type KpiStanding = (typeof KPI_STANDINGS)[number];

/** Within this share of the target counts as near: close enough to watch, not to alarm. */
export const KPI_NEAR_SHARE = 0.1;

/** A value against its target in the KPI's direction; null when there is no target. */
export function kpiStanding(
  value: number,
  target: number | null,
  direction: 'higher-is-better' | 'lower-is-better',
): KpiStanding | null {
  if (target === null) return null;
  const shortfall = direction === 'higher-is-better' ? target - value : value - target;
  if (shortfall <= 0) return 'met';
  // The epsilon keeps a value exactly a tenth off (2.2 against 2) near despite binary fractions.
  return shortfall <= Math.abs(target) * KPI_NEAR_SHARE + 1e-9 ? 'near' : 'missed';
}
