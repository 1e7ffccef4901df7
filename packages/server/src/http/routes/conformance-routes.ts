import {
  conformancePersonsRequestSchema,
  conformanceQuerySchema,
  conformanceResultSchema,
  personsPageSchema,
} from '@safar/core';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { SafarServices } from '../../services/safar-services.js';
import { apiErrorSchema, commonErrorResponses } from '../api-errors.js';
import { workspaceParams } from '../api-schemas.js';

/** Conformance and its drill-down (docs/analytics.md). */
export function registerConformanceRoutes(app: FastifyInstance, { journeys }: SafarServices): void {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.post(
    '/api/workspaces/:ws/analytics/conformance',
    {
      config: { permission: 'events:read' },
      schema: {
        tags: ['analytics'],
        description:
          "Journeys against a designed order (a map's steps, or steps given): share that fit, deviations (skipped, out of order, loops, unmapped), the directly-follows graph, touches per journey against the designed number.",
        params: workspaceParams,
        body: conformanceQuerySchema,
        response: { 200: conformanceResultSchema, 501: apiErrorSchema, ...commonErrorResponses },
      },
    },
    async (request) => {
      const result = await journeys.conformance(request.params.ws, request.body);
      return {
        ...result,
        steps: [...result.steps],
        deviations: { ...result.deviations },
        edges: result.edges.map((edge) => ({ ...edge })),
        touchpointCount: {
          ...result.touchpointCount,
          histogram: result.touchpointCount.histogram.map((bucket) => ({ ...bucket })),
        },
      };
    },
  );

  api.post(
    '/api/workspaces/:ws/analytics/conformance/persons',
    {
      config: { permission: 'events:read' },
      schema: {
        tags: ['analytics'],
        description:
          'The persons behind one number of a conformance result (fitting, complete, a deviation, an edge, a touch count), by person id, a page at a time.',
        params: workspaceParams,
        body: conformancePersonsRequestSchema,
        response: { 200: personsPageSchema, 501: apiErrorSchema, ...commonErrorResponses },
      },
    },
    async (request) => {
      const page = await journeys.conformancePersons(request.params.ws, request.body);
      return { personIds: [...page.personIds], total: page.total };
    },
  );
}
