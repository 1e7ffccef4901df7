import { referencePaths } from '@safar/analytics';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { clickhouseSchema } from '../../clickhouse/clickhouse-schema.js';
import { toEventRow } from '../../stored-row.js';
import { clickhouseTestClient, clickhouseTestUrl } from '../../test-support/clickhouse-test-url.js';
import { pathsArb, pathsLogArb, pathsLog, pathsScope, toPaths } from '../test-support/paths-arbitraries.js';
import { clickhousePaths } from './clickhouse-paths.js';

const url = clickhouseTestUrl();
const database = `safar_paths_${process.pid}_${Date.now().toString(36)}`;

describe.skipIf(!url)('ClickHouse paths against the reference engine', () => {
  // Generous timeouts: dropping a database of a thousand small parts is slow on a busy server.
  const client = clickhouseTestClient(url);
  afterAll(async () => {
    await client.command({ query: `DROP DATABASE IF EXISTS ${database}` });
    await client.close();
  }, 300_000);

  it('returns exactly what the reference returns, for random logs and specs', async () => {
    for (const statement of clickhouseSchema(database)) await client.command({ query: statement });
    let run = 0;
    await fc.assert(
      fc.asyncProperty(pathsLogArb, pathsArb, async (log, spec) => {
        run += 1;
        const workspaceId = `pw${run}`;
        const { events, queryEvents } = pathsLog(log);
        if (events.length > 0)
          await client.insert({
            table: `${database}.events`,
            format: 'JSONEachRow',
            values: events.map((event) => toEventRow(workspaceId, event)),
          });
        const paths = toPaths(spec);
        expect(await clickhousePaths(client, database, pathsScope(workspaceId), paths)).toEqual(
          referencePaths(queryEvents, paths),
        );
      }),
      { numRuns: Number(process.env['FUNNEL_RUNS'] ?? 1000) },
    );
  }, 600_000);
});
