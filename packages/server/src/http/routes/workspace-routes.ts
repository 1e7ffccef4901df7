import { workspaceIdSchema } from '@safar/core';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { SafarServices } from '../../services/safar-services.js';
import { apiErrorSchema, commonErrorResponses } from '../api-errors.js';
import { workspaceParams, workspaceResponse } from '../api-schemas.js';

export function registerWorkspaceRoutes(app: FastifyInstance, { workspaces }: SafarServices): void {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.get(
    '/api/workspaces',
    {
      config: { permission: 'workspace:read' },
      schema: { tags: ['workspaces'], response: { 200: z.object({ items: z.array(workspaceResponse) }) } },
    },
    async () => ({ items: await workspaces.list() }),
  );

  api.post(
    '/api/workspaces',
    {
      config: { permission: 'workspace:create' },
      schema: {
        tags: ['workspaces'],
        body: z.object({ id: workspaceIdSchema.optional(), name: z.string().trim().min(1).max(200) }),
        response: { 201: workspaceResponse, 409: apiErrorSchema, ...commonErrorResponses },
      },
    },
    async (request, reply) => reply.status(201).send(await workspaces.create(request.body)),
  );

  api.get(
    '/api/workspaces/:ws',
    {
      config: { permission: 'workspace:read' },
      schema: {
        tags: ['workspaces'],
        params: workspaceParams,
        response: { 200: workspaceResponse, ...commonErrorResponses },
      },
    },
    async (request) => workspaces.get(request.params.ws),
  );
}
