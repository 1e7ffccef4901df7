import { z } from 'zod';
import { channelKeySchema } from './channel.js';
import { eventMatcherSchema } from './event-matcher.js';
import { idSchema } from './ids.js';

/**
 * A point where customer and business meet. Touchpoints live in a workspace catalogue and map
 * cells refer to them by id, so one touchpoint's data shows on every map that uses it.
 */
const touchpointFields = z.object({
  id: idSchema,
  name: z.string().trim().min(1, 'must not be empty').max(200),
  channel: channelKeySchema,
  /** Names the channel when `channel` is `custom`. */
  customChannel: z.string().trim().max(100).default(''),
  department: z.string().trim().max(200).default(''),
  visibility: z.enum(['frontstage', 'backstage']).default('frontstage'),
  description: z.string().max(5000).default(''),
  eventMatcher: eventMatcherSchema.nullable().default(null),
});

const customChannelNamed = {
  check: (touchpoint: { channel: string; customChannel: string }) =>
    touchpoint.channel !== 'custom' || touchpoint.customChannel.length > 0,
  params: { message: 'must name the channel when channel is "custom"', path: ['customChannel'] },
};

export const touchpointSchema = touchpointFields.refine(customChannelNamed.check, customChannelNamed.params);
/** A touchpoint as created through the API: the server assigns the id when none is given. */
export const touchpointDraftSchema = touchpointFields
  .extend({ id: idSchema.optional() })
  .refine(customChannelNamed.check, customChannelNamed.params);
export type Touchpoint = z.infer<typeof touchpointSchema>;
export type TouchpointInput = z.input<typeof touchpointSchema>;
