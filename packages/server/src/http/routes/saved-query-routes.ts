import { savedQueryInputSchema } from '@safar/core';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { SafarServices } from '../../services/safar-services.js';
import { commonErrorResponses } from '../api-errors.js';
import { entityParams, workspaceParams } from '../api-schemas.js';

const SavedQueryBodySchema = savedQueryInputSchema.meta({ id: 'SavedQueryBody' });
const savedQueryResponse = z
  .intersection(
    savedQueryInputSchema,
    z.object({ id: z.string(), createdAt: z.string(), updatedAt: z.string() }),
  )
  .meta({ id: 'SavedQuery' });

/** A workspace's saved journey queries: `{ name, kind, query }`, the query valid for its kind. */
export function registerSavedQueryRoutes(app: FastifyInstance, { savedQueries }: SafarServices): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['analytics'];
  const base = '/api/workspaces/:ws/saved-queries';

  api.get(
    base,
    {
      config: { permission: 'events:read' },
      schema: {
        tags,
        summary: 'Saved queries, most recently updated first',
        params: workspaceParams,
        response: { 200: z.object({ items: z.array(savedQueryResponse) }), ...commonErrorResponses },
      },
    },
    async (request) => ({ items: await savedQueries.list(request.params.ws) }),
  );

  api.post(
    base,
    {
      config: { permission: 'saved-query:edit' },
      schema: {
        tags,
        summary: 'Save a query; its spec must be valid for its kind',
        params: workspaceParams,
        body: SavedQueryBodySchema,
        response: { 201: savedQueryResponse, ...commonErrorResponses },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await savedQueries.create(request.params.ws, request.body)),
  );

  api.get(
    `${base}/:id`,
    {
      config: { permission: 'events:read' },
      schema: { tags, params: entityParams, response: { 200: savedQueryResponse, ...commonErrorResponses } },
    },
    async (request) => savedQueries.get(request.params.ws, request.params.id),
  );

  api.put(
    `${base}/:id`,
    {
      config: { permission: 'saved-query:edit' },
      schema: {
        tags,
        summary: 'Replace the name, kind and spec of a saved query',
        params: entityParams,
        body: SavedQueryBodySchema,
        response: { 200: savedQueryResponse, ...commonErrorResponses },
      },
    },
    async (request) => savedQueries.replace(request.params.ws, request.params.id, request.body),
  );

  api.delete(
    `${base}/:id`,
    {
      config: { permission: 'saved-query:edit' },
      schema: { tags, params: entityParams, response: { 204: z.null(), ...commonErrorResponses } },
    },
    async (request, reply) => {
      await savedQueries.delete(request.params.ws, request.params.id);
      return reply.status(204).send(null);
    },
  );
}
