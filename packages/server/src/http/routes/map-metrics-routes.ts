import { mapMetricsAnswerSchema, mapMetricsRequestSchema } from '@safar/core';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { SafarServices } from '../../services/safar-services.js';
import { apiErrorSchema, commonErrorResponses } from '../api-errors.js';
import { entityParams } from '../api-schemas.js';

/** The living map: a map's measures drawn in place (docs/architecture.md). */
export function registerMapMetricsRoutes(app: FastifyInstance, { mapMetricsCache }: SafarServices): void {
  app.withTypeProvider<ZodTypeProvider>().post(
    '/api/workspaces/:ws/maps/:id/metrics',
    {
      config: { permission: 'events:read' },
      schema: {
        tags: ['analytics'],
        description:
          "A map's measures in scope: persons and events per touchpoint, the funnel over its stages (30-day window) with drop-off and median time between stages, touchpoints per journey against the expected, friction placed on steps and stages, and frequent events no touchpoint matches. Answers are cached per map and scope: with `refresh: 'background'` (the default) a stored answer comes back at once, `freshness` says when it was computed and whether it is stale, and a fresh one is computed behind it; `refresh: 'now'` waits for an up-to-date answer.",
        params: entityParams,
        body: mapMetricsRequestSchema,
        response: { 200: mapMetricsAnswerSchema, 501: apiErrorSchema, ...commonErrorResponses },
      },
    },
    async (request) => mapMetricsCache.answer(request.params.ws, request.params.id, request.body),
  );
}
