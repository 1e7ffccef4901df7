import { referenceRetention } from '@safar/analytics';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { clickhouseSchema } from '../../clickhouse/clickhouse-schema.js';
import { toEventRow } from '../../stored-row.js';
import { clickhouseTestClient, clickhouseTestUrl } from '../../test-support/clickhouse-test-url.js';
import {
  R0,
  retentionArb,
  retentionLogArb,
  retentionLog,
  toRetention,
} from '../test-support/retention-arbitraries.js';
import { clickhouseRetention } from './clickhouse-retention.js';

const url = clickhouseTestUrl();
const database = `safar_retention_${process.pid}_${Date.now().toString(36)}`;

describe.skipIf(!url)('ClickHouse retention against the reference engine', () => {
  const client = clickhouseTestClient(url);
  afterAll(async () => {
    await client.command({ query: `DROP DATABASE IF EXISTS ${database}` });
    await client.close();
  });

  it('returns exactly what the reference returns, for random logs and specs', async () => {
    for (const statement of clickhouseSchema(database)) await client.command({ query: statement });
    let run = 0;
    await fc.assert(
      fc.asyncProperty(retentionLogArb, retentionArb, async (log, spec) => {
        run += 1;
        const workspaceId = `rw${run}`;
        const { events, queryEvents } = retentionLog(log);
        if (events.length > 0)
          await client.insert({
            table: `${database}.events`,
            format: 'JSONEachRow',
            values: events.map((event) => toEventRow(workspaceId, event)),
          });
        const scope = { workspaceId, from: R0, to: R0 + 200 * 86_400_000, channels: [], eventFilters: [] };
        expect(await clickhouseRetention(client, database, scope, toRetention(spec))).toEqual(
          referenceRetention(queryEvents, toRetention(spec)),
        );
      }),
      { numRuns: Number(process.env['FUNNEL_RUNS'] ?? 1000) },
    );
  }, 600_000);
});
