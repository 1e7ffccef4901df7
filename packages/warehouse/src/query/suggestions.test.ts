import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openClickHouseEventStore } from '../clickhouse/clickhouse-store-driver.js';
import { openDuckDbEventStore } from '../duckdb/duckdb-store-driver.js';
import type { EventStore } from '../event-store.js';
import { clickhouseTestClient, clickhouseTestUrl } from '../test-support/clickhouse-test-url.js';
import {
  referenceCoverage,
  referenceEventNames,
  referenceEventProperties,
  referencePropertyValues,
  referenceTraitKeys,
  referenceTraitValues,
} from './reference-suggestions.js';
import { ALL_TIME } from './suggestions.js';
import { segmentArb } from './test-support/person-arbitraries.js';
import {
  eventArb,
  propertyKeyArb,
  rangeArb,
  searchArb,
  suggestionEntryArb,
  suggestionEvents,
  traitKeyArb,
} from './test-support/suggestion-arbitraries.js';
import { everyEvent } from '../test-support/every-event.js';

const url = clickhouseTestUrl();
const database = `safar_suggest_${process.pid}_${Date.now().toString(36)}`;
const engines: { name: string; open: () => Promise<EventStore>; dispose?: () => Promise<void> }[] = [
  { name: 'DuckDB', open: () => openDuckDbEventStore(':memory:') },
  ...(url
    ? [
        {
          name: 'ClickHouse',
          open: () => openClickHouseEventStore({ url, database }),
          async dispose() {
            const client = clickhouseTestClient(url);
            await client.command({ query: `DROP DATABASE IF EXISTS ${database}` });
            await client.close();
          },
        },
      ]
    : []),
];

const queryArb = fc.record({
  range: fc.oneof(rangeArb, fc.constant(ALL_TIME), fc.constant(ALL_TIME)),
  search: searchArb,
  limit: fc.integer({ min: 0, max: 8 }),
  event: eventArb,
  key: propertyKeyArb,
  traitKey: traitKeyArb,
  rule: segmentArb,
});

describe.each(engines)('binding suggestions on $name against the reference', (engine) => {
  let store: EventStore;
  beforeAll(async () => {
    store = await engine.open();
  });
  afterAll(async () => {
    await store.close();
    await engine.dispose?.();
  });

  it('counts a hand-worked log: names, nested and context keys, values, traits and coverage', async () => {
    await store.append('hand', [
      ...suggestionEvents([
        {
          kind: 'identify',
          device: 'd1',
          user: 'u1',
          at: 0,
          traits: { plan: 'pro', address: { city: 'تهران' } },
        },
        { kind: 'identify', device: 'd2', user: 'u1', at: 1, traits: { plan: 'free' } },
        { kind: 'identify', device: 'd3', user: null, at: 1, traits: { plan: 'pro' } },
      ]),
      ...suggestionEvents([
        {
          kind: 'track',
          device: 'd1',
          event: 'Order Completed',
          at: 5,
          properties: { plan: 'pro', nested: { city: 'a' } },
          context: { page: { path: '/a' } },
        },
        {
          kind: 'track',
          device: 'd2',
          event: 'Order Completed',
          at: 6,
          properties: { plan: 3 },
          context: {},
        },
        { kind: 'track', device: 'd4', event: 'page', at: 7, properties: {}, context: {} },
      ]).map((event, index) => ({ ...event, messageId: `t${index}` })),
    ]);
    const s = store.suggestions;
    expect(await s.eventNames('hand', { ...ALL_TIME, search: 'ord', limit: 5 })).toEqual([
      { name: 'Order Completed', events: 2, persons: 1 },
    ]);
    expect(await s.eventProperties('hand', { ...ALL_TIME, event: 'Order Completed', limit: 5 })).toEqual([
      { key: 'plan', events: 2 },
      { key: 'context.page.path', events: 1 },
      { key: 'nested.city', events: 1 },
    ]);
    expect(
      await s.propertyValues('hand', {
        ...ALL_TIME,
        event: 'Order Completed',
        key: 'plan',
        search: '',
        limit: 5,
      }),
    ).toEqual([
      { value: '3', events: 1, persons: 1 },
      { value: 'pro', events: 1, persons: 1 },
    ]);
    expect(await s.traitKeys('hand', { limit: 5 })).toEqual([
      { key: 'plan', persons: 2 },
      { key: 'address.city', persons: 1 },
    ]);
    expect(await s.traitValues('hand', { key: 'plan', search: '', limit: 5 })).toEqual([
      { value: 'free', persons: 1 },
      { value: 'pro', persons: 1 },
    ]);
    expect(
      await s.coverage('hand', {
        match: 'all',
        conditions: [{ property: 'plan', operator: 'not_equals', value: 'free' }],
      }),
    ).toEqual({ persons: 2, total: 3 });
  });

  it('returns exactly what the reference returns, for random logs and queries', async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(suggestionEntryArb, { maxLength: 35, size: 'max' }),
        queryArb,
        async (log, query) => {
          run += 1;
          const workspaceId = `suggest${run}`;
          await store.append(workspaceId, suggestionEvents(log));
          const stored = await everyEvent(store, workspaceId);
          const s = store.suggestions;
          const { range, search, limit, event, key } = query;
          expect(await s.eventNames(workspaceId, { ...range, search, limit })).toEqual(
            referenceEventNames(stored, { ...range, search, limit }),
          );
          expect(await s.eventProperties(workspaceId, { ...range, event, limit: limit + 4 })).toEqual(
            referenceEventProperties(stored, { ...range, event, limit: limit + 4 }),
          );
          expect(await s.propertyValues(workspaceId, { ...range, event, key, search, limit })).toEqual(
            referencePropertyValues(stored, { ...range, event, key, search, limit }),
          );
          expect(await s.traitKeys(workspaceId, { limit: limit + 4 })).toEqual(
            referenceTraitKeys(stored, { limit: limit + 4 }),
          );
          expect(await s.traitValues(workspaceId, { key: query.traitKey, search, limit })).toEqual(
            referenceTraitValues(stored, { key: query.traitKey, search, limit }),
          );
          expect(await s.coverage(workspaceId, query.rule)).toEqual(referenceCoverage(stored, query.rule));
        },
      ),
      { numRuns: Number(process.env['SUGGESTION_RUNS'] ?? 150) },
    );
  }, 600_000);
});
