import { z } from 'zod';
import { attributionQuerySchema } from './attribution-query.js';
import { conformanceQuerySchema } from './conformance-query.js';
import { frictionQuerySchema } from './friction-query.js';
import { funnelQuerySchema } from './funnel-query.js';
import { pathsQuerySchema } from './paths-query.js';
import { retentionQuerySchema } from './retention-query.js';

/** The journey query kinds (docs/analytics.md), in the order the app offers them. */
export const JOURNEY_QUERY_KINDS = [
  'funnel',
  'paths',
  'retention',
  'attribution',
  'friction',
  'conformance',
] as const;
export type JourneyQueryKind = (typeof JOURNEY_QUERY_KINDS)[number];

/** Any journey query spec, told apart by its `kind`: what `safar query` reads and a saved query holds. */
export const journeyQuerySchema = z.discriminatedUnion('kind', [
  funnelQuerySchema,
  pathsQuerySchema,
  retentionQuerySchema,
  attributionQuerySchema,
  frictionQuerySchema,
  conformanceQuerySchema,
]);
export type JourneyQuery = z.infer<typeof journeyQuerySchema>;
