import {
  referenceAttribution,
  referenceAttributionPersons,
  type AttributionResult,
  type QueryEvent,
  type ResolvedAttribution,
} from '@safar/analytics';
import { ATTRIBUTION_MODELS } from '@safar/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoEvents } from '../demo/seed-demo-events.js';
import { DEMO_WORKSPACE_ID, seedDemoWorkspace } from '../demo/seed-demo-workspace.js';
import { everyStoredEvent } from '../test-support/every-event.js';
import { openTestApp, type TestApp } from '../test-support/test-engines.js';

const TODAY = Date.UTC(2026, 10, 23);
const DAY = 86_400_000;
const dateRange = { from: '2026-08-01T00:00:00Z', to: '2026-11-24T00:00:00Z' };
const bought = { kind: 'event', matcher: { event: 'Order Completed' } };
const TOUCHPOINT_IDS = ['tp-display-ad', 'tp-facebook-post', 'tp-product-video', 'tp-shopping-cart'];
const byTouchpoints = {
  kind: 'touchpoints',
  touchpoints: TOUCHPOINT_IDS.map((touchpointId) => ({ kind: 'touchpoint', touchpointId })),
};
const query = { kind: 'attribution', dateRange, conversion: bought, lookback: { value: 14, unit: 'day' } };

/** The engine's numbers against the reference's: sums in another order may differ in the last bits. */
function expectSameResult(actual: AttributionResult, expected: AttributionResult) {
  expect(actual.conversions).toBe(expected.conversions);
  expect(actual.rows.map((row) => [row.key, row.label, row.conversionsTouched])).toEqual(
    expected.rows.map((row) => [row.key, row.label, row.conversionsTouched]),
  );
  actual.rows.forEach((row, index) => {
    const wanted = expected.rows[index]?.credits ?? {};
    expect(Object.keys(row.credits)).toEqual(Object.keys(wanted));
    for (const [model, credit] of Object.entries(wanted))
      expect(row.credits[model as keyof typeof wanted], `${row.key} ${model}`).toBeCloseTo(credit, 9);
  });
}

describe('the attribution API on the demo data', () => {
  let test: TestApp;
  let events: QueryEvent[];
  const post = (path: string, payload: object) =>
    test.app.inject({
      method: 'POST',
      url: `/api/workspaces/${DEMO_WORKSPACE_ID}/analytics/${path}`,
      payload,
    });
  const resolved = (fields: Partial<ResolvedAttribution> = {}): ResolvedAttribution => ({
    conversion: { label: 'Order Completed', matchers: [{ event: 'Order Completed', filters: [] }] },
    by: { kind: 'channel' },
    lookbackMs: 14 * DAY,
    halfLifeMs: 7 * DAY,
    models: [...ATTRIBUTION_MODELS],
    ...fields,
  });

  beforeAll(async () => {
    test = await openTestApp('pglite');
    await seedDemoWorkspace(test.services, { locale: 'en' });
    await seedDemoEvents(test.services, { events: 10_000, today: TODAY });
    events = await everyStoredEvent(test.services.events, DEMO_WORKSPACE_ID, dateRange);
  });
  afterAll(() => test?.close());

  it('credits conversions to channels as the reference does, every model summing to the conversions', async () => {
    const response = await post('attribution', query);
    expect(response.statusCode, response.body).toBe(200);
    const result = response.json<AttributionResult>();
    expect(result.conversions).toBeGreaterThan(0);
    expect(result.rows.length).toBeGreaterThan(1);
    for (const model of ATTRIBUTION_MODELS)
      expect(result.rows.reduce((sum, row) => sum + (row.credits[model] ?? 0), 0)).toBeCloseTo(
        result.conversions,
        6,
      );
    expectSameResult(result, referenceAttribution(events, resolved()));
  });

  it('credits catalogue touchpoints by name, and only the models asked for', async () => {
    const response = await post('attribution', { ...query, by: byTouchpoints, models: ['linear', 'markov'] });
    expect(response.statusCode, response.body).toBe(200);
    const result = response.json<AttributionResult>();
    const touchpoints = await Promise.all(
      TOUCHPOINT_IDS.map(async (id) => {
        const { touchpoint } = await test.services.touchpoints.get(DEMO_WORKSPACE_ID, id);
        return { label: touchpoint.name, matchers: touchpoint.eventMatcher ? [touchpoint.eventMatcher] : [] };
      }),
    );
    const expected = referenceAttribution(
      events,
      resolved({ by: { kind: 'touchpoints', touchpoints }, models: ['linear', 'markov'] }),
    );
    expect(result.rows.some((row) => row.key !== '(none)')).toBe(true);
    expect(result.rows.every((row) => Object.keys(row.credits).join() === 'linear,markov')).toBe(true);
    expectSameResult(result, expected);
  });

  it('drills down to the persons behind a row, the ones the reference lists', async () => {
    const result = (await post('attribution', query)).json<AttributionResult>();
    const top = result.rows[0];
    expect(top).toBeDefined();
    for (const select of [{ key: top?.key ?? '' }, {}, { key: '(none)' }]) {
      const response = await post('attribution/persons', { query, select, limit: 5, offset: 1 });
      expect(response.statusCode, response.body).toBe(200);
      expect(response.json()).toEqual(
        JSON.parse(
          JSON.stringify(referenceAttributionPersons(events, resolved(), select, { limit: 5, offset: 1 })),
        ),
      );
    }
    const all = (await post('attribution/persons', { query, select: { key: top?.key }, limit: 1000 })).json<{
      total: number;
    }>();
    // A person may convert more than once.
    expect(all.total).toBeGreaterThan(0);
    expect(all.total).toBeLessThanOrEqual(top?.conversionsTouched ?? 0);
  });

  it('refuses specs it cannot run with a 400 naming the field', async () => {
    const cases: [string, object, RegExp][] = [
      [
        'attribution',
        { by: { kind: 'touchpoints', touchpoints: [] } },
        /by\.touchpoints: name at least one touchpoint/,
      ],
      ['attribution', { lookback: { value: 0, unit: 'day' } }, /lookback\.value: must be more than 0/],
      ['attribution', { halfLife: { value: -2, unit: 'hour' } }, /halfLife\.value: must be more than 0/],
      ['attribution', { models: [] }, /models: name at least one model/],
      [
        'attribution',
        {
          by: {
            kind: 'touchpoints',
            touchpoints: [bought, { kind: 'touchpoint', touchpointId: 'tp-nowhere' }],
          },
        },
        /by\.touchpoints\.1: touchpoint tp-nowhere does not exist/,
      ],
      [
        'attribution',
        { conversion: { kind: 'touchpoint', touchpointId: 'tp-gone' } },
        /conversion: touchpoint tp-gone does not exist/,
      ],
    ];
    for (const [path, fields, message] of cases) {
      const response = await post(path, { ...query, ...fields });
      expect(response.statusCode, response.body).toBe(400);
      expect(response.json<{ error: { message: string } }>().error.message).toMatch(message);
    }
    const badKey = await post('attribution/persons', { query, select: { key: 'fax' } });
    expect(badKey.statusCode).toBe(400);
    expect(badKey.json<{ error: { message: string } }>().error.message).toMatch(
      /select\.key: must be a channel/,
    );
  });
});
