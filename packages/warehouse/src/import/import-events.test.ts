import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DuckDBInstance } from '@duckdb/node-api';
import { IMPORT_PRESETS } from '@safar/analytics';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDuckDbEventStore } from '../duckdb/duckdb-store-driver.js';
import type { EventStore } from '../event-store.js';
import { importEvents, ImportMappingError, type ImportProgress } from './import-events.js';

const DATASETS = fileURLToPath(new URL('../../../../datasets/', import.meta.url));
const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));

describe('importEvents', () => {
  let store: EventStore;
  const dir = mkdtempSync(join(tmpdir(), 'safar-import-'));
  beforeAll(async () => {
    store = await openDuckDbEventStore(':memory:');
  });
  afterAll(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('imports the REES46 e-commerce sample: 1,000 events', async () => {
    const summary = await importEvents({
      store,
      workspaceId: 'rees46',
      path: join(DATASETS, 'rees46-2019-oct-sample.csv'),
      format: 'csv',
      mapping: IMPORT_PRESETS.rees46,
    });
    expect(summary).toMatchObject({ rowsRead: 1000, stored: 1000, skipped: 0, duplicates: 0 });
    const [first] = (await store.events('rees46', { limit: 1 })).items;
    expect(first).toMatchObject({
      event: 'view',
      userId: '541312140',
      timestamp: Date.UTC(2019, 9, 1),
      channel: 'web',
      properties: { brand: 'shiseido', price: '35.79', user_session: '72d76fde-8bb3-4e00-8c23-a032dfed738c' },
    });
  });

  it('imports the municipal receipt log: 8,577 events of 1,434 cases, channel from case:channel', async () => {
    const progress: ImportProgress[] = [];
    const summary = await importEvents({
      store,
      workspaceId: 'receipt',
      path: join(DATASETS, 'receipt.csv'),
      format: 'csv',
      mapping: IMPORT_PRESETS.xes,
      onProgress: (update) => progress.push(update),
    });
    expect(summary).toMatchObject({ rowsRead: 8577, stored: 8577, skipped: 0 });
    expect(await store.counts('receipt')).toEqual({ events: 8577, persons: 1434 });
    const channels = new Set(
      (await store.events('receipt', { limit: 1000 })).items.map((event) => event.channel),
    );
    expect([...channels].sort()).toEqual(expect.arrayContaining(['email', 'store', 'web']));
    expect(progress.length).toBeGreaterThan(1);
    expect(progress.at(-1)).toMatchObject({ bytesRead: summary.totalBytes, stored: 8577 });
  });

  it('imports the process-mining running example: 42 events of 6 cases, each starting with "register request"', async () => {
    const summary = await importEvents({
      store,
      workspaceId: 'running',
      path: join(DATASETS, 'running-example.csv'),
      format: 'csv',
      mapping: IMPORT_PRESETS.xes,
    });
    expect(summary).toMatchObject({ stored: 42, skipped: 0 });
    expect(await store.counts('running')).toEqual({ events: 42, persons: 6 });
    const persons = await store.persons('running', { limit: 10 });
    for (const person of persons.items) {
      const [first] = (await store.events('running', { person: person.personId, limit: 1 })).items;
      expect(first?.event).toBe('register request');
    }
  });

  it('is idempotent: importing the same file again stores nothing twice', async () => {
    const again = await importEvents({
      store,
      workspaceId: 'running',
      path: join(DATASETS, 'running-example.csv'),
      format: 'csv',
      mapping: IMPORT_PRESETS.xes,
    });
    expect(again).toMatchObject({ stored: 0, duplicates: 42 });
    expect((await store.counts('running')).events).toBe(42);
  });

  it('skips bad rows with their line numbers and reasons, and stores the good ones', async () => {
    const summary = await importEvents({
      store,
      workspaceId: 'problems',
      path: fixture('orders-with-problems.csv'),
      format: 'csv',
      mapping: { event: 'what', timestamp: 'when', userId: 'who', channel: 'device' },
    });
    expect(summary.stored).toBe(3);
    expect(summary.skipped).toBe(4);
    expect(summary.problems).toEqual([
      { line: 4, reason: 'column "when" (timestamp) is not a date-time' },
      { line: 5, reason: 'column "what" (event) is empty' },
      { line: 6, reason: 'no user id or anonymous id' },
      expect.objectContaining({ line: 7, reason: expect.stringMatching(/malformed CSV/) }),
    ]);
    const stored = (await store.events('problems', { limit: 10 })).items;
    expect(stored.map((event) => [event.userId, event.channel, event.timestamp])).toEqual([
      ['c1', 'app', Date.UTC(2026, 10, 1, 8, 5)],
      ['c1', 'web', Date.UTC(2026, 10, 1, 9, 0)],
      ['c5', 'store', Date.UTC(2026, 10, 1, 9, 13)],
    ]);
  });

  it('imports a GA4 BigQuery export (JSONL and Parquet) with params, sessions and pages', async () => {
    const summary = await importEvents({
      store,
      workspaceId: 'ga4',
      path: fixture('ga4-export.jsonl'),
      format: 'ga4',
    });
    expect(summary).toMatchObject({ stored: 3, skipped: 2 });
    expect(summary.problems.map((problem) => problem.line)).toEqual([4, 5]);
    const events = (await store.events('ga4', { limit: 10 })).items;
    expect(events[0]).toMatchObject({
      type: 'page',
      event: 'page',
      anonymousId: '1234.5678',
      timestamp: 1793526000000,
      properties: {
        path: '/checkout/payment',
        ga_session_id: 1793525990,
        referrer: 'https://www.google.com/',
      },
      context: { campaign: { source: 'google', medium: 'organic' } },
    });
    expect(events[1]).toMatchObject({
      event: 'purchase',
      userId: 'customer-7',
      personId: 'u:customer-7',
      properties: { value: 49.9, currency: 'EUR' },
    });
    expect(events[2]).toMatchObject({ type: 'screen', channel: 'app' });

    const parquet = join(dir, 'ga4.parquet');
    const instance = await DuckDBInstance.create(':memory:');
    const connection = await instance.connect();
    await connection.run(
      `COPY (SELECT * FROM read_json_auto('${fixture('ga4-export.jsonl')}', format = 'newline_delimited') WHERE event_name <> 'broken') TO '${parquet}' (FORMAT parquet)`,
    );
    connection.closeSync();
    instance.closeSync();
    const fromParquet = await importEvents({
      store,
      workspaceId: 'ga4-parquet',
      path: parquet,
      format: 'ga4-parquet',
    });
    expect(fromParquet).toMatchObject({ stored: 3, skipped: 1 });
    expect((await store.events('ga4-parquet', { limit: 1 })).items[0]?.properties).toMatchObject({
      path: '/checkout/payment',
    });
  });

  it('imports a Segment export, keeping messageIds, and reports lines that are not messages', async () => {
    const summary = await importEvents({
      store,
      workspaceId: 'segment',
      path: fixture('segment-export.jsonl'),
      format: 'segment',
    });
    expect(summary).toMatchObject({ stored: 2, skipped: 2 });
    expect(summary.problems).toEqual([
      { line: 4, reason: expect.stringMatching(/^event: /) },
      { line: 5, reason: expect.stringMatching(/not JSON/) },
    ]);
    expect(await store.person('segment', 'a:anon-1')).toMatchObject({
      personId: 'u:u-1',
      traits: { plan: 'gold' },
    });
    expect((await store.events('segment', { limit: 5 })).items.map((event) => event.messageId)).toEqual([
      'seg-1',
      'seg-2',
    ]);
  });

  it('refuses a csv import without a usable mapping before reading anything', async () => {
    await expect(
      importEvents({ store, workspaceId: 'x', path: fixture('orders-with-problems.csv'), format: 'csv' }),
    ).rejects.toBeInstanceOf(ImportMappingError);
    await expect(
      importEvents({
        store,
        workspaceId: 'x',
        path: fixture('orders-with-problems.csv'),
        format: 'csv',
        mapping: { event: 'what', timestamp: 'when' },
      }),
    ).rejects.toThrow(/userId or an anonymousId/);
  });
});
