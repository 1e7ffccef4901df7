import {
  funnelPersonsRequestSchema,
  pathsPersonsRequestSchema,
  personsPageSchema,
  retentionPersonsRequestSchema,
} from '@safar/core';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { SafarServices } from '../../services/safar-services.js';
import { apiErrorSchema, commonErrorResponses } from '../api-errors.js';
import { workspaceParams } from '../api-schemas.js';

const response = { 200: personsPageSchema, 501: apiErrorSchema, ...commonErrorResponses };
const asJson = (page: { personIds: readonly string[]; total: number }) => ({
  personIds: [...page.personIds],
  total: page.total,
});

/** Drill-down for the funnel, retention and paths (docs/analytics.md): the persons behind a number. */
export function registerDrillDownRoutes(app: FastifyInstance, { journeys }: SafarServices): void {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.post(
    '/api/workspaces/:ws/analytics/funnel/persons',
    {
      config: { permission: 'events:read' },
      schema: {
        tags: ['analytics'],
        description:
          'The persons who reached a funnel step, or reached it and not the next one (optionally of one breakdown group), by person id, a page at a time.',
        params: workspaceParams,
        body: funnelPersonsRequestSchema,
        response,
      },
    },
    async (request) => asJson(await journeys.funnelPersons(request.params.ws, request.body)),
  );

  api.post(
    '/api/workspaces/:ws/analytics/retention/persons',
    {
      config: { permission: 'events:read' },
      schema: {
        tags: ['analytics'],
        description:
          'The persons of a retention cohort (period 0), or those of it who returned n periods later, by person id, a page at a time.',
        params: workspaceParams,
        body: retentionPersonsRequestSchema,
        response,
      },
    },
    async (request) => asJson(await journeys.retentionPersons(request.params.ws, request.body)),
  );

  api.post(
    '/api/workspaces/:ws/analytics/paths/persons',
    {
      config: { permission: 'events:read' },
      schema: {
        tags: ['analytics'],
        description:
          'The persons who made one path edge (level, source, target), by person id, a page at a time.',
        params: workspaceParams,
        body: pathsPersonsRequestSchema,
        response,
      },
    },
    async (request) => asJson(await journeys.pathsPersons(request.params.ws, request.body)),
  );
}
