import { z } from 'zod';
import { eventNameSchema, NON_ACTION_EVENTS } from '../event-matcher.js';
import { journeyStepSchema, queryScopeFields } from './query-scope.js';

/**
 * Paths (docs/analytics.md): what persons did after (or before) an anchor, step by step, ready
 * for a Sankey diagram. Events are named by their event, pages and screens by their path.
 */
export const pathsQuerySchema = z.object({
  kind: z.literal('paths'),
  /** Where paths start (direction "from") or end ("to"); absent: from each session's start. */
  anchor: journeyStepSchema.optional(),
  direction: z.enum(['from', 'to']).default('from'),
  /** How many steps after (or before) the anchor. */
  depth: z.number().int().min(1, 'must follow at least one step').max(10).default(5),
  /** A gap longer than this starts a new session; null keeps a person's whole journey as one. */
  sessionGapMinutes: z.number().int().min(1).max(1440).nullable().default(30),
  /** Rewrites step names before counting, in order (e.g. /products/123 -> /products/:id). */
  cleaning: z
    .array(
      z.object({
        pattern: z.string().min(1).max(200).refine(isRegex, 'must be a valid regular expression'),
        replacement: z.string().max(200),
      }),
    )
    .max(20)
    .default([]),
  /**
   * Events left out before sessions are cut, as if never sent (PostHog's path exclusions): by
   * default the identify, alias and group calls, which describe persons, not steps they took.
   */
  excludeEvents: z
    .array(eventNameSchema)
    .max(50)
    .default(() => [...NON_ACTION_EVENTS]),
  /** The most frequent transitions to keep. */
  maxEdges: z.number().int().min(1).max(1000).default(100),
  ...queryScopeFields,
});
export type PathsQuery = z.infer<typeof pathsQuerySchema>;

function isRegex(pattern: string): boolean {
  try {
    new RegExp(pattern);
    return true;
  } catch {
    return false;
  }
}
