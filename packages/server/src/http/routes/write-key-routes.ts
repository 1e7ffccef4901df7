import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { SafarServices } from '../../services/safar-services.js';
import { commonErrorResponses } from '../api-errors.js';
import { workspaceParams } from '../api-schemas.js';

const writeKeySummary = z.object({
  id: z.string(),
  label: z.string(),
  prefix: z.string(),
  createdAt: z.string(),
  revokedAt: z.string().nullable(),
});

/** Write keys for SDKs. The key is returned once, at creation; only its hash is stored. */
export function registerWriteKeyRoutes(app: FastifyInstance, { writeKeys }: SafarServices): void {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.post(
    '/api/workspaces/:ws/write-keys',
    {
      config: { permission: 'write-keys:manage' },
      schema: {
        tags: ['events'],
        params: workspaceParams,
        body: z.object({ label: z.string().trim().max(200).default('') }).nullish(),
        response: { 201: writeKeySummary.extend({ key: z.string() }), ...commonErrorResponses },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await writeKeys.create(request.params.ws, request.body?.label ?? '')),
  );

  api.get(
    '/api/workspaces/:ws/write-keys',
    {
      config: { permission: 'write-keys:manage' },
      schema: {
        tags: ['events'],
        params: workspaceParams,
        response: { 200: z.object({ items: z.array(writeKeySummary) }), ...commonErrorResponses },
      },
    },
    async (request) => ({ items: await writeKeys.list(request.params.ws) }),
  );

  api.delete(
    '/api/workspaces/:ws/write-keys/:id',
    {
      config: { permission: 'write-keys:manage' },
      schema: {
        tags: ['events'],
        description: 'Revokes the key: SDKs using it get 401 from then on. The record stays, marked revoked.',
        params: workspaceParams.extend({ id: z.string().min(1).max(100) }),
        response: { 200: writeKeySummary, ...commonErrorResponses },
      },
    },
    async (request) => writeKeys.revoke(request.params.ws, request.params.id),
  );
}
