import { z } from 'zod';
import { personsPageFields } from './drill-down.js';
import { retentionQuerySchema } from './retention-query.js';

/**
 * Retention's drill-down (docs/analytics.md): the persons of a cohort who returned `period`
 * periods after it; period 0 is the whole cohort.
 */
export const retentionSelectorSchema = z.object({
  /** The cohort as the result names it: the ISO start of its period (any instant in it selects it). */
  cohort: z.iso.datetime({ offset: true }),
  period: z.number().int().min(0).max(52),
});
export type RetentionSelector = z.infer<typeof retentionSelectorSchema>;

export const retentionPersonsRequestSchema = z
  .object({ query: retentionQuerySchema, select: retentionSelectorSchema, ...personsPageFields })
  .superRefine(({ query, select }, context) => {
    if (select.period > query.periods)
      context.addIssue({
        code: 'custom',
        path: ['select', 'period'],
        message: `must be one of the periods the query counts (0 to ${query.periods})`,
      });
  });
export type RetentionPersonsRequest = z.infer<typeof retentionPersonsRequestSchema>;
