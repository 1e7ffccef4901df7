import { MAP_DOCUMENT_FORMAT } from '@safar/core';
import type { FastifyInstance, HTTPMethods } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestApp, testEngines, type TestApp } from '../test-support/test-engines.js';
import { buildApp } from './build-app.js';
import { PERMISSIONS, type Authorizer, type Permission } from './permissions.js';

interface OpenApiDocument {
  openapi: string;
  info: { title: string; version: string };
  paths: Record<string, Record<string, { tags?: string[] }>>;
  components: { schemas: Record<string, { type?: string; properties?: Record<string, unknown> }> };
}

/** What each documented operation needs. A new route must be added here with its permission. */
const EXPECTED_PERMISSIONS: Record<string, Permission> = {
  'get /api/health': 'public',
  'get /api/templates': 'template:read',
  'get /api/templates/{id}/preview': 'template:read',
  'get /api/channels': 'template:read',
  'get /api/workspaces': 'workspace:read',
  'post /api/workspaces': 'workspace:create',
  'get /api/workspaces/{ws}': 'workspace:read',
  'get /api/workspaces/{ws}/personas': 'persona:read',
  'post /api/workspaces/{ws}/personas': 'persona:edit',
  'get /api/workspaces/{ws}/personas/{id}': 'persona:read',
  'put /api/workspaces/{ws}/personas/{id}': 'persona:edit',
  'delete /api/workspaces/{ws}/personas/{id}': 'persona:edit',
  'get /api/workspaces/{ws}/touchpoints': 'touchpoint:read',
  'post /api/workspaces/{ws}/touchpoints': 'touchpoint:edit',
  'get /api/workspaces/{ws}/touchpoints/{id}': 'touchpoint:read',
  'get /api/workspaces/{ws}/touchpoints/{id}/usage': 'touchpoint:read',
  'put /api/workspaces/{ws}/touchpoints/{id}': 'touchpoint:edit',
  'delete /api/workspaces/{ws}/touchpoints/{id}': 'touchpoint:edit',
  'get /api/workspaces/{ws}/maps': 'map:read',
  'post /api/workspaces/{ws}/maps': 'map:edit',
  'post /api/workspaces/{ws}/maps/import': 'map:edit',
  'get /api/workspaces/{ws}/maps/{id}': 'map:read',
  'put /api/workspaces/{ws}/maps/{id}': 'map:edit',
  'delete /api/workspaces/{ws}/maps/{id}': 'map:delete',
  'post /api/workspaces/{ws}/maps/{id}/operations': 'map:edit',
  'get /api/workspaces/{ws}/maps/{id}/history': 'map:read',
  'get /api/workspaces/{ws}/maps/{id}/export': 'map:read',
  'post /api/workspaces/{ws}/write-keys': 'write-keys:manage',
  'get /api/workspaces/{ws}/write-keys': 'write-keys:manage',
  'delete /api/workspaces/{ws}/write-keys/{id}': 'write-keys:manage',
  'get /api/workspaces/{ws}/events': 'events:read',
  'get /api/workspaces/{ws}/persons': 'events:read',
  'get /api/workspaces/{ws}/persons/{id}': 'events:read',
  'post /api/workspaces/{ws}/persons/lookup': 'events:read',
  'post /api/workspaces/{ws}/imports': 'events:write',
  'post /api/workspaces/{ws}/analytics/funnel': 'events:read',
  'post /api/workspaces/{ws}/analytics/retention': 'events:read',
  'post /api/workspaces/{ws}/analytics/paths': 'events:read',
  'post /api/workspaces/{ws}/analytics/funnel/persons': 'events:read',
  'post /api/workspaces/{ws}/analytics/retention/persons': 'events:read',
  'post /api/workspaces/{ws}/analytics/paths/persons': 'events:read',
  'post /api/workspaces/{ws}/analytics/friction': 'events:read',
  'post /api/workspaces/{ws}/analytics/friction/persons': 'events:read',
  'post /api/workspaces/{ws}/analytics/conformance': 'events:read',
  'post /api/workspaces/{ws}/analytics/conformance/persons': 'events:read',
  'post /api/workspaces/{ws}/analytics/attribution': 'events:read',
  'post /api/workspaces/{ws}/analytics/attribution/persons': 'events:read',
  'post /api/workspaces/{ws}/maps/{id}/metrics': 'events:read',
  'get /api/workspaces/{ws}/events/names': 'events:read',
  'get /api/workspaces/{ws}/events/properties': 'events:read',
  'get /api/workspaces/{ws}/events/properties/values': 'events:read',
  'post /api/workspaces/{ws}/events/match-preview': 'events:read',
  'get /api/workspaces/{ws}/persons/traits': 'events:read',
  'get /api/workspaces/{ws}/persons/traits/values': 'events:read',
  'post /api/workspaces/{ws}/personas/coverage': 'events:read',
  'get /api/workspaces/{ws}/personas/{id}/coverage': 'events:read',
  'get /api/workspaces/{ws}/saved-queries': 'events:read',
  'post /api/workspaces/{ws}/saved-queries': 'saved-query:edit',
  'get /api/workspaces/{ws}/saved-queries/{id}': 'events:read',
  'put /api/workspaces/{ws}/saved-queries/{id}': 'saved-query:edit',
  'delete /api/workspaces/{ws}/saved-queries/{id}': 'saved-query:edit',
};

