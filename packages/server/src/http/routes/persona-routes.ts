import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { SafarServices } from '../../services/safar-services.js';
import { apiErrorSchema, commonErrorResponses } from '../api-errors.js';
import {
  entityParams,
  PersonaDraftSchema,
  revisionSchema,
  storedPersonaResponse,
  workspaceParams,
} from '../api-schemas.js';

export function registerPersonaRoutes(app: FastifyInstance, { personas }: SafarServices): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['personas'];

  api.get(
    '/api/workspaces/:ws/personas',
    {
      config: { permission: 'persona:read' },
      schema: {
        tags,
        params: workspaceParams,
        response: { 200: z.object({ items: z.array(storedPersonaResponse) }), ...commonErrorResponses },
      },
    },
    async (request) => ({ items: await personas.list(request.params.ws) }),
  );

  api.post(
    '/api/workspaces/:ws/personas',
    {
      config: { permission: 'persona:edit' },
      schema: {
        tags,
        params: workspaceParams,
        body: PersonaDraftSchema,
        response: { 201: storedPersonaResponse, 409: apiErrorSchema, ...commonErrorResponses },
      },
    },
    async (request, reply) => reply.status(201).send(await personas.create(request.params.ws, request.body)),
  );

  api.get(
    '/api/workspaces/:ws/personas/:id',
    {
      config: { permission: 'persona:read' },
      schema: {
        tags,
        params: entityParams,
        response: { 200: storedPersonaResponse, ...commonErrorResponses },
      },
    },
    async (request) => personas.get(request.params.ws, request.params.id),
  );

  api.put(
    '/api/workspaces/:ws/personas/:id',
    {
      config: { permission: 'persona:edit' },
      schema: {
        tags,
        summary: 'Replace a persona; with baseRevision, only if unchanged since',
        params: entityParams,
        body: z.object({ baseRevision: revisionSchema.optional(), persona: PersonaDraftSchema }),
        response: { 200: storedPersonaResponse, 409: apiErrorSchema, ...commonErrorResponses },
      },
    },
    async (request) =>
      personas.replace(request.params.ws, request.params.id, request.body.persona, request.body.baseRevision),
  );

  api.delete(
    '/api/workspaces/:ws/personas/:id',
    {
      config: { permission: 'persona:edit' },
      schema: {
        tags,
        summary: 'Delete a persona that no map uses',
        params: entityParams,
        response: { 204: z.null(), 409: apiErrorSchema, ...commonErrorResponses },
      },
    },
    async (request, reply) => {
      await personas.delete(request.params.ws, request.params.id);
      return reply.status(204).send(null);
    },
  );
}
