import { EVENT_CHANNELS } from '@safar/analytics';
import { InvalidCursorError, type PersonDetail, type StoredEvent } from '@safar/warehouse';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { SafarServices } from '../../services/safar-services.js';
import { InvalidInputError } from '../../services/service-errors.js';
import { commonErrorResponses } from '../api-errors.js';
import { instant, workspaceParams } from '../api-schemas.js';

const limit = z.coerce.number().int().min(1).max(1000).default(100);
const cursor = z.string().max(500).optional();
const iso = (ms: number) => new Date(ms).toISOString();

const eventResponse = z.object({
  messageId: z.string(),
  type: z.string(),
  event: z.string(),
  personId: z.string(),
  anonymousId: z.string().nullable(),
  userId: z.string().nullable(),
  timestamp: z.string(),
  receivedAt: z.string(),
  channel: z.enum(EVENT_CHANNELS),
  properties: z.record(z.string(), z.unknown()),
  traits: z.record(z.string(), z.unknown()),
  context: z.record(z.string(), z.unknown()),
  previousId: z.string().nullable(),
  groupId: z.string().nullable(),
});
const personSummary = z.object({
  personId: z.string(),
  firstSeen: z.string(),
  lastSeen: z.string(),
  eventCount: z.number().int(),
  channels: z.array(z.enum(EVENT_CHANNELS)),
});
export const personDetail = personSummary.extend({
  ids: z.array(z.string()),
  traits: z.record(z.string(), z.unknown()),
  channelCounts: z.record(z.string(), z.number().int()),
});

/** A person as the API answers it (personDetail): times as ISO 8601. */
export const personDetailOut = (person: PersonDetail) => ({
  ...person,
  ids: [...person.ids],
  channels: [...person.channels],
  traits: { ...person.traits },
  channelCounts: { ...person.channelCounts },
  firstSeen: iso(person.firstSeen),
  lastSeen: iso(person.lastSeen),
});

const eventOut = (event: StoredEvent) => ({
  ...event,
  timestamp: iso(event.timestamp),
  receivedAt: iso(event.receivedAt),
});

/** A cursor the store did not issue is the caller's mistake: a 400, not a 500. */
async function withCursor<T>(read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (error) {
    if (error instanceof InvalidCursorError)
      throw new InvalidInputError(error.message, [{ path: 'query.cursor', message: error.message }]);
    throw error;
  }
}

/** Reading events back: the base of the person timeline. Reads see every acknowledged event. */
export function registerEventRoutes(app: FastifyInstance, services: SafarServices): void {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.get(
    '/api/workspaces/:ws/events',
    {
      config: { permission: 'events:read' },
      schema: {
        tags: ['events'],
        description:
          'Events oldest first (order=desc: newest first); filter by person (any of their ids), event name, channel and time range [from, to).',
        params: workspaceParams,
        querystring: z.object({
          person: z.string().min(1).max(500).optional(),
          event: z.string().min(1).max(500).optional(),
          channel: z.enum(EVENT_CHANNELS).optional(),
          from: instant.optional(),
          to: instant.optional(),
          limit,
          cursor,
          order: z.enum(['asc', 'desc']).default('asc'),
        }),
        response: {
          200: z.object({ items: z.array(eventResponse), nextCursor: z.string().nullable() }),
          ...commonErrorResponses,
        },
      },
    },
    async (request) => {
      await services.workspaces.get(request.params.ws);
      await services.ingest.flushNow();
      const page = await withCursor(() => services.events.events(request.params.ws, request.query));
      return { items: page.items.map(eventOut), nextCursor: page.nextCursor };
    },
  );

  api.get(
    '/api/workspaces/:ws/persons',
    {
      config: { permission: 'events:read' },
      schema: {
        tags: ['events'],
        description: 'Persons after identity stitching, most recently active first.',
        params: workspaceParams,
        querystring: z.object({ limit, cursor }),
        response: {
          200: z.object({
            items: z.array(personSummary),
            nextCursor: z.string().nullable(),
            total: z.number().int(),
          }),
          ...commonErrorResponses,
        },
      },
    },
    async (request) => {
      await services.workspaces.get(request.params.ws);
      await services.ingest.flushNow();
      const page = await withCursor(() => services.events.persons(request.params.ws, request.query));
      const { persons } = await services.events.counts(request.params.ws);
      return {
        items: page.items.map((person) => ({
          ...person,
          channels: [...person.channels],
          firstSeen: iso(person.firstSeen),
          lastSeen: iso(person.lastSeen),
        })),
        nextCursor: page.nextCursor,
        total: persons,
      };
    },
  );

  api.get(
    '/api/workspaces/:ws/persons/:id',
    {
      config: { permission: 'events:read' },
      schema: {
        tags: ['events'],
        description:
          'One person, found by any of their ids: every merged id, traits (latest wins), first and last seen, channels.',
        params: workspaceParams.extend({ id: z.string().min(1).max(500) }),
        response: { 200: personDetail, ...commonErrorResponses },
      },
    },
    async (request, reply) => {
      await services.workspaces.get(request.params.ws);
      await services.ingest.flushNow();
      const person = await services.events.person(request.params.ws, request.params.id);
      if (!person)
        return reply
          .status(404)
          .send({ error: { code: 'not_found', message: `person ${request.params.id} not found` } });
      return personDetailOut(person);
    },
  );
}
