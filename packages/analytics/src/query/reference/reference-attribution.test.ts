import { ATTRIBUTION_MODELS } from '@safar/core';
import { describe, expect, it } from 'vitest';
import type { AttributionResult, ResolvedAttribution } from '../attribution/attribution-result.js';
import type { QueryEvent } from '../match-event.js';
import { referenceAttribution, referenceAttributionPersons } from './reference-attribution.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const T0 = Date.UTC(2026, 9, 1);
let n = 0;
const ev = (personId: string, event: string, at: number, channel = 'web', plan?: string): QueryEvent => ({
  personId,
  messageId: `m${String((n += 1)).padStart(4, '0')}`,
  event,
  timestamp: T0 + at,
  channel,
  properties: plan ? { plan } : {},
  context: {},
});
const buy = (personId: string, at: number) => ev(personId, 'Order Completed', at);
const spec = (fields: Partial<ResolvedAttribution> = {}): ResolvedAttribution => ({
  conversion: { label: 'Bought', matchers: [{ event: 'Order Completed', filters: [] }] },
  by: { kind: 'channel' },
  lookbackMs: 30 * DAY,
  halfLifeMs: DAY,
  models: [...ATTRIBUTION_MODELS],
  ...fields,
});
const creditsOf = (result: AttributionResult) =>
  Object.fromEntries(result.rows.map((row) => [row.key, row.credits]));

/** Every model's credits add up to the conversions counted. */
function expectCreditsSumToConversions(result: AttributionResult) {
  for (const model of ATTRIBUTION_MODELS) {
    const total = result.rows.reduce((sum, row) => sum + (row.credits[model] ?? 0), 0);
    expect(total, model).toBeCloseTo(result.conversions, 12);
  }
}

