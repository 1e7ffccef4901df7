import {
  CHANNELS,
  CHANNEL_KEYS,
  findTemplate,
  instantiateTemplate,
  localeSchema,
  MAP_TEMPLATES,
} from '@safar/core';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { SafarServices } from '../../services/safar-services.js';
import { NotFoundError } from '../../services/service-errors.js';
import { commonErrorResponses } from '../api-errors.js';
import { JourneyMapSchema, templateSummarySchema } from '../api-schemas.js';

export function registerMetaRoutes(
  app: FastifyInstance,
  services: SafarServices,
  version: string,
  options: { servesWebApp: boolean },
): void {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.get(
    '/api/health',
    {
      config: { permission: 'public' },
      schema: {
        tags: ['meta'],
        summary: 'Is the server up, and on which storage',
        response: {
          200: z.object({
            status: z.literal('ok'),
            version: z.string(),
            documentStore: z.enum(['pglite', 'postgres']),
          }),
        },
      },
    },
    async () => ({ status: 'ok' as const, version, documentStore: services.database.engine }),
  );

  // Without a built web app, the root leads to the API reference.
  if (!options.servesWebApp)
    api.get('/', { config: { permission: 'public' }, schema: { hide: true } }, async (_request, reply) =>
      reply.redirect('/api/docs'),
    );

  api.get('/api/openapi.json', { config: { permission: 'public' }, schema: { hide: true } }, async () =>
    app.swagger(),
  );

  api.get(
    '/api/templates',
    {
      config: { permission: 'template:read' },
      schema: {
        tags: ['meta'],
        summary: 'Map templates drawn from the source articles, with text in en, fa, ar and el',
        response: { 200: z.object({ items: z.array(templateSummarySchema) }) },
      },
    },
    async () => ({
      items: MAP_TEMPLATES.map((template) => ({
        id: template.id,
        kind: template.kind,
        journeyType: template.journeyType,
        name: template.name,
        description: template.description,
        stageCount: template.stages.length,
        stepCount: template.stages.reduce((sum, stage) => sum + stage.steps.length, 0),
        laneCount: template.lanes.length,
        channels: [...new Set(template.touchpoints.map((touchpoint) => touchpoint.channel))],
      })),
    }),
  );

  api.get(
    '/api/templates/:id/preview',
    {
      config: { permission: 'template:read' },
      schema: {
        tags: ['meta'],
        summary: 'The map a template makes, in one language, without storing it',
        params: z.object({ id: z.string() }),
        querystring: z.object({ locale: localeSchema.default('en') }),
        response: { 200: z.object({ map: JourneyMapSchema }), ...commonErrorResponses },
      },
    },
    async (request) => {
      const template = findTemplate(request.params.id);
      if (!template) throw new NotFoundError('template', request.params.id);
      return { map: instantiateTemplate(template, { mapId: 'preview', locale: request.query.locale }).map };
    },
  );

  api.get(
    '/api/channels',
    {
      config: { permission: 'template:read' },
      schema: {
        tags: ['meta'],
        summary: 'The channel catalogue with icon keys',
        response: {
          200: z.object({
            items: z.array(z.object({ key: z.enum(CHANNEL_KEYS), icon: z.string(), group: z.string() })),
          }),
        },
      },
    },
    async () => ({ items: CHANNEL_KEYS.map((key) => ({ key, ...CHANNELS[key] })) }),
  );
}
