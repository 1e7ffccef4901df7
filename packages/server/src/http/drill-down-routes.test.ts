import {
  funnelPersons,
  pathsPersons,
  retentionPersons,
  type QueryEvent,
  type ResolvedFunnel,
} from '@safar/analytics';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoEvents } from '../demo/seed-demo-events.js';
import { DEMO_WORKSPACE_ID, seedDemoWorkspace } from '../demo/seed-demo-workspace.js';
import { everyStoredEvent } from '../test-support/every-event.js';
import { openTestApp, type TestApp } from '../test-support/test-engines.js';

const TODAY = Date.UTC(2026, 10, 23);
const dateRange = { from: '2026-08-01T00:00:00Z', to: '2026-11-24T00:00:00Z' };
const NAMES = ['Product Viewed', 'Product Added', 'Order Completed'];
const step = (event: string) => ({ kind: 'event', matcher: { event } });
const matcherStep = (event: string) => ({ label: event, matchers: [{ event, filters: [] }] });
const funnelQuery = { kind: 'funnel', dateRange, steps: NAMES.map(step), breakdown: { kind: 'channel' } };
const retentionQuery = {
  kind: 'retention',
  dateRange,
  startStep: step('Product Viewed'),
  returnStep: step('Order Completed'),
  period: 'week',
  periods: 4,
};
const pathsQuery = { kind: 'paths', dateRange, anchor: step('Product Added'), depth: 3 };
const everyone = { limit: 1000, offset: 0 };

interface PersonsPage {
  personIds: string[];
  total: number;
}