/** Bodies that pass validation, so a request reaches the permission check (which runs after it). */
const VALID_BODIES: Record<string, object> = {
  'post /api/workspaces': { name: 'X' },
  'post /api/workspaces/{ws}/personas': { name: 'X' },
  'put /api/workspaces/{ws}/personas/{id}': { persona: { name: 'X' } },
  'post /api/workspaces/{ws}/touchpoints': { name: 'X', channel: 'website' },
  'put /api/workspaces/{ws}/touchpoints/{id}': { touchpoint: { name: 'X', channel: 'website' } },
  'post /api/workspaces/{ws}/maps': { title: 'X' },
  'post /api/workspaces/{ws}/maps/import': { format: MAP_DOCUMENT_FORMAT, schemaVersion: 1 },
  'put /api/workspaces/{ws}/maps/{id}': { baseRevision: 1, map: { id: 'x', title: 'X' } },
  'post /api/workspaces/{ws}/maps/{id}/operations': {
    baseRevision: 1,
    operations: [{ type: 'updateMap', changes: {} }],
  },
};

describe.each(testEngines())('OpenAPI, docs and permissions on %s', (engine) => {
  let t: TestApp;
  let document: OpenApiDocument;
  beforeAll(async () => {
    t = await openTestApp(engine);
    const response = await t.app.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(response.statusCode).toBe(200);
    document = response.json<OpenApiDocument>();
  });
  afterAll(async () => t.close());

  /** Another app over the same services; closing it leaves the database open. */
  async function withApp(authorizer: Authorizer | undefined, use: (app: FastifyInstance) => Promise<void>) {
    const app = await buildApp(t.services, authorizer ? { authorizer } : {});
    try {
      await use(app);
    } finally {
      await app.close();
    }
  }

  it('serves an OpenAPI 3 document with the main paths', () => {
    expect(document.openapi.startsWith('3.')).toBe(true);
    expect(document.info.title).toBe('Safar API');
    expect(Object.keys(document.paths)).toEqual(
      expect.arrayContaining([
        '/api/health',
        '/api/workspaces',
        '/api/workspaces/{ws}/personas',
        '/api/workspaces/{ws}/touchpoints',
        '/api/workspaces/{ws}/maps',
        '/api/workspaces/{ws}/maps/{id}/operations',
        '/api/templates',
      ]),
    );
    expect(document.paths['/api/workspaces/{ws}/maps/{id}/operations']?.['post']).toBeDefined();
    expect(document.paths['/api/workspaces']?.['post']).toBeDefined();
    for (const [path, operations] of Object.entries(document.paths)) {
      expect(path.startsWith('/api/')).toBe(true);
      for (const [method, operation] of Object.entries(operations)) {
        expect(operation.tags?.length, `${method} ${path} has a tag`).toBeGreaterThan(0);
      }
    }
  });

  it('describes the JourneyMap schema as a component and refers to it', () => {
    const journeyMap = document.components.schemas['JourneyMap'];
    expect(journeyMap?.type).toBe('object');
    expect(Object.keys(journeyMap?.properties ?? {})).toEqual(
      expect.arrayContaining(['id', 'title', 'stages', 'lanes', 'cells', 'personaIds']),
    );
    expect(JSON.stringify(document.paths)).toContain('#/components/schemas/');
    expect(JSON.stringify(document)).toContain('"#/components/schemas/JourneyMap"');
  });

  it('serves the API reference as HTML at /api/docs', async () => {
    for (const url of ['/api/docs', '/api/docs/']) {
      let response = await t.app.inject({ method: 'GET', url });
      if (response.statusCode >= 300 && response.statusCode < 400) {
        const location = String(response.headers['location']);
        response = await t.app.inject({
          method: 'GET',
          url: new URL(location, `http://localhost${url}`).pathname,
        });
      }
      expect(response.statusCode, url).toBe(200);
      expect(response.headers['content-type']).toContain('text/html');
      expect(response.body).toMatch(/<html/i);
    }
  });

  it('refuses at registration an /api route that declares no permission', async () => {
    await withApp(undefined, async (app) => {
      expect(() => app.get('/api/unguarded', async () => 'open')).toThrow(
        /GET \/api\/unguarded does not declare the permission/,
      );
      app.get('/api/guarded', { config: { permission: 'map:read' } }, async () => 'guarded');
      app.get('/outside-the-api', async () => 'not under /api');
      app.register(async (plugin) => {
        plugin.post('/api/in-a-plugin', async () => 'open');
      });
      await expect(app.ready()).rejects.toThrow(/POST \/api\/in-a-plugin does not declare the permission/);
    });
  });

  it('accepts a declared permission and routes outside /api without one', async () => {
    await withApp(undefined, async (app) => {
      app.get('/api/guarded', { config: { permission: 'map:read' } }, async () => 'guarded');
      app.get('/outside-the-api', async () => 'free');
      expect((await app.inject({ method: 'GET', url: '/api/guarded' })).body).toBe('guarded');
      expect((await app.inject({ method: 'GET', url: '/outside-the-api' })).body).toBe('free');
    });
  });

  it('checks the declared permission of every documented route before running it', async () => {
    const asked: Permission[] = [];
    const refuseAll: Authorizer = {
      async authorize(_request, permission) {
        asked.push(permission);
        return null;
      },
    };
    const documented = Object.entries(document.paths).flatMap(([path, operations]) =>
      Object.keys(operations).map((method) => `${method} ${path}`),
    );
    expect(documented.sort()).toEqual(Object.keys(EXPECTED_PERMISSIONS).sort());

    await withApp(refuseAll, async (app) => {
      for (const route of documented) {
        const [method = '', path = ''] = route.split(' ');
        const expected = EXPECTED_PERMISSIONS[route];
        expect(PERMISSIONS).toContain(expected);
        asked.length = 0;
        const body = VALID_BODIES[route];
        const response = await app.inject({
          method: method.toUpperCase() as HTTPMethods,
          url: path.replace('{ws}', 'acme').replace('{id}', 'x'),
          ...(body === undefined ? {} : { payload: body }),
        });
        if (expected === 'public') {
          expect(response.statusCode, route).toBe(200);
          expect(asked).toEqual([]);
        } else {
          expect(response.statusCode, `${route}: ${response.body}`).toBe(403);
          expect(response.json()).toEqual({ error: { code: 'forbidden', message: expect.any(String) } });
          expect(asked, route).toEqual([expected]);
        }
      }
      // Undocumented routes: the OpenAPI document and the reference stay public.
      expect((await app.inject({ method: 'GET', url: '/api/openapi.json' })).statusCode).toBe(200);
      expect((await app.inject({ method: 'GET', url: '/api/docs/' })).statusCode).toBe(200);
    });
    // Nothing was written by the refused requests.
    expect((await t.app.inject({ method: 'GET', url: '/api/workspaces' })).json()).toEqual({ items: [] });
  });
});
