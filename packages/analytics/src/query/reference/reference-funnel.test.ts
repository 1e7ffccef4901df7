import { describe, expect, it } from 'vitest';
import type { QueryEvent, ResolvedStep } from '../match-event.js';
import { funnelPersons } from './reference-drill-down.js';
import { referenceFunnel, type ResolvedFunnel } from './reference-funnel.js';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
const T0 = Date.UTC(2026, 9, 1);
let sequence = 0;

function ev(personId: string, event: string, at: number, fields: Partial<QueryEvent> = {}): QueryEvent {
  sequence += 1;
  return {
    personId,
    messageId: `m${String(sequence).padStart(5, '0')}`,
    event,
    timestamp: T0 + at,
    channel: 'web',
    properties: {},
    context: {},
    ...fields,
  };
}
const step = (event: string, label = event): ResolvedStep => ({ label, matchers: [{ event, filters: [] }] });
const funnel = (steps: string[], fields: Partial<ResolvedFunnel> = {}): ResolvedFunnel => ({
  steps: steps.map((name) => step(name)),
  order: 'ordered',
  windowMs: DAY,
  exclusions: [],
  ...fields,
});
const counts = (events: QueryEvent[], query: ResolvedFunnel) =>
  referenceFunnel(events, query).steps.map((s) => s.persons);

