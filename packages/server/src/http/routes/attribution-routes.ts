import {
  attributionPersonsRequestSchema,
  attributionQuerySchema,
  attributionResultSchema,
  personsPageSchema,
} from '@safar/core';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { SafarServices } from '../../services/safar-services.js';
import { apiErrorSchema, commonErrorResponses } from '../api-errors.js';
import { workspaceParams } from '../api-schemas.js';

/** Attribution and its drill-down (docs/analytics.md). */
export function registerAttributionRoutes(app: FastifyInstance, { journeys }: SafarServices): void {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.post(
    '/api/workspaces/:ws/analytics/attribution',
    {
      config: { permission: 'events:read' },
      schema: {
        tags: ['analytics'],
        description:
          'Conversions credited to channels or touchpoints by first touch, last touch, linear, time decay, position-based (40/20/40) and the Markov-chain removal effect; every model sums to the conversions.',
        params: workspaceParams,
        body: attributionQuerySchema,
        response: { 200: attributionResultSchema, 501: apiErrorSchema, ...commonErrorResponses },
      },
    },
    async (request) => {
      const result = await journeys.attribution(request.params.ws, request.body);
      return {
        conversions: result.conversions,
        rows: result.rows.map((row) => ({ ...row, credits: { ...row.credits } })),
      };
    },
  );

  api.post(
    '/api/workspaces/:ws/analytics/attribution/persons',
    {
      config: { permission: 'events:read' },
      schema: {
        tags: ['analytics'],
        description:
          'The persons behind an attribution row (with a conversion that a touch of the key led to; "(none)": one no touch led to; no key: every converter), by person id, a page at a time.',
        params: workspaceParams,
        body: attributionPersonsRequestSchema,
        response: { 200: personsPageSchema, 501: apiErrorSchema, ...commonErrorResponses },
      },
    },
    async (request) => {
      const page = await journeys.attributionPersons(request.params.ws, request.body);
      return { personIds: [...page.personIds], total: page.total };
    },
  );
}
