import { mapMetricsRequestSchema } from '@safar/core';
import { openClickHouseEventStore } from '@safar/warehouse';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// The warehouse's own test server settings (URL, and a client that may wait for a DROP).
import {
  clickhouseTestClient,
  clickhouseTestUrl,
} from '../../../../warehouse/src/test-support/clickhouse-test-url.js';
import { seedDemoEvents } from '../../demo/seed-demo-events.js';
import { DEMO_WORKSPACE_ID, seedDemoWorkspace } from '../../demo/seed-demo-workspace.js';
import { replayTrackingRequest } from '../../http/tracking/tracking-decode.js';
import { IngestPipeline } from '../../ingest/ingest-pipeline.js';
import { openDatabase } from '../../storage/open-database.js';
import { newCustomers } from '../../test-support/new-customers.js';
import { createServices } from '../safar-services.js';

const url = clickhouseTestUrl();
const MAP_ID = 'demo-ecommerce-purchase';
const dateRange = { from: '2026-08-01T00:00:00Z', to: '2026-11-24T00:00:00Z' };
const request = mapMetricsRequestSchema.parse({ dateRange });

describe.runIf(url)('the map metrics cache over a ClickHouse other processes write to', () => {
  it('sees their events once its sweep rereads the counts, and recomputes', async () => {
    const database = `safar_test_cache_${process.pid}_${Date.now().toString(36)}`;
    const ours = await openClickHouseEventStore({ url: url ?? '', database });
    const theirs = await openClickHouseEventStore({ url: url ?? '', database });
    const walDir = mkdtempSync(join(tmpdir(), 'safar-wal-'));
    const { pipeline } = await IngestPipeline.start(ours, { walDir, replayRequest: replayTrackingRequest });
    const services = createServices(await openDatabase({ dataDir: 'memory://' }), ours, pipeline, {
      mapMetricsRefresh: { delayMs: 10, warmUp: false },
    });
    try {
      await seedDemoWorkspace(services, { locale: 'en' });
      await seedDemoEvents(services, { events: 1_000, today: Date.UTC(2026, 10, 23) });
      const before = await services.mapMetricsCache.answer(DEMO_WORKSPACE_ID, MAP_ID, request);
      await newCustomers(ours, DEMO_WORKSPACE_ID, dateRange, 'theirs', { into: theirs });
      // Nothing told this process: the stored answer still looks current.
      const unheard = await services.mapMetricsCache.answer(DEMO_WORKSPACE_ID, MAP_ID, request);
      expect(unheard).toEqual(before);

      await services.mapMetricsCache.refreshAll();
      await services.mapMetricsCache.idle();
      const after = await services.mapMetricsCache.answer(DEMO_WORKSPACE_ID, MAP_ID, request);
      expect(after.freshness.stale).toBe(false);
      expect(Date.parse(after.freshness.asOf)).toBeGreaterThan(Date.parse(before.freshness.asOf));
      const { freshness: _freshness, ...metrics } = after;
      expect(metrics).toEqual(await services.mapMetrics.metrics(DEMO_WORKSPACE_ID, MAP_ID, request));
      expect(after.stageFunnel.stages[0]?.persons).toBeGreaterThan(
        before.stageFunnel.stages[0]?.persons ?? 0,
      );
    } finally {
      await services.close();
      await theirs.close();
      rmSync(walDir, { recursive: true, force: true });
      const client = clickhouseTestClient(url);
      await client.command({ query: `DROP DATABASE IF EXISTS ${database}` });
      await client.close();
    }
  }, 300_000);
});
