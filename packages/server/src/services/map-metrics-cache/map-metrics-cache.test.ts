import type { MapMetricsRequestInput } from '@safar/core';
import { lastDaysRange, MAP_METRICS_DEFAULT_DAYS, mapMetricsRequestSchema } from '@safar/core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { seedDemoEvents } from '../../demo/seed-demo-events.js';
import { DEMO_WORKSPACE_ID, seedDemoWorkspace } from '../../demo/seed-demo-workspace.js';
import { openServices } from '../../start-server.js';
import { newCustomers } from '../../test-support/new-customers.js';
import { testEngines, openTestServices, type TestServices } from '../../test-support/test-engines.js';
import type { SafarServices } from '../safar-services.js';

const TODAY = Date.UTC(2026, 10, 23);
const MAP_ID = 'demo-ecommerce-purchase';
const dateRange = { from: '2026-08-01T00:00:00Z', to: '2026-11-24T00:00:00Z' };
const request = (input: Omit<MapMetricsRequestInput, 'dateRange'> = {}) =>
  mapMetricsRequestSchema.parse({ dateRange, ...input });

const newCustomersOf = (services: SafarServices, suffix: string) =>
  newCustomers(services.events, DEMO_WORKSPACE_ID, dateRange, suffix);

describe.each(testEngines())('the map metrics cache on %s', (engine) => {
  let test: TestServices;
  let services: SafarServices;

  beforeAll(async () => {
    test = await openTestServices(engine, { mapMetricsRefresh: { delayMs: 10 } });
    services = test.services;
    await seedDemoWorkspace(services, { locale: 'en' });
    await seedDemoEvents(services, { events: 4_000, today: TODAY });
  });
  afterAll(() => test?.close());

  it('computes a scope once, then answers it from the cache with the time it was computed', async () => {
    const compute = vi.spyOn(services.mapMetrics, 'metrics');
    const scope = request({ personaIds: [] });
    const [first, concurrent] = await Promise.all([
      services.mapMetricsCache.answer(DEMO_WORKSPACE_ID, MAP_ID, scope),
      services.mapMetricsCache.answer(DEMO_WORKSPACE_ID, MAP_ID, scope),
    ]);
    expect(compute).toHaveBeenCalledTimes(1);
    expect(concurrent).toEqual(first);
    expect(first.freshness).toMatchObject({ stale: false, refreshing: false });
    const { freshness, ...metrics } = first;
    expect(metrics).toEqual(await services.mapMetrics.metrics(DEMO_WORKSPACE_ID, MAP_ID, scope));
    // Defaults spelled out or left out, keys in any order: the same scope.
    const again = await services.mapMetricsCache.answer(
      DEMO_WORKSPACE_ID,
      MAP_ID,
      mapMetricsRequestSchema.parse({ channels: [], dateRange: { to: dateRange.to, from: dateRange.from } }),
    );
    expect(again).toEqual(first);
    expect(compute).toHaveBeenCalledTimes(2); // the direct call above, nothing more
    expect(Date.parse(freshness.asOf)).toBeLessThanOrEqual(Date.now());
    compute.mockRestore();
  });

  it('answers stale at once when events arrive, then fresh once the background refresh ran', async () => {
    const before = await services.mapMetricsCache.answer(DEMO_WORKSPACE_ID, MAP_ID, request());
    const added = await newCustomersOf(services, 'stale');
    expect(added).toBeGreaterThan(0);
    const stale = await services.mapMetricsCache.answer(DEMO_WORKSPACE_ID, MAP_ID, request());
    expect(stale.freshness).toMatchObject({ asOf: before.freshness.asOf, stale: true, refreshing: true });
    expect(stale.touchpoints).toEqual(before.touchpoints);
    await services.mapMetricsCache.idle();
    const fresh = await services.mapMetricsCache.answer(DEMO_WORKSPACE_ID, MAP_ID, request());
    expect(fresh.freshness.stale).toBe(false);
    expect(Date.parse(fresh.freshness.asOf)).toBeGreaterThan(Date.parse(before.freshness.asOf));
    const { freshness: _freshness, ...metrics } = fresh;
    expect(metrics).toEqual(await services.mapMetrics.metrics(DEMO_WORKSPACE_ID, MAP_ID, request()));
    const personsOf = (answer: typeof fresh) => answer.stageFunnel.stages[0]?.persons ?? 0;
    expect(personsOf(fresh)).toBeGreaterThan(personsOf(before));
  });

  it('waits for an up-to-date answer when asked to refresh now', async () => {
    await services.mapMetricsCache.answer(DEMO_WORKSPACE_ID, MAP_ID, request());
    await newCustomersOf(services, 'now');
    const now = await services.mapMetricsCache.answer(DEMO_WORKSPACE_ID, MAP_ID, request({ refresh: 'now' }));
    expect(now.freshness).toMatchObject({ stale: false, refreshing: false });
    const { freshness: _freshness, ...metrics } = now;
    expect(metrics).toEqual(await services.mapMetrics.metrics(DEMO_WORKSPACE_ID, MAP_ID, request()));
  });

  it('goes stale when the map changes and refreshes with the new layout', async () => {
    await services.mapMetricsCache.answer(DEMO_WORKSPACE_ID, MAP_ID, request());
    const { map, revision } = await services.maps.get(DEMO_WORKSPACE_ID, MAP_ID);
    const cell = map.cells['touchpoints']?.['compare-products'];
    if (cell?.shape !== 'touchpoints') throw new Error('the demo map has no touchpoints at compare-products');
    await services.maps.applyOperations(
      DEMO_WORKSPACE_ID,
      MAP_ID,
      revision,
      [
        {
          type: 'setCell',
          laneId: 'touchpoints',
          stepId: 'compare-products',
          content: { ...cell, touchpointIds: [] },
        },
      ],
      'test',
    );
    const stale = await services.mapMetricsCache.answer(DEMO_WORKSPACE_ID, MAP_ID, request());
    expect(stale.freshness.stale).toBe(true);
    await services.mapMetricsCache.idle();
    const fresh = await services.mapMetricsCache.answer(DEMO_WORKSPACE_ID, MAP_ID, request());
    expect(fresh.freshness.stale).toBe(false);
    const { freshness: _freshness, ...metrics } = fresh;
    expect(metrics).toEqual(await services.mapMetrics.metrics(DEMO_WORKSPACE_ID, MAP_ID, request()));
  });

  it('refuses an unknown persona and an unknown map, and forgets a deleted map', async () => {
    await expect(
      services.mapMetricsCache.answer(DEMO_WORKSPACE_ID, MAP_ID, request({ personaIds: ['persona-nobody'] })),
    ).rejects.toThrow(/persona-nobody/);
    await expect(
      services.mapMetricsCache.answer(DEMO_WORKSPACE_ID, 'no-such-map', request()),
    ).rejects.toThrow(/no-such-map/);
    const copy = await services.maps.create(
      DEMO_WORKSPACE_ID,
      { templateId: 'ecommerce-purchase', title: 'Copy' },
      'test',
    );
    await services.mapMetricsCache.answer(DEMO_WORKSPACE_ID, copy.map.id, request());
    await services.maps.delete(DEMO_WORKSPACE_ID, copy.map.id);
    const rows = await services.database.db
      .selectFrom('map_metrics_cache')
      .select('map_id')
      .where('map_id', '=', copy.map.id)
      .execute();
    expect(rows).toEqual([]);
  });
});

