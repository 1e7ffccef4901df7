import { MAP_DOCUMENT_FORMAT, MAP_TEMPLATES } from '@safar/core';
import type { HTTPMethods } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestApp, testEngines, type TestApp } from '../test-support/test-engines.js';

interface ApiErrorBody {
  error: { code: string; message: string; issues?: { path: string; message: string }[] };
}

interface WorkspaceBody {
  id: string;
  name: string;
  createdAt: string;
}

/** Every route nested under a workspace, each with a body that is valid apart from the workspace. */
const NESTED_REQUESTS: [HTTPMethods, string, object | undefined][] = [
  ['GET', 'personas', undefined],
  ['POST', 'personas', { name: 'Sara' }],
  ['GET', 'personas/p1', undefined],
  ['PUT', 'personas/p1', { persona: { name: 'Sara' } }],
  ['DELETE', 'personas/p1', undefined],
  ['GET', 'touchpoints', undefined],
  ['GET', 'touchpoints?channel=email', undefined],
  ['POST', 'touchpoints', { name: 'Website', channel: 'website' }],
  ['GET', 'touchpoints/t1', undefined],
  ['GET', 'touchpoints/t1/usage', undefined],
  ['PUT', 'touchpoints/t1', { touchpoint: { name: 'Website', channel: 'website' } }],
  ['DELETE', 'touchpoints/t1', undefined],
  ['GET', 'maps', undefined],
  ['POST', 'maps', { title: 'A map' }],
  ['POST', 'maps', { templateId: MAP_TEMPLATES[0]?.id ?? 'missing', locale: 'fa' }],
  [
    'POST',
    'maps/import',
    { format: MAP_DOCUMENT_FORMAT, schemaVersion: 1, map: { id: 'm1', title: 'Imported' } },
  ],
  ['GET', 'maps/m1', undefined],
  ['PUT', 'maps/m1', { baseRevision: 1, map: { id: 'm1', title: 'Replaced' } }],
  ['DELETE', 'maps/m1', undefined],
  ['POST', 'write-keys', { label: 'web' }],
  ['GET', 'write-keys', undefined],
  ['DELETE', 'write-keys/k1', undefined],
  ['GET', 'events', undefined],
  ['GET', 'persons', undefined],
  ['GET', 'persons/u:sara', undefined],
  ['POST', 'maps/m1/operations', { baseRevision: 1, operations: [{ type: 'updateMap', changes: {} }] }],
  ['GET', 'maps/m1/history', undefined],
  ['GET', 'maps/m1/export', undefined],
];

describe.each(testEngines())('workspace routes on %s', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await openTestApp(engine);
  });
  afterAll(async () => t.close());

  const createWorkspace = (payload: object) =>
    t.app.inject({ method: 'POST', url: '/api/workspaces', payload });

  it('creates a workspace that GET and the list then return', async () => {
    const created = await createWorkspace({ id: 'acme', name: '  Acme Ltd  ' });
    expect(created.statusCode, created.body).toBe(201);
    const workspace = created.json<WorkspaceBody>();
    expect(workspace).toEqual({ id: 'acme', name: 'Acme Ltd', createdAt: expect.any(String) });
    expect(Number.isNaN(Date.parse(workspace.createdAt))).toBe(false);

    const fetched = await t.app.inject({ method: 'GET', url: '/api/workspaces/acme' });
    expect(fetched.statusCode).toBe(200);
    expect(fetched.json()).toEqual(workspace);

    await createWorkspace({ id: 'globex', name: 'Globex' });
    const list = await t.app.inject({ method: 'GET', url: '/api/workspaces' });
    expect(list.statusCode).toBe(200);
    const ids = list.json<{ items: WorkspaceBody[] }>().items.map((item) => item.id);
    expect(ids.indexOf('acme')).toBeGreaterThanOrEqual(0);
    expect(ids.indexOf('acme')).toBeLessThan(ids.indexOf('globex'));
  });

  it('gives a workspace created without an id a valid generated one', async () => {
    const created = await createWorkspace({ name: 'No id given' });
    expect(created.statusCode, created.body).toBe(201);
    const { id } = created.json<WorkspaceBody>();
    expect(id).toMatch(/^ws-[a-z0-9-]+$/);
    expect((await t.app.inject({ method: 'GET', url: `/api/workspaces/${id}` })).statusCode).toBe(200);
  });

  it('answers 409 for an id already in use and keeps the first workspace', async () => {
    expect((await createWorkspace({ id: 'initech', name: 'Initech' })).statusCode).toBe(201);
    const duplicate = await createWorkspace({ id: 'initech', name: 'Impostor' });
    expect(duplicate.statusCode).toBe(409);
    const { error } = duplicate.json<ApiErrorBody>();
    expect(error.code).toBe('conflict');
    expect(error.message).toContain('initech');
    const kept = await t.app.inject({ method: 'GET', url: '/api/workspaces/initech' });
    expect(kept.json<WorkspaceBody>().name).toBe('Initech');
  });

  it.each(['Acme', 'two words', 'UPPER', '-leading-dash', 'under_score', 'x'.repeat(65)])(
    'rejects the id %j with a 400 naming body.id',
    async (id) => {
      const response = await createWorkspace({ id, name: 'Bad id' });
      expect(response.statusCode).toBe(400);
      const { error } = response.json<ApiErrorBody>();
      expect(error.code).toBe('validation_failed');
      expect(error.issues?.map((issue) => issue.path)).toContain('body.id');
      expect(error.message).toContain('body.id');
      const list = await t.app.inject({ method: 'GET', url: '/api/workspaces' });
      expect(list.json<{ items: WorkspaceBody[] }>().items.map((item) => item.id)).not.toContain(id);
    },
  );

  it.each([{}, { name: '' }, { name: '   ' }, { id: 'ok', name: 42 }])(
    'rejects %j with a 400 naming body.name',
    async (payload) => {
      const response = await createWorkspace(payload);
      expect(response.statusCode).toBe(400);
      expect(response.json<ApiErrorBody>().error.issues?.map((issue) => issue.path)).toContain('body.name');
    },
  );

  it('rejects a name PostgreSQL cannot store with a 400 naming it', async () => {
    for (const name of ['Nul\u0000', 'Lone \udc00']) {
      const response = await createWorkspace({ id: 'unstorable', name });
      expect(response.statusCode, response.body).toBe(400);
      expect(response.json<ApiErrorBody>().error.issues?.map((issue) => issue.path)).toContain('name');
    }
    expect((await t.app.inject({ method: 'GET', url: '/api/workspaces/unstorable' })).statusCode).toBe(404);
  });

  it('answers 404 for a workspace that does not exist', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/workspaces/nowhere' });
    expect(response.statusCode).toBe(404);
    const { error } = response.json<ApiErrorBody>();
    expect(error.code).toBe('not_found');
    expect(error.message).toContain('nowhere');
  });

  it.each(NESTED_REQUESTS)('answers 404 to %s /api/workspaces/nowhere/%s', async (method, path, payload) => {
    const response = await t.app.inject({
      method,
      url: `/api/workspaces/nowhere/${path}`,
      ...(payload === undefined ? {} : { payload }),
    });
    expect(response.statusCode, response.body).toBe(404);
    const { error } = response.json<ApiErrorBody>();
    expect(error.code).toBe('not_found');
    expect(error.message).toMatch(/workspace "nowhere"/);
    // Nothing was created on the way: the workspace still does not exist.
    expect((await t.app.inject({ method: 'GET', url: '/api/workspaces/nowhere' })).statusCode).toBe(404);
  });
});
