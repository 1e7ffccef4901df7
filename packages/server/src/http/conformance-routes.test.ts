import {
  conformancePersons,
  referenceConformance,
  type QueryEvent,
  type ResolvedConformance,
} from '@safar/analytics';
import { pageOfPersons } from '@safar/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoEvents } from '../demo/seed-demo-events.js';
import { DEMO_WORKSPACE_ID, seedDemoWorkspace } from '../demo/seed-demo-workspace.js';
import { designedStepsOfMap } from '../services/designed-journey.js';
import { everyStoredEvent } from '../test-support/every-event.js';
import { openTestApp, type TestApp } from '../test-support/test-engines.js';

const TODAY = Date.UTC(2026, 10, 23);
const dateRange = { from: '2026-08-01T00:00:00Z', to: '2026-11-24T00:00:00Z' };
const MAP_ID = 'demo-ecommerce-purchase';

describe('the conformance API on the demo data', () => {
  let test: TestApp;
  let events: QueryEvent[];
  const post = (path: string, payload: object) =>
    test.app.inject({
      method: 'POST',
      url: `/api/workspaces/${DEMO_WORKSPACE_ID}/analytics/conformance${path}`,
      payload,
    });
  const query = (fields: object) => ({ kind: 'conformance', dateRange, ...fields });
  const mapDesign = async (): Promise<ResolvedConformance> => {
    const { map } = await test.services.maps.get(DEMO_WORKSPACE_ID, MAP_ID);
    const catalogue = await test.services.touchpoints.list(DEMO_WORKSPACE_ID);
    return {
      designed: designedStepsOfMap(
        map,
        catalogue.map((entry) => entry.touchpoint),
      ),
      sessionGapMs: null,
    };
  };

  beforeAll(async () => {
    test = await openTestApp('pglite');
    await seedDemoWorkspace(test.services, { locale: 'en' });
    await seedDemoEvents(test.services, { events: 10_000, today: TODAY });
    events = await everyStoredEvent(test.services.events, DEMO_WORKSPACE_ID, dateRange);
  });
  afterAll(() => test?.close());

  it("measures journeys against a map's steps, as the reference does", async () => {
    const response = await post('', query({ mapId: MAP_ID }));
    expect(response.statusCode, response.body).toBe(200);
    const design = await mapDesign();
    expect(design.designed.length).toBeGreaterThanOrEqual(2);
    const expected = referenceConformance(events, design);
    expect(expected.journeys).toBeGreaterThan(0);
    expect(expected.edges.some((edge) => edge.designed)).toBe(true);
    expect(response.json()).toEqual(JSON.parse(JSON.stringify(expected)));
  });

  it('takes explicit steps and sessions, and drills down to the persons behind a number', async () => {
    const steps = [
      { kind: 'touchpoint', touchpointId: 'tp-website-product-page' },
      { kind: 'touchpoint', touchpointId: 'tp-checkout' },
      { kind: 'touchpoint', touchpointId: 'tp-online-payment' },
    ];
    const spec = query({ steps, sessionGapMinutes: 30 });
    const response = await post('', spec);
    expect(response.statusCode, response.body).toBe(200);
    const labels = response.json<{ steps: string[] }>().steps;
    const matcherOf = async (id: string) => {
      const matcher = (await test.services.touchpoints.get(DEMO_WORKSPACE_ID, id)).touchpoint.eventMatcher;
      if (!matcher) throw new Error(`${id} has no matcher`);
      return matcher;
    };
    const design: ResolvedConformance = {
      designed: await Promise.all(
        steps.map(async (step, index) => ({
          label: labels[index] ?? '',
          matchers: [await matcherOf(step.touchpointId)],
        })),
      ),
      sessionGapMs: 30 * 60_000,
    };
    expect(response.json()).toEqual(JSON.parse(JSON.stringify(referenceConformance(events, design))));

    const select = { kind: 'deviation', deviation: 'unmapped' } as const;
    const persons = await post('/persons', { query: spec, select, limit: 5, offset: 2 });
    expect(persons.statusCode, persons.body).toBe(200);
    const expected = pageOfPersons(conformancePersons(events, design, select), { limit: 5, offset: 2 });
    expect(expected.total).toBeGreaterThan(0);
    expect(persons.json()).toEqual(JSON.parse(JSON.stringify(expected)));
  });

  it('refuses specs it cannot run with a 400 naming the field', async () => {
    await test.services.maps.create(DEMO_WORKSPACE_ID, { id: 'blank-map', title: 'Blank' }, 'test');
    const viewed = { kind: 'event', matcher: { event: 'Product Viewed' } };
    const cases: [string, object, RegExp][] = [
      ['', query({}), /mapId: give either mapId .* or steps/],
      ['', query({ mapId: MAP_ID, steps: [viewed, viewed] }), /mapId: give either/],
      ['', query({ steps: [viewed] }), /steps: conformance needs at least two designed steps/],
      ['', query({ mapId: 'no-map' }), /mapId: map no-map does not exist/],
      ['', query({ mapId: 'blank-map' }), /mapId: map blank-map has 0 steps .*at least two/],
      [
        '',
        query({ steps: [viewed, { kind: 'touchpoint', touchpointId: 'tp-nowhere' }] }),
        /steps\.1: touchpoint tp-nowhere does not exist/,
      ],
      [
        '/persons',
        { query: query({ steps: [viewed, viewed] }), select: { kind: 'edge', source: 3, target: '(end)' } },
        /select\.source: must name a designed step \(1 to 2\)/,
      ],
      [
        '/persons',
        { query: query({ mapId: MAP_ID }), select: { kind: 'edge', source: 99, target: '(end)' } },
        /select\.source: the designed order has \d+ steps, not 99/,
      ],
      ['/persons', { query: query({ mapId: MAP_ID }), select: { kind: 'deviation' } }, /select/],
    ];
    for (const [path, body, message] of cases) {
      const response = await post(path, body);
      expect(response.statusCode, response.body).toBe(400);
      expect(response.json<{ error: { message: string } }>().error.message).toMatch(message);
    }
  });
});
