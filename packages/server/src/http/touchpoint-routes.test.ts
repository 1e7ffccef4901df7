import type { Touchpoint } from '@safar/core';
import type { HTTPMethods } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestApp, testEngines, type TestApp } from '../test-support/test-engines.js';

interface ApiErrorBody {
  error: {
    code: string;
    message: string;
    issues?: { path: string; message: string }[];
    details?: Record<string, unknown>;
  };
}

interface StoredTouchpointBody {
  touchpoint: Touchpoint;
  revision: number;
  createdAt: string;
  updatedAt: string;
}

const BASE = '/api/workspaces/acme/touchpoints';

describe.each(testEngines())('touchpoint routes on %s', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await openTestApp(engine);
    await t.app.inject({ method: 'POST', url: '/api/workspaces', payload: { id: 'acme', name: 'Acme' } });
  });
  afterAll(async () => t.close());

  const send = (method: HTTPMethods, url: string, payload?: object) =>
    t.app.inject({ method, url, ...(payload === undefined ? {} : { payload }) });
  const issuePaths = (body: ApiErrorBody) => body.error.issues?.map((issue) => issue.path) ?? [];
  const listIds = async (query = '') =>
    (await send('GET', `${BASE}${query}`))
      .json<{ items: StoredTouchpointBody[] }>()
      .items.map((item) => item.touchpoint.id);

  it('creates a touchpoint from a name and channel, filling every default', async () => {
    const created = await send('POST', BASE, {
      id: 'checkout-page',
      name: 'Checkout page',
      channel: 'website',
    });
    expect(created.statusCode, created.body).toBe(201);
    const stored = created.json<StoredTouchpointBody>();
    expect(stored.revision).toBe(1);
    expect(stored.touchpoint).toEqual({
      id: 'checkout-page',
      name: 'Checkout page',
      channel: 'website',
      customChannel: '',
      department: '',
      visibility: 'frontstage',
      description: '',
      eventMatcher: null,
    });
    const fetched = await send('GET', `${BASE}/checkout-page`);
    expect(fetched.statusCode).toBe(200);
    expect(fetched.json()).toEqual(stored);

    const generated = await send('POST', BASE, { name: 'Welcome mail', channel: 'email' });
    expect(generated.statusCode).toBe(201);
    expect(generated.json<StoredTouchpointBody>().touchpoint.id).toMatch(/^[A-Za-z0-9_-]+$/);
  });

  it('fills defaults inside an event matcher and refuses a duplicate id', async () => {
    const created = await send('POST', BASE, {
      id: 'order-confirmed',
      name: 'Order confirmation',
      channel: 'email',
      eventMatcher: { event: 'email_sent' },
    });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json<StoredTouchpointBody>().touchpoint.eventMatcher).toEqual({
      event: 'email_sent',
      filters: [],
    });
    const duplicate = await send('POST', BASE, { id: 'order-confirmed', name: 'Again', channel: 'sms' });
    expect(duplicate.statusCode).toBe(409);
    expect(duplicate.json<ApiErrorBody>().error.code).toBe('conflict');
  });

  it('filters the list by ?channel= and rejects an unknown channel', async () => {
    await send('POST', BASE, { id: 'sms-reminder', name: 'Reminder', channel: 'sms' });
    await send('POST', BASE, { id: 'sms-code', name: 'Login code', channel: 'sms' });
    await send('POST', BASE, { id: 'store-visit', name: 'Store visit', channel: 'physical-store' });

    const sms = await send('GET', `${BASE}?channel=sms`);
    expect(sms.statusCode).toBe(200);
    const items = sms.json<{ items: StoredTouchpointBody[] }>().items;
    expect(items.map((item) => item.touchpoint.id).sort()).toEqual(['sms-code', 'sms-reminder']);
    expect(items.every((item) => item.touchpoint.channel === 'sms')).toBe(true);
    expect(await listIds('?channel=whatsapp')).toEqual([]);
    expect(await listIds()).toEqual(expect.arrayContaining(['sms-code', 'sms-reminder', 'store-visit']));

    const unknown = await send('GET', `${BASE}?channel=fax`);
    expect(unknown.statusCode).toBe(400);
    expect(issuePaths(unknown.json<ApiErrorBody>())).toContain('querystring.channel');
  });

  it('replaces a touchpoint at its base revision and refuses a stale one with 409', async () => {
    await send('POST', BASE, { id: 'hotline', name: 'Hotline', channel: 'call-centre' });
    const updated = await send('PUT', `${BASE}/hotline`, {
      baseRevision: 1,
      touchpoint: { name: 'Support desk', channel: 'helpdesk', department: 'Care' },
    });
    expect(updated.statusCode, updated.body).toBe(200);
    const stored = updated.json<StoredTouchpointBody>();
    expect(stored).toMatchObject({ revision: 2, touchpoint: { id: 'hotline', name: 'Support desk' } });
    expect(stored.touchpoint.department).toBe('Care');

    const stale = await send('PUT', `${BASE}/hotline`, {
      baseRevision: 1,
      touchpoint: { name: 'Overwritten', channel: 'helpdesk' },
    });
    expect(stale.statusCode).toBe(409);
    const { error } = stale.json<ApiErrorBody>();
    expect(error.code).toBe('conflict');
    expect(error.details?.['currentRevision']).toBe(2);
    expect((await send('GET', `${BASE}/hotline`)).json()).toEqual(stored);
    const beyond = await send('PUT', `${BASE}/hotline`, {
      baseRevision: 3_000_000_000,
      touchpoint: { name: 'Overwritten', channel: 'helpdesk' },
    });
    expect(beyond.statusCode, beyond.body).toBe(409);
    expect(beyond.json<ApiErrorBody>().error.details?.['currentRevision']).toBe(2);
    // The channel column follows the document, so the filter sees the change.
    expect(await listIds('?channel=helpdesk')).toContain('hotline');
    expect(await listIds('?channel=call-centre')).not.toContain('hotline');
  });

  it.each([
    [{ channel: 'website' }, 'body.name'],
    [{ name: 'X', channel: 'fax' }, 'body.channel'],
    [{ name: 'X', channel: 'website', description: 'a\u0000b' }, 'description'],
    [{ name: 'X', channel: 'custom' }, 'body.customChannel'],
    [{ name: 'X', channel: 'website', visibility: 'hidden' }, 'body.visibility'],
    [{ name: 'X', channel: 'website', eventMatcher: { event: '' } }, 'body.eventMatcher.event'],
    [
      {
        name: 'X',
        channel: 'website',
        eventMatcher: {
          event: 'page',
          filters: [{ property: 'path', operator: 'matches_regex', value: '(' }],
        },
      },
      'body.eventMatcher.filters.0.value',
    ],
  ])('rejects POST %j with a 400 naming %s', async (payload, path) => {
    const before = await send('GET', BASE);
    const response = await send('POST', BASE, payload);
    expect(response.statusCode, response.body).toBe(400);
    const body = response.json<ApiErrorBody>();
    expect(body.error.code).toBe('validation_failed');
    expect(issuePaths(body)).toContain(path);
    expect((await send('GET', BASE)).body).toBe(before.body);
  });

  it('rejects an invalid PUT with a 400 naming the field and keeps the touchpoint', async () => {
    await send('POST', BASE, { id: 'chatbot', name: 'Chatbot', channel: 'chatbot' });
    const before = await send('GET', `${BASE}/chatbot`);
    const response = await send('PUT', `${BASE}/chatbot`, {
      baseRevision: 1,
      touchpoint: { name: 'Chatbot', channel: 'custom', customChannel: '' },
    });
    expect(response.statusCode).toBe(400);
    expect(issuePaths(response.json<ApiErrorBody>())).toContain('body.touchpoint.customChannel');
    expect((await send('GET', `${BASE}/chatbot`)).body).toBe(before.body);
  });

  it('answers 404 for a touchpoint that does not exist', async () => {
    for (const [method, suffix, payload] of [
      ['GET', '', undefined],
      ['GET', '/usage', undefined],
      ['PUT', '', { touchpoint: { name: 'Ghost', channel: 'website' } }],
      ['DELETE', '', undefined],
    ] as const) {
      const response = await send(method, `${BASE}/ghost${suffix}`, payload);
      expect(response.statusCode, `${method} ${suffix}: ${response.body}`).toBe(404);
      expect(response.json<ApiErrorBody>().error.code).toBe('not_found');
    }
  });

  it('refuses to delete a touchpoint used on a map, lists where, and deletes it once removed', async () => {
    await send('POST', BASE, { id: 'app-push', name: 'Push notification', channel: 'push' });
    const created = await send('POST', '/api/workspaces/acme/maps', { title: 'Reorder journey' });
    const mapId = created.json<{ map: { id: string } }>().map.id;
    const mapUrl = `/api/workspaces/acme/maps/${mapId}`;
    const cell = { shape: 'touchpoints', touchpointIds: ['app-push', 'checkout-page'] };
    const built = await send('POST', `${mapUrl}/operations`, {
      baseRevision: 1,
      operations: [
        {
          type: 'addStage',
          index: 0,
          stage: {
            id: 'remind',
            name: 'Remind',
            steps: [
              { id: 'notify', name: 'Notify' },
              { id: 'open-app', name: 'Open the app' },
            ],
          },
        },
        { type: 'addLane', index: 0, lane: { id: 'doing', kind: 'actions', name: 'Doing' } },
        { type: 'addLane', index: 1, lane: { id: 'tps', kind: 'touchpoints', name: 'Touchpoints' } },
        { type: 'setCell', laneId: 'tps', stepId: 'open-app', content: cell },
        { type: 'setCell', laneId: 'tps', stepId: 'notify', content: cell },
      ],
    });
    expect(built.statusCode, built.body).toBe(200);

    const usage = await send('GET', `${BASE}/app-push/usage`);
    expect(usage.statusCode).toBe(200);
    expect(usage.json()).toEqual({
      items: [
        {
          mapId,
          title: 'Reorder journey',
          locations: [
            { stageId: 'remind', stepId: 'notify', laneId: 'tps' },
            { stageId: 'remind', stepId: 'open-app', laneId: 'tps' },
          ],
        },
      ],
    });
    expect((await send('GET', `${BASE}/sms-code/usage`)).json()).toEqual({ items: [] });

    const refused = await send('DELETE', `${BASE}/app-push`);
    expect(refused.statusCode).toBe(409);
    const { error } = refused.json<ApiErrorBody>();
    expect(error.code).toBe('conflict');
    expect(error.message).toContain('app-push');
    expect(error.details?.['maps']).toEqual([{ id: mapId, title: 'Reorder journey' }]);
    expect((await send('GET', `${BASE}/app-push`)).statusCode).toBe(200);

    const removed = await send('POST', `${mapUrl}/operations`, {
      baseRevision: 2,
      operations: [
        {
          type: 'setCell',
          laneId: 'tps',
          stepId: 'notify',
          content: { ...cell, touchpointIds: ['checkout-page'] },
        },
        { type: 'clearCell', laneId: 'tps', stepId: 'open-app' },
      ],
    });
    expect(removed.statusCode, removed.body).toBe(200);
    expect((await send('GET', `${BASE}/app-push/usage`)).json()).toEqual({ items: [] });

    const deleted = await send('DELETE', `${BASE}/app-push`);
    expect(deleted.statusCode).toBe(204);
    expect(deleted.body).toBe('');
    expect((await send('GET', `${BASE}/app-push`)).statusCode).toBe(404);
    expect(await listIds()).not.toContain('app-push');
    // checkout-page is still on the map, so it still may not go.
    expect((await send('DELETE', `${BASE}/checkout-page`)).statusCode).toBe(409);
  });
});
