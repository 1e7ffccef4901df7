import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { clickhouseSchema } from '../../clickhouse/clickhouse-schema.js';
import { toEventRow } from '../../stored-row.js';
import { clickhouseTestClient, clickhouseTestUrl } from '../../test-support/clickhouse-test-url.js';
import { referenceVolumes } from '../event-volumes.js';
import { toVolumes, V0, volumesArb, volumesLogArb, volumesLog } from '../test-support/volumes-arbitraries.js';
import { clickhouseVolumes } from './clickhouse-volumes.js';

const url = clickhouseTestUrl();
const database = `safar_volumes_${process.pid}_${Date.now().toString(36)}`;

describe.skipIf(!url)('ClickHouse event volumes against the reference', () => {
  const client = clickhouseTestClient(url);
  afterAll(async () => {
    await client.command({ query: `DROP DATABASE IF EXISTS ${database}` });
    await client.close();
  });

  it('returns exactly what the reference returns, for random logs and specs', async () => {
    for (const statement of clickhouseSchema(database)) await client.command({ query: statement });
    let run = 0;
    await fc.assert(
      fc.asyncProperty(volumesLogArb, volumesArb, async (log, spec) => {
        run += 1;
        const workspaceId = `vw${run}`;
        const { events, queryEvents } = volumesLog(log);
        if (events.length > 0)
          await client.insert({
            table: `${database}.events`,
            format: 'JSONEachRow',
            values: events.map((event) => toEventRow(workspaceId, event)),
          });
        const scope = { workspaceId, from: V0, to: V0 + 40, channels: [], eventFilters: [] };
        const inScope = queryEvents.filter((event) => event.timestamp < scope.to);
        expect(await clickhouseVolumes(client, database, scope, toVolumes(spec))).toEqual(
          referenceVolumes(inScope, toVolumes(spec)),
        );
      }),
      { numRuns: Number(process.env['FUNNEL_RUNS'] ?? 300) },
    );
  }, 600_000);
});
