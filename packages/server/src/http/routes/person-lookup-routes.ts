import { MAX_LOOKUP_IDS } from '@safar/core';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { SafarServices } from '../../services/safar-services.js';
import { commonErrorResponses } from '../api-errors.js';
import { workspaceParams } from '../api-schemas.js';
import { personDetail, personDetailOut } from './event-routes.js';

/** Many persons in one call, so a page of a drill-down or of the customers list is one request. */
export function registerPersonLookupRoutes(app: FastifyInstance, services: SafarServices): void {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.post(
    '/api/workspaces/:ws/persons/lookup',
    {
      config: { permission: 'events:read' },
      schema: {
        tags: ['events'],
        description: `Up to ${MAX_LOOKUP_IDS} persons by any of their ids, in the order asked; an id nobody has answers null.`,
        params: workspaceParams,
        body: z.object({ ids: z.array(z.string().min(1).max(500)).max(MAX_LOOKUP_IDS) }),
        response: {
          200: z.object({ items: z.array(z.object({ id: z.string(), person: personDetail.nullable() })) }),
          ...commonErrorResponses,
        },
      },
    },
    async (request) => {
      await services.workspaces.get(request.params.ws);
      await services.ingest.flushNow();
      const persons = await services.events.personsById(request.params.ws, request.body.ids);
      return {
        items: request.body.ids.map((id, index) => {
          const person = persons[index];
          return { id, person: person ? personDetailOut(person) : null };
        }),
      };
    },
  );
}
