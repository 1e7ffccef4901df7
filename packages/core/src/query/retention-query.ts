import { z } from 'zod';
import { journeyStepSchema, queryScopeFields } from './query-scope.js';

export const RETENTION_PERIODS = ['day', 'week', 'month'] as const;
export type RetentionPeriod = (typeof RETENTION_PERIODS)[number];

/**
 * Retention (docs/analytics.md): persons grouped by the period of their first start event, and
 * for each later period, how many of them did the return event in it.
 */
export const retentionQuerySchema = z.object({
  kind: z.literal('retention'),
  startStep: journeyStepSchema,
  returnStep: journeyStepSchema,
  period: z.enum(RETENTION_PERIODS).default('week'),
  /** How many periods after the cohort's own to count. */
  periods: z.number().int().min(1, 'must count at least one period').max(52).default(8),
  ...queryScopeFields,
});
export type RetentionQuery = z.infer<typeof retentionQuerySchema>;
