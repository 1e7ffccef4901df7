import { frictionPersons, referenceFriction, type QueryEvent, type ResolvedFriction } from '@safar/analytics';
import { pageOfPersons, type EventMatcher } from '@safar/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoEvents } from '../demo/seed-demo-events.js';
import { DEMO_WORKSPACE_ID, seedDemoWorkspace } from '../demo/seed-demo-workspace.js';
import { everyStoredEvent } from '../test-support/every-event.js';
import { openTestApp, type TestApp } from '../test-support/test-engines.js';

const TODAY = Date.UTC(2026, 10, 23);
const dateRange = { from: '2026-08-01T00:00:00Z', to: '2026-11-24T00:00:00Z' };
const TOUCHPOINTS = [
  ['tp-website-product-page', 'Product page'],
  ['tp-checkout', 'Checkout'],
  ['tp-online-payment', 'Payment'],
] as const;
const ERRORS: { label: string; matcher: EventMatcher }[] = [
  {
    label: 'Not found',
    matcher: { event: 'page', filters: [{ property: 'status', operator: 'equals', value: 404 }] },
  },
  { label: 'Payment failed', matcher: { event: 'Payment Failed', filters: [] } },
  {
    label: 'No results',
    matcher: { event: 'Products Searched', filters: [{ property: 'results', operator: 'equals', value: 0 }] },
  },
];
const query = {
  kind: 'friction',
  dateRange,
  steps: TOUCHPOINTS.map(([touchpointId, label]) => ({ kind: 'touchpoint', touchpointId, label })),
  errors: ERRORS.map(({ label, matcher }) => ({ kind: 'event', matcher, label })),
  stallAfter: { value: 1, unit: 'day' },
};

describe('the friction API on the demo data', () => {
  let test: TestApp;
  let events: QueryEvent[];
  let friction: ResolvedFriction;
  const post = (path: string, payload: object) =>
    test.app.inject({
      method: 'POST',
      url: `/api/workspaces/${DEMO_WORKSPACE_ID}/analytics/${path}`,
      payload,
    });

  beforeAll(async () => {
    test = await openTestApp('pglite');
    await seedDemoWorkspace(test.services, { locale: 'en' });
    await seedDemoEvents(test.services, { events: 10_000, today: TODAY });
    events = await everyStoredEvent(test.services.events, DEMO_WORKSPACE_ID, dateRange);
    const steps = await Promise.all(
      TOUCHPOINTS.map(async ([id, label]) => {
        const matcher = (await test.services.touchpoints.get(DEMO_WORKSPACE_ID, id)).touchpoint.eventMatcher;
        if (!matcher) throw new Error(`${id} has no matcher`);
        return { label, matchers: [matcher] };
      }),
    );
    friction = {
      steps,
      conversion: steps[2] ?? steps[0] ?? { label: '', matchers: [] },
      errors: ERRORS.map(({ label, matcher }) => ({ label, matchers: [matcher] })),
      stallAfterMs: 86_400_000,
      rankBy: 'persons',
    };
  });
  afterAll(() => test?.close());

  it('answers with the numbers the reference engine computes from the same events', async () => {
    const response = await post('friction', query);
    expect(response.statusCode, response.body).toBe(200);
    const expected = referenceFriction(events, friction);
    expect(response.json()).toEqual(JSON.parse(JSON.stringify(expected)));
    // The demo has every kind of friction.
    for (const kind of ['error', 'abandon_after_error', 'loop', 'stall'])
      expect(
        expected.items.some((item) => item.kind === kind && item.persons > 0),
        kind,
      ).toBe(true);
  });

  it('ranks by conversion lost when asked', async () => {
    const response = await post('friction', { ...query, rankBy: 'conversionLost' });
    expect(response.statusCode, response.body).toBe(200);
    const lost = response
      .json<{ items: { conversionLost: number }[] }>()
      .items.map((item) => item.conversionLost);
    expect(lost).toEqual([...lost].sort((a, b) => b - a));
  });

  it('drills down to the persons behind an item, a page at a time', async () => {
    const select = { kind: 'error', index: 1, persons: 'not_converted' } as const;
    const response = await post('friction/persons', { query, select, limit: 5, offset: 2 });
    expect(response.statusCode, response.body).toBe(200);
    const expected = pageOfPersons(frictionPersons(events, friction, select), { limit: 5, offset: 2 });
    expect(response.json()).toEqual({ ...expected, personIds: [...expected.personIds] });
    expect(expected.total).toBeGreaterThan(0);
  });

  it('refuses specs it cannot run with a 400 naming the problem', async () => {
    const cases: [string, object, RegExp][] = [
      ['friction', { ...query, steps: [] }, /steps: friction needs at least one journey step/],
      [
        'friction',
        { ...query, stallAfter: { value: 0, unit: 'day' } },
        /stallAfter\.value: must be more than 0/,
      ],
      ['friction', { ...query, stallAfter: { value: -2, unit: 'hour' } }, /stallAfter\.value/],
      [
        'friction',
        { ...query, errors: [{ kind: 'touchpoint', touchpointId: 'tp-nowhere' }] },
        /errors\.0: touchpoint tp-nowhere does not exist/,
      ],
      [
        'friction',
        { ...query, conversion: { kind: 'touchpoint', touchpointId: 'tp-nowhere' } },
        /conversion: touchpoint tp-nowhere does not exist/,
      ],
      [
        'friction/persons',
        { query, select: { kind: 'loop', index: 2 } },
        /select\.index: must name one of the query's loop items \(0 to 1\)/,
      ],
    ];
    for (const [path, body, message] of cases) {
      const response = await post(path, body);
      expect(response.statusCode, response.body).toBe(400);
      expect(response.json<{ error: { message: string } }>().error.message).toMatch(message);
    }
  });
});
