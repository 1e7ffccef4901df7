import {
  CONFORMANCE_DEVIATIONS,
  conformancePersonsRequestSchema,
  conformanceQuerySchema,
  dfgNodeSchema,
} from '@safar/core';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { SafarServices } from '../../services/safar-services.js';
import { apiErrorSchema, commonErrorResponses } from '../api-errors.js';
import { workspaceParams } from '../api-schemas.js';

const count = z.object({ journeys: z.number().int(), occurrences: z.number().int() });
const conformanceResult = z
  .object({
    steps: z.array(z.string()),
    journeys: z.number().int(),
    fitting: z.number().int(),
    fitShare: z.number(),
    complete: z.number().int(),
    completeShare: z.number(),
    deviations: z.object(Object.fromEntries(CONFORMANCE_DEVIATIONS.map((name) => [name, count]))),
    edges: z.array(
      z.object({
        source: dfgNodeSchema,
        target: dfgNodeSchema,
        journeys: z.number().int(),
        occurrences: z.number().int(),
        designed: z.boolean(),
      }),
    ),
    touchpointCount: z.object({
      expected: z.number().int(),
      fewer: z.number().int(),
      equal: z.number().int(),
      more: z.number().int(),
      average: z.number().nullable(),
      median: z.number().int().nullable(),
      histogram: z.array(z.object({ touches: z.number().int(), journeys: z.number().int() })),
    }),
  })
  .meta({ id: 'ConformanceResult' });

const personsPage = z.object({ personIds: z.array(z.string()), total: z.number().int() });

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
        response: { 200: conformanceResult, 501: apiErrorSchema, ...commonErrorResponses },
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
        response: { 200: personsPage, 501: apiErrorSchema, ...commonErrorResponses },
      },
    },
    async (request) => {
      const page = await journeys.conformancePersons(request.params.ws, request.body);
      return { personIds: [...page.personIds], total: page.total };
    },
  );
}
