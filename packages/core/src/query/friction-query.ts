import { z } from 'zod';
import { personsPageFields } from './drill-down.js';
import { durationSchema, journeyStepSchema, queryScopeFields } from './query-scope.js';

/** The kinds of friction, in the order items of equal rank are listed. */
export const FRICTION_KINDS = ['error', 'abandon_after_error', 'loop', 'stall'] as const;
export type FrictionKind = (typeof FRICTION_KINDS)[number];

export const FRICTION_RANKINGS = ['persons', 'conversionLost'] as const;

/**
 * Friction (docs/analytics.md): where persons on a designed journey hit errors, leave after an
 * error, loop back to an earlier step or stall between two steps; each ranked by the persons it
 * affects and the conversions it costs.
 */
export const frictionQuerySchema = z.object({
  kind: z.literal('friction'),
  /** The designed journey in order, e.g. a map's stages or touchpoints. */
  steps: z.array(journeyStepSchema).min(1, 'friction needs at least one journey step').max(20),
  /** What success is; absent: the last step. */
  conversion: journeyStepSchema.optional(),
  /** Error events, each its own friction item: a 404 page, a payment failure, a search with no results. */
  errors: z.array(journeyStepSchema).max(20).default([]),
  /** Longer than this from reaching a step to next reaching the one after it is a stall. */
  stallAfter: durationSchema.default({ value: 1, unit: 'day' }),
  /** The order of the items: by persons affected or by conversions lost (the other breaks ties). */
  rankBy: z.enum(FRICTION_RANKINGS).default('persons'),
  ...queryScopeFields,
});
export type FrictionQuery = z.infer<typeof frictionQuerySchema>;
export type FrictionQueryInput = z.input<typeof frictionQuerySchema>;

/**
 * Which friction item a drill-down lists: errors and abandons are indexed by error, loops by the
 * step returned to, stalls by the step stalled after. `not_converted` keeps only the affected
 * persons who never converted.
 */
export const frictionSelectorSchema = z.object({
  kind: z.enum(FRICTION_KINDS),
  index: z.number().int().min(0).max(19),
  persons: z.enum(['affected', 'not_converted']).default('affected'),
});
export type FrictionSelector = z.infer<typeof frictionSelectorSchema>;

/** How many items of a kind a query has: one per error, one per step that has a next step. */
export function frictionItemCount(
  query: { steps: readonly unknown[]; errors: readonly unknown[] },
  kind: FrictionKind,
) {
  return kind === 'error' || kind === 'abandon_after_error' ? query.errors.length : query.steps.length - 1;
}

/** A drill-down request: the query, the item and the page. */
export const frictionPersonsRequestSchema = z
  .object({ query: frictionQuerySchema, select: frictionSelectorSchema, ...personsPageFields })
  .superRefine(({ query, select }, context) => {
    const count = frictionItemCount(query, select.kind);
    if (select.index >= count)
      context.addIssue({
        code: 'custom',
        path: ['select', 'index'],
        message:
          count === 0
            ? `the query has no ${select.kind} items`
            : `must name one of the query's ${select.kind} items (0 to ${count - 1})`,
      });
  });
export type FrictionPersonsRequest = z.infer<typeof frictionPersonsRequestSchema>;
