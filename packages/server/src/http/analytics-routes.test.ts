import {
  eventsOfSelectedPersons,
  mergedTraitsByPerson,
  referenceFunnel,
  referencePaths,
  referenceRetention,
  type QueryEvent,
} from '@safar/analytics';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoEvents } from '../demo/seed-demo-events.js';
import { DEMO_WORKSPACE_ID, seedDemoWorkspace } from '../demo/seed-demo-workspace.js';
import { everyStoredEvent } from '../test-support/every-event.js';
import { openTestApp, type TestApp } from '../test-support/test-engines.js';

const TODAY = Date.UTC(2026, 10, 23);
const dateRange = { from: '2026-08-01T00:00:00Z', to: '2026-11-24T00:00:00Z' };

describe('the funnel API on the demo data', () => {
  let test: TestApp;
  const funnel = (body: object) =>
    test.app.inject({
      method: 'POST',
      url: `/api/workspaces/${DEMO_WORKSPACE_ID}/analytics/funnel`,
      payload: { kind: 'funnel', dateRange, ...body },
    });

  beforeAll(async () => {
    test = await openTestApp('pglite');
    await seedDemoWorkspace(test.services, { locale: 'en' });
    await seedDemoEvents(test.services, { events: 10_000, today: TODAY });
  });
  afterAll(() => test?.close());

  it('answers with the numbers the reference engine computes from the same events', async () => {
    const steps = [
      { kind: 'touchpoint', touchpointId: 'tp-website-product-page' },
      { kind: 'touchpoint', touchpointId: 'tp-checkout' },
      { kind: 'touchpoint', touchpointId: 'tp-online-payment' },
    ];
    const response = await funnel({
      steps,
      window: { value: 14, unit: 'day' },
      breakdown: { kind: 'channel' },
    });
    expect(response.statusCode, response.body).toBe(200);
    const result = response.json<{ steps: { label: string; persons: number }[] }>();
    expect(
      result.steps
        .map((step) => step.persons)
        .every((persons, index, all) => index === 0 || persons <= (all[index - 1] ?? 0)),
    ).toBe(true);
    expect(result.steps[2]?.persons).toBeGreaterThan(0);

    const events: QueryEvent[] = await everyStoredEvent(test.services.events, DEMO_WORKSPACE_ID);
    const matcherOf = async (id: string) => {
      const matcher = (await test.services.touchpoints.get(DEMO_WORKSPACE_ID, id)).touchpoint.eventMatcher;
      if (!matcher) throw new Error(`${id} has no matcher`);
      return matcher;
    };
    const labels = result.steps.map((step) => step.label);
    const expected = referenceFunnel(
      events.filter(
        (event) =>
          event.timestamp >= Date.parse(dateRange.from) && event.timestamp < Date.parse(dateRange.to),
      ),
      {
        steps: await Promise.all(
          steps.map(async (step, index) => ({
            label: labels[index] ?? '',
            matchers: [await matcherOf(step.touchpointId)],
          })),
        ),
        order: 'ordered',
        windowMs: 14 * 24 * 3_600_000,
        exclusions: [],
        breakdown: { kind: 'channel' },
      },
    );
    expect(response.json()).toEqual(JSON.parse(JSON.stringify(expected)));
  });

  it('takes a map stage as a step: any touchpoint of the stage', async () => {
    const { map } = await test.services.maps.get(DEMO_WORKSPACE_ID, 'demo-ecommerce-purchase');
    const evaluation = map.stages[1];
    const response = await funnel({
      steps: [
        { kind: 'stage', mapId: map.id, stageId: evaluation?.id ?? '' },
        { kind: 'event', matcher: { event: 'Order Completed' } },
      ],
    });
    expect(response.statusCode, response.body).toBe(200);
    const [stage, bought] = response.json<{ steps: { label: string; persons: number }[] }>().steps;
    expect(stage?.label).toBe(evaluation?.name);
    expect(stage?.persons).toBeGreaterThan(0);
    expect(bought?.persons).toBeGreaterThan(0);
  });

  it('refuses specs it cannot run with a 400 naming the problem', async () => {
    const viewed = { kind: 'event', matcher: { event: 'Product Viewed' } };
    const cases: [object, RegExp][] = [
      [{ steps: [] }, /at least one step/],
      [{ steps: [viewed], window: { value: 0, unit: 'day' } }, /window\.value: must be more than 0/],
      [
        { steps: [viewed, { kind: 'touchpoint', touchpointId: 'tp-nowhere' }] },
        /steps\.1: touchpoint tp-nowhere does not exist/,
      ],
      [{ steps: [viewed, { kind: 'stage', mapId: 'no-map', stageId: 's' }] }, /map no-map does not exist/],
      [
        { steps: [viewed, { kind: 'stage', mapId: 'demo-ecommerce-purchase', stageId: 'no-stage' }] },
        /has no stage no-stage/,
      ],
    ];
    for (const [body, message] of cases) {
      const response = await funnel(body);
      expect(response.statusCode, response.body).toBe(400);
      expect(response.json<{ error: { message: string } }>().error.message).toMatch(message);
    }
    const unknownPersona = await funnel({ steps: [viewed], personaIds: ['persona-nobody'] });
    expect(unknownPersona.statusCode).toBe(400);
    expect(unknownPersona.json<{ error: { message: string } }>().error.message).toMatch(
      /personaIds\.0: persona persona-nobody does not exist/,
    );
  });

  it('breaks down by persona and narrows by personas and person traits, as the reference does', async () => {
    const stored = await everyStoredEvent(test.services.events, DEMO_WORKSPACE_ID);
    const inRange = stored.filter(
      (event) => event.timestamp >= Date.parse(dateRange.from) && event.timestamp < Date.parse(dateRange.to),
    );
    const traitsByPerson = mergedTraitsByPerson(stored.filter((event) => event.type === 'identify'));
    const personas = (await test.services.personas.list(DEMO_WORKSPACE_ID)).map(({ persona }) => ({
      id: persona.id,
      rule: persona.segmentRule,
    }));
    const steps = [
      { kind: 'event', matcher: { event: 'Product Viewed' } },
      { kind: 'event', matcher: { event: 'Order Completed' } },
    ];
    const resolvedSteps = ['Product Viewed', 'Order Completed'].map((event) => ({
      label: event,
      matchers: [{ event, filters: [] }],
    }));
    const funnelOf = { order: 'ordered' as const, windowMs: 14 * 86_400_000, exclusions: [] };

    const byPersona = await funnel({ steps, breakdown: { kind: 'persona' } });
    expect(byPersona.statusCode, byPersona.body).toBe(200);
    const expected = referenceFunnel(inRange, {
      ...funnelOf,
      steps: resolvedSteps,
      breakdown: { kind: 'persona', personas },
      traitsByPerson,
    });
    expect(byPersona.json()).toEqual(JSON.parse(JSON.stringify(expected)));
    // The demo's three personas are disjoint profiles: each gets its own row.
    expect(expected.breakdown.filter((group) => group.value !== null)).toHaveLength(3);

    const [loyal, teamLead] = ['persona-loyal-customer', 'persona-team-lead'];
    const personFilters = [{ property: 'orders_count', operator: 'less_than' as const, value: 3 }];
    const narrowed = await funnel({ steps, personaIds: [loyal, teamLead], personFilters });
    expect(narrowed.statusCode, narrowed.body).toBe(200);
    const segments = personas.filter((p) => p.id === loyal || p.id === teamLead).map((p) => p.rule);
    const expectedNarrowed = referenceFunnel(
      eventsOfSelectedPersons(inRange, { filters: personFilters, segments }, traitsByPerson),
      { ...funnelOf, steps: resolvedSteps },
    );
    expect(narrowed.json()).toEqual(JSON.parse(JSON.stringify(expectedNarrowed)));
    expect(expectedNarrowed.steps[0]?.persons).toBeGreaterThan(0);
    expect(expectedNarrowed.steps[0]?.persons).toBeLessThan(expected.steps[0]?.persons ?? 0);
  });

  it('answers a retention query with the numbers the reference computes', async () => {
    const body = {
      kind: 'retention',
      dateRange,
      startStep: { kind: 'touchpoint', touchpointId: 'tp-online-payment' },
      returnStep: { kind: 'event', matcher: { event: 'Order Completed' } },
      period: 'week',
      periods: 4,
    };
    const response = await test.app.inject({
      method: 'POST',
      url: `/api/workspaces/${DEMO_WORKSPACE_ID}/analytics/retention`,
      payload: body,
    });
    expect(response.statusCode, response.body).toBe(200);
    const events: QueryEvent[] = await everyStoredEvent(test.services.events, DEMO_WORKSPACE_ID);
    const paid = { label: '', matchers: [{ event: 'Order Completed', filters: [] }] };
    const expected = referenceRetention(
      events.filter(
        (event) =>
          event.timestamp >= Date.parse(dateRange.from) && event.timestamp < Date.parse(dateRange.to),
      ),
      { startStep: paid, returnStep: paid, period: 'week', periods: 4 },
    );
    expect(response.json()).toEqual(JSON.parse(JSON.stringify(expected)));
    expect(expected.cohorts.some((cohort) => cohort.returned.some((count) => count > 0))).toBe(true);

    const refused = await test.app.inject({
      method: 'POST',
      url: `/api/workspaces/${DEMO_WORKSPACE_ID}/analytics/retention`,
      payload: { ...body, periods: 0 },
    });
    expect(refused.json()).toMatchObject({
      error: { message: expect.stringMatching(/periods: must count at least one period/) },
    });
  });

  it('answers a paths query with the edges the reference computes', async () => {
    const body = {
      kind: 'paths',
      dateRange,
      anchor: { kind: 'event', matcher: { event: 'Product Added' } },
      depth: 3,
      cleaning: [{ pattern: '/products/[a-z0-9-]+', replacement: '/products/:id' }],
      maxEdges: 20,
    };
    const response = await test.app.inject({
      method: 'POST',
      url: `/api/workspaces/${DEMO_WORKSPACE_ID}/analytics/paths`,
      payload: body,
    });
    expect(response.statusCode, response.body).toBe(200);
    const events: QueryEvent[] = await everyStoredEvent(test.services.events, DEMO_WORKSPACE_ID);
    const expected = referencePaths(
      events.filter(
        (event) =>
          event.timestamp >= Date.parse(dateRange.from) && event.timestamp < Date.parse(dateRange.to),
      ),
      {
        anchor: { label: '', matchers: [{ event: 'Product Added', filters: [] }] },
        direction: 'from',
        depth: 3,
        sessionGapMs: 30 * 60_000,
        cleaning: body.cleaning,
        // Left out when a query names none: the demo's identify calls would otherwise be steps.
        excludeEvents: ['identify', 'alias', 'group'],
        maxEdges: 20,
      },
    );
    expect(expected.edges.length).toBeGreaterThan(0);
    expect(response.json()).toEqual(JSON.parse(JSON.stringify(expected)));
    const blank = await test.app.inject({
      method: 'POST',
      url: `/api/workspaces/${DEMO_WORKSPACE_ID}/analytics/paths`,
      payload: { ...body, excludeEvents: ['identify', ' '] },
    });
    expect(blank.statusCode, blank.body).toBe(400);
    expect(blank.json<{ error: { message: string } }>().error.message).toMatch(
      /excludeEvents\.1: must name an event/,
    );
  });
});
