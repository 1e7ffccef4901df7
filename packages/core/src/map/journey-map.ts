import { z } from 'zod';
import { idSchema } from '../ids.js';
import { localeSchema } from '../locale.js';
import { cellContentSchema } from './cell-content.js';
import { laneKindSchema } from './lane-kind.js';
import { journeyMapProblems } from './journey-map-problems.js';

export const MAP_KINDS = ['current-state', 'future-state', 'day-in-the-life', 'service-blueprint'] as const;
export const JOURNEY_TYPES = ['purchase', 'lead-generation', 'engagement', 'retention', 'custom'] as const;
export const MAP_STATUSES = ['draft', 'in-review', 'published', 'archived'] as const;
/** Milestones the articles name (sign-up, activation) and the usual others. */
export const MILESTONES = [
  'sign-up',
  'activation',
  'first-purchase',
  'repeat-purchase',
  'renewal',
  'referral',
  'churn',
  'other',
] as const;

const name = z.string().trim().min(1, 'must not be empty').max(200);
const text = z.string().max(5000);

/** Why the map exists, asked before drawing it (article 004). */
export const mapGoalSchema = z.object({
  why: text.default(''),
  purpose: text.default(''),
  audience: text.default(''),
  basis: text.default(''),
});
export type MapGoal = z.infer<typeof mapGoalSchema>;

export const emotionScaleSchema = z
  .object({ min: z.number().int().min(-100).max(100), max: z.number().int().min(-100).max(100) })
  .refine((scale) => scale.min < scale.max, { message: 'min must be below max', path: ['max'] });
export type EmotionScale = z.infer<typeof emotionScaleSchema>;

/** The inventory of what the team has and what it needs to improve the journey (article 004). */
export const resourceSchema = z.object({
  id: idSchema,
  kind: z.enum(['have', 'need']),
  name,
  description: text.default(''),
});
export type Resource = z.infer<typeof resourceSchema>;

export const stepSchema = z.object({
  id: idSchema,
  name,
  description: text.default(''),
  milestone: z.enum(MILESTONES).nullable().default(null),
  momentOfTruth: z.boolean().default(false),
});
export type Step = z.infer<typeof stepSchema>;

export const stageSchema = z.object({
  id: idSchema,
  name,
  description: text.default(''),
  icon: z.string().max(64).default(''),
  colour: z
    .string()
    .regex(/^#[0-9a-fA-F]{6}$/, 'must be a colour like #1f77b4')
    .default('#5b8def'),
  steps: z.array(stepSchema).max(500),
});
export type Stage = z.infer<typeof stageSchema>;

export const laneSchema = z.object({
  id: idSchema,
  kind: laneKindSchema,
  name,
  description: text.default(''),
});
export type Lane = z.infer<typeof laneSchema>;

/** Cells keyed by lane id, then step id: a cell exists only where it has content. */
export const cellsSchema = z.record(idSchema, z.record(idSchema, cellContentSchema));
export type Cells = z.infer<typeof cellsSchema>;

export const isoDateSchema = z.iso.date('must be a date like 2026-11-23');

export const journeyMapFieldsSchema = z.object({
  id: idSchema,
  title: name,
  description: text.default(''),
  goal: mapGoalSchema.prefault({}),
  kind: z.enum(MAP_KINDS).default('current-state'),
  journeyType: z.enum(JOURNEY_TYPES).default('purchase'),
  personaIds: z.array(idSchema).max(20).default([]),
  /** The future-state map of a current-state map, or the other way round. */
  counterpartMapId: idSchema.nullable().default(null),
  owner: z.string().max(200).default(''),
  status: z.enum(MAP_STATUSES).default('draft'),
  tags: z.array(z.string().trim().min(1).max(50)).max(30).default([]),
  locale: localeSchema.default('en'),
  emotionScale: emotionScaleSchema.default({ min: -2, max: 2 }),
  lastReviewedAt: isoDateSchema.nullable().default(null),
  resources: z.array(resourceSchema).max(200).default([]),
  stages: z.array(stageSchema).max(200).default([]),
  lanes: z.array(laneSchema).max(100).default([]),
  cells: cellsSchema.default({}),
});

/** A journey map that is well-formed as a whole: unique ids, no dangling cells, typed cells. */
export const journeyMapSchema = journeyMapFieldsSchema.superRefine((map, context) => {
  for (const problem of journeyMapProblems(map)) {
    context.addIssue({ code: 'custom', message: problem.message, path: problem.path });
  }
});
export type JourneyMap = z.infer<typeof journeyMapSchema>;
export type JourneyMapInput = z.input<typeof journeyMapSchema>;
