import { channelKeySchema } from '@safar/core';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { SafarServices } from '../../services/safar-services.js';
import { apiErrorSchema, commonErrorResponses } from '../api-errors.js';
import {
  entityParams,
  revisionSchema,
  storedTouchpointResponse,
  TouchpointDraftSchema,
  workspaceParams,
} from '../api-schemas.js';

export function registerTouchpointRoutes(app: FastifyInstance, { touchpoints }: SafarServices): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['touchpoints'];

  api.get(
    '/api/workspaces/:ws/touchpoints',
    {
      config: { permission: 'touchpoint:read' },
      schema: {
        tags,
        params: workspaceParams,
        querystring: z.object({ channel: channelKeySchema.optional() }),
        response: { 200: z.object({ items: z.array(storedTouchpointResponse) }), ...commonErrorResponses },
      },
    },
    async (request) => ({ items: await touchpoints.list(request.params.ws, request.query) }),
  );

  api.post(
    '/api/workspaces/:ws/touchpoints',
    {
      config: { permission: 'touchpoint:edit' },
      schema: {
        tags,
        params: workspaceParams,
        body: TouchpointDraftSchema,
        response: { 201: storedTouchpointResponse, 409: apiErrorSchema, ...commonErrorResponses },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await touchpoints.create(request.params.ws, request.body)),
  );

  api.get(
    '/api/workspaces/:ws/touchpoints/:id',
    {
      config: { permission: 'touchpoint:read' },
      schema: {
        tags,
        params: entityParams,
        response: { 200: storedTouchpointResponse, ...commonErrorResponses },
      },
    },
    async (request) => touchpoints.get(request.params.ws, request.params.id),
  );

  api.get(
    '/api/workspaces/:ws/touchpoints/:id/usage',
    {
      config: { permission: 'touchpoint:read' },
      schema: {
        tags,
        summary: 'The maps and cells that use a touchpoint',
        params: entityParams,
        response: {
          200: z.object({
            items: z.array(
              z.object({
                mapId: z.string(),
                title: z.string(),
                locations: z.array(z.object({ stageId: z.string(), stepId: z.string(), laneId: z.string() })),
              }),
            ),
          }),
          ...commonErrorResponses,
        },
      },
    },
    async (request) => ({ items: await touchpoints.usage(request.params.ws, request.params.id) }),
  );

  api.put(
    '/api/workspaces/:ws/touchpoints/:id',
    {
      config: { permission: 'touchpoint:edit' },
      schema: {
        tags,
        summary: 'Replace a touchpoint; with baseRevision, only if unchanged since',
        params: entityParams,
        body: z.object({ baseRevision: revisionSchema.optional(), touchpoint: TouchpointDraftSchema }),
        response: { 200: storedTouchpointResponse, 409: apiErrorSchema, ...commonErrorResponses },
      },
    },
    async (request) =>
      touchpoints.replace(
        request.params.ws,
        request.params.id,
        request.body.touchpoint,
        request.body.baseRevision,
      ),
  );

  api.delete(
    '/api/workspaces/:ws/touchpoints/:id',
    {
      config: { permission: 'touchpoint:edit' },
      schema: {
        tags,
        summary: 'Delete a touchpoint that no map uses',
        params: entityParams,
        response: { 204: z.null(), 409: apiErrorSchema, ...commonErrorResponses },
      },
    },
    async (request, reply) => {
      await touchpoints.delete(request.params.ws, request.params.id);
      return reply.status(204).send(null);
    },
  );
}
