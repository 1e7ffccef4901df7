import { z } from 'zod';
import { idSchema } from '../ids.js';
import { cellContentSchema } from './cell-content.js';
import {
  journeyMapFieldsSchema,
  laneSchema,
  resourceSchema,
  stageSchema,
  stepSchema,
} from './journey-map.js';

const index = z.number().int().min(0, 'must be 0 or more');

// Zod 4 fills `.default()`s even inside `.partial()`, which would turn "rename this step" into
// "rename it and reset everything else". Change schemas therefore use the fields without defaults.
const stageFields = stageSchema.shape;
const stageChanges = z
  .object({
    name: stageFields.name,
    description: stageFields.description.unwrap(),
    icon: stageFields.icon.unwrap(),
    colour: stageFields.colour.unwrap(),
  })
  .partial();
const stepFields = stepSchema.shape;
const stepChanges = z
  .object({
    name: stepFields.name,
    description: stepFields.description.unwrap(),
    milestone: stepFields.milestone.unwrap(),
    momentOfTruth: stepFields.momentOfTruth.unwrap(),
  })
  .partial();
const laneChanges = z
  .object({ name: laneSchema.shape.name, description: laneSchema.shape.description.unwrap() })
  .partial();
const resourceFields = resourceSchema.shape;
const resourceChanges = z
  .object({
    kind: resourceFields.kind,
    name: resourceFields.name,
    description: resourceFields.description.unwrap(),
  })
  .partial();
const mapFields = journeyMapFieldsSchema.shape;
/** `goal` and `emotionScale` are replaced whole; every other field is set as given. */
const mapChanges = z
  .object({
    title: mapFields.title,
    description: mapFields.description.unwrap(),
    goal: mapFields.goal.unwrap(),
    kind: mapFields.kind.unwrap(),
    journeyType: mapFields.journeyType.unwrap(),
    personaIds: mapFields.personaIds.unwrap(),
    counterpartMapId: mapFields.counterpartMapId.unwrap(),
    owner: mapFields.owner.unwrap(),
    status: mapFields.status.unwrap(),
    tags: mapFields.tags.unwrap(),
    locale: mapFields.locale.unwrap(),
    emotionScale: mapFields.emotionScale.unwrap(),
    lastReviewedAt: mapFields.lastReviewedAt.unwrap(),
  })
  .partial();

/** Content of one step across lanes (lane id -> cell) or one lane across steps (step id -> cell). */
const cellRow = z.record(idSchema, cellContentSchema);

/**
 * Every edit of a map is one of these: plain data, so it can be sent over the wire, stored in
 * the audit trail and inverted for undo. Adds carry the cells they restore, which is what makes
 * a delete invertible.
 */
export const mapOperationSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('addStage'),
    index,
    stage: stageSchema,
    cells: z.record(idSchema, cellRow).default({}).describe('lane id -> step id -> cell'),
  }),
  z.object({ type: z.literal('deleteStage'), stageId: idSchema }),
  z.object({ type: z.literal('moveStage'), stageId: idSchema, toIndex: index }),
  z.object({ type: z.literal('updateStage'), stageId: idSchema, changes: stageChanges }),

  z.object({
    type: z.literal('addStep'),
    stageId: idSchema,
    index,
    step: stepSchema,
    cells: cellRow.default({}).describe('lane id -> cell'),
  }),
  z.object({ type: z.literal('deleteStep'), stepId: idSchema }),
  z.object({ type: z.literal('moveStep'), stepId: idSchema, toStageId: idSchema, toIndex: index }),
  z.object({ type: z.literal('updateStep'), stepId: idSchema, changes: stepChanges }),

  z.object({
    type: z.literal('addLane'),
    index,
    lane: laneSchema,
    cells: cellRow.default({}).describe('step id -> cell'),
  }),
  z.object({ type: z.literal('deleteLane'), laneId: idSchema }),
  z.object({ type: z.literal('moveLane'), laneId: idSchema, toIndex: index }),
  z.object({ type: z.literal('updateLane'), laneId: idSchema, changes: laneChanges }),

  z.object({ type: z.literal('setCell'), laneId: idSchema, stepId: idSchema, content: cellContentSchema }),
  z.object({ type: z.literal('clearCell'), laneId: idSchema, stepId: idSchema }),

  z.object({ type: z.literal('updateMap'), changes: mapChanges }),

  z.object({ type: z.literal('addResource'), index, resource: resourceSchema }),
  z.object({ type: z.literal('deleteResource'), resourceId: idSchema }),
  z.object({ type: z.literal('updateResource'), resourceId: idSchema, changes: resourceChanges }),
]);
export type MapOperation = z.infer<typeof mapOperationSchema>;
export type MapOperationInput = z.input<typeof mapOperationSchema>;
export type MapOperationType = MapOperation['type'];
export type OperationOf<T extends MapOperationType> = Extract<MapOperation, { type: T }>;
