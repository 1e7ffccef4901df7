import { z } from 'zod';
import { EVENT_CHANNELS } from '../event-channels.js';
import { personsPageFields } from './drill-down.js';
import { durationMs, durationSchema, journeyStepSchema, queryScopeFields } from './query-scope.js';

export const ATTRIBUTION_MODELS = [
  'first_touch',
  'last_touch',
  'linear',
  'time_decay',
  'position_based',
  'markov',
] as const;
export type AttributionModel = (typeof ATTRIBUTION_MODELS)[number];

/** The key of the row that takes conversions no touch led to, so credits still sum to the conversions. */
export const NO_TOUCH_KEY = '(none)';

/** A duration that is still at least a millisecond once rounded to milliseconds, as engines use it. */
const wholeDurationSchema = durationSchema.refine(
  // A value of 0 or less is already refused by durationSchema; one complaint is enough.
  (duration) => duration.value <= 0 || durationMs(duration) >= 1,
  {
    message: 'must be at least 1 millisecond',
    path: ['value'],
  },
);

/**
 * Attribution (docs/analytics.md): each conversion credited to the touches before it, by channel
 * or by touchpoint, under up to six models; every model's credits sum to the conversions.
 */
export const attributionQuerySchema = z.object({
  kind: z.literal('attribution'),
  /** Each event matching this step is one conversion. */
  conversion: journeyStepSchema,
  /** What a touch is: any other event, keyed by its channel; or an event matching one of these touchpoints (the first that matches). */
  by: z
    .discriminatedUnion('kind', [
      z.object({ kind: z.literal('channel') }),
      z.object({
        kind: z.literal('touchpoints'),
        touchpoints: z.array(journeyStepSchema).min(1, 'name at least one touchpoint').max(50),
      }),
    ])
    .default({ kind: 'channel' }),
  /** How far before a conversion a touch still counts (inclusive). */
  lookback: wholeDurationSchema.default({ value: 30, unit: 'day' }),
  models: z
    .array(z.enum(ATTRIBUTION_MODELS))
    .min(1, 'name at least one model')
    .max(ATTRIBUTION_MODELS.length)
    .refine((models) => new Set(models).size === models.length, 'must not repeat a model')
    .default([...ATTRIBUTION_MODELS]),
  /** Time decay: a touch this long before the conversion weighs half as much as one right before it. */
  halfLife: wholeDurationSchema.default({ value: 7, unit: 'day' }),
  ...queryScopeFields,
});
export type AttributionQuery = z.infer<typeof attributionQuerySchema>;
export type AttributionQueryInput = z.input<typeof attributionQuerySchema>;

/**
 * Drill-down: the persons behind a row, i.e. those with a conversion that a touch of `key`
 * led to (for `(none)`: a conversion no touch led to); without a key, every person who converted.
 */
export const attributionSelectorSchema = z.object({
  key: z.string().min(1).max(200).optional(),
});
export type AttributionSelector = z.infer<typeof attributionSelectorSchema>;

/** A drill-down request: the query, the row and the page; the key must be one the query can have. */
export const attributionPersonsRequestSchema = z
  .object({ query: attributionQuerySchema, select: attributionSelectorSchema, ...personsPageFields })
  .superRefine(({ query, select }, context) => {
    const { key } = select;
    if (key === undefined || key === NO_TOUCH_KEY) return;
    const by = query.by;
    const valid =
      by.kind === 'channel'
        ? EVENT_CHANNELS.some((channel) => channel === key)
        : /^(0|[1-9][0-9]*)$/.test(key) && Number(key) < by.touchpoints.length;
    if (!valid)
      context.addIssue({
        code: 'custom',
        path: ['select', 'key'],
        message:
          by.kind === 'channel'
            ? `must be a channel (${EVENT_CHANNELS.join(', ')}) or ${NO_TOUCH_KEY}`
            : `must be a touchpoint's index (0 to ${by.touchpoints.length - 1}) or ${NO_TOUCH_KEY}`,
      });
  });
export type AttributionPersonsRequest = z.infer<typeof attributionPersonsRequestSchema>;
