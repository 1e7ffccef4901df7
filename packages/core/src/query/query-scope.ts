import { z } from 'zod';
import { EVENT_CHANNELS } from '../event-channels.js';
import { eventMatcherSchema } from '../event-matcher.js';
import { idSchema } from '../ids.js';
import { propertyFilterSchema } from '../property-filter.js';

/** [from, to): the events a query looks at. */
export const dateRangeSchema = z
  .object({
    from: z.iso.datetime({ offset: true }),
    to: z.iso.datetime({ offset: true }),
  })
  .refine((range) => Date.parse(range.from) < Date.parse(range.to), {
    message: 'must end after it starts',
    path: ['to'],
  });
export type DateRange = z.infer<typeof dateRangeSchema>;

export const DURATION_UNITS = {
  second: 1_000,
  minute: 60_000,
  hour: 3_600_000,
  day: 86_400_000,
  week: 604_800_000,
} as const;
export const durationSchema = z.object({
  value: z.number().positive('must be more than 0').max(100_000),
  unit: z.enum(['second', 'minute', 'hour', 'day', 'week']),
});
export type Duration = z.infer<typeof durationSchema>;
export const durationMs = (duration: Duration) => Math.round(duration.value * DURATION_UNITS[duration.unit]);

/**
 * A step of a journey query: events that match a matcher, the events of a catalogue touchpoint,
 * or any touchpoint of a map's stage. Touchpoints and stages are resolved to matchers before a
 * query runs, so engines only ever see matchers.
 */
export const journeyStepSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('event'),
    matcher: eventMatcherSchema,
    label: z.string().trim().max(200).optional(),
  }),
  z.object({
    kind: z.literal('touchpoint'),
    touchpointId: idSchema,
    label: z.string().trim().max(200).optional(),
  }),
  z.object({
    kind: z.literal('stage'),
    mapId: idSchema,
    stageId: idSchema,
    label: z.string().trim().max(200).optional(),
  }),
]);
export type JourneyStep = z.infer<typeof journeyStepSchema>;

/** What every journey query narrows by: time, event and person properties, personas, channels. */
export const queryScopeFields = {
  dateRange: dateRangeSchema,
  /** Only events whose properties pass every filter count. */
  eventFilters: z.array(propertyFilterSchema).max(50).default([]),
  /** Only persons whose traits pass every filter count. */
  personFilters: z.array(propertyFilterSchema).max(50).default([]),
  /** Only persons in one of these personas (by the personas' segment rules); empty means everyone. */
  personaIds: z.array(idSchema).max(50).default([]),
  /** Only events from these channels; empty means every channel. */
  channels: z.array(z.enum(EVENT_CHANNELS)).max(EVENT_CHANNELS.length).default([]),
};
