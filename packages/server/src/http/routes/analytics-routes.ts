import { funnelQuerySchema, pathsQuerySchema, retentionQuerySchema } from '@safar/core';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { SafarServices } from '../../services/safar-services.js';
import { apiErrorSchema, commonErrorResponses } from '../api-errors.js';
import { workspaceParams } from '../api-schemas.js';
import { registerAttributionRoutes } from './attribution-routes.js';
import { registerConformanceRoutes } from './conformance-routes.js';
import { registerDrillDownRoutes } from './drill-down-routes.js';
import { registerFrictionRoutes } from './friction-routes.js';

const stepResult = z.object({
  label: z.string(),
  persons: z.number().int(),
  conversionFromFirst: z.number(),
  conversionFromPrevious: z.number(),
  droppedOff: z.number().int(),
  timeToConvert: z
    .object({ averageMs: z.number(), medianMs: z.number(), histogram: z.array(z.number().int()) })
    .nullable(),
});
const funnelResult = z
  .object({
    steps: z.array(stepResult),
    breakdown: z.array(z.object({ value: z.string().nullable(), steps: z.array(stepResult) })),
  })
  .meta({ id: 'FunnelResult' });

const retentionResult = z
  .object({
    cohorts: z.array(
      z.object({
        cohort: z.string(),
        persons: z.number().int(),
        returned: z.array(z.number().int()),
        rates: z.array(z.number()),
      }),
    ),
  })
  .meta({ id: 'RetentionResult' });

const pathsResult = z
  .object({
    edges: z.array(
      z.object({
        level: z.number().int(),
        source: z.string(),
        target: z.string(),
        persons: z.number().int(),
      }),
    ),
  })
  .meta({ id: 'PathsResult' });

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
        response: { 200: funnelResult, 501: apiErrorSchema, ...commonErrorResponses },
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
        response: { 200: retentionResult, 501: apiErrorSchema, ...commonErrorResponses },
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
        response: { 200: pathsResult, 501: apiErrorSchema, ...commonErrorResponses },
      },
    },
    async (request) => {
      const result = await journeys.paths(request.params.ws, request.body);
      return { edges: result.edges.map((edge) => ({ ...edge })) };
    },
  );
}
