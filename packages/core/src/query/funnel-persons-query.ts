import { z } from 'zod';
import { personsPageFields } from './drill-down.js';
import { funnelQuerySchema } from './funnel-query.js';

/**
 * A funnel's drill-down (docs/analytics.md): the persons who reached step `step` (0-based), or who
 * reached it and not the next one; optionally only those of one breakdown group.
 */
export const funnelSelectorSchema = z.object({
  step: z.number().int().min(0).max(19),
  outcome: z.enum(['reached', 'dropped']),
  /** A breakdown group's value, as the result names it; null is the group without a value. */
  breakdown: z.string().max(1000).nullable().optional(),
});
export type FunnelSelector = z.infer<typeof funnelSelectorSchema>;

export const funnelPersonsRequestSchema = z
  .object({ query: funnelQuerySchema, select: funnelSelectorSchema, ...personsPageFields })
  .superRefine(({ query, select }, context) => {
    const last = query.steps.length - 1;
    if (select.step > last)
      context.addIssue({
        code: 'custom',
        path: ['select', 'step'],
        message: `must be a step of the funnel (0 to ${last})`,
      });
    else if (select.outcome === 'dropped' && select.step === last)
      context.addIssue({
        code: 'custom',
        path: ['select', 'outcome'],
        message: 'nobody drops off after the last step: "dropped" needs a step before it',
      });
    if (select.breakdown !== undefined && !query.breakdown)
      context.addIssue({
        code: 'custom',
        path: ['select', 'breakdown'],
        message: 'the query has no breakdown',
      });
  });
export type FunnelPersonsRequest = z.infer<typeof funnelPersonsRequestSchema>;
