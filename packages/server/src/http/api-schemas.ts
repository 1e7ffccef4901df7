import {
  CHANNEL_KEYS,
  JOURNEY_TYPES,
  localeSchema,
  localizedTextSchema,
  MAP_KINDS,
  MAP_STATUSES,
  journeyMapSchema,
  mapDocumentSchema,
  mapOperationSchema,
  personaDraftSchema,
  personaSchema,
  touchpointDraftSchema,
  touchpointSchema,
  workspaceIdSchema,
  idSchema,
} from '@safar/core';
import { z } from 'zod';

/** Schemas of the HTTP contract, named so the OpenAPI document shows them as components. */
export const JourneyMapSchema = journeyMapSchema.meta({ id: 'JourneyMap' });
export const PersonaSchema = personaSchema.meta({ id: 'Persona' });
export const PersonaDraftSchema = personaDraftSchema.meta({ id: 'PersonaDraft' });
export const TouchpointSchema = touchpointSchema.meta({ id: 'Touchpoint' });
export const TouchpointDraftSchema = touchpointDraftSchema.meta({ id: 'TouchpointDraft' });
export const MapDocumentSchema = mapDocumentSchema.meta({ id: 'MapDocument' });
export const MapOperationSchema = mapOperationSchema.meta({ id: 'MapOperation' });

const revisionMeta = {
  revision: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
};
export const revisionSchema = z.number().int().min(1, 'revisions start at 1');

export const workspaceParams = z.object({ ws: workspaceIdSchema });
export const entityParams = z.object({ ws: workspaceIdSchema, id: idSchema });

export const workspaceResponse = z
  .object({ id: z.string(), name: z.string(), createdAt: z.string() })
  .meta({ id: 'Workspace' });
export const storedPersonaResponse = z
  .object({ persona: PersonaSchema, ...revisionMeta })
  .meta({ id: 'StoredPersona' });
export const storedTouchpointResponse = z
  .object({ touchpoint: TouchpointSchema, ...revisionMeta })
  .meta({ id: 'StoredTouchpoint' });
export const storedMapResponse = z
  .object({ map: JourneyMapSchema, ...revisionMeta })
  .meta({ id: 'StoredMap' });

export const mapSummarySchema = z
  .object({
    id: z.string(),
    title: z.string(),
    kind: z.enum(MAP_KINDS),
    journeyType: z.enum(JOURNEY_TYPES),
    status: z.enum(MAP_STATUSES),
    locale: localeSchema,
    tags: z.array(z.string()),
    personaIds: z.array(z.string()),
    stageCount: z.number().int(),
    revision: z.number().int(),
    updatedAt: z.string(),
  })
  .meta({ id: 'MapSummary' });

export const createMapBody = z
  .object({
    templateId: z.string().min(1).optional().describe('make the map from this template (GET /api/templates)'),
    locale: localeSchema.optional().describe('language of the template text; defaults to en'),
    title: z.string().trim().min(1).max(200).optional().describe('required when no templateId is given'),
    id: idSchema.optional().describe('choose the id; a random one otherwise'),
  })
  .refine((body) => body.templateId !== undefined || body.title !== undefined, {
    message: 'give a title, or a templateId to start from',
    path: ['title'],
  });

export const replaceMapBody = z.object({ baseRevision: revisionSchema, map: JourneyMapSchema });
export const operationsBody = z.object({
  baseRevision: revisionSchema,
  operations: z.array(MapOperationSchema).min(1, 'must contain at least one operation').max(1000),
});
export const operationsResponse = storedMapResponse.extend({ inverses: z.array(MapOperationSchema) });

export const mapDocumentBody = z
  .looseObject({ format: z.string(), schemaVersion: z.number() })
  .describe('a map document (docs/map-format.md) of any supported schemaVersion')
  .meta({ id: 'MapDocumentUpload' });

export const importResponse = z.object({
  map: JourneyMapSchema,
  revision: z.number().int(),
  createdTouchpointIds: z.array(z.string()),
  keptTouchpointIds: z.array(z.string()),
  createdPersonaIds: z.array(z.string()),
  keptPersonaIds: z.array(z.string()),
});

export const templateSummarySchema = z
  .object({
    id: z.string(),
    kind: z.enum(MAP_KINDS),
    journeyType: z.enum(JOURNEY_TYPES),
    name: localizedTextSchema,
    description: localizedTextSchema,
    stageCount: z.number().int(),
    stepCount: z.number().int(),
    laneCount: z.number().int(),
    channels: z.array(z.enum(CHANNEL_KEYS)),
  })
  .meta({ id: 'TemplateSummary' });

/** An ISO 8601 date-time in a query string, as epoch milliseconds. */
export const instant = z
  .string()
  .trim()
  .refine(
    (value) => Number.isFinite(Date.parse(value)),
    'must be an ISO 8601 date-time, e.g. 2026-11-01T00:00:00Z',
  )
  .transform((value) => Date.parse(value));
