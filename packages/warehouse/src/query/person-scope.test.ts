import {
  eventsOfSelectedPersons,
  mergedTraitsByPerson,
  referenceFunnel,
  type NormalizedEvent,
  type ResolvedFunnel,
} from '@safar/analytics';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openClickHouseEventStore } from '../clickhouse/clickhouse-store-driver.js';
import { openDuckDbEventStore } from '../duckdb/duckdb-store-driver.js';
import type { EventStore } from '../event-store.js';
import { clickhouseTestClient, clickhouseTestUrl } from '../test-support/clickhouse-test-url.js';
import { personasArb, selectionArb, traitsArb } from './test-support/person-arbitraries.js';
import { everyEvent } from '../test-support/every-event.js';

const T0 = Date.UTC(2026, 9, 1);

/** Devices that identify (sometimes as a shared user, which stitches them) and do A or B. */
const entryArb = fc.oneof(
  fc.record({
    kind: fc.constant('identify' as const),
    device: fc.constantFrom('d1', 'd2', 'd3', 'd4'),
    user: fc.constantFrom(null, 'u1', 'u2'),
    // Few instants, so identify calls often tie and the merge's tie-breaks decide.
    at: fc.integer({ min: 0, max: 3 }),
    traits: traitsArb,
  }),
  fc.record({
    kind: fc.constant('track' as const),
    device: fc.constantFrom('d1', 'd2', 'd3', 'd4'),
    event: fc.constantFrom('A', 'B'),
    at: fc.integer({ min: 0, max: 20 }),
  }),
);

type Entry = typeof entryArb extends fc.Arbitrary<infer T> ? T : never;

function toEvents(log: readonly Entry[]): NormalizedEvent[] {
  return log.map((entry, index) => ({
    messageId: `m${String(index).padStart(3, '0')}`,
    type: entry.kind,
    event: entry.kind === 'identify' ? 'identify' : entry.event,
    anonymousId: entry.device,
    userId: entry.kind === 'identify' ? entry.user : null,
    timestamp: T0 + entry.at,
    // Receipt order differs from the log's, so the trait merge's tie-break is exercised.
    receivedAt: T0 + entry.at + ((index * 7) % 3),
    channel: 'web',
    properties: {},
    traits: entry.kind === 'identify' ? entry.traits : {},
    context: {},
    previousId: null,
    groupId: null,
  }));
}

const url = clickhouseTestUrl();
const database = `safar_persons_${process.pid}_${Date.now().toString(36)}`;
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

describe.each(engines)('person filters, personas and persona breakdowns on $name', (engine) => {
  let store: EventStore;
  beforeAll(async () => {
    store = await engine.open();
  });
  afterAll(async () => {
    await store.close();
    await engine.dispose?.();
  });

  it('keeps and groups exactly the persons the reference does, by merged traits', async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(entryArb, { maxLength: 25, size: 'max' }),
        selectionArb,
        personasArb,
        fc.array(fc.constantFrom('A', 'B'), { minLength: 1, maxLength: 2 }),
        async (log, persons, personas, stepEvents) => {
          run += 1;
          const workspaceId = `persons${run}`;
          await store.append(workspaceId, toEvents(log));
          const stored = await everyEvent(store, workspaceId);
          const traitsByPerson = mergedTraitsByPerson(stored.filter((event) => event.type === 'identify'));
          const funnel: ResolvedFunnel = {
            steps: stepEvents.map((event) => ({ label: event, matchers: [{ event, filters: [] }] })),
            order: 'ordered',
            windowMs: 10,
            exclusions: [],
            breakdown: { kind: 'persona', personas },
          };
          const expected = referenceFunnel(eventsOfSelectedPersons(stored, persons, traitsByPerson), {
            ...funnel,
            traitsByPerson,
          });
          const scope = { workspaceId, from: T0, to: T0 + 1000, channels: [], eventFilters: [], persons };
          expect(await store.journeys?.funnel(scope, funnel)).toEqual(expected);
        },
      ),
      { numRuns: Number(process.env['PERSON_RUNS'] ?? (engine.name === 'DuckDB' ? 300 : 150)) },
    );
  }, 600_000);
});
