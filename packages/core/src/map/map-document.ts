import { z } from 'zod';
import { personaSchema } from '../persona.js';
import { touchpointSchema } from '../touchpoint.js';
import { journeyMapSchema } from './journey-map.js';

/** The version of the interchange format this code writes; see docs/map-format.md. */
export const CURRENT_MAP_SCHEMA_VERSION = 1;
export const MAP_DOCUMENT_FORMAT = 'safar.journey-map';

/**
 * A whole map as one JSON file: the map plus the catalogue touchpoints and personas it refers
 * to, so it can move between workspaces and servers.
 */
export const mapDocumentSchema = z.object({
  format: z.literal(MAP_DOCUMENT_FORMAT),
  schemaVersion: z.literal(CURRENT_MAP_SCHEMA_VERSION),
  map: journeyMapSchema,
  touchpoints: z.array(touchpointSchema).max(5000).default([]),
  personas: z.array(personaSchema).max(100).default([]),
});
export type MapDocument = z.infer<typeof mapDocumentSchema>;
