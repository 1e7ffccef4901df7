import { z } from 'zod';
import { idSchema } from '../ids.js';
import { personsPageFields } from './drill-down.js';
import { journeyStepSchema, queryScopeFields } from './query-scope.js';

/** The ways a journey departs from the designed order (docs/analytics.md, conformance). */
export const CONFORMANCE_DEVIATIONS = ['skipped', 'outOfOrder', 'loops', 'unmapped'] as const;
export type ConformanceDeviation = (typeof CONFORMANCE_DEVIATIONS)[number];

/** A journey's touch count against the designed number of steps. */
export const TOUCH_COUNT_BUCKETS = ['fewer', 'equal', 'more'] as const;
export type TouchCountBucket = (typeof TOUCH_COUNT_BUCKETS)[number];

/** The nodes of the directly-follows graph that are not designed steps. */
export const DFG_SPECIAL_NODES = ['(start)', '(end)', '(unmapped)'] as const;
export const MAX_DESIGNED_STEPS = 50;

/** A node of the directly-follows graph: a designed step by its number (1 = first), or a special node. */
export const dfgNodeSchema = z.union([
  // A map may design more steps than a spec may list.
  z.number().int().min(1).max(100_000),
  z.enum(DFG_SPECIAL_NODES),
]);
export type DfgNode = z.infer<typeof dfgNodeSchema>;

/**
 * Conformance (docs/analytics.md): how journeys compare with a designed order of steps, either a
 * map's (its steps that have touchpoints with event matchers, in stage and step order) or one given
 * here; the directly-follows graph of what persons actually did; touches per journey against the
 * number of designed steps.
 */
export const conformanceQuerySchema = z
  .object({
    kind: z.literal('conformance'),
    /** The map whose stages and steps are the designed order. */
    mapId: idSchema.optional(),
    /** Or the designed order itself. */
    steps: z
      .array(journeyStepSchema)
      .min(2, 'conformance needs at least two designed steps')
      .max(MAX_DESIGNED_STEPS)
      .optional(),
    /** A gap longer than this starts a new journey; null keeps a person's whole history as one. */
    sessionGapMinutes: z.number().int().min(1).max(1440).nullable().default(null),
    ...queryScopeFields,
  })
  .superRefine((query, context) => {
    if ((query.mapId === undefined) === (query.steps === undefined))
      context.addIssue({
        code: 'custom',
        path: ['mapId'],
        message: 'give either mapId (the map is the designed order) or steps, not both',
      });
  });
export type ConformanceQuery = z.infer<typeof conformanceQuerySchema>;
export type ConformanceQueryInput = z.input<typeof conformanceQuerySchema>;

/** Which number of a conformance result a drill-down lists; persons with at least one such journey. */
export const conformanceSelectorSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('journeys') }),
  z.object({ kind: z.literal('fitting') }),
  z.object({ kind: z.literal('complete') }),
  z.object({ kind: z.literal('deviation'), deviation: z.enum(CONFORMANCE_DEVIATIONS) }),
  z.object({ kind: z.literal('edge'), source: dfgNodeSchema, target: dfgNodeSchema }),
  z.object({ kind: z.literal('touches'), bucket: z.enum(TOUCH_COUNT_BUCKETS) }),
  z.object({ kind: z.literal('touchCount'), touches: z.number().int().min(0).max(1_000_000_000) }),
]);
export type ConformanceSelector = z.infer<typeof conformanceSelectorSchema>;

/** A drill-down request: the query, the number and the page. */
export const conformancePersonsRequestSchema = z
  .object({ query: conformanceQuerySchema, select: conformanceSelectorSchema, ...personsPageFields })
  .superRefine(({ query, select }, context) => {
    if (select.kind !== 'edge' || !query.steps) return;
    const count = query.steps.length;
    for (const end of ['source', 'target'] as const) {
      const node = select[end];
      if (typeof node === 'number' && node > count)
        context.addIssue({
          code: 'custom',
          path: ['select', end],
          message: `must name a designed step (1 to ${count}) or ${DFG_SPECIAL_NODES.join(', ')}`,
        });
    }
  });
export type ConformancePersonsRequest = z.infer<typeof conformancePersonsRequestSchema>;
