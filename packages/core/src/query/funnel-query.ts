import { z } from 'zod';
import { journeyStepSchema, durationSchema, queryScopeFields } from './query-scope.js';

export const FUNNEL_ORDERS = ['ordered', 'strict', 'unordered'] as const;

/**
 * A funnel (docs/analytics.md has the exact semantics): how many persons reach each step, in
 * order, within the conversion window measured from their step-1 event.
 */
export const funnelQuerySchema = z
  .object({
    kind: z.literal('funnel'),
    steps: z.array(journeyStepSchema).min(1, 'a funnel needs at least one step').max(20),
    /** ordered: other events may come between steps; strict: none may; unordered: any order. */
    order: z.enum(FUNNEL_ORDERS).default('ordered'),
    window: durationSchema.default({ value: 14, unit: 'day' }),
    /** An exclusion event between two steps (0-based, from < to) disqualifies that attempt. */
    exclusions: z
      .array(
        z.object({ step: journeyStepSchema, from: z.number().int().min(0), to: z.number().int().min(1) }),
      )
      .max(10)
      .default([]),
    /** Splits the funnel by the value its step-1 event had (first touch) or the person's persona. */
    breakdown: z
      .discriminatedUnion('kind', [
        z.object({ kind: z.literal('property'), property: z.string().min(1).max(200) }),
        z.object({ kind: z.literal('channel') }),
        z.object({ kind: z.literal('persona') }),
      ])
      .optional(),
    ...queryScopeFields,
  })
  .superRefine((query, context) => {
    if (query.order === 'unordered' && query.exclusions.length > 0)
      context.addIssue({
        code: 'custom',
        path: ['exclusions'],
        message: 'an unordered funnel has no "between two steps"',
      });
    query.exclusions.forEach((exclusion, index) => {
      if (exclusion.from >= exclusion.to || exclusion.to >= query.steps.length)
        context.addIssue({
          code: 'custom',
          path: ['exclusions', index],
          message: `must name two steps of the funnel in order (0 to ${query.steps.length - 1})`,
        });
    });
  });
export type FunnelQuery = z.infer<typeof funnelQuerySchema>;
export type FunnelQueryInput = z.input<typeof funnelQuerySchema>;
