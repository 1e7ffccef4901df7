import { z } from 'zod';
import { mapMetricsQuerySchema, mapMetricsResultSchema } from './map-metrics.js';

/**
 * How a map's metrics are asked for: their scope, and whether an answer computed before the
 * latest events (or map edits) will do while a fresh one is computed in the background, or the
 * caller waits for the fresh one (docs/analytics.md, "Map metrics").
 */
export const mapMetricsRequestSchema = mapMetricsQuerySchema.extend({
  refresh: z
    .enum(['background', 'now'])
    .default('background')
    .describe(
      "'background': answer from the cache at once, even if stale, and recompute behind it; 'now': wait for an up-to-date answer",
    ),
});
export type MapMetricsRequest = z.infer<typeof mapMetricsRequestSchema>;
export type MapMetricsRequestInput = z.input<typeof mapMetricsRequestSchema>;

/** The period the living map opens with, and which the server keeps measured for every map. */
export const MAP_METRICS_DEFAULT_DAYS = 90;

const DAY_MS = 86_400_000;

/** The last `days` days up to and including today (UTC): `[from, to)` ending at the coming midnight. */
export function lastDaysRange(days: number, now: number): { from: string; to: string } {
  const to = Math.floor(now / DAY_MS) * DAY_MS + DAY_MS;
  return { from: new Date(to - days * DAY_MS).toISOString(), to: new Date(to).toISOString() };
}

export const mapMetricsFreshnessSchema = z.object({
  /** When the numbers were computed (ISO 8601): the events and the map as they were then. */
  asOf: z.string(),
  /** Events arrived, or the map, its touchpoints or personas changed, since `asOf`. */
  stale: z.boolean(),
  /** A fresh answer is being computed (or queued) in the background. */
  refreshing: z.boolean(),
});
export type MapMetricsFreshness = z.infer<typeof mapMetricsFreshnessSchema>;

export const mapMetricsAnswerSchema = mapMetricsResultSchema
  .extend({ freshness: mapMetricsFreshnessSchema })
  .meta({ id: 'MapMetricsAnswer' });
export type MapMetricsAnswer = z.infer<typeof mapMetricsAnswerSchema>;
