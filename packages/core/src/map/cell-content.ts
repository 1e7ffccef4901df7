import { z } from 'zod';
import { channelKeySchema } from '../channel.js';
import { idSchema } from '../ids.js';
import { metricMeasureSchema } from './metric-measure.js';

const itemText = z.string().trim().min(1, 'must not be empty').max(5000);
const rating = z.number().int().min(1).max(5);

export const textCellSchema = z.object({
  shape: z.literal('text'),
  text: z.string().max(20_000),
});

/** One point of the emotion curve; the score is checked against the map's own scale. */
export const emotionCellSchema = z.object({
  shape: z.literal('emotion'),
  score: z.number().finite(),
  note: z.string().max(5000).default(''),
});

export const touchpointsCellSchema = z.object({
  shape: z.literal('touchpoints'),
  touchpointIds: z.array(idSchema).max(50),
});

export const channelsCellSchema = z.object({
  shape: z.literal('channels'),
  channels: z.array(channelKeySchema).max(30),
});

export const painPointSchema = z.object({
  id: idSchema,
  text: itemText,
  severity: rating.default(3),
});
export const painPointsCellSchema = z.object({
  shape: z.literal('pain-points'),
  items: z.array(painPointSchema).max(50),
});

export const OPPORTUNITY_STATUSES = ['idea', 'planned', 'in-progress', 'done', 'dropped'] as const;
export const opportunitySchema = z.object({
  id: idSchema,
  text: itemText,
  impact: rating.default(3),
  effort: rating.default(3),
  status: z.enum(OPPORTUNITY_STATUSES).default('idea'),
});
export const opportunitiesCellSchema = z.object({
  shape: z.literal('opportunities'),
  items: z.array(opportunitySchema).max(50),
});

/** A KPI as the team defines it; live values are computed by analytics from the definition. */
export const metricSchema = z.object({
  id: idSchema,
  name: itemText,
  definition: z.string().max(5000).default(''),
  target: z.number().finite().nullable().default(null),
  unit: z.string().max(50).default(''),
  direction: z.enum(['higher-is-better', 'lower-is-better']).default('higher-is-better'),
  /** How to compute it from events; absent (every map before it existed), the living map says it cannot. */
  measure: metricMeasureSchema.optional(),
});
export const metricsCellSchema = z.object({
  shape: z.literal('metrics'),
  items: z.array(metricSchema).max(50),
});

export const departmentsCellSchema = z.object({
  shape: z.literal('departments'),
  departments: z.array(z.string().trim().min(1).max(200)).max(30),
});

export const imageCellSchema = z.object({
  shape: z.literal('image'),
  url: z
    .string()
    .min(1)
    .max(2_000_000)
    .regex(
      /^(https?:\/\/|data:image\/(png|jpeg|gif|webp|svg\+xml);base64,|\/)/,
      'must be an http(s) URL, a path or an image data URL',
    ),
  alt: z.string().max(1000).default(''),
});

export const mapLinksCellSchema = z.object({
  shape: z.literal('map-links'),
  links: z.array(z.object({ mapId: idSchema, label: z.string().max(200).default('') })).max(20),
});

export const cellContentSchema = z.discriminatedUnion('shape', [
  textCellSchema,
  emotionCellSchema,
  touchpointsCellSchema,
  channelsCellSchema,
  painPointsCellSchema,
  opportunitiesCellSchema,
  metricsCellSchema,
  departmentsCellSchema,
  imageCellSchema,
  mapLinksCellSchema,
]);
export type CellContent = z.infer<typeof cellContentSchema>;
export type CellContentInput = z.input<typeof cellContentSchema>;
