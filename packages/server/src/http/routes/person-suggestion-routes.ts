import {
  coverageRequestSchema,
  coverageSchema,
  traitKeySuggestionSchema,
  traitValueSuggestionSchema,
} from '@safar/core';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { SafarServices } from '../../services/safar-services.js';
import { commonErrorResponses } from '../api-errors.js';
import { entityParams, workspaceParams } from '../api-schemas.js';
import { propertyKey, search, suggestionLimit } from './suggestion-params.js';

const list = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item) });

/** The persona side of the binding picker: trait keys and values with counts, and segment coverage. */
export function registerPersonSuggestionRoutes(app: FastifyInstance, { suggestions }: SafarServices): void {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.get(
    '/api/workspaces/:ws/persons/traits',
    {
      config: { permission: 'events:read' },
      schema: {
        tags: ['events'],
        description:
          "Trait paths of the persons' merged traits (latest identify value per key, as person filters read them) with how many persons have each, most first; nested keys joined by dots.",
        params: workspaceParams,
        querystring: z.object({ limit: suggestionLimit(50) }),
        response: { 200: list(traitKeySuggestionSchema), ...commonErrorResponses },
      },
    },
    async (request) => ({ items: await suggestions.traitKeys(request.params.ws, request.query) }),
  );

  api.get(
    '/api/workspaces/:ws/persons/traits/values',
    {
      config: { permission: 'events:read' },
      schema: {
        tags: ['events'],
        description:
          "The values of one trait path in the persons' merged traits with how many persons have each, most first; `search` keeps values containing it (case-insensitive).",
        params: workspaceParams,
        querystring: z.object({ key: propertyKey, search, limit: suggestionLimit(20) }),
        response: { 200: list(traitValueSuggestionSchema), ...commonErrorResponses },
      },
    },
    async (request) => ({ items: await suggestions.traitValues(request.params.ws, request.query) }),
  );

  api.post(
    '/api/workspaces/:ws/personas/coverage',
    {
      config: { permission: 'events:read' },
      schema: {
        tags: ['personas'],
        description:
          'How many persons a segment rule covers, out of every person: the persons a journey query keeps for a persona with this rule (all time).',
        params: workspaceParams,
        body: coverageRequestSchema,
        response: { 200: coverageSchema, ...commonErrorResponses },
      },
    },
    async (request) => suggestions.coverage(request.params.ws, request.body.segmentRule),
  );

  api.get(
    '/api/workspaces/:ws/personas/:id/coverage',
    {
      config: { permission: 'events:read' },
      schema: {
        tags: ['personas'],
        description: "How many persons a saved persona's segment rule covers, out of every person.",
        params: entityParams,
        response: { 200: coverageSchema, ...commonErrorResponses },
      },
    },
    async (request) => suggestions.personaCoverage(request.params.ws, request.params.id),
  );
}
