import { describe, expect, it } from 'vitest';
import type { QueryEvent, ResolvedStep } from '../match-event.js';
import { funnelPersons, pathsPersons, retentionPersons } from './reference-drill-down.js';

const MINUTE = 60_000;
const DAY = 86_400_000;
const T0 = Date.UTC(2026, 1, 2); // a Monday
let sequence = 0;
const ev = (personId: string, event: string, at: number, properties: QueryEvent['properties'] = {}) => ({
  personId,
  messageId: `m${String((sequence += 1)).padStart(4, '0')}`,
  event,
  timestamp: T0 + at,
  channel: 'web',
  properties,
  context: {},
});
const step = (event: string): ResolvedStep => ({ label: event, matchers: [{ event, filters: [] }] });
const all = { limit: 100, offset: 0 };

describe('reference drill-down', () => {
  it('lists who reached a funnel step, and who reached it and stopped, per breakdown group', () => {
    const events = [
      ev('c', 'Viewed', 0, { plan: 'pro' }),
      ev('c', 'Added', 1),
      ev('c', 'Bought', 2),
      ev('b', 'Viewed', 0),
      ev('b', 'Added', 1),
      ev('a', 'Viewed', 0, { plan: 'pro' }),
    ];
    const funnel = {
      steps: ['Viewed', 'Added', 'Bought'].map(step),
      order: 'ordered' as const,
      windowMs: DAY,
      exclusions: [],
      breakdown: { kind: 'property' as const, property: 'plan' },
    };
    const ids = (select: Parameters<typeof funnelPersons>[2]) =>
      funnelPersons(events, funnel, select, all).personIds;
    expect(ids({ step: 0, outcome: 'reached' })).toEqual(['a', 'b', 'c']);
    expect(ids({ step: 1, outcome: 'reached' })).toEqual(['b', 'c']);
    expect(ids({ step: 0, outcome: 'dropped' })).toEqual(['a']);
    expect(ids({ step: 1, outcome: 'dropped' })).toEqual(['b']);
    expect(ids({ step: 0, outcome: 'reached', breakdown: 'pro' })).toEqual(['a', 'c']);
    expect(ids({ step: 0, outcome: 'reached', breakdown: null })).toEqual(['b']);
    expect(funnelPersons(events, funnel, { step: 0, outcome: 'reached' }, { limit: 1, offset: 1 })).toEqual({
      personIds: ['b'],
      total: 3,
    });
  });

  it('lists a retention cohort and its returners, selected by any instant of the cohort period', () => {
    const events = [
      ev('early', 'Start', 0),
      ev('early', 'Back', 8 * DAY),
      ev('gone', 'Start', DAY),
      ev('late', 'Start', 7 * DAY),
      ev('late', 'Back', 8 * DAY), // same week as its cohort: not a return
    ];
    const retention = {
      startStep: step('Start'),
      returnStep: step('Back'),
      period: 'week' as const,
      periods: 2,
    };
    const ids = (cohort: string, period: number) =>
      retentionPersons(events, retention, { cohort, period }, all).personIds;
    expect(ids('2026-02-02T00:00:00.000Z', 0)).toEqual(['early', 'gone']);
    expect(ids('2026-02-04T12:00:00Z', 0)).toEqual(['early', 'gone']);
    expect(ids('2026-02-02T00:00:00.000Z', 1)).toEqual(['early']);
    expect(ids('2026-02-09T00:00:00.000Z', 1)).toEqual([]);
    expect(ids('2026-02-09T00:00:00.000Z', 0)).toEqual(['late']);
  });

  it('lists the persons who made a path edge, once however many sessions made it', () => {
    const page = (path: string) => ({ path });
    const events = [
      ev('twice', 'page', 0, page('/')),
      ev('twice', 'page', MINUTE, page('/cart')),
      ev('twice', 'page', 90 * MINUTE, page('/')),
      ev('twice', 'page', 91 * MINUTE, page('/cart')),
      ev('deeper', 'page', 0, page('/help')),
      ev('deeper', 'page', MINUTE, page('/')),
      ev('deeper', 'page', 2 * MINUTE, page('/cart')),
    ];
    const paths = {
      direction: 'from' as const,
      depth: 3,
      sessionGapMs: 30 * MINUTE,
      cleaning: [],
      excludeEvents: [],
      maxEdges: 100,
    };
    const edge = (level: number) => ({ level, source: 'page /', target: 'page /cart' });
    expect(pathsPersons(events, paths, edge(0), all)).toEqual({ personIds: ['twice'], total: 1 });
    expect(pathsPersons(events, paths, edge(1), all)).toEqual({ personIds: ['deeper'], total: 1 });
  });
});
