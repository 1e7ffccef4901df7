import { z } from 'zod';
import { propertyFilterSchema } from './property-filter.js';

/**
 * What proves a touchpoint happened: an event name plus property filters, e.g.
 * `page` with `path starts_with /checkout`. Stored and validated here; evaluated by analytics.
 */
export const eventMatcherSchema = z.object({
  event: z.string().trim().min(1, 'must name an event').max(200),
  filters: z.array(propertyFilterSchema).max(50).default([]),
});
export type EventMatcher = z.infer<typeof eventMatcherSchema>;
