import type { HTTPMethods } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestApp, testEngines, type TestApp } from '../test-support/test-engines.js';

interface ApiErrorBody {
  error: { code: string; message: string; issues?: { path: string; message: string }[] };
}
interface SavedQueryBody {
  id: string;
  name: string;
  kind: string;
  query: Record<string, unknown>;
  createdAt: string;
  updatedAt: string;
}

const BASE = '/api/workspaces/acme/saved-queries';
const dateRange = { from: '2026-01-01T00:00:00Z', to: '2026-02-01T00:00:00Z' };
const step = (event: string) => ({ kind: 'event', matcher: { event } });
const funnel = { kind: 'funnel', dateRange, steps: [step('Product Viewed'), step('Order Completed')] };
const retention = { kind: 'retention', dateRange, startStep: step('Signed Up'), returnStep: step('page') };

describe.each(testEngines())('saved query routes on %s', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await openTestApp(engine);
    await t.app.inject({ method: 'POST', url: '/api/workspaces', payload: { id: 'acme', name: 'Acme' } });
  });
  afterAll(async () => t.close());

  const send = (method: HTTPMethods, url: string, payload?: object) =>
    t.app.inject({ method, url, ...(payload === undefined ? {} : { payload }) });
  const list = async () => (await send('GET', BASE)).json<{ items: SavedQueryBody[] }>().items;
  const issuePaths = (body: ApiErrorBody) => body.error.issues?.map((issue) => issue.path) ?? [];

  it('saves a query with its spec defaults filled, reads it back and lists newest first', async () => {
    const created = await send('POST', BASE, { name: '  Checkout  ', kind: 'funnel', query: funnel });
    expect(created.statusCode, created.body).toBe(201);
    const first = created.json<SavedQueryBody>();
    expect(first).toMatchObject({ name: 'Checkout', kind: 'funnel' });
    expect(first.query).toMatchObject({ ...funnel, order: 'ordered', window: { value: 14, unit: 'day' } });
    expect(first.createdAt).toBe(first.updatedAt);
    expect((await send('GET', `${BASE}/${first.id}`)).json()).toEqual(first);

    // Names need not be unique.
    const second = (
      await send('POST', BASE, { name: 'Checkout', kind: 'retention', query: retention })
    ).json<SavedQueryBody>();
    expect(second.id).not.toBe(first.id);
    expect((await list()).map((item) => item.id).slice(0, 2)).toEqual([second.id, first.id]);

    // Replacing moves it to the top.
    await new Promise((resolve) => setTimeout(resolve, 5));
    const replaced = await send('PUT', `${BASE}/${first.id}`, {
      name: 'Checkout, strict',
      kind: 'funnel',
      query: { ...funnel, order: 'strict' },
    });
    expect(replaced.statusCode, replaced.body).toBe(200);
    const updated = replaced.json<SavedQueryBody>();
    expect(updated).toMatchObject({ id: first.id, name: 'Checkout, strict', createdAt: first.createdAt });
    expect(updated.query['order']).toBe('strict');
    expect(Date.parse(updated.updatedAt)).toBeGreaterThan(Date.parse(first.updatedAt));
    expect((await list()).map((item) => item.id).slice(0, 2)).toEqual([first.id, second.id]);

    expect((await send('DELETE', `${BASE}/${second.id}`)).statusCode).toBe(204);
    expect((await send('GET', `${BASE}/${second.id}`)).statusCode).toBe(404);
    expect((await list()).map((item) => item.id)).not.toContain(second.id);
  });

  it('refuses a spec invalid for its kind with a 400 naming the field, and stores nothing', async () => {
    const before = await list();
    const cases: [object, string][] = [
      [
        { name: 'x', kind: 'funnel', query: { ...funnel, steps: [{ kind: 'nope' }] } },
        'body.query.steps.0.kind',
      ],
      [{ name: 'x', kind: 'funnel', query: retention }, 'body.query.kind'],
      [{ name: 'x', kind: 'sql', query: funnel }, 'body.kind'],
      [{ name: ' ', kind: 'funnel', query: funnel }, 'body.name'],
      [{ name: 'x'.repeat(201), kind: 'funnel', query: funnel }, 'body.name'],
      [
        { name: 'x', kind: 'funnel', query: { ...funnel, window: { value: 0, unit: 'day' } } },
        'body.query.window.value',
      ],
      [
        {
          name: 'x',
          kind: 'funnel',
          query: { ...funnel, dateRange: { from: dateRange.to, to: dateRange.from } },
        },
        'body.query.dateRange.to',
      ],
      [{ name: 'bad\u0000name', kind: 'funnel', query: funnel }, 'name'],
    ];
    for (const [payload, path] of cases) {
      const response = await send('POST', BASE, payload);
      expect(response.statusCode, JSON.stringify(payload)).toBe(400);
      const body = response.json<ApiErrorBody>();
      expect(body.error.code).toBe('validation_failed');
      expect(issuePaths(body), JSON.stringify(payload)).toContain(path);
    }
    expect(await list()).toEqual(before);
  });

  it('leaves a saved query as it was when a replacement is refused', async () => {
    const saved = (
      await send('POST', BASE, { name: 'Kept', kind: 'funnel', query: funnel })
    ).json<SavedQueryBody>();
    const refused = await send('PUT', `${BASE}/${saved.id}`, {
      name: 'Changed',
      kind: 'funnel',
      query: { ...funnel, steps: [] },
    });
    expect(refused.statusCode).toBe(400);
    expect(issuePaths(refused.json<ApiErrorBody>())).toContain('body.query.steps');
    expect((await send('GET', `${BASE}/${saved.id}`)).json()).toEqual(saved);
  });

  it('answers 404 for an unknown saved query or workspace', async () => {
    const body = { name: 'x', kind: 'funnel', query: funnel };
    const notFound: [HTTPMethods, string, object?][] = [
      ['GET', `${BASE}/missing`],
      ['PUT', `${BASE}/missing`, body],
      ['DELETE', `${BASE}/missing`],
      ['GET', '/api/workspaces/nowhere/saved-queries'],
      ['POST', '/api/workspaces/nowhere/saved-queries', body],
      ['GET', '/api/workspaces/nowhere/saved-queries/x'],
      ['PUT', '/api/workspaces/nowhere/saved-queries/x', body],
      ['DELETE', '/api/workspaces/nowhere/saved-queries/x'],
    ];
    for (const [method, url, payload] of notFound) {
      const response = await send(method, url, payload);
      expect(response.statusCode, `${method} ${url}`).toBe(404);
      expect(response.json<ApiErrorBody>().error.code).toBe('not_found');
    }
    expect(
      (await send('GET', '/api/workspaces/nowhere/saved-queries')).json<ApiErrorBody>().error.message,
    ).toMatch(/workspace/);
  });

  it('keeps each workspace to its own saved queries', async () => {
    await send('POST', '/api/workspaces', { id: 'other', name: 'Other' });
    const mine = (
      await send('POST', BASE, { name: 'Mine', kind: 'funnel', query: funnel })
    ).json<SavedQueryBody>();
    expect((await send('GET', `/api/workspaces/other/saved-queries/${mine.id}`)).statusCode).toBe(404);
    expect((await send('DELETE', `/api/workspaces/other/saved-queries/${mine.id}`)).statusCode).toBe(404);
    expect((await send('GET', '/api/workspaces/other/saved-queries')).json()).toEqual({ items: [] });
    expect((await send('GET', `${BASE}/${mine.id}`)).statusCode).toBe(200);
  });
});
