import { z } from 'zod';
import { attributionQuerySchema } from './attribution-query.js';
import { conformanceQuerySchema } from './conformance-query.js';
import { frictionQuerySchema } from './friction-query.js';
import { funnelQuerySchema } from './funnel-query.js';
import { pathsQuerySchema } from './paths-query.js';
import { retentionQuerySchema } from './retention-query.js';

const nameSchema = z.string().trim().min(1, 'must not be empty').max(200, 'must be at most 200 characters');

/**
 * A saved query as written through the API: a name (duplicates allowed) and a query spec that
 * must be valid for its kind, so a saved query always runs as it was saved. The spec is stored
 * as parsed (defaults filled in); parsing it again gives the same spec.
 */
export const savedQueryInputSchema = z.discriminatedUnion('kind', [
  z.object({ name: nameSchema, kind: z.literal('funnel'), query: funnelQuerySchema }),
  z.object({ name: nameSchema, kind: z.literal('paths'), query: pathsQuerySchema }),
  z.object({ name: nameSchema, kind: z.literal('retention'), query: retentionQuerySchema }),
  z.object({ name: nameSchema, kind: z.literal('attribution'), query: attributionQuerySchema }),
  z.object({ name: nameSchema, kind: z.literal('friction'), query: frictionQuerySchema }),
  z.object({ name: nameSchema, kind: z.literal('conformance'), query: conformanceQuerySchema }),
]);
export type SavedQueryInput = z.input<typeof savedQueryInputSchema>;
export type SavedQueryBody = z.output<typeof savedQueryInputSchema>;

/** A stored saved query: the body plus its id and timestamps (ISO 8601). */
export type SavedQuery = SavedQueryBody & {
  readonly id: string;
  readonly createdAt: string;
  readonly updatedAt: string;
};
