import {
  funnelQuerySchema,
  funnelResultSchema,
  pathsQuerySchema,
  pathsResultSchema,
  retentionQuerySchema,
  retentionResultSchema,
} from '@safar/core';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { SafarServices } from '../../services/safar-services.js';
import { apiErrorSchema, commonErrorResponses } from '../api-errors.js';
import { workspaceParams } from '../api-schemas.js';
import { registerAttributionRoutes } from './attribution-routes.js';
import { registerConformanceRoutes } from './conformance-routes.js';
import { registerDrillDownRoutes } from './drill-down-routes.js';
import { registerFrictionRoutes } from './friction-routes.js';

/** Journey queries (docs/analytics.md). */
export function registerAnalyticsRoutes(app: FastifyInstance, services: SafarServices): void {
  const { journeys } = services;
  const api = app.withTypeProvider<ZodTypeProvider>();
  registerAttributionRoutes(app, services);
  registerConformanceRoutes(app, services);
  registerFrictionRoutes(app, services);
  registerDrillDownRoutes(app, services);

  api.post(
    '/api/workspaces/:ws/analytics/funnel',
    {
      config: { permission: 'events:read' },
      schema: {
        tags: ['analytics'],
        description:
          'Persons reaching each step within the window from step 1: ordered, strict; conversion, drop-off, time to convert; optional breakdown by a property or the channel of step 1.',
        params: workspaceParams,
        body: funnelQuerySchema,
        response: { 200: funnelResultSchema, 501: apiErrorSchema, ...commonErrorResponses },
      },
    },
    async (request) => {
      const result = await journeys.funnel(request.params.ws, request.body);
      return {
        steps: result.steps.map((step) => ({
          ...step,
          timeToConvert: step.timeToConvert
            ? { ...step.timeToConvert, histogram: [...step.timeToConvert.histogram] }
            : null,
        })),
        breakdown: result.breakdown.map((group) => ({
          value: group.value,
          steps: group.steps.map((step) => ({
            ...step,
            timeToConvert: step.timeToConvert
              ? { ...step.timeToConvert, histogram: [...step.timeToConvert.histogram] }
              : null,
          })),
        })),
      };
    },
  );

  api.post(
    '/api/workspaces/:ws/analytics/retention',
    {
      config: { permission: 'events:read' },
      schema: {
        tags: ['analytics'],
        description:
          "Cohorts by the period (UTC day, ISO week, month) of each person's first start event; per later period, how many did the return event.",
        params: workspaceParams,
        body: retentionQuerySchema,
        response: { 200: retentionResultSchema, 501: apiErrorSchema, ...commonErrorResponses },
      },
    },
    async (request) => {
      const result = await journeys.retention(request.params.ws, request.body);
      return {
        cohorts: result.cohorts.map((cohort) => ({
          ...cohort,
          returned: [...cohort.returned],
          rates: [...cohort.rates],
        })),
      };
    },
  );

  api.post(
    '/api/workspaces/:ws/analytics/paths',
    {
      config: { permission: 'events:read' },
      schema: {
        tags: ['analytics'],
        description:
          'What persons did after (or before) an anchor, per session: Sankey edges between named steps with distinct persons.',
        params: workspaceParams,
        body: pathsQuerySchema,
        response: { 200: pathsResultSchema, 501: apiErrorSchema, ...commonErrorResponses },
      },
    },
    async (request) => {
      const result = await journeys.paths(request.params.ws, request.body);
      return { edges: result.edges.map((edge) => ({ ...edge })) };
    },
  );
}