describe('reference attribution', () => {
  // Email, ads, web and web again, a day apart, then a purchase; q buys with no touch at all.
  const journey = [
    ev('p', 'Newsletter Opened', 0, 'email'),
    ev('p', 'Ad Clicked', 1 * DAY, 'ads'),
    ev('p', 'Product Viewed', 2 * DAY, 'web'),
    ev('p', 'Product Viewed', 3 * DAY, 'web'),
    buy('p', 4 * DAY),
    buy('q', 4 * DAY),
  ];

  it('credits one conversion under each model, and a conversion without touches to (none)', () => {
    const result = referenceAttribution(journey, spec());
    expect(result.conversions).toBe(2);
    expect(result.rows.map((row) => [row.key, row.label, row.conversionsTouched])).toEqual([
      ['ads', 'ads', 1],
      ['email', 'email', 1],
      ['web', 'web', 1],
      ['(none)', '(none)', 1],
    ]);
    const credits = creditsOf(result);
    expect(credits['email']).toMatchObject({
      first_touch: 1,
      last_touch: 0,
      linear: 0.25,
      position_based: 0.4,
    });
    expect(credits['ads']).toMatchObject({ first_touch: 0, last_touch: 0, linear: 0.25 });
    expect(credits['ads']?.position_based).toBeCloseTo(0.1, 12);
    expect(credits['web']).toMatchObject({ first_touch: 0, last_touch: 1, linear: 0.5 });
    expect(credits['web']?.position_based).toBeCloseTo(0.5, 12);
    // Half-life one day, ages 4, 3, 2 and 1 days: weights 1/16, 1/8, 1/4, 1/2, i.e. 1 : 2 : 4 : 8 of 15.
    expect(credits['email']?.time_decay).toBeCloseTo(1 / 15, 12);
    expect(credits['ads']?.time_decay).toBeCloseTo(2 / 15, 12);
    expect(credits['web']?.time_decay).toBeCloseTo(12 / 15, 12);
    // One path start -> email -> ads -> web -> conversion: removing any key loses it all, so a third each.
    for (const key of ['email', 'ads', 'web']) expect(credits[key]?.markov).toBeCloseTo(1 / 3, 12);
    expect(credits['(none)']).toEqual(Object.fromEntries(ATTRIBUTION_MODELS.map((model) => [model, 1])));
    expectCreditsSumToConversions(result);
  });

  it('splits two touches 50/50 under position-based and gives one touch everything', () => {
    const events = [ev('a', 'x', 0, 'email'), ev('a', 'y', HOUR, 'ads'), buy('a', 2 * HOUR)];
    expect(creditsOf(referenceAttribution(events, spec({ models: ['position_based'] })))).toEqual({
      email: { position_based: 0.5 },
      ads: { position_based: 0.5 },
    });
    expect(
      creditsOf(referenceAttribution([ev('b', 'x', 0, 'app'), buy('b', HOUR)], spec({ models: ['linear'] }))),
    ).toEqual({ app: { linear: 1 } });
  });

  it('counts a touch exactly lookback before the conversion, and not one a millisecond earlier', () => {
    const events = [ev('a', 'x', 0, 'email'), ev('a', 'y', 1, 'ads'), buy('a', HOUR + 1)];
    const result = referenceAttribution(events, spec({ lookbackMs: HOUR, models: ['first_touch'] }));
    expect(creditsOf(result)).toEqual({ ads: { first_touch: 1 } });
    const tighter = referenceAttribution(events, spec({ lookbackMs: HOUR - 1, models: ['first_touch'] }));
    expect(creditsOf(tighter)).toEqual({ '(none)': { first_touch: 1 } });
  });

  it('credits a touch once: to the next conversion only, never again after it', () => {
    const events = [
      ev('a', 'x', 0, 'email'),
      buy('a', HOUR),
      ev('a', 'y', 2 * HOUR, 'ads'),
      buy('a', 3 * HOUR),
      buy('a', 4 * HOUR), // nothing since the last conversion
      ev('a', 'z', 5 * HOUR, 'social'), // after the last conversion: credited to nothing
    ];
    const result = referenceAttribution(events, spec({ models: ['last_touch', 'linear'] }));
    expect(result.conversions).toBe(3);
    expect(creditsOf(result)).toEqual({
      email: { last_touch: 1, linear: 1 },
      ads: { last_touch: 1, linear: 1 },
      '(none)': { last_touch: 1, linear: 1 },
    });
  });

  it('orders a touch and a conversion at the same millisecond by messageId (journey order)', () => {
    const before = { ...ev('a', 'x', HOUR, 'email'), messageId: 'a1' };
    const after = { ...ev('a', 'y', HOUR, 'ads'), messageId: 'c1' };
    const conversion = { ...buy('a', HOUR), messageId: 'b1' };
    const result = referenceAttribution([after, conversion, before], spec({ models: ['linear'] }));
    expect(creditsOf(result)).toEqual({ email: { linear: 1 } });
  });

  it('keys touches by the first touchpoint they match; other events and conversions are no touches', () => {
    const touchpoints = [
      {
        label: 'Pro ad',
        matchers: [
          { event: 'Ad Clicked', filters: [{ property: 'plan', operator: 'equals' as const, value: 'pro' }] },
        ],
      },
      { label: 'Any ad', matchers: [{ event: 'Ad Clicked', filters: [] }] },
      { label: 'Purchase', matchers: [{ event: 'Order Completed', filters: [] }] },
    ];
    const events = [
      ev('a', 'Ad Clicked', 0, 'ads', 'pro'),
      ev('a', 'Ad Clicked', HOUR, 'ads', 'free'),
      ev('a', 'Page Viewed', 2 * HOUR), // matches no touchpoint
      buy('a', 3 * HOUR),
    ];
    const result = referenceAttribution(
      events,
      spec({ by: { kind: 'touchpoints', touchpoints }, models: ['first_touch', 'last_touch'] }),
    );
    expect(result.rows).toEqual([
      { key: '0', label: 'Pro ad', conversionsTouched: 1, credits: { first_touch: 1, last_touch: 0 } },
      { key: '1', label: 'Any ad', conversionsTouched: 1, credits: { first_touch: 0, last_touch: 1 } },
    ]);
  });

  it('learns the Markov chain from converting paths and from the touches after the last conversion', () => {
    // Paths: email -> web (converted), email (converted), web (not). Worked out in docs/analytics.md:
    // P = 2/3; removal effects email 3/4, web 1/2; two conversions shared 3 : 2.
    const events = [
      ev('p1', 'x', 0, 'email'),
      ev('p1', 'y', HOUR, 'web'),
      buy('p1', 2 * HOUR),
      ev('p2', 'x', 0, 'email'),
      buy('p2', HOUR),
      ev('p3', 'y', 0, 'web'),
    ];
    const credits = creditsOf(referenceAttribution(events, spec({ models: ['markov'] })));
    expect(credits['email']?.markov).toBeCloseTo(1.2, 12);
    expect(credits['web']?.markov).toBeCloseTo(0.8, 12);
  });

  it('gives Markov credit to a key seen only on a path that did not convert, when it leads to one that did', () => {
    // start -> email 1/2, start -> social 1/2; social -> email 1; email -> conversion 1/2, email -> null 1/2.
    // P = 1/2; without email 0 (effect 1); without social 1/4 (effect 1/2): credits 2/3 and 1/3.
    const events = [
      ev('p1', 'x', 0, 'email'),
      buy('p1', HOUR),
      ev('p2', 'x', 0, 'social'),
      ev('p2', 'y', HOUR, 'email'),
    ];
    const result = referenceAttribution(events, spec({ models: ['linear', 'markov'] }));
    expect(result.rows.map((row) => row.key)).toEqual(['email', 'social']);
    expect(result.rows[1]).toMatchObject({ conversionsTouched: 0, credits: { linear: 0 } });
    expect(result.rows[1]?.credits.markov).toBeCloseTo(1 / 3, 12);
    expect(result.rows[0]?.credits.markov).toBeCloseTo(2 / 3, 12);
  });

  it('sums to the conversions on a busier log', () => {
    const events = Array.from({ length: 200 }, (_, index) => {
      const person = `p${index % 7}`;
      const channel = ['web', 'email', 'ads', 'app'][(index * 5) % 4] ?? 'web';
      return index % 6 === 5 ? buy(person, index * HOUR) : ev(person, 'x', index * HOUR, channel);
    });
    const result = referenceAttribution(events, spec({ lookbackMs: 20 * HOUR }));
    expect(result.conversions).toBe(33);
    expectCreditsSumToConversions(result);
  });

  it('drills down to the persons behind a row, behind (none) and behind all conversions', () => {
    const page = { limit: 10, offset: 0 };
    const persons = (key?: string) =>
      referenceAttributionPersons(journey, spec(), key === undefined ? {} : { key }, page);
    expect(persons('ads')).toEqual({ personIds: ['p'], total: 1 });
    expect(persons('(none)')).toEqual({ personIds: ['q'], total: 1 });
    expect(persons()).toEqual({ personIds: ['p', 'q'], total: 2 });
    expect(persons('app')).toEqual({ personIds: [], total: 0 });
    expect(referenceAttributionPersons(journey, spec(), {}, { limit: 1, offset: 1 })).toEqual({
      personIds: ['q'],
      total: 2,
    });
  });
});
