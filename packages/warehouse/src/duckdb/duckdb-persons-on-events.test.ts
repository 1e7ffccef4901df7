import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { referenceFunnel } from '@safar/analytics';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { anEvent } from '../test-support/event-builders.js';
import { DEFAULT_SQUASH_POLICY, shouldSquash } from './duckdb-persons-on-events.js';
import { DUCKDB_SCHEMA } from './duckdb-schema.js';
import { openDuckDbEventStore } from './duckdb-store-driver.js';
import { everyEvent } from '../test-support/every-event.js';

const T0 = Date.UTC(2026, 9, 1);
const RUNS = Number(process.env.SAFAR_PROPERTY_RUNS ?? 100);
const dir = mkdtempSync(join(tmpdir(), 'safar-persons-on-events-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const funnel = {
  steps: [
    { label: 'A', matchers: [{ event: 'A', filters: [] }] },
    { label: 'B', matchers: [{ event: 'B', filters: [] }] },
  ],
  order: 'ordered' as const,
  windowMs: 1_000,
  exclusions: [],
};
const scope = (workspaceId: string) => ({
  workspaceId,
  from: T0,
  to: T0 + 10_000,
  channels: [],
  eventFilters: [],
});

/** Events on a few devices and users; identify calls merge them, often after their events are stored. */
const entryArb = fc.record({
  identify: fc.boolean(),
  device: fc.constantFrom('d1', 'd2', 'd3', 'd4', 'd5'),
  user: fc.option(fc.constantFrom('u1', 'u2', 'u3'), { nil: null }),
  event: fc.constantFrom('A', 'B'),
  at: fc.nat(3_000),
});
const batchesArb = fc.array(fc.array(entryArb, { minLength: 1, maxLength: 8 }), {
  minLength: 1,
  maxLength: 6,
});

/** Squash after every merge, past one waiting id, never, or at the first merge after any wait. */
const squashPolicyArb = fc.constantFrom(
  { limit: 0, maxWaitMs: Infinity },
  { limit: 1, maxWaitMs: Infinity },
  { limit: Infinity, maxWaitMs: Infinity },
  { limit: Infinity, maxWaitMs: 0 },
);

interface Entry {
  readonly identify: boolean;
  readonly device: string;
  readonly user: string | null;
  readonly event: string;
  readonly at: number;
}

const toEvent = (entry: Entry) =>
  entry.identify && entry.user
    ? anEvent({
        type: 'identify',
        event: 'identify',
        anonymousId: entry.device,
        userId: entry.user,
        timestamp: T0 + entry.at,
      })
    : anEvent({
        event: entry.event,
        anonymousId: entry.device,
        userId: entry.user,
        timestamp: T0 + entry.at,
      });

async function rows(path: string, sql: string): Promise<unknown[][]> {
  const instance = await DuckDBInstance.create(path);
  const connection = await instance.connect();
  const found = (await connection.runAndReadAll(sql)).getRows();
  connection.closeSync();
  instance.closeSync();
  return found;
}

describe('persons on events (DuckDB)', () => {
  it('stitches as the identity index does, whenever merged ids are squashed into their events', async () => {
    await fc.assert(
      fc.asyncProperty(batchesArb, squashPolicyArb, async (batches, personOverrides) => {
        const store = await openDuckDbEventStore(':memory:', { funnelWalk: 'javascript', personOverrides });
        try {
          for (const batch of batches) await store.append('w', batch.map(toEvent));
          const events = await everyEvent(store, 'w');
          expect(await store.journeys?.funnel(scope('w'), funnel)).toEqual(referenceFunnel(events, funnel));
          expect((await store.counts('w')).persons).toBe(new Set(events.map((event) => event.personId)).size);
        } finally {
          await store.close();
        }
      }),
      { numRuns: RUNS },
    );
  }, 600_000);

  it('squashes past 10,000 waiting ids, or once the oldest has waited a minute', () => {
    expect(shouldSquash(DEFAULT_SQUASH_POLICY, 10_000, 59_999)).toBe(false);
    expect(shouldSquash(DEFAULT_SQUASH_POLICY, 10_001, 0)).toBe(true);
    expect(shouldSquash(DEFAULT_SQUASH_POLICY, 1, 60_000)).toBe(true);
  });

  it('squashes the waiting overrides when it closes, so a reopened store starts with none', async () => {
    const path = join(dir, 'squash.duckdb');
    const store = await openDuckDbEventStore(path);
    await store.append('w', [
      anEvent({ event: 'A', anonymousId: 'phone', timestamp: T0 }),
      anEvent({ event: 'B', anonymousId: 'laptop', timestamp: T0 + 100 }),
    ]);
    await store.append('w', [
      anEvent({
        type: 'identify',
        event: 'identify',
        anonymousId: 'phone',
        userId: 'sara',
        timestamp: T0 + 200,
      }),
      anEvent({
        type: 'identify',
        event: 'identify',
        anonymousId: 'laptop',
        userId: 'sara',
        timestamp: T0 + 300,
      }),
    ]);
    expect((await store.journeys?.funnel(scope('w'), funnel))?.steps.map((step) => step.persons)).toEqual([
      1, 1,
    ]);
    await store.close();

    expect(await rows(path, 'SELECT count(*)::INTEGER FROM person_overrides')).toEqual([[0]]);
    expect(await rows(path, `SELECT DISTINCT person_id FROM events WHERE event IN ('A', 'B')`)).toEqual([
      ['u:sara'],
    ]);
    const reopened = await openDuckDbEventStore(path);
    expect((await reopened.journeys?.funnel(scope('w'), funnel))?.steps.map((step) => step.persons)).toEqual([
      1, 1,
    ]);
    await reopened.close();
  });

  it('keeps merged ids waiting, and answering, when a squash fails', async () => {
    const path = join(dir, 'failing-squash.duckdb');
    const instance = await DuckDBInstance.create(path);
    const connection = await instance.connect();
    // The store's events table, with a check that refuses to give sara's A event her person:
    // the squash's UPDATE then fails, as a full disk or a conflict would make it.
    const eventsTable = DUCKDB_SCHEMA[0] ?? '';
    expect(eventsTable).toMatch(/^CREATE TABLE IF NOT EXISTS events \(/);
    await connection.run(
      eventsTable.replace(/\)\s*$/, ", CHECK (NOT (event = 'A' AND person_id = 'u:sara')))"),
    );
    connection.closeSync();
    instance.closeSync();

    const warnings: string[] = [];
    const listener = (warning: Error) => warnings.push(warning.message);
    process.on('warning', listener);
    try {
      const store = await openDuckDbEventStore(path, { personOverrides: { limit: 0 } });
      await store.append('w', [anEvent({ event: 'A', anonymousId: 'phone', timestamp: T0 })]);
      await store.append('w', [
        anEvent({
          type: 'identify',
          event: 'identify',
          anonymousId: 'phone',
          userId: 'sara',
          timestamp: T0 + 100,
        }),
        anEvent({ event: 'B', anonymousId: null, userId: 'sara', timestamp: T0 + 200 }),
      ]);
      expect((await store.journeys?.funnel(scope('w'), funnel))?.steps.map((step) => step.persons)).toEqual([
        1, 1,
      ]);
      await store.close();
      await new Promise((resolve) => setImmediate(resolve));
      expect(warnings.filter((message) => message.includes('person_overrides'))).toHaveLength(2);
    } finally {
      process.off('warning', listener);
    }
    expect(
      await rows(path, 'SELECT distinct_id, person_id FROM person_overrides ORDER BY distinct_id'),
    ).toEqual([
      ['a:phone', 'u:sara'],
      ['u:sara', 'u:sara'],
    ]);
  });

  it('gives the events of a database from before persons on events their stitched person when it opens', async () => {
    const path = join(dir, 'old.duckdb');
    const instance = await DuckDBInstance.create(path);
    const connection = await instance.connect();
    // The events table as it was, without person_id, and one id stitched to a user.
    await connection.run(`CREATE TABLE events (workspace_id VARCHAR NOT NULL, message_id VARCHAR NOT NULL,
      type VARCHAR NOT NULL, event VARCHAR NOT NULL, distinct_id VARCHAR NOT NULL, anonymous_id VARCHAR,
      user_id VARCHAR, timestamp_ms BIGINT NOT NULL, received_at_ms BIGINT NOT NULL, channel VARCHAR NOT NULL,
      properties VARCHAR NOT NULL, traits VARCHAR NOT NULL, context VARCHAR NOT NULL, previous_id VARCHAR,
      group_id VARCHAR)`);
    await connection.run(`CREATE TABLE identities (workspace_id VARCHAR NOT NULL, distinct_id VARCHAR NOT NULL,
      person_id VARCHAR NOT NULL, PRIMARY KEY (workspace_id, distinct_id))`);
    await connection.run(`INSERT INTO events VALUES
      ('w', 'm1', 'track', 'A', 'a:phone', 'phone', NULL, ${T0}, ${T0}, 'web', '{}', '{}', '{}', NULL, NULL),
      ('w', 'm2', 'track', 'B', 'u:sara', NULL, 'sara', ${T0 + 10}, ${T0 + 10}, 'web', '{}', '{}', '{}', NULL, NULL),
      ('w', 'm3', 'track', 'A', 'a:tablet', 'tablet', NULL, ${T0 + 20}, ${T0 + 20}, 'web', '{}', '{}', '{}', NULL, NULL)`);
    await connection.run(
      `INSERT INTO identities VALUES ('w', 'a:phone', 'u:sara'), ('w', 'u:sara', 'u:sara')`,
    );
    connection.closeSync();
    instance.closeSync();

    const store = await openDuckDbEventStore(path);
    expect((await store.journeys?.funnel(scope('w'), funnel))?.steps.map((step) => step.persons)).toEqual([
      2, 1,
    ]);
    expect((await store.counts('w')).persons).toBe(2);
    await store.close();
    expect(await rows(path, 'SELECT message_id, person_id FROM events ORDER BY message_id')).toEqual([
      ['m1', 'u:sara'],
      ['m2', 'u:sara'],
      ['m3', 'a:tablet'],
    ]);
  });
});