describe('the drill-down API on the demo data', () => {
  let test: TestApp;
  let events: QueryEvent[];
  const post = (path: string, payload: object) =>
    test.app.inject({
      method: 'POST',
      url: `/api/workspaces/${DEMO_WORKSPACE_ID}/analytics/${path}`,
      payload,
    });
  const persons = async (kind: string, query: object, select: object, page = everyone) => {
    const response = await post(`${kind}/persons`, { query, select, ...page });
    expect(response.statusCode, response.body).toBe(200);
    return response.json<PersonsPage>();
  };

  beforeAll(async () => {
    test = await openTestApp('pglite');
    await seedDemoWorkspace(test.services, { locale: 'en' });
    await seedDemoEvents(test.services, { events: 10_000, today: TODAY });
    events = await everyStoredEvent(test.services.events, DEMO_WORKSPACE_ID, dateRange);
  });
  afterAll(() => test?.close());

  it('lists the persons behind funnel numbers: as many as counted, the ones the reference lists', async () => {
    const result = (await post('funnel', funnelQuery)).json<{
      steps: { persons: number; droppedOff: number }[];
      breakdown: { value: string | null; steps: { persons: number }[] }[];
    }>();
    const funnel: ResolvedFunnel = {
      steps: NAMES.map(matcherStep),
      order: 'ordered',
      windowMs: 14 * 86_400_000,
      exclusions: [],
      breakdown: { kind: 'channel' },
    };
    const reached = await persons('funnel', funnelQuery, { step: 1, outcome: 'reached' });
    expect(reached.total).toBe(result.steps[1]?.persons);
    expect(reached.total).toBeGreaterThan(0);
    expect(reached).toEqual(funnelPersons(events, funnel, { step: 1, outcome: 'reached' }, everyone));
    // Dropped at step 1: reached it and not step 2, the drop-off the funnel shows on step 2.
    const dropped = await persons('funnel', funnelQuery, { step: 1, outcome: 'dropped' });
    expect(dropped.total).toBe(result.steps[2]?.droppedOff);
    expect(dropped).toEqual(funnelPersons(events, funnel, { step: 1, outcome: 'dropped' }, everyone));
    const group = result.breakdown[0];
    const ofGroup = await persons('funnel', funnelQuery, {
      step: 0,
      outcome: 'reached',
      breakdown: group?.value,
    });
    expect(ofGroup.total).toBe(group?.steps[0]?.persons);

    const page = await persons(
      'funnel',
      funnelQuery,
      { step: 1, outcome: 'reached' },
      { limit: 3, offset: 2 },
    );
    expect(page).toEqual({ personIds: reached.personIds.slice(2, 5), total: reached.total });
  });

  it('lists the persons of a retention cohort and those of it who came back', async () => {
    const result = (await post('retention', retentionQuery)).json<{
      cohorts: { cohort: string; persons: number; returned: number[] }[];
    }>();
    const cohort = result.cohorts.find((candidate) => (candidate.returned[0] ?? 0) > 0) ?? result.cohorts[0];
    if (!cohort) throw new Error('the demo data has no retention cohort');
    const retention = {
      startStep: matcherStep('Product Viewed'),
      returnStep: matcherStep('Order Completed'),
      period: 'week' as const,
      periods: 4,
    };
    const members = await persons('retention', retentionQuery, { cohort: cohort.cohort, period: 0 });
    expect(members.total).toBe(cohort.persons);
    const back = await persons('retention', retentionQuery, { cohort: cohort.cohort, period: 1 });
    expect(back.total).toBe(cohort.returned[0]);
    expect(back).toEqual(retentionPersons(events, retention, { cohort: cohort.cohort, period: 1 }, everyone));
  });

  it('lists the persons who made a path edge', async () => {
    const result = (await post('paths', pathsQuery)).json<{
      edges: { level: number; source: string; target: string; persons: number }[];
    }>();
    const edge = result.edges[0];
    if (!edge) throw new Error('the demo data has no path edge');
    const select = { level: edge.level, source: edge.source, target: edge.target };
    const made = await persons('paths', pathsQuery, select);
    expect(made.total).toBe(edge.persons);
    const paths = {
      anchor: matcherStep('Product Added'),
      direction: 'from' as const,
      depth: 3,
      sessionGapMs: 30 * 60_000,
      cleaning: [],
      excludeEvents: ['identify', 'alias', 'group'],
      maxEdges: 100,
    };
    expect(made).toEqual(pathsPersons(events, paths, select, everyone));
  });

  it('refuses a selector that names no number of the query, with a 400 naming the field', async () => {
    const cases: [string, object, object, RegExp][] = [
      [
        'funnel',
        funnelQuery,
        { step: 2, outcome: 'dropped' },
        /select\.outcome: nobody drops off after the last step/,
      ],
      [
        'funnel',
        funnelQuery,
        { step: 3, outcome: 'reached' },
        /select\.step: must be a step of the funnel \(0 to 2\)/,
      ],
      [
        'funnel',
        { ...funnelQuery, breakdown: undefined },
        { step: 0, outcome: 'reached', breakdown: 'web' },
        /select\.breakdown: the query has no breakdown/,
      ],
      ['funnel', funnelQuery, { step: 0, outcome: 'left' }, /select\.outcome/],
      [
        'retention',
        retentionQuery,
        { cohort: '2026-09-07T00:00:00Z', period: 5 },
        /select\.period: must be one of/,
      ],
      ['retention', retentionQuery, { cohort: 'last week', period: 1 }, /select\.cohort/],
      [
        'paths',
        pathsQuery,
        { level: 3, source: 'a', target: 'b' },
        /select\.level: must be a level the query reaches/,
      ],
    ];
    for (const [kind, query, select, message] of cases) {
      const response = await post(`${kind}/persons`, { query, select });
      expect(response.statusCode, response.body).toBe(400);
      expect(response.json<{ error: { message: string } }>().error.message).toMatch(message);
    }
    const tooMany = await post('funnel/persons', {
      query: funnelQuery,
      select: { step: 0, outcome: 'reached' },
      limit: 10_001,
    });
    expect(tooMany.json<{ error: { message: string } }>().error.message).toMatch(/^body\.limit: /);
  });
});
