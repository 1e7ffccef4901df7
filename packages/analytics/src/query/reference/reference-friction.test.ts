import { describe, expect, it } from 'vitest';
import type { ResolvedFriction } from '../friction-result.js';
import type { QueryEvent, ResolvedStep } from '../match-event.js';
import { frictionPersons, referenceFriction } from './reference-friction.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
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
const notFound: ResolvedStep = {
  label: 'Not found',
  matchers: [{ event: 'page', filters: [{ property: 'status', operator: 'equals', value: 404 }] }],
};
const page404 = (personId: string, at: number) => ev(personId, 'page', at, { properties: { status: 404 } });
const friction = (fields: Partial<ResolvedFriction> = {}): ResolvedFriction => ({
  steps: [step('Viewed'), step('Cart'), step('Paid')],
  conversion: step('Paid'),
  errors: [notFound, step('Payment Failed', 'Payment failed')],
  stallAfterMs: DAY,
  rankBy: 'persons',
  ...fields,
});
/** Each item as `kind index: persons/converted`, in ranked order. */
const ranked = (events: QueryEvent[], query: ResolvedFriction) =>
  referenceFriction(events, query).items.map(
    (item) => `${item.kind} ${item.index}: ${item.persons}/${item.convertedPersons}`,
  );

describe('reference friction', () => {
  const journey = [
    // a: the happy path.
    ev('a', 'Viewed', 0),
    ev('a', 'Cart', HOUR),
    ev('a', 'Paid', 2 * HOUR),
    // b: a payment failure, then pays: an error, not an abandon.
    ev('b', 'Viewed', 0),
    ev('b', 'Cart', HOUR),
    ev('b', 'Payment Failed', HOUR + 10 * MINUTE),
    ev('b', 'Paid', HOUR + 20 * MINUTE),
    // c: a payment failure, then leaves.
    ev('c', 'Viewed', 0),
    ev('c', 'Cart', HOUR),
    ev('c', 'Payment Failed', HOUR + 10 * MINUTE),
    // d: back to Viewed after the cart (a loop on step 0), then pays.
    ev('d', 'Viewed', 0),
    ev('d', 'Cart', HOUR),
    ev('d', 'Viewed', 2 * HOUR),
    ev('d', 'Cart', 3 * HOUR),
    ev('d', 'Paid', 4 * HOUR),
    // e: a 404, views, reaches the cart three days later (a stall) and leaves.
    page404('e', 0),
    ev('e', 'Viewed', HOUR),
    ev('e', 'Cart', 3 * DAY),
    // f: pays two days after the cart (a stall on Cart → Paid).
    ev('f', 'Viewed', 0),
    ev('f', 'Cart', 30 * MINUTE),
    ev('f', 'Paid', 2 * DAY),
    // g: pays, then hits a 404 and converts no more: abandoned after the error, yet converted.
    ev('g', 'Paid', 0),
    page404('g', HOUR),
    // i: a 404, then the happy path.
    page404('i', 0),
    ev('i', 'Viewed', MINUTE),
    ev('i', 'Cart', 2 * MINUTE),
    ev('i', 'Paid', 3 * MINUTE),
    // h: nothing the query names: not in the journey. A page without status 404 is no error.
    ev('h', 'Newsletter Opened', 0),
    ev('h', 'page', MINUTE, { properties: { status: 200 } }),
  ];

  it('counts persons in the journey and those who converted', () => {
    const result = referenceFriction(journey, friction());
    expect([result.persons, result.convertedPersons, result.conversionRate]).toEqual([8, 6, 0.75]);
  });

  it('counts each item, worked out by hand, ranked by persons affected', () => {
    // Ties on persons go to conversion lost, then to the fixed order (errors, abandons, loops, stalls).
    expect(ranked(journey, friction())).toEqual([
      'error 0: 3/2', // e, g, i
      'error 1: 2/1', // b, c
      'abandon_after_error 0: 2/1', // e, g (i converted after its 404)
      'abandon_after_error 1: 1/0', // c
      'stall 0: 1/0', // e
      'loop 0: 1/1', // d
      'stall 1: 1/1', // f
      'loop 1: 0/0',
    ]);
  });

  it('estimates the conversions each item cost against the persons it did not affect', () => {
    const items = referenceFriction(journey, friction({ rankBy: 'conversionLost' })).items;
    const summary = items.map((item) => [`${item.kind} ${item.index}`, item.conversionLost]);
    // abandon 1: 1 × (6/7 − 0); error 1: 2 × (5/6 − 1/2); error 0: 3 × (4/5 − 2/3).
    expect(summary).toEqual([
      ['abandon_after_error 1', 6 / 7],
      ['stall 0', 6 / 7],
      ['error 1', 2 * (5 / 6 - 1 / 2)],
      ['abandon_after_error 0', 2 * (5 / 6 - 1 / 2)],
      ['error 0', 3 * (4 / 5 - 2 / 3)],
      ['loop 0', 0], // converted more often than the rest: no loss, never a gain
      ['stall 1', 0],
      ['loop 1', 0],
    ]);
    expect(items.find((item) => item.kind === 'error' && item.index === 0)).toMatchObject({
      label: 'Not found',
      persons: 3,
      convertedPersons: 2,
      conversionRate: 2 / 3,
      unaffectedConversionRate: 4 / 5,
    });
    expect(items.find((item) => item.kind === 'stall' && item.index === 0)?.label).toBe('Viewed → Cart');
    expect(items.find((item) => item.kind === 'loop' && item.index === 1)).toMatchObject({
      conversionRate: 0,
      unaffectedConversionRate: 0.75,
    });
  });

  it('measures a stall from the first reach of a step to the next reach of the one after it', () => {
    const events = [
      ev('on-edge', 'Viewed', 0),
      ev('on-edge', 'Cart', DAY), // exactly stallAfter: not longer, so no stall
      ev('over', 'Viewed', 0),
      ev('over', 'Cart', DAY + 1),
      ev('viewed-again', 'Viewed', 0),
      ev('viewed-again', 'Viewed', 23 * HOUR),
      ev('viewed-again', 'Cart', 25 * HOUR), // 25 h after the first view
      ev('cart-first', 'Cart', 0), // a cart before any view does not end the stall
      ev('cart-first', 'Viewed', HOUR),
      ev('cart-first', 'Cart', 26 * HOUR),
      ev('never', 'Viewed', 0), // never reaches the cart: a drop-off, not a stall
    ];
    expect(
      frictionPersons(events, friction({ errors: [] }), { kind: 'stall', index: 0, persons: 'affected' }),
    ).toEqual(['cart-first', 'over', 'viewed-again']);
  });

  it('counts a loop only when a later step comes between two visits of a step', () => {
    const events = [
      ev('repeat', 'Viewed', 0),
      ev('repeat', 'Viewed', 1),
      ev('repeat', 'Cart', 2), // Viewed twice before moving on: no loop
      ev('back', 'Viewed', 0),
      ev('back', 'Shipping', 1),
      ev('back', 'Viewed', 2), // any later step counts, not only the next one
      ev('cart-back', 'Cart', 0),
      ev('cart-back', 'Viewed', 1),
      ev('cart-back', 'Cart', 2), // Cart came before Viewed: no return to Viewed, and no step after Cart
    ];
    const steps = [step('Viewed'), step('Cart'), step('Shipping'), step('Paid')];
    const loops = (index: number) =>
      frictionPersons(events, friction({ steps, errors: [] }), { kind: 'loop', index, persons: 'affected' });
    expect([loops(0), loops(1)]).toEqual([['back'], []]);
  });

  it('starts a new attempt after each conversion: a repeat purchase is no loop, its friction counts', () => {
    const events = [
      ev('repeat', 'Viewed', 0),
      ev('repeat', 'Cart', HOUR),
      ev('repeat', 'Paid', 2 * HOUR), // ends the first attempt
      ev('repeat', 'Viewed', 10 * DAY), // back to Viewed and Cart, but in a new attempt: no loop
      ev('repeat', 'Cart', 12 * DAY), // two days after this attempt's view: a stall
      ev('repeat', 'Payment Failed', 12 * DAY + HOUR), // and no conversion after it: abandoned
    ];
    expect(ranked(events, friction())).toEqual([
      'error 1: 1/1',
      'abandon_after_error 1: 1/1', // converted, in the first attempt
      'stall 0: 1/1',
      'error 0: 0/0',
      'abandon_after_error 0: 0/0',
      'loop 0: 0/0',
      'loop 1: 0/0',
      'stall 1: 0/0',
    ]);
  });

  it('orders an error and a conversion at the same millisecond by messageId', () => {
    const at = (personId: string, event: string, messageId: string) => ev(personId, event, 0, { messageId });
    const events = [
      at('failed-first', 'Payment Failed', 'x1'),
      at('failed-first', 'Paid', 'x2'),
      at('paid-first', 'Paid', 'x3'),
      at('paid-first', 'Payment Failed', 'x4'),
    ];
    const select = { kind: 'abandon_after_error', index: 1, persons: 'affected' } as const;
    expect(frictionPersons(events, friction(), select)).toEqual(['paid-first']);
  });

  it('drills down to the persons affected, or only those who did not convert', () => {
    const errors = { kind: 'error', index: 0 } as const;
    expect(frictionPersons(journey, friction(), { ...errors, persons: 'affected' })).toEqual(['e', 'g', 'i']);
    expect(frictionPersons(journey, friction(), { ...errors, persons: 'not_converted' })).toEqual(['e']);
  });

  it('takes a conversion that is not a step, and has no loops or stalls with one step', () => {
    const events = [ev('a', 'Viewed', 0), ev('a', 'Order Completed', 1), ev('b', 'Viewed', 0)];
    const result = referenceFriction(
      events,
      friction({ steps: [step('Viewed')], conversion: step('Order Completed'), errors: [] }),
    );
    expect(result).toEqual({ persons: 2, convertedPersons: 1, conversionRate: 0.5, items: [] });
  });
});
