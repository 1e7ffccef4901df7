import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { SafarServices } from '../../services/safar-services.js';
import { apiErrorSchema, commonErrorResponses } from '../api-errors.js';
import {
  createMapBody,
  entityParams,
  importResponse,
  mapDocumentBody,
  MapDocumentSchema,
  mapSummarySchema,
  MapOperationSchema,
  operationsBody,
  operationsResponse,
  replaceMapBody,
  storedMapResponse,
  workspaceParams,
} from '../api-schemas.js';

export function registerMapRoutes(app: FastifyInstance, { maps, mapDocuments }: SafarServices): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['maps'];
  const conflict = { 409: apiErrorSchema };

  api.get(
    '/api/workspaces/:ws/maps',
    {
      config: { permission: 'map:read' },
      schema: {
        tags,
        params: workspaceParams,
        querystring: z.object({
          q: z.string().max(200).optional().describe('search in title, description and tags'),
          tag: z.string().max(50).optional(),
        }),
        response: { 200: z.object({ items: z.array(mapSummarySchema) }), ...commonErrorResponses },
      },
    },
    async (request) => ({ items: await maps.list(request.params.ws, request.query) }),
  );

  api.post(
    '/api/workspaces/:ws/maps',
    {
      config: { permission: 'map:edit' },
      schema: {
        tags,
        summary: 'Create an empty map (title) or one from a template (templateId, locale)',
        params: workspaceParams,
        body: createMapBody,
        response: { 201: storedMapResponse, ...conflict, ...commonErrorResponses },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await maps.create(request.params.ws, request.body, request.principal.id)),
  );

  api.post(
    '/api/workspaces/:ws/maps/import',
    {
      config: { permission: 'map:edit' },
      schema: {
        tags,
        summary: 'Import a map document; its touchpoints and personas join the catalogue where missing',
        params: workspaceParams,
        querystring: z.object({ asCopy: z.stringbool().default(false).describe('give the map a new id') }),
        body: mapDocumentBody,
        response: { 201: importResponse, ...conflict, ...commonErrorResponses },
      },
    },
    async (request, reply) => {
      const result = await mapDocuments.import(request.params.ws, request.body, {
        asCopy: request.query.asCopy,
        actor: request.principal.id,
      });
      const { stored, ...catalogue } = result;
      return reply.status(201).send({ map: stored.map, revision: stored.revision, ...catalogue });
    },
  );

  api.get(
    '/api/workspaces/:ws/maps/:id',
    {
      config: { permission: 'map:read' },
      schema: { tags, params: entityParams, response: { 200: storedMapResponse, ...commonErrorResponses } },
    },
    async (request, reply) => {
      const stored = await maps.get(request.params.ws, request.params.id);
      return reply.header('etag', `"${stored.revision}"`).send(stored);
    },
  );

  api.put(
    '/api/workspaces/:ws/maps/:id',
    {
      config: { permission: 'map:edit' },
      schema: {
        tags,
        summary: 'Replace the whole map, only if it is still at baseRevision',
        params: entityParams,
        body: replaceMapBody,
        response: { 200: storedMapResponse, ...conflict, ...commonErrorResponses },
      },
    },
    async (request) =>
      maps.replace(
        request.params.ws,
        request.params.id,
        request.body.baseRevision,
        request.body.map,
        request.principal.id,
      ),
  );

  api.delete(
    '/api/workspaces/:ws/maps/:id',
    {
      config: { permission: 'map:delete' },
      schema: { tags, params: entityParams, response: { 204: z.null(), ...commonErrorResponses } },
    },
    async (request, reply) => {
      await maps.delete(request.params.ws, request.params.id);
      return reply.status(204).send(null);
    },
  );

  api.post(
    '/api/workspaces/:ws/maps/:id/operations',
    {
      config: { permission: 'map:edit' },
      schema: {
        tags,
        summary: 'Apply edits atomically on top of baseRevision; 409 with the current revision when stale',
        params: entityParams,
        body: operationsBody,
        response: { 200: operationsResponse, ...conflict, ...commonErrorResponses },
      },
    },
    async (request) =>
      maps.applyOperations(
        request.params.ws,
        request.params.id,
        request.body.baseRevision,
        request.body.operations,
        request.principal.id,
      ),
  );

  api.get(
    '/api/workspaces/:ws/maps/:id/history',
    {
      config: { permission: 'map:read' },
      schema: {
        tags,
        summary: 'The audit trail of a map, newest revision first',
        params: entityParams,
        response: {
          200: z.object({
            items: z.array(
              z.object({
                revision: z.number().int(),
                changeKind: z.string(),
                operations: z.array(MapOperationSchema),
                actor: z.string(),
                createdAt: z.string(),
              }),
            ),
          }),
          ...commonErrorResponses,
        },
      },
    },
    async (request) => ({ items: await maps.history(request.params.ws, request.params.id) }),
  );

  api.get(
    '/api/workspaces/:ws/maps/:id/export',
    {
      config: { permission: 'map:read' },
      schema: {
        tags,
        summary: 'The map as a versioned JSON document (docs/map-format.md)',
        params: entityParams,
        querystring: z.object({ format: z.literal('json').default('json') }),
        response: { 200: MapDocumentSchema, ...commonErrorResponses },
      },
    },
    async (request, reply) => {
      const document = await mapDocuments.export(request.params.ws, request.params.id);
      return reply
        .header('content-disposition', `attachment; filename="${request.params.id}.safar.json"`)
        .send(document);
    },
  );
}
