import { findTemplate } from '@safar/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
// The personas live in the server; reading their rules here catches the two copies drifting apart.
import { DEMO_PERSONAS } from '../../../server/src/demo/demo-personas.js';
import { deriveChannel, EVENT_CHANNELS } from '../event-channel.js';
import type { NormalizedEvent } from '../normalize-message.js';
import { DEMO_PERSONA_IDS, DEMO_PERSONA_SEGMENT_RULES } from './demo-personas.js';
import { generateDemoEvents, type DemoEventOptions } from './generate-demo-events.js';

const DAY = 86_400_000;
const START = Date.UTC(2026, 0, 1);

const all = (options: DemoEventOptions) => [...generateDemoEvents(options)].flat();
const sample10k = all({ seed: 7, events: 10_000, start: START });
const sample100k = all({ seed: 11, events: 100_000, start: START });

interface Filter {
  readonly property: string;
  readonly operator: string;
  readonly value?: unknown;
}

/** Filters as touchpoint matchers mean them: `context.` paths read the context, others the properties (or traits). */
function valueAt(source: Record<string, unknown>, path: string): unknown {
  let value: unknown = source;
  for (const key of path.split('.')) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

function passes(actual: unknown, filter: Filter): boolean {
  const { operator, value } = filter;
  switch (operator) {
    case 'equals':
      return actual === value;
    case 'in':
      return Array.isArray(value) && value.includes(actual);
    case 'starts_with':
      return typeof actual === 'string' && actual.startsWith(String(value));
    case 'matches_regex':
      return typeof actual === 'string' && new RegExp(String(value)).test(actual);
    case 'greater_or_equal':
      return typeof actual === 'number' && actual >= Number(value);
    default:
      throw new Error(`operator ${operator} is not used by the demo's matchers`);
  }
}

const matches = (event: NormalizedEvent, matcher: { event: string; filters: readonly Filter[] }) =>
  event.event === matcher.event &&
  matcher.filters.every((filter) =>
    passes(
      filter.property.startsWith('context.')
        ? valueAt(event.context, filter.property.slice('context.'.length))
        : valueAt(event.properties, filter.property),
      filter,
    ),
  );

const ruleMatches = (traits: Record<string, unknown>, rule: { conditions: readonly Filter[] }) =>
  rule.conditions.every((condition) => passes(valueAt(traits, condition.property), condition));

/** The generator's ids name the person (anon-<seed>-<person>-<device>, user-<seed>-<person>). */
const personOf = (event: NormalizedEvent) =>
  /^(?:anon|user)-(-?\d+-\d+)/.exec(event.userId ?? event.anonymousId ?? '')?.[1] ?? '?';

function byPerson(events: readonly NormalizedEvent[]): Map<string, NormalizedEvent[]> {
  const people = new Map<string, NormalizedEvent[]>();
  for (const event of events) {
    const key = personOf(event);
    const events = people.get(key);
    if (events) events.push(event);
    else people.set(key, [event]);
  }
  return people;
}

const ecommerce = findTemplate('ecommerce-purchase');

describe('generateDemoEvents', () => {
  it('is deterministic by seed', () => {
    const options = { seed: 7, events: 10_000, start: START };
    expect(JSON.stringify(all(options))).toBe(JSON.stringify(sample10k));
    expect(JSON.stringify(all({ ...options, seed: 8 }))).not.toBe(JSON.stringify(sample10k));
  });

  it('generates exactly the requested number of events, in chunks', () => {
    expect(sample10k).toHaveLength(10_000);
    expect(sample100k).toHaveLength(100_000);
    const chunks = [...generateDemoEvents({ seed: 3, events: 2_500, start: START, chunkSize: 1_000 })];
    expect(chunks.map((chunk) => chunk.length)).toEqual([1_000, 1_000, 500]);
    expect(all({ seed: 3, events: 0, start: START })).toEqual([]);
    const people = byPerson(sample100k).size;
    expect(people).toBeGreaterThan(7_000);
    expect(people).toBeLessThan(14_000);
  });

  it('rejects options it cannot honour', () => {
    expect(() => all({ seed: 1.5, events: 10, start: START })).toThrow(RangeError);
    expect(() => all({ seed: 1, events: -1, start: START })).toThrow(RangeError);
    expect(() => all({ seed: 1, events: 10, start: START, days: 0 })).toThrow(RangeError);
  });

  it('matches every event matcher of the e-commerce template', () => {
    const withMatcher = ecommerce?.touchpoints.filter((touchpoint) => touchpoint.eventMatcher) ?? [];
    expect(withMatcher.length).toBeGreaterThan(15);
    const unmatched = withMatcher
      .filter(
        (touchpoint) =>
          !sample10k.some((event) => touchpoint.eventMatcher && matches(event, touchpoint.eventMatcher)),
      )
      .map((touchpoint) => touchpoint.key);
    expect(unmatched).toEqual([]);
  });

  it('has events no template touchpoint matches, for the forgotten-touchpoints view', () => {
    const matchers = ecommerce?.touchpoints.flatMap((touchpoint) => touchpoint.eventMatcher ?? []) ?? [];
    for (const name of ['Coupon Code Applied', 'Wishlist Item Added', 'Delivery Tracking Viewed']) {
      const events = sample10k.filter((event) => event.event === name);
      expect(events.length, name).toBeGreaterThan(0);
      expect(events.some((event) => matchers.some((matcher) => matches(event, matcher)))).toBe(false);
    }
  });

  it('has the frictions of the articles, and they cost conversions', () => {
    const searches = sample100k.filter((event) => event.event === 'Products Searched');
    const failed = searches.filter((event) => event.properties['results'] === 0);
    expect(failed.length / searches.length).toBeGreaterThan(0.1);
    const failures = sample100k.filter((event) => event.event === 'Payment Failed');
    expect(failures.length).toBeGreaterThan(100);
    expect(failures.every((event) => typeof event.properties['reason'] === 'string')).toBe(true);
    expect(sample100k.some((event) => event.event === 'page' && event.properties['status'] === 404)).toBe(
      true,
    );

    const opened = new Map<unknown, number>();
    const resolutionDays: number[] = [];
    for (const event of sample100k) {
      if (event.event === 'Ticket Created') opened.set(event.properties['ticket_id'], event.timestamp);
      const at = opened.get(event.properties['ticket_id']);
      if (event.event === 'Ticket Resolved' && at !== undefined)
        resolutionDays.push((event.timestamp - at) / DAY);
    }
    expect(resolutionDays.filter((days) => days > 1).length).toBeGreaterThan(10);

    const people = [...byPerson(sample100k).values()];
    const bought = (events: NormalizedEvent[]) => events.some((event) => event.event === 'Order Completed');
    const rate = (group: NormalizedEvent[][]) => group.filter(bought).length / group.length;
    const searched = people.filter((events) => events.some((event) => event.event === 'Products Searched'));
    const failedSearch = (events: NormalizedEvent[]) =>
      events.some((event) => event.event === 'Products Searched' && event.properties['results'] === 0);
    expect(rate(searched.filter(failedSearch))).toBeLessThan(rate(searched.filter((e) => !failedSearch(e))));
    const loops = people.filter(
      (events) => events.filter((event) => event.properties['path'] === '/checkout').length > 2,
    );
    expect(loops.length).toBeGreaterThan(50);
  });

  it('drops off stage by stage through the funnel', () => {
    const people = [...byPerson(sample100k).values()];
    const share = (test: (event: NormalizedEvent) => boolean) =>
      people.filter((events) => events.some(test)).length / people.length;
    const consider = share((event) => event.event === 'Product Viewed');
    const cart = share((event) => event.event === 'Product Added');
    const checkout = share((event) => event.event === 'page' && event.properties['path'] === '/checkout');
    const purchase = share((event) => event.event === 'Order Completed');
    expect(consider).toBeGreaterThan(0.5);
    expect(consider).toBeGreaterThan(cart);
    expect(cart).toBeGreaterThan(checkout);
    expect(checkout).toBeGreaterThan(purchase);
    expect(purchase).toBeGreaterThan(0.06);
    expect(purchase).toBeLessThan(0.2);
  });

  it('keeps each person in time order within the period, with sessions days apart', () => {
    const end = START + 90 * DAY;
    let longGaps = 0;
    const violations: string[] = [];
    for (const events of byPerson(sample10k).values()) {
      events.forEach((event, i) => {
        const before = events[i - 1];
        if (event.timestamp < START || event.timestamp >= end)
          violations.push(`${event.messageId} out of range`);
        if (event.receivedAt < event.timestamp) violations.push(`${event.messageId} received before sent`);
        if (before && event.timestamp < before.timestamp) violations.push(`${event.messageId} out of order`);
        if (before && event.timestamp - before.timestamp > DAY) longGaps++;
      });
    }
    expect(violations).toEqual([]);
    expect(longGaps).toBeGreaterThan(100);
  });

  it('starts people anonymous and stitches devices by identify and alias', () => {
    const signedIn = new Set<string>();
    const anonymousAfterSignIn: string[] = [];
    for (const event of sample10k) {
      if (event.anonymousId === null) continue;
      if (event.type === 'identify' && event.userId) signedIn.add(event.anonymousId);
      else if (signedIn.has(event.anonymousId) && !event.userId) anonymousAfterSignIn.push(event.messageId);
    }
    expect(signedIn.size).toBeGreaterThan(500);
    expect(anonymousAfterSignIn).toEqual([]);
    const aliases = sample10k.filter((event) => event.type === 'alias');
    expect(aliases.length).toBeGreaterThan(0);
    expect(aliases.every((event) => event.previousId === event.anonymousId && event.userId)).toBe(true);
    const devices = new Map<string, Set<string>>();
    for (const event of sample10k) {
      if (event.userId && event.anonymousId) {
        devices.set(event.userId, (devices.get(event.userId) ?? new Set()).add(event.anonymousId));
      }
    }
    expect([...devices.values()].filter((ids) => ids.size > 1).length).toBeGreaterThan(20);
    const people = [...byPerson(sample100k).values()];
    const neverIdentified = people.filter((events) => !events.some((event) => event.type === 'identify'));
    expect(neverIdentified.length / people.length).toBeGreaterThan(0.2);
    expect(neverIdentified.length / people.length).toBeLessThan(0.4);
  });

  it('writes traits that each demo persona segment rule matches for a fair share of people', () => {
    const traits = new Map<string, Record<string, unknown>>();
    for (const event of sample100k) if (event.type === 'identify') traits.set(personOf(event), event.traits);
    for (const persona of DEMO_PERSONAS) {
      const id = DEMO_PERSONA_IDS.find((candidate) => candidate === persona.id);
      expect(id, persona.id).toBeDefined();
      if (!id) continue;
      expect(DEMO_PERSONA_SEGMENT_RULES[id]).toEqual(persona.rest.segmentRule);
      const share = [...traits.values()].filter((t) => ruleMatches(t, DEMO_PERSONA_SEGMENT_RULES[id])).length;
      expect(share / traits.size, id).toBeGreaterThan(0.15);
      expect(share / traits.size, id).toBeLessThan(0.5);
    }
    for (const event of sample10k.filter((e) => e.type === 'identify')) {
      expect(['en', 'fa', 'ar', 'el']).toContain(event.traits['locale']);
      expect(event.traits['email']).toMatch(/@example\.com$/);
    }
  });

  it('sets channels that deriveChannel agrees with, so re-ingested events keep them', () => {
    const disagreeing = sample10k.filter(
      (event) => deriveChannel({ context: event.context, properties: event.properties }) !== event.channel,
    );
    expect(disagreeing.map((event) => `${event.event} ${event.channel}`)).toEqual([]);
    const nps = sample100k.filter((event) => event.event === 'Survey Responded');
    expect(nps.every((event) => event.properties['survey_type'] === 'nps')).toBe(true);
    expect(nps.every((event) => Number.isInteger(event.properties['score']))).toBe(true);
    expect(new Set(nps.map((event) => event.properties['score'])).size).toBeGreaterThan(5);
  });

  it('gives valid events for any seed, size and period', () => {
    fc.assert(
      fc.property(
        fc.integer(),
        fc.integer({ min: 1_000, max: 5_000 }),
        fc.integer({ min: 1, max: 120 }),
        (seed, size, days) => {
          const events = all({ seed, events: size, start: START, days });
          expect(events).toHaveLength(size);
          expect(new Set(events.map((event) => event.messageId)).size).toBe(size);
          const channels: readonly string[] = EVENT_CHANNELS;
          const invalid = events.filter(
            (event) =>
              event.timestamp < START ||
              event.timestamp >= START + days * DAY ||
              !channels.includes(event.channel) ||
              !(event.anonymousId ?? event.userId),
          );
          expect(invalid).toEqual([]);
        },
      ),
      { numRuns: 15 },
    );
  });
});
