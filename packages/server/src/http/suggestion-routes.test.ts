import { matchesSegment, matchesStep, mergedTraitsByPerson, propertyValue } from '@safar/analytics';
import type { MapMetricsAnswer } from '@safar/core';
import type { StoredEvent } from '@safar/warehouse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoEvents } from '../demo/seed-demo-events.js';
import { DEMO_WORKSPACE_ID, seedDemoWorkspace } from '../demo/seed-demo-workspace.js';
import { everyStoredEvent } from '../test-support/every-event.js';
import { openTestApp, testEngines, type TestApp } from '../test-support/test-engines.js';

const TODAY = Date.UTC(2026, 10, 23);
const dateRange = { from: '2026-10-24T00:00:00Z', to: '2026-11-24T00:00:00Z' };
const MAP_ID = 'demo-ecommerce-purchase';
const WS = `/api/workspaces/${DEMO_WORKSPACE_ID}`;

describe.each(testEngines())('the binding suggestion API on the demo data (%s)', (engine) => {
  let test: TestApp;
  let events: StoredEvent[];
  const get = async <T>(url: string) => {
    const response = await test.app.inject({ method: 'GET', url: `${WS}/${url}` });
    expect(response.statusCode, response.body).toBe(200);
    return response.json<{ items: T[] }>().items;
  };
  const post = (url: string, payload: object) =>
    test.app.inject({ method: 'POST', url: `${WS}/${url}`, payload });

  beforeAll(async () => {
    test = await openTestApp(engine);
    await seedDemoWorkspace(test.services, { locale: 'en' });
    await seedDemoEvents(test.services, { events: 5_000, today: TODAY });
    events = await everyStoredEvent(test.services.events, DEMO_WORKSPACE_ID);
  }, 120_000);
  afterAll(() => test?.close());

  it('suggests event names containing the search, with their event and person counts, most events first', async () => {
    const names = await get<{ name: string; events: number; persons: number }>(
      'events/names?search=ORDER&limit=5',
    );
    expect(names.map((entry) => entry.name)).toContain('Order Completed');
    for (const entry of names) {
      const matching = events.filter((event) => event.event === entry.name);
      expect(entry.name.toLowerCase()).toContain('order');
      expect(entry).toEqual({
        name: entry.name,
        events: matching.length,
        persons: new Set(matching.map((event) => event.personId)).size,
      });
    }
    const all = await get<{ events: number; name: string }>('events/names?limit=100');
    expect(all.map((entry) => entry.name)).not.toContain('identify');
    expect(all.map((entry) => entry.events)).toEqual(
      [...all.map((entry) => entry.events)].sort((a, b) => b - a),
    );
  });

  it("suggests a page's property paths, context paths included, and the values of one with counts", async () => {
    const keys = await get<{ key: string; events: number }>('events/properties?event=page&limit=100');
    const pages = events.filter((event) => event.event === 'page');
    expect(keys.find((entry) => entry.key === 'path')?.events).toBe(pages.length);
    expect(keys.map((entry) => entry.key)).toContain('context.library.name');
    const values = await get<{ value: string; events: number; persons: number }>(
      'events/properties/values?event=page&key=path&search=CHECK&limit=3',
    );
    expect(values.length).toBeGreaterThan(0);
    for (const entry of values) {
      const matching = pages.filter((event) => propertyValue(event, 'path') === entry.value);
      expect(entry.value.toLowerCase()).toContain('check');
      expect(entry.events).toBe(matching.length);
      expect(entry.persons).toBe(new Set(matching.map((event) => event.personId)).size);
    }
  });

  it('previews exactly the persons and events the living map shows for each touchpoint', async () => {
    const response = await post(`maps/${MAP_ID}/metrics`, { dateRange, refresh: 'now' });
    expect(response.statusCode, response.body).toBe(200);
    const metrics = response.json<MapMetricsAnswer>();
    expect(metrics.touchpoints.filter((entry) => entry.events > 0).length).toBeGreaterThan(5);
    for (const entry of metrics.touchpoints) {
      const { touchpoint } = await test.services.touchpoints.get(DEMO_WORKSPACE_ID, entry.touchpointId);
      const preview = await post('events/match-preview', { matcher: touchpoint.eventMatcher, dateRange });
      expect(preview.statusCode, preview.body).toBe(200);
      expect({ id: entry.touchpointId, ...preview.json() }).toEqual({
        id: entry.touchpointId,
        events: entry.events,
        persons: entry.persons,
      });
    }
    const allTime = await post('events/match-preview', { matcher: { event: 'Order Completed' } });
    const orders = events.filter((event) =>
      matchesStep(event, { label: '', matchers: [{ event: 'Order Completed', filters: [] }] }),
    );
    expect(allTime.json()).toEqual({
      events: orders.length,
      persons: new Set(orders.map((event) => event.personId)).size,
    });
    expect((await post('events/match-preview', { matcher: { event: 'Nothing Like This' } })).json()).toEqual({
      events: 0,
      persons: 0,
    });
  });

  it("suggests trait keys and values of the persons' merged traits, and covers the persons a persona selects", async () => {
    const traits = mergedTraitsByPerson(events.filter((event) => event.type === 'identify'));
    const keys = await get<{ key: string; persons: number }>('persons/traits?limit=100');
    const planKey = keys.find((entry) => entry.key === 'plan');
    expect(planKey?.persons).toBe([...traits.values()].filter((person) => 'plan' in person).length);
    expect(keys.map((entry) => entry.key)).toEqual(
      expect.arrayContaining(['loyalty_member', 'orders_count']),
    );
    const plans = await get<{ value: string; persons: number }>('persons/traits/values?key=plan');
    expect(plans.map((entry) => entry.value).sort()).toEqual(['business', 'personal', 'team']);

    const total = new Set(events.map((event) => event.personId)).size;
    for (const { persona } of await test.services.personas.list(DEMO_WORKSPACE_ID)) {
      const expected = {
        persons: [...new Set(events.map((event) => event.personId))].filter((person) =>
          matchesSegment(traits.get(person) ?? {}, persona.segmentRule),
        ).length,
        total,
      };
      expect(expected.persons).toBeGreaterThan(0);
      const saved = await test.app.inject({ method: 'GET', url: `${WS}/personas/${persona.id}/coverage` });
      expect(saved.json()).toEqual(expected);
      const draft = await post('personas/coverage', { segmentRule: persona.segmentRule });
      expect(draft.json()).toEqual(expected);
    }
  });

  it('refuses bad input with a 400 naming the field, and unknown workspaces and personas with a 404', async () => {
    const issuePath = async (response: { statusCode: number; json: () => unknown }) => {
      expect(response.statusCode).toBe(400);
      return (response.json() as { error: { issues: { path: string }[] } }).error.issues[0]?.path;
    };
    const inject = (url: string) => test.app.inject({ method: 'GET', url: `${WS}/${url}` });
    expect(await issuePath(await inject('events/names?limit=0'))).toBe('querystring.limit');
    expect(
      await issuePath(await inject('events/names?from=2026-11-02T00:00:00Z&to=2026-11-01T00:00:00Z')),
    ).toBe('querystring.to');
    expect(await issuePath(await inject('events/properties'))).toBe('querystring.event');
    expect(await issuePath(await inject('events/properties/values?event=page&key=a%20b'))).toBe(
      'querystring.key',
    );
    expect(await issuePath(await inject('persons/traits/values'))).toBe('querystring.key');
    expect(await issuePath(await post('events/match-preview', { matcher: { event: '' } }))).toBe(
      'body.matcher.event',
    );
    expect(await issuePath(await post('personas/coverage', { segmentRule: { match: 'some' } }))).toBe(
      'body.segmentRule.match',
    );
    const missing = await test.app.inject({ method: 'GET', url: '/api/workspaces/nowhere/events/names' });
    expect(missing.statusCode).toBe(404);
    expect((await inject('personas/nobody/coverage')).statusCode).toBe(404);
  });
});