describe('the map metrics cache across restarts', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'safar-metrics-cache-'));
  const storage = { dataDir, databaseUrl: undefined, clickhouseUrl: undefined, clickhouseDatabase: 'safar' };
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('answers from the answers an earlier run stored, without computing', async () => {
    // Without warming up the other maps: only the answer asked for is stored.
    const first = await openServices(storage, { mapMetricsRefresh: { warmUp: false } });
    await seedDemoWorkspace(first, { locale: 'en' });
    await seedDemoEvents(first, { events: 2_000, today: TODAY });
    const computed = await first.mapMetricsCache.answer(DEMO_WORKSPACE_ID, MAP_ID, request());
    await first.close();

    const second = await openServices(storage, { mapMetricsRefresh: { delayMs: 10, warmUp: false } });
    try {
      const compute = vi.spyOn(second.mapMetrics, 'metrics');
      const answer = await second.mapMetricsCache.answer(DEMO_WORKSPACE_ID, MAP_ID, request());
      expect(answer).toEqual(computed);
      expect(answer.freshness.stale).toBe(false);
      await second.mapMetricsCache.idle();
      expect(compute).not.toHaveBeenCalled();
    } finally {
      await second.close();
    }
  });
});

describe('warming up', () => {
  it('measures every map for the period the editor opens with, so its first open is a cached one', async () => {
    const test = await openTestServices('pglite', { mapMetricsRefresh: { delayMs: 10, warmUp: true } });
    try {
      const { services } = test;
      await seedDemoWorkspace(services, { locale: 'en' });
      await seedDemoEvents(services, { events: 1_000 });
      await services.mapMetricsCache.refreshAll();
      await services.mapMetricsCache.idle();
      const compute = vi.spyOn(services.mapMetrics, 'metrics');
      const maps = await services.maps.list(DEMO_WORKSPACE_ID);
      expect(maps.length).toBeGreaterThan(1);
      for (const { id } of maps) {
        const answer = await services.mapMetricsCache.answer(
          DEMO_WORKSPACE_ID,
          id,
          mapMetricsRequestSchema.parse({ dateRange: lastDaysRange(MAP_METRICS_DEFAULT_DAYS, Date.now()) }),
        );
        expect(answer.freshness.stale).toBe(false);
      }
      expect(compute).not.toHaveBeenCalled();
    } finally {
      await test.close();
    }
  });
});

describe('rolling ranges', () => {
  it('moves "the last 30 days" to today once the day has turned, keeping the answer current', async () => {
    let now = TODAY + 10 * 3_600_000;
    const test = await openTestServices('pglite', { mapMetricsRefresh: { delayMs: 10, now: () => now } });
    try {
      const { services } = test;
      await seedDemoWorkspace(services, { locale: 'en' });
      await seedDemoEvents(services, { events: 1_000, today: TODAY });
      const lastDays = (today: number) => ({
        from: new Date(today + 86_400_000 - 30 * 86_400_000).toISOString(),
        to: new Date(today + 86_400_000).toISOString(),
      });
      await services.mapMetricsCache.answer(
        DEMO_WORKSPACE_ID,
        MAP_ID,
        mapMetricsRequestSchema.parse({ dateRange: lastDays(TODAY) }),
      );
      now += 86_400_000;
      await services.mapMetricsCache.refreshAll();
      await services.mapMetricsCache.idle();
      const compute = vi.spyOn(services.mapMetrics, 'metrics');
      const tomorrow = await services.mapMetricsCache.answer(
        DEMO_WORKSPACE_ID,
        MAP_ID,
        mapMetricsRequestSchema.parse({ dateRange: lastDays(TODAY + 86_400_000) }),
      );
      expect(compute).not.toHaveBeenCalled();
      expect(tomorrow.freshness.stale).toBe(false);
    } finally {
      await test.close();
    }
  });
});
