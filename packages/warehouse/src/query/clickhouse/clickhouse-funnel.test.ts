import { referenceFunnel } from '@safar/analytics';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { clickhouseSchema } from '../../clickhouse/clickhouse-schema.js';
import { toEventRow } from '../../stored-row.js';
import { clickhouseTestClient, clickhouseTestUrl } from '../../test-support/clickhouse-test-url.js';
import { eventLogArb, funnelArb, logEvents, T0, toFunnel } from '../test-support/funnel-arbitraries.js';
import { clickhouseFunnel } from './clickhouse-funnel.js';

const url = clickhouseTestUrl();
const database = `safar_funnel_${process.pid}_${Date.now().toString(36)}`;

describe.skipIf(!url)('ClickHouse funnel against the reference engine', () => {
  const client = clickhouseTestClient(url);
  afterAll(async () => {
    await client.command({ query: `DROP DATABASE IF EXISTS ${database}` });
    await client.close();
  });

  it('returns exactly what the reference returns, for random logs and funnels', async () => {
    for (const statement of clickhouseSchema(database)) await client.command({ query: statement });
    let run = 0;
    await fc.assert(
      fc.asyncProperty(eventLogArb, funnelArb, async (log, spec) => {
        run += 1;
        const workspaceId = `ws${run}`;
        const { events, queryEvents } = logEvents(log);
        if (events.length > 0)
          await client.insert({
            table: `${database}.events`,
            format: 'JSONEachRow',
            values: events.map((event) => toEventRow(workspaceId, event)),
          });
        const funnel = toFunnel(spec);
        const scope = { workspaceId, from: T0, to: T0 + 1000, channels: [], eventFilters: [] };
        expect(await clickhouseFunnel(client, database, scope, funnel)).toEqual(
          referenceFunnel(queryEvents, funnel),
        );
      }),
      { numRuns: Number(process.env['FUNNEL_RUNS'] ?? 1000) },
    );
  }, 600_000);
});