describe('reference funnel', () => {
  it('counts a conversion exactly at the window edge, and not one millisecond after', () => {
    const events = [
      ev('on-edge', 'Viewed', 0),
      ev('on-edge', 'Bought', DAY),
      ev('late', 'Viewed', 0),
      ev('late', 'Bought', DAY + 1),
    ];
    expect(counts(events, funnel(['Viewed', 'Bought']))).toEqual([2, 1]);
    const page = { limit: 10, offset: 0 };
    expect(
      funnelPersons(events, funnel(['Viewed', 'Bought']), { step: 0, outcome: 'dropped' }, page),
    ).toEqual({
      personIds: ['late'],
      total: 1,
    });
  });

  it('orders events at identical timestamps by messageId, the same in every engine', () => {
    // Same millisecond: m-a (Viewed) sorts before m-b (Bought), so a converts; for b the order is reversed.
    const events = [
      ev('a', 'Viewed', 5, { messageId: 'm-a-1' }),
      ev('a', 'Bought', 5, { messageId: 'm-a-2' }),
      ev('b', 'Bought', 5, { messageId: 'm-b-1' }),
      ev('b', 'Viewed', 5, { messageId: 'm-b-2' }),
    ];
    expect(counts(events, funnel(['Viewed', 'Bought']))).toEqual([2, 1]);
  });

  it('needs two events when the same event is two consecutive steps', () => {
    const events = [ev('once', 'page', 0), ev('twice', 'page', 0), ev('twice', 'page', MINUTE)];
    expect(counts(events, funnel(['page', 'page']))).toEqual([2, 1]);
  });

  it('runs ordered, strict and unordered on the same log', () => {
    const events = [
      // In order with something between: ordered yes, strict no.
      ev('between', 'A', 0),
      ev('between', 'X', 1),
      ev('between', 'B', 2),
      ev('between', 'C', 3),
      // Back to back: all three modes.
      ev('tight', 'A', 0),
      ev('tight', 'B', 1),
      ev('tight', 'C', 2),
      // Reversed: only unordered counts all three.
      ev('reversed', 'C', 0),
      ev('reversed', 'B', 1),
      ev('reversed', 'A', 2),
    ];
    expect(counts(events, funnel(['A', 'B', 'C']))).toEqual([3, 2, 2]);
    expect(counts(events, funnel(['A', 'B', 'C'], { order: 'strict' }))).toEqual([3, 1, 1]);
    expect(counts(events, funnel(['A', 'B', 'C'], { order: 'unordered' }))).toEqual([3, 3, 3]);
  });

  it('keeps the attempt that gets furthest, and measures time from its own start', () => {
    const events = [
      ev('retry', 'Viewed', 0),
      ev('retry', 'Viewed', 3 * DAY),
      ev('retry', 'Added', 3 * DAY + 10 * MINUTE),
      ev('retry', 'Bought', 3 * DAY + 70 * MINUTE),
    ];
    const result = referenceFunnel(events, funnel(['Viewed', 'Added', 'Bought']));
    expect(result.steps.map((s) => s.persons)).toEqual([1, 1, 1]);
    expect(result.steps[1]?.timeToConvert).toMatchObject({ averageMs: 10 * MINUTE, medianMs: 10 * MINUTE });
    expect(result.steps[2]?.timeToConvert?.histogram).toEqual([0, 0, 0, 1, 0, 0]);
  });

  it('discards an attempt with an exclusion event between the named steps', () => {
    const events = [
      ev('clean', 'Cart', 0),
      ev('clean', 'Paid', 5),
      ev('failed', 'Cart', 0),
      ev('failed', 'Payment Failed', 2),
      ev('failed', 'Paid', 5),
      // An exclusion outside the span (after the last step) does not count.
      ev('after', 'Cart', 0),
      ev('after', 'Paid', 5),
      ev('after', 'Payment Failed', 9),
    ];
    const query = funnel(['Cart', 'Paid'], {
      exclusions: [{ step: step('Payment Failed'), from: 0, to: 1 }],
    });
    expect(counts(events, query)).toEqual([2, 2]);
    expect(
      funnelPersons(events, query, { step: 0, outcome: 'reached' }, { limit: 10, offset: 0 }).personIds,
    ).toEqual(['after', 'clean']);
  });

  it('matches steps by event properties and context', () => {
    const checkout: ResolvedStep = {
      label: 'Checkout',
      matchers: [
        { event: 'page', filters: [{ property: 'path', operator: 'starts_with', value: '/checkout' }] },
      ],
    };
    const instagram: ResolvedStep = {
      label: 'From Instagram',
      matchers: [
        {
          event: 'page',
          filters: [{ property: 'context.campaign.source', operator: 'equals', value: 'instagram' }],
        },
      ],
    };
    const events = [
      ev('insta', 'page', 0, { context: { campaign: { source: 'instagram' } }, properties: { path: '/' } }),
      ev('insta', 'page', 1, { properties: { path: '/checkout/pay' } }),
      ev('search', 'page', 0, { context: { campaign: { source: 'google' } }, properties: { path: '/' } }),
      ev('search', 'page', 1, { properties: { path: '/checkout' } }),
    ];
    const query: ResolvedFunnel = {
      steps: [instagram, checkout],
      order: 'ordered',
      windowMs: DAY,
      exclusions: [],
    };
    expect(counts(events, query)).toEqual([1, 1]);
  });

  it('breaks down by the first-touch value of step 1: property, channel or persona', () => {
    const events = [
      ev('p1', 'Viewed', 0, { channel: 'ads', properties: { campaign: 'autumn' } }),
      ev('p1', 'Viewed', 1, { channel: 'email', properties: { campaign: 'winter' } }),
      ev('p1', 'Bought', 2),
      ev('p2', 'Viewed', 0, { channel: 'email', properties: { campaign: 'winter' } }),
      ev('p3', 'Viewed', 0, { channel: 'email' }),
      ev('p3', 'Bought', 5),
    ];
    const byProperty = referenceFunnel(
      events,
      funnel(['Viewed', 'Bought'], { breakdown: { kind: 'property', property: 'campaign' } }),
    );
    expect(byProperty.breakdown.map((group) => [group.value, group.steps.map((s) => s.persons)])).toEqual([
      ['autumn', [1, 1]],
      ['winter', [1, 0]],
      [null, [1, 1]],
    ]);
    const byChannel = referenceFunnel(
      events,
      funnel(['Viewed', 'Bought'], { breakdown: { kind: 'channel' } }),
    );
    expect(byChannel.breakdown.map((group) => [group.value, group.steps.map((s) => s.persons)])).toEqual([
      ['email', [2, 1]],
      ['ads', [1, 1]],
    ]);
    // p1 and p3 have ordered before, p2 has not; the first persona that matches wins.
    const traitsByPerson = new Map([
      ['p1', { orders: 3 }],
      ['p2', { orders: 0 }],
      ['p3', { orders: 12 }],
    ]);
    const rule = (operator: 'greater_or_equal' | 'less_than') => ({
      match: 'all' as const,
      conditions: [{ property: 'orders', operator, value: 1 }],
    });
    const byPersona = referenceFunnel(
      events,
      funnel(['Viewed', 'Bought'], {
        breakdown: {
          kind: 'persona',
          personas: [
            { id: 'loyal', rule: rule('greater_or_equal') },
            { id: 'careful', rule: rule('less_than') },
            { id: 'everyone', rule: { match: 'all', conditions: [] } },
          ],
        },
        traitsByPerson,
      }),
    );
    expect(byPersona.breakdown.map((group) => [group.value, group.steps.map((s) => s.persons)])).toEqual([
      ['loyal', [2, 2]],
      ['careful', [1, 0]],
    ]);
  });

  it('reports rates and drop-off per step', () => {
    const events = ['a', 'b', 'c', 'd'].flatMap((person, index) => [
      ev(person, 'A', 0),
      ...(index < 3 ? [ev(person, 'B', 1)] : []),
      ...(index < 1 ? [ev(person, 'C', 2)] : []),
    ]);
    const [first, second, third] = referenceFunnel(events, funnel(['A', 'B', 'C'])).steps;
    expect(first).toMatchObject({ persons: 4, conversionFromFirst: 1, droppedOff: 0, timeToConvert: null });
    expect(second).toMatchObject({
      persons: 3,
      conversionFromFirst: 0.75,
      conversionFromPrevious: 0.75,
      droppedOff: 1,
    });
    expect(third).toMatchObject({
      persons: 1,
      conversionFromFirst: 0.25,
      conversionFromPrevious: 1 / 3,
      droppedOff: 2,
    });
  });
});
