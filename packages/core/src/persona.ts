import { z } from 'zod';
import { channelKeySchema } from './channel.js';
import { idSchema } from './ids.js';
import { propertyFilterSchema } from './property-filter.js';

const shortText = z.string().max(200);
const longText = z.string().max(5000);
const textList = z.array(z.string().trim().min(1).max(1000)).max(100);

export const ageRangeSchema = z
  .object({ min: z.number().int().min(0).max(120), max: z.number().int().min(0).max(120) })
  .refine((range) => range.min <= range.max, { message: 'min must not exceed max', path: ['max'] });

/** A personality trait on a slider between two poles, e.g. introvert (0) .. extrovert (100). */
export const personalityTraitSchema = z.object({
  low: z.string().trim().min(1).max(100),
  high: z.string().trim().min(1).max(100),
  value: z.number().min(0).max(100),
});

/**
 * Which real customers a persona stands for, kept now so analytics can bind personas to
 * identified persons by their traits later.
 */
export const segmentRuleSchema = z.object({
  match: z.enum(['all', 'any']).default('all'),
  conditions: z.array(propertyFilterSchema).max(50).default([]),
});
export type SegmentRule = z.infer<typeof segmentRuleSchema>;

export const customFieldSchema = z.object({
  label: z.string().trim().min(1).max(100),
  value: longText,
});

export const personaSchema = z.object({
  id: idSchema,
  name: z.string().trim().min(1, 'must not be empty').max(200),
  /** An http(s) address or an uploaded image as a data URL (PNG, JPEG, WebP or GIF, at most ~512 KB). */
  avatarUrl: z
    .string()
    .max(700_000, 'must be at most 512 KB of image data')
    .regex(
      /^(https?:\/\/|data:image\/(png|jpeg|webp|gif);base64,)/,
      'must be an http(s) URL or a PNG, JPEG, WebP or GIF data URL',
    )
    .nullable()
    .default(null),
  quote: longText.default(''),
  description: longText.default(''),
  demographics: z
    .object({
      ageRange: ageRangeSchema.nullable().default(null),
      gender: shortText.default(''),
      location: shortText.default(''),
      occupation: shortText.default(''),
      income: shortText.default(''),
      education: shortText.default(''),
      family: shortText.default(''),
    })
    .prefault({}),
  psychographics: z
    .object({
      values: textList.default([]),
      interests: textList.default([]),
      lifestyle: longText.default(''),
      personality: z.array(personalityTraitSchema).max(20).default([]),
    })
    .prefault({}),
  goals: textList.default([]),
  motivations: textList.default([]),
  frustrations: textList.default([]),
  expectations: textList.default([]),
  needs: textList.default([]),
  preferredChannels: z.array(channelKeySchema).max(30).default([]),
  technologyUse: longText.default(''),
  behaviourPatterns: textList.default([]),
  purchaseHistory: longText.default(''),
  customFields: z.array(customFieldSchema).max(50).default([]),
  segmentRule: segmentRuleSchema.prefault({}),
});
export type Persona = z.infer<typeof personaSchema>;
/** What a client sends: everything but the name may be left out and takes its default. */
export type PersonaInput = z.input<typeof personaSchema>;

/** A persona as created through the API: the server assigns the id when none is given. */
export const personaDraftSchema = personaSchema.extend({ id: idSchema.optional() });
