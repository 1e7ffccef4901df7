import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestApp, testEngines, type TestApp } from '../test-support/test-engines.js';

const basic = (key: string) => `Basic ${Buffer.from(`${key}:`).toString('base64')}`;

describe.each(testEngines())('write keys and the events API on %s', (engine) => {
  let test: TestApp;
  let key: string;
  let keyId: string;

  const track = (writeKey: string, payload: object) =>
    test.app.inject({
      method: 'POST',
      url: '/v1/batch',
      headers: { authorization: basic(writeKey) },
      payload,
    });

  beforeAll(async () => {
    test = await openTestApp(engine);
    await test.app.inject({ method: 'POST', url: '/api/workspaces', payload: { id: 'shop', name: 'Shop' } });
    await test.app.inject({
      method: 'POST',
      url: '/api/workspaces',
      payload: { id: 'other', name: 'Other' },
    });
    const created = await test.app.inject({
      method: 'POST',
      url: '/api/workspaces/shop/write-keys',
      payload: { label: 'web' },
    });
    expect(created.statusCode).toBe(201);
    ({ key, id: keyId } = created.json<{ key: string; id: string }>());
  });
  afterAll(() => test?.close());

  it('lists keys without the secret', async () => {
    const listed = await test.app.inject({ method: 'GET', url: '/api/workspaces/shop/write-keys' });
    const items = listed.json<{ items: { id: string; label: string; prefix: string }[] }>().items;
    expect(items).toEqual([expect.objectContaining({ id: keyId, label: 'web', prefix: key.slice(0, 7) })]);
    expect(listed.body).not.toContain(key);
  });

  it('writes only to its own workspace, and reads go through the API, not the key', async () => {
    const sent = await track(key, {
      batch: [
        {
          type: 'page',
          anonymousId: 'laptop',
          name: 'Home',
          properties: { path: '/' },
          timestamp: '2026-10-01T10:00:00Z',
        },
        { type: 'track', anonymousId: 'laptop', event: 'Product Viewed', timestamp: '2026-10-01T10:01:00Z' },
        {
          type: 'identify',
          anonymousId: 'laptop',
          userId: 'sara',
          traits: { plan: 'pro' },
          timestamp: '2026-10-01T10:02:00Z',
        },
        {
          type: 'track',
          anonymousId: 'phone',
          userId: 'sara',
          event: 'Order Completed',
          context: { app: { name: 'Shop' } },
          timestamp: '2026-10-02T09:00:00Z',
        },
      ],
      context: { campaign: { source: 'instagram', medium: 'social' } },
    });
    expect(sent.statusCode).toBe(200);
    const other = await test.app.inject({ method: 'GET', url: '/api/workspaces/other/events' });
    expect(other.json<{ items: unknown[] }>().items).toEqual([]);
    const withKey = await test.app.inject({
      method: 'GET',
      url: '/api/workspaces/shop/events',
      headers: { authorization: basic(key) },
    });
    // The local install trusts its user for reads; the key itself opens nothing beyond /v1.
    expect(withKey.statusCode).toBe(200);
  });

  it('filters events by person, name, channel and time, and pages with a cursor', async () => {
    const get = async (query: string) =>
      (await test.app.inject({ method: 'GET', url: `/api/workspaces/shop/events?${query}` })).json<{
        items: { event: string; personId: string; channel: string }[];
        nextCursor: string | null;
      }>();
    expect((await get('person=a:phone')).items.map((event) => event.event)).toEqual([
      'page',
      'Product Viewed',
      'identify',
      'Order Completed',
    ]);
    expect((await get('event=Order%20Completed')).items).toEqual([
      expect.objectContaining({ personId: 'u:sara', channel: 'social' }),
    ]);
    expect(
      (await get('from=2026-10-01T10:01:00Z&to=2026-10-02T00:00:00Z')).items.map((event) => event.event),
    ).toEqual(['Product Viewed', 'identify']);
    const first = await get('limit=3');
    expect(first.items).toHaveLength(3);
    const second = await get(`limit=3&cursor=${first.nextCursor ?? ''}`);
    expect(second.items.map((event) => event.event)).toEqual(['Order Completed']);
    expect(second.nextCursor).toBeNull();
  });

  it('shows the stitched person with every id, traits and channels', async () => {
    const person = await test.app.inject({ method: 'GET', url: '/api/workspaces/shop/persons/a:laptop' });
    expect(person.json()).toMatchObject({
      personId: 'u:sara',
      ids: ['u:sara', 'a:laptop', 'a:phone'],
      traits: { plan: 'pro' },
      firstSeen: '2026-10-01T10:00:00.000Z',
      lastSeen: '2026-10-02T09:00:00.000Z',
      eventCount: 4,
    });
    const persons = await test.app.inject({ method: 'GET', url: '/api/workspaces/shop/persons' });
    expect(persons.json()).toMatchObject({ total: 1, items: [{ personId: 'u:sara', eventCount: 4 }] });
  });

  it('answers bad reads with 400 or 404 naming the problem', async () => {
    const cases: [string, number, RegExp][] = [
      ['/api/workspaces/shop/events?cursor=garbage', 400, /cursor/],
      ['/api/workspaces/shop/events?from=yesterday', 400, /from/],
      ['/api/workspaces/shop/events?limit=0', 400, /limit/],
      ['/api/workspaces/shop/events?channel=carrier-pigeon', 400, /channel/],
      ['/api/workspaces/shop/persons/u:nobody', 404, /nobody/],
      ['/api/workspaces/missing/events', 404, /missing/],
    ];
    for (const [url, status, message] of cases) {
      const response = await test.app.inject({ method: 'GET', url });
      expect({ url, status: response.statusCode }).toEqual({ url, status });
      expect(response.json<{ error: { message: string } }>().error.message).toMatch(message);
    }
  });

  it('refuses a revoked key from then on', async () => {
    const extra = (await test.app.inject({ method: 'POST', url: '/api/workspaces/shop/write-keys' })).json<{
      key: string;
      id: string;
    }>();
    expect(
      (await track(extra.key, { batch: [{ type: 'track', event: 'x', anonymousId: 'a' }] })).statusCode,
    ).toBe(200);
    const revoked = await test.app.inject({
      method: 'DELETE',
      url: `/api/workspaces/shop/write-keys/${extra.id}`,
    });
    expect(revoked.json()).toMatchObject({ id: extra.id, revokedAt: expect.any(String) });
    const refused = await track(extra.key, { batch: [{ type: 'track', event: 'x', anonymousId: 'a' }] });
    expect(refused.statusCode).toBe(401);
    expect(refused.json()).toMatchObject({ error: { code: 'invalid_write_key' } });
    expect(
      (await test.app.inject({ method: 'DELETE', url: '/api/workspaces/shop/write-keys/nope' })).statusCode,
    ).toBe(404);
  });

  it('imports an uploaded file, with progress lines when asked, and refuses bad requests', async () => {
    const csv =
      'time,type,customer,source\n2026-09-01T10:00:00Z,Order Completed,c1,Desk\nnot-a-time,Order Completed,c2,Desk\n';
    const upload = (url: string, headers: Record<string, string> = {}) =>
      test.app.inject({
        method: 'POST',
        url,
        payload: csv,
        headers: { 'content-type': 'text/csv', ...headers },
      });
    const mapping = encodeURIComponent(
      JSON.stringify({ event: 'type', timestamp: 'time', userId: 'customer', channel: 'source' }),
    );
    const plain = await upload(`/api/workspaces/shop/imports?format=csv&mapping=${mapping}`);
    expect(plain.statusCode).toBe(200);
    expect(plain.json()).toMatchObject({ rowsRead: 2, stored: 1, skipped: 1, problems: [{ line: 3 }] });
    const streamed = await upload(`/api/workspaces/shop/imports?format=csv&mapping=${mapping}`, {
      accept: 'application/x-ndjson',
    });
    const lines = streamed.body
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines.at(-2)).toHaveProperty('progress');
    expect(lines.at(-1)).toMatchObject({ summary: { stored: 0, duplicates: 1 } });
    const person = await test.app.inject({ method: 'GET', url: '/api/workspaces/shop/persons/u:c1' });
    expect(person.json()).toMatchObject({ channels: ['store'] });

    expect((await upload('/api/workspaces/shop/imports?format=csv')).json()).toMatchObject({
      error: { message: expect.stringMatching(/column mapping/) },
    });
    expect((await upload('/api/workspaces/shop/imports?format=xlsx')).statusCode).toBe(400);
    expect((await upload('/api/workspaces/shop/imports?format=csv&mapping=nope')).json()).toMatchObject({
      error: { message: expect.stringMatching(/mapping/) },
    });
    expect((await upload('/api/workspaces/missing/imports?format=csv&preset=xes')).statusCode).toBe(404);
  });
});
