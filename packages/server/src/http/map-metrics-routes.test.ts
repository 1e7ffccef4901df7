import { matchesStep, type QueryEvent } from '@safar/analytics';
import type { MapMetrics } from '@safar/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoEvents } from '../demo/seed-demo-events.js';
import { DEMO_WORKSPACE_ID, seedDemoWorkspace } from '../demo/seed-demo-workspace.js';
import { openTestApp, type TestApp } from '../test-support/test-engines.js';

const TODAY = Date.UTC(2026, 10, 23);
const dateRange = { from: '2026-08-01T00:00:00Z', to: '2026-11-24T00:00:00Z' };
const MAP_ID = 'demo-ecommerce-purchase';

describe('the map metrics API on the demo data', () => {
  let test: TestApp;
  let metrics: MapMetrics;
  const post = (url: string, payload: object) =>
    test.app.inject({ method: 'POST', url: `/api/workspaces/${DEMO_WORKSPACE_ID}/${url}`, payload });

  beforeAll(async () => {
    test = await openTestApp('pglite');
    await seedDemoWorkspace(test.services, { locale: 'en' });
    await seedDemoEvents(test.services, { events: 10_000, today: TODAY });
    const response = await post(`maps/${MAP_ID}/metrics`, { dateRange });
    expect(response.statusCode, response.body).toBe(200);
    metrics = response.json<MapMetrics>();
    if (process.env['PRINT_METRICS']) console.log(JSON.stringify(metrics, null, 1));
  });
  afterAll(() => test?.close());

  it('counts persons and events per touchpoint as the matchers do over the same events', async () => {
    const events: QueryEvent[] = [];
    let cursor: string | undefined;
    do {
      const page = await test.services.events.events(DEMO_WORKSPACE_ID, { limit: 1000, cursor });
      events.push(...page.items);
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    const inRange = events.filter(
      (event) => event.timestamp >= Date.parse(dateRange.from) && event.timestamp < Date.parse(dateRange.to),
    );
    expect(metrics.touchpoints.length).toBeGreaterThan(10);
    for (const { touchpointId, persons, events: count } of metrics.touchpoints) {
      const { touchpoint } = await test.services.touchpoints.get(DEMO_WORKSPACE_ID, touchpointId);
      const step = {
        label: touchpoint.name,
        matchers: touchpoint.eventMatcher ? [touchpoint.eventMatcher] : [],
      };
      const matching = inRange.filter((event) => matchesStep(event, step));
      expect({ touchpointId, persons, events: count }).toEqual({
        touchpointId,
        persons: new Set(matching.map((event) => event.personId)).size,
        events: matching.length,
      });
    }
    const payment = metrics.touchpoints.find((entry) => entry.touchpointId === 'tp-online-payment');
    expect(payment?.persons).toBeGreaterThan(0);
  });

  it('gives the stage funnel the analytics API gives for the same stages and window', async () => {
    const { stageFunnel } = metrics;
    expect(stageFunnel.stages.map((stage) => stage.stageId)).toEqual([
      'awareness',
      'evaluation',
      'purchase',
      'loyalty',
    ]);
    const response = await post('analytics/funnel', {
      kind: 'funnel',
      dateRange,
      window: stageFunnel.window,
      steps: stageFunnel.stages.map((stage) => ({ kind: 'stage', mapId: MAP_ID, stageId: stage.stageId })),
    });
    expect(response.statusCode, response.body).toBe(200);
    const funnel = response.json<{
      steps: { persons: number; droppedOff: number; timeToConvert: { medianMs: number } | null }[];
    }>();
    expect(
      stageFunnel.stages.map((stage) => [stage.persons, stage.droppedOff, stage.medianMsFromPrevious]),
    ).toEqual(
      funnel.steps.map((step) => [step.persons, step.droppedOff, step.timeToConvert?.medianMs ?? null]),
    );
    expect(stageFunnel.stages[2]?.persons).toBeGreaterThan(0);
  });

  it('counts touchpoints per journey as conformance on the map does', async () => {
    const response = await post('analytics/conformance', { kind: 'conformance', dateRange, mapId: MAP_ID });
    expect(response.statusCode, response.body).toBe(200);
    const { journeys, touchpointCount } = response.json<{
      journeys: number;
      touchpointCount: Record<string, unknown>;
    }>();
    const { histogram: _histogram, ...count } = touchpointCount;
    expect(metrics.touchpointsPerJourney).toEqual({ ...count, journeys });
    expect(journeys).toBeGreaterThan(0);
  });

  it('places payment failures on the payment step and converts at the first-purchase milestone', () => {
    const friction = metrics.friction;
    expect(friction?.conversionLabel).toBe('Online payment');
    const onPayment = friction?.items.filter((item) => item.stepId === 'pay') ?? [];
    expect(onPayment.map((item) => item.kind).sort()).toEqual(['abandon_after_error', 'error']);
    expect(onPayment.every((item) => item.persons > 0 && item.stageId === 'purchase')).toBe(true);
    const stalls = friction?.items.filter((item) => item.kind === 'stall') ?? [];
    // One stall per stage but the last of the journey, placed on the stage stalled after.
    expect(stalls.map((item) => item.stageId).sort()).toEqual(['awareness', 'evaluation']);
  });

  it('computes the KPI cells that have a measure with the funnels the analytics API answers', async () => {
    const kpi = (stepId: string) => metrics.kpis.filter((entry) => entry.stepId === stepId);
    const [checkout] = kpi('go-to-checkout');
    const response = await post('analytics/funnel', {
      kind: 'funnel',
      dateRange,
      window: metrics.stageFunnel.window,
      steps: [
        { kind: 'touchpoint', touchpointId: 'tp-checkout' },
        { kind: 'touchpoint', touchpointId: 'tp-online-payment' },
      ],
    });
    const funnel = response.json<{ steps: { conversionFromFirst: number }[] }>();
    expect(checkout?.value).toBeCloseTo((funnel.steps[1]?.conversionFromFirst ?? -1) * 100, 9);
    expect(checkout?.unavailable).toBeNull();
    expect(['met', 'near', 'missed']).toContain(checkout?.standing);
    // The payment failure rate counts events, which no measure expresses: said, not invented.
    const [conversion, failures] = kpi('pay');
    expect(conversion?.value).toBeGreaterThan(0);
    expect(failures).toMatchObject({ value: null, standing: null, unavailable: 'no-definition' });
    expect(metrics.kpis.filter((entry) => entry.value !== null).length).toBe(5);
  });

  it('gives the fitness of the map and its most travelled moves as conformance does', async () => {
    const response = await post('analytics/conformance', { kind: 'conformance', dateRange, mapId: MAP_ID });
    const conformance = response.json<{
      fitShare: number;
      edges: { journeys: number; designed: boolean }[];
    }>();
    const flow = metrics.flow;
    expect(flow?.fitShare).toBe(conformance.fitShare);
    // Every edge shown is one of conformance's, most journeys first.
    const journeys = flow?.edges.map((edge) => edge.journeys) ?? [];
    expect(journeys).toEqual([...journeys].sort((a, b) => b - a));
    expect(journeys[0]).toBe(conformance.edges[0]?.journeys);
    expect(flow?.edges.some((edge) => edge.source.kind === 'start')).toBe(true);
    const stepIds = flow?.edges.flatMap((edge) =>
      [edge.source, edge.target].flatMap((node) => (node.kind === 'step' ? [node.stepId] : [])),
    );
    expect(stepIds).toContain('see-display-ad');
    expect(flow?.edges.some((edge) => !edge.designed)).toBe(true);
  });

  it('suggests frequent unmapped events, which stop being unmapped once a touchpoint matches them', async () => {
    expect(metrics.unmapped.length).toBeGreaterThan(0);
    const [top] = metrics.unmapped;
    if (!top) throw new Error('no unmapped event');
    expect(top.persons).toBeGreaterThan(0);
    const created = await post('touchpoints', {
      name: `Suggested ${top.event}`,
      channel: 'website',
      eventMatcher: top.matcher,
    });
    expect(created.statusCode, created.body).toBe(201);
    const { touchpoint } = created.json<{ touchpoint: { id: string } }>();
    const { revision } = await test.services.maps.get(DEMO_WORKSPACE_ID, MAP_ID);
    await test.services.maps.applyOperations(
      DEMO_WORKSPACE_ID,
      MAP_ID,
      revision,
      [
        {
          type: 'setCell',
          laneId: 'touchpoints',
          stepId: 'compare-products',
          content: { shape: 'touchpoints', touchpointIds: ['tp-website-product-page', touchpoint.id] },
        },
      ],
      'test',
    );
    // The cached answer predates the new touchpoint: wait for an up-to-date one.
    const after = (await post(`maps/${MAP_ID}/metrics`, { dateRange, refresh: 'now' })).json<MapMetrics>();
    expect(after.unmapped.some((event) => event.event === top.event && event.value === top.value)).toBe(
      false,
    );
    // The new matcher may also match events another touchpoint already did, so at least as many.
    const added = after.touchpoints.find((entry) => entry.touchpointId === touchpoint.id);
    expect(added?.persons).toBeGreaterThanOrEqual(top.persons);
    expect(added?.events).toBeGreaterThanOrEqual(top.events);
  });

  it('narrows by persona, refuses an unknown one and answers 404 for an unknown map', async () => {
    const narrowed = await post(`maps/${MAP_ID}/metrics`, {
      dateRange,
      personaIds: ['persona-careful-shopper'],
    });
    expect(narrowed.statusCode, narrowed.body).toBe(200);
    const first = narrowed.json<MapMetrics>().stageFunnel.stages[0]?.persons ?? 0;
    expect(first).toBeGreaterThan(0);
    expect(first).toBeLessThan(metrics.stageFunnel.stages[0]?.persons ?? 0);
    const unknown = await post(`maps/${MAP_ID}/metrics`, { dateRange, personaIds: ['persona-nobody'] });
    expect(unknown.statusCode).toBe(400);
    expect((await post('maps/no-such-map/metrics', { dateRange })).statusCode).toBe(404);
    const backwards = await post(`maps/${MAP_ID}/metrics`, {
      dateRange: { from: dateRange.to, to: dateRange.from },
    });
    expect(backwards.statusCode).toBe(400);
  });
});
