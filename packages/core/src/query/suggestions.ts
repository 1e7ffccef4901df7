import { z } from 'zod';
import { eventMatcherSchema } from '../event-matcher.js';
import { segmentRuleSchema } from '../persona.js';
import { dateRangeSchema } from './query-scope.js';

/**
 * The binding pickers' contract (docs/analytics.md, "Suggestions"): what the data holds, with
 * counts, so a touchpoint's event matcher and a persona's segment rule are written against it.
 */
const count = z.number().int().min(0);

export const eventNameSuggestionSchema = z.object({ name: z.string(), events: count, persons: count });
export const propertyKeySuggestionSchema = z.object({ key: z.string(), events: count });
export const propertyValueSuggestionSchema = z.object({ value: z.string(), events: count, persons: count });
export const traitKeySuggestionSchema = z.object({ key: z.string(), persons: count });
export const traitValueSuggestionSchema = z.object({ value: z.string(), persons: count });

export type EventNameSuggestion = z.infer<typeof eventNameSuggestionSchema>;
export type PropertyKeySuggestion = z.infer<typeof propertyKeySuggestionSchema>;
export type PropertyValueSuggestion = z.infer<typeof propertyValueSuggestionSchema>;
export type TraitKeySuggestion = z.infer<typeof traitKeySuggestionSchema>;
export type TraitValueSuggestion = z.infer<typeof traitValueSuggestionSchema>;

/** How many events and persons a matcher matches; without a date range, over all time. */
export const matchPreviewRequestSchema = z.object({
  matcher: eventMatcherSchema,
  dateRange: dateRangeSchema.optional(),
});
export type MatchPreviewRequest = z.input<typeof matchPreviewRequestSchema>;
export const matchPreviewSchema = z.object({ events: count, persons: count });
export type MatchPreview = z.infer<typeof matchPreviewSchema>;

/** How many persons a segment rule covers, out of every person (all time). */
export const coverageRequestSchema = z.object({ segmentRule: segmentRuleSchema });
export type CoverageRequest = z.input<typeof coverageRequestSchema>;
export const coverageSchema = z.object({ persons: count, total: count });
export type Coverage = z.infer<typeof coverageSchema>;
