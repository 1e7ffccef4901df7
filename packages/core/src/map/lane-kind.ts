import { z } from 'zod';

/**
 * The kinds of lane (row) a map can have. The kind decides what a cell holds and how the
 * editor draws it; backstage kinds sit below the line of visibility in a service blueprint.
 */
export const LANE_KINDS = [
  'text',
  'actions',
  'goals',
  'thoughts',
  'questions',
  'emotions',
  'touchpoints',
  'channels',
  'pain-points',
  'opportunities',
  'metrics',
  'people',
  'policy',
  'technology',
  'process',
  'line-of-visibility',
  'departments',
  'images',
  'map-links',
] as const;
export const laneKindSchema = z.enum(LANE_KINDS);
export type LaneKind = z.infer<typeof laneKindSchema>;

/** The shape of content a lane kind holds; several lane kinds share the plain text shape. */
export type CellShape =
  | 'text'
  | 'emotion'
  | 'touchpoints'
  | 'channels'
  | 'pain-points'
  | 'opportunities'
  | 'metrics'
  | 'departments'
  | 'image'
  | 'map-links'
  | 'none';

export const CELL_SHAPE_OF_LANE: Readonly<Record<LaneKind, CellShape>> = {
  text: 'text',
  actions: 'text',
  goals: 'text',
  thoughts: 'text',
  questions: 'text',
  emotions: 'emotion',
  touchpoints: 'touchpoints',
  channels: 'channels',
  'pain-points': 'pain-points',
  opportunities: 'opportunities',
  metrics: 'metrics',
  people: 'text',
  policy: 'text',
  technology: 'text',
  process: 'text',
  'line-of-visibility': 'none',
  departments: 'departments',
  images: 'image',
  'map-links': 'map-links',
};

/** Lanes that show what the business does out of the customer's sight. */
export const BACKSTAGE_LANE_KINDS: ReadonlySet<LaneKind> = new Set([
  'people',
  'policy',
  'technology',
  'process',
]);
