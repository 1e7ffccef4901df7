import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestApp, testEngines, type TestApp } from '../test-support/test-engines.js';

describe.each(testEngines())('smoke on %s', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await openTestApp(engine);
  });
  afterAll(async () => t.close());

  it('creates a workspace and a map', async () => {
    const ws = await t.app.inject({
      method: 'POST',
      url: '/api/workspaces',
      payload: { id: 'acme', name: 'Acme' },
    });
    expect(ws.statusCode).toBe(201);
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/workspaces/acme/maps',
      payload: { title: 'Hello' },
    });
    expect(created.statusCode, created.body).toBe(201);
    const openapi = await t.app.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(openapi.statusCode, openapi.body.slice(0, 500)).toBe(200);
  });
});
