import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestApp, testEngines, type TestApp } from '../test-support/test-engines.js';

interface PersonBody {
  personId: string;
  ids: string[];
  traits: Record<string, unknown>;
  eventCount: number;
  channels: string[];
}

const basic = (key: string) => `Basic ${Buffer.from(`${key}:`).toString('base64')}`;
const at = (minute: number) => new Date(Date.UTC(2026, 9, 1, 10, minute)).toISOString();

describe.each(testEngines())('person lookup and the timeline order on %s', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await openTestApp(engine);
    await t.app.inject({ method: 'POST', url: '/api/workspaces', payload: { id: 'shop', name: 'Shop' } });
    const { key } = (
      await t.app.inject({
        method: 'POST',
        url: '/api/workspaces/shop/write-keys',
        payload: { label: 'web' },
      })
    ).json<{ key: string }>();
    const sent = await t.app.inject({
      method: 'POST',
      url: '/v1/batch',
      headers: { authorization: basic(key) },
      payload: {
        batch: [
          { type: 'page', anonymousId: 'laptop', name: 'Home', properties: { path: '/' }, timestamp: at(0) },
          { type: 'track', anonymousId: 'phone', event: 'Product Viewed', timestamp: at(1) },
          {
            type: 'identify',
            anonymousId: 'laptop',
            userId: 'sara',
            traits: { name: 'Sara' },
            timestamp: at(2),
          },
          { type: 'identify', anonymousId: 'phone', userId: 'sara', timestamp: at(3) },
          { type: 'track', userId: 'sara', event: 'Order Completed', timestamp: at(4) },
          { type: 'track', anonymousId: 'tablet', event: 'Product Viewed', timestamp: at(5) },
        ],
      },
    });
    expect(sent.statusCode, sent.body).toBe(200);
  });
  afterAll(async () => t.close());

  it('answers many persons by any of their ids, in the order asked, null for nobody', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/workspaces/shop/persons/lookup',
      payload: { ids: ['a:phone', 'a:tablet', 'a:nobody', 'u:sara'] },
    });
    expect(response.statusCode, response.body).toBe(200);
    const items = response.json<{ items: { id: string; person: PersonBody | null }[] }>().items;
    expect(items.map((item) => item.id)).toEqual(['a:phone', 'a:tablet', 'a:nobody', 'u:sara']);
    expect(items[0]?.person).toMatchObject({
      personId: 'u:sara',
      ids: ['u:sara', 'a:laptop', 'a:phone'],
      traits: { name: 'Sara' },
      eventCount: 5,
    });
    expect(items[1]?.person?.personId).toBe('a:tablet');
    expect(items[2]?.person).toBeNull();
    expect(items[3]?.person).toEqual(items[0]?.person);
  });

  it('refuses more than 1,000 ids, and answers 404 for an unknown workspace', async () => {
    const tooMany = await t.app.inject({
      method: 'POST',
      url: '/api/workspaces/shop/persons/lookup',
      payload: { ids: Array.from({ length: 1001 }, (_, i) => `a:${i}`) },
    });
    expect(tooMany.statusCode).toBe(400);
    expect(tooMany.json<{ error: { issues: { path: string }[] } }>().error.issues[0]?.path).toBe('body.ids');
    const nowhere = await t.app.inject({
      method: 'POST',
      url: '/api/workspaces/nowhere/persons/lookup',
      payload: { ids: ['u:sara'] },
    });
    expect(nowhere.statusCode).toBe(404);
  });

  it("pages a person's events newest first with order=desc, across all their ids", async () => {
    const read = async (order: string) => {
      const names: string[] = [];
      let cursor: string | null = null;
      do {
        const query: string = `person=a:laptop&limit=2&order=${order}${cursor ? `&cursor=${cursor}` : ''}`;
        const page = (
          await t.app.inject({ method: 'GET', url: `/api/workspaces/shop/events?${query}` })
        ).json<{
          items: { timestamp: string }[];
          nextCursor: string | null;
        }>();
        names.push(...page.items.map((item) => item.timestamp));
        cursor = page.nextCursor;
      } while (cursor);
      return names;
    };
    const oldestFirst = await read('asc');
    expect(oldestFirst).toEqual([at(0), at(1), at(2), at(3), at(4)]);
    expect(await read('desc')).toEqual([...oldestFirst].reverse());
    const bad = await t.app.inject({ method: 'GET', url: '/api/workspaces/shop/events?order=sideways' });
    expect(bad.statusCode).toBe(400);
  });
});
