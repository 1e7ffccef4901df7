import {
  eventNameSuggestionSchema,
  matchPreviewRequestSchema,
  matchPreviewSchema,
  propertyKeySuggestionSchema,
  propertyValueSuggestionSchema,
} from '@safar/core';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { SafarServices } from '../../services/safar-services.js';
import { apiErrorSchema, commonErrorResponses } from '../api-errors.js';
import { workspaceParams } from '../api-schemas.js';
import {
  eventName,
  propertyKey,
  rangeFields,
  rangeIsOrdered,
  search,
  suggestionLimit,
} from './suggestion-params.js';

const list = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item) });

/** The event side of the binding picker: names, property keys and values with counts, and a match preview. */
export function registerEventSuggestionRoutes(app: FastifyInstance, { suggestions }: SafarServices): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const config = { permission: 'events:read' } as const;

  api.get(
    '/api/workspaces/:ws/events/names',
    {
      config,
      schema: {
        tags: ['events'],
        description:
          'Event names in the data with their event and person counts, most events first; `search` keeps names containing it (case-insensitive); identify, alias and group calls are left out. All time unless `from`/`to` narrow it.',
        params: workspaceParams,
        querystring: z
          .object({ search, limit: suggestionLimit(20), ...rangeFields })
          .refine(rangeIsOrdered.check, rangeIsOrdered.params),
        response: { 200: list(eventNameSuggestionSchema), ...commonErrorResponses },
      },
    },
    async (request) => ({ items: await suggestions.eventNames(request.params.ws, request.query) }),
  );

  api.get(
    '/api/workspaces/:ws/events/properties',
    {
      config,
      schema: {
        tags: ['events'],
        description:
          "Property paths seen on one event with how many events carry them, most first: nested keys joined by dots (`cart.total`) and the event's context as `context.…` (`context.page.path`), as event matchers name them. Only keys a filter can name, and only leaves (a key holding an object lists its keys instead).",
        params: workspaceParams,
        querystring: z
          .object({ event: eventName, limit: suggestionLimit(50), ...rangeFields })
          .refine(rangeIsOrdered.check, rangeIsOrdered.params),
        response: { 200: list(propertyKeySuggestionSchema), ...commonErrorResponses },
      },
    },
    async (request) => ({ items: await suggestions.eventProperties(request.params.ws, request.query) }),
  );

  api.get(
    '/api/workspaces/:ws/events/properties/values',
    {
      config,
      schema: {
        tags: ['events'],
        description:
          'The values (text, numbers and booleans, as text) of one property path of one event, with event and person counts, most events first; `search` keeps values containing it (case-insensitive).',
        params: workspaceParams,
        querystring: z
          .object({ event: eventName, key: propertyKey, search, limit: suggestionLimit(20), ...rangeFields })
          .refine(rangeIsOrdered.check, rangeIsOrdered.params),
        response: { 200: list(propertyValueSuggestionSchema), ...commonErrorResponses },
      },
    },
    async (request) => ({ items: await suggestions.propertyValues(request.params.ws, request.query) }),
  );

  api.post(
    '/api/workspaces/:ws/events/match-preview',
    {
      config,
      schema: {
        tags: ['events'],
        description:
          'How many events, and from how many persons, an event matcher matches in the date range (all time without one): the numbers the living map shows for a touchpoint with this matcher.',
        params: workspaceParams,
        body: matchPreviewRequestSchema,
        response: { 200: matchPreviewSchema, 501: apiErrorSchema, ...commonErrorResponses },
      },
    },
    async (request) => suggestions.matchPreview(request.params.ws, request.body),
  );
}
