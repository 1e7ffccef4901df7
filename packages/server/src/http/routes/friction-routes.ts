import {
  frictionPersonsRequestSchema,
  frictionQuerySchema,
  frictionResultSchema,
  personsPageSchema,
} from '@safar/core';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { SafarServices } from '../../services/safar-services.js';
import { apiErrorSchema, commonErrorResponses } from '../api-errors.js';
import { workspaceParams } from '../api-schemas.js';

/** Friction and its drill-down (docs/analytics.md). */
export function registerFrictionRoutes(app: FastifyInstance, { journeys }: SafarServices): void {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.post(
    '/api/workspaces/:ws/analytics/friction',
    {
      config: { permission: 'events:read' },
      schema: {
        tags: ['analytics'],
        description:
          'Friction on a designed journey: error events, abandons after an error, loops back to an earlier step, stalls between steps; each with the persons affected and the conversions lost, ranked.',
        params: workspaceParams,
        body: frictionQuerySchema,
        response: { 200: frictionResultSchema, 501: apiErrorSchema, ...commonErrorResponses },
      },
    },
    async (request) => {
      const result = await journeys.friction(request.params.ws, request.body);
      return { ...result, items: result.items.map((item) => ({ ...item })) };
    },
  );

  api.post(
    '/api/workspaces/:ws/analytics/friction/persons',
    {
      config: { permission: 'events:read' },
      schema: {
        tags: ['analytics'],
        description:
          'The persons behind one friction item (all it affected, or those who did not convert), by person id, a page at a time.',
        params: workspaceParams,
        body: frictionPersonsRequestSchema,
        response: { 200: personsPageSchema, 501: apiErrorSchema, ...commonErrorResponses },
      },
    },
    async (request) => {
      const page = await journeys.frictionPersons(request.params.ws, request.body);
      return { personIds: [...page.personIds], total: page.total };
    },
  );
}
