import { mapMetricsQuerySchema, mapMetricsResultSchema } from '@safar/core';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { SafarServices } from '../../services/safar-services.js';
import { apiErrorSchema, commonErrorResponses } from '../api-errors.js';
import { entityParams } from '../api-schemas.js';

/** The living map: a map's measures drawn in place (docs/architecture.md). */
export function registerMapMetricsRoutes(app: FastifyInstance, { mapMetrics }: SafarServices): void {
  app.withTypeProvider<ZodTypeProvider>().post(
    '/api/workspaces/:ws/maps/:id/metrics',
    {
      config: { permission: 'events:read' },
      schema: {
        tags: ['analytics'],
        description:
          "A map's measures in scope: persons and events per touchpoint, the funnel over its stages (30-day window) with drop-off and median time between stages, touchpoints per journey against the expected, friction placed on steps and stages, and frequent events no touchpoint matches.",
        params: entityParams,
        body: mapMetricsQuerySchema,
        response: { 200: mapMetricsResultSchema, 501: apiErrorSchema, ...commonErrorResponses },
      },
    },
    async (request) => mapMetrics.metrics(request.params.ws, request.params.id, request.body),
  );
}
