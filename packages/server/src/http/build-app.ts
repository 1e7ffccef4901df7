import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance } from 'fastify';
import {
  jsonSchemaTransform,
  jsonSchemaTransformObject,
  serializerCompiler,
  validatorCompiler,
} from 'fastify-type-provider-zod';
import type { SafarServices } from '../services/safar-services.js';
import { forbidden, installErrorHandling } from './api-errors.js';
import { localAuthorizer, type Authorizer } from './permissions.js';
import { registerAnalyticsRoutes } from './routes/analytics-routes.js';
import { registerEventRoutes } from './routes/event-routes.js';
import { registerEventSuggestionRoutes } from './routes/event-suggestion-routes.js';
import { registerImportRoutes } from './routes/import-routes.js';
import { registerMapMetricsRoutes } from './routes/map-metrics-routes.js';
import { registerMapRoutes } from './routes/map-routes.js';
import { registerMetaRoutes } from './routes/meta-routes.js';
import { registerPersonLookupRoutes } from './routes/person-lookup-routes.js';
import { registerPersonaRoutes } from './routes/persona-routes.js';
import { registerPersonSuggestionRoutes } from './routes/person-suggestion-routes.js';
import { registerSavedQueryRoutes } from './routes/saved-query-routes.js';
import { registerTouchpointRoutes } from './routes/touchpoint-routes.js';
import { registerTrackingRoutes } from './routes/tracking-routes.js';
import { registerWorkspaceRoutes } from './routes/workspace-routes.js';
import { registerWriteKeyRoutes } from './routes/write-key-routes.js';

export interface AppOptions {
  readonly authorizer?: Authorizer;
  readonly logger?: boolean;
  /** Largest request body in bytes; larger ones get a 413. */
  readonly bodyLimit?: number;
  readonly version?: string;
  /** A built web app (index.html and assets) to serve at `/`; without it `/` leads to the API docs. */
  readonly webRoot?: string | undefined;
}

export const DEFAULT_BODY_LIMIT = 5 * 1024 * 1024;

/** The HTTP API: thin routes over the services, one error shape, one authorisation hook. */
export async function buildApp(services: SafarServices, options: AppOptions = {}): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: options.bodyLimit ?? DEFAULT_BODY_LIMIT,
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  installErrorHandling(app);

  const authorizer = options.authorizer ?? localAuthorizer;
  app.decorateRequest('principal', { getter: () => ({ id: 'anonymous' }) });
  app.addHook('onRoute', (route) => {
    const isDocsAsset = route.url.startsWith('/api/docs');
    if (!isDocsAsset && route.url.startsWith('/api') && !route.config?.permission) {
      throw new Error(
        `route ${route.method.toString()} ${route.url} does not declare the permission it needs`,
      );
    }
  });
  // preValidation: a caller without the permission learns nothing about the body's validity.
  app.addHook('preValidation', async (request, reply) => {
    const permission = request.routeOptions.config.permission ?? 'public';
    if (permission === 'public') return;
    const principal = await authorizer.authorize(request, permission);
    if (!principal) return reply.status(403).send(forbidden());
    Object.defineProperty(request, 'principal', { value: principal });
    return undefined;
  });

  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Safar API',
        version: options.version ?? '0.1.0',
        description:
          'Customer journey management: workspaces, personas, touchpoints and journey maps. Every error answers with `{ error: { code, message, issues? } }`.',
      },
      tags: [
        { name: 'meta', description: 'health, templates, channels' },
        { name: 'workspaces' },
        { name: 'personas' },
        { name: 'touchpoints' },
        { name: 'maps' },
        { name: 'events', description: 'write keys, events and persons (after identity stitching)' },
        { name: 'analytics', description: 'journey queries: funnels (docs/analytics.md)' },
      ],
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs' });

  await app.register(async (api) => {
    registerMetaRoutes(api, services, options.version ?? '0.1.0', {
      servesWebApp: hasWebApp(options.webRoot),
    });
    registerWorkspaceRoutes(api, services);
    registerPersonaRoutes(api, services);
    registerTouchpointRoutes(api, services);
    registerMapRoutes(api, services);
    registerWriteKeyRoutes(api, services);
    registerEventRoutes(api, services);
    registerEventSuggestionRoutes(api, services);
    registerPersonSuggestionRoutes(api, services);
    registerAnalyticsRoutes(api, services);
    registerMapMetricsRoutes(api, services);
    registerSavedQueryRoutes(api, services);
    registerPersonLookupRoutes(api, services);
  });
  await registerTrackingRoutes(app, services);
  await registerImportRoutes(app, services);
  if (options.webRoot && hasWebApp(options.webRoot)) {
    await app.register(fastifyStatic, {
      root: options.webRoot,
      prefix: '/',
      wildcard: true,
      index: 'index.html',
    });
  }
  return app;
}

function hasWebApp(webRoot: string | undefined): boolean {
  return webRoot !== undefined && existsSync(join(webRoot, 'index.html'));
}
