import { DuckDBInstance } from '@duckdb/node-api';
import { referenceFunnel } from '@safar/analytics';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DUCKDB_SCHEMA } from '../../duckdb/duckdb-schema.js';
import { appendEventRow } from '../../duckdb/duckdb-store-driver.js';
import { toEventRow } from '../../stored-row.js';
import { eventLogArb, funnelArb, logEvents, T0, toFunnel } from '../test-support/funnel-arbitraries.js';
import { duckdbFunnel } from './duckdb-funnel.js';

describe('DuckDB funnel against the reference engine', () => {
  let instance: DuckDBInstance;
  beforeAll(async () => {
    instance = await DuckDBInstance.create(':memory:');
  });
  afterAll(() => instance.closeSync());

  it('returns exactly what the reference returns, for random logs and funnels', async () => {
    const connection = await instance.connect();
    for (const statement of DUCKDB_SCHEMA) await connection.run(statement);
    let run = 0;
    await fc.assert(
      fc.asyncProperty(eventLogArb, funnelArb, async (log, spec) => {
        run += 1;
        const workspaceId = `ws${run}`;
        const { events, queryEvents } = logEvents(log);
        const appender = await connection.createAppender('events');
        for (const event of events) appendEventRow(appender, toEventRow(workspaceId, event));
        appender.flushSync();
        appender.closeSync();
        const funnel = toFunnel(spec);
        const scope = { workspaceId, from: T0, to: T0 + 1000, channels: [], eventFilters: [] };
        expect(await duckdbFunnel(connection, scope, funnel)).toEqual(referenceFunnel(queryEvents, funnel));
      }),
      { numRuns: Number(process.env['FUNNEL_RUNS'] ?? 1000) },
    );
    connection.closeSync();
  }, 600_000);
});
