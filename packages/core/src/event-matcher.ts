import { z } from 'zod';
import { propertyFilterSchema } from './property-filter.js';

/**
 * What proves a touchpoint happened: an event name plus property filters, e.g.
 * `page` with `path starts_with /checkout`. Stored and validated here; evaluated by analytics.
 */
export const eventNameSchema = z.string().trim().min(1, 'must name an event').max(200);

export const eventMatcherSchema = z.object({
  event: eventNameSchema,
  filters: z.array(propertyFilterSchema).max(50).default([]),
});
export type EventMatcher = z.infer<typeof eventMatcherSchema>;

/**
 * Messages about a person rather than something they did (Segment's identify, alias and group
 * calls, stored under those event names): never a touchpoint suggestion, and left out of paths
 * unless a query asks for them.
 */
export const NON_ACTION_EVENTS = ['identify', 'alias', 'group'] as const;
