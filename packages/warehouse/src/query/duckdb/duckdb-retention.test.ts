import { DuckDBInstance } from '@duckdb/node-api';
import { referenceRetention } from '@safar/analytics';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DUCKDB_SCHEMA } from '../../duckdb/duckdb-schema.js';
import {
  R0,
  retentionArb,
  retentionLogArb,
  retentionLog,
  toRetention,
} from '../test-support/retention-arbitraries.js';
import { duckdbRetention } from './duckdb-retention.js';
import { storeEvents } from '../test-support/duckdb-events.js';

describe('DuckDB retention against the reference engine', () => {
  let instance: DuckDBInstance;
  beforeAll(async () => {
    instance = await DuckDBInstance.create(':memory:');
  });
  afterAll(() => instance.closeSync());

  it('returns exactly what the reference returns, for random logs and specs', async () => {
    const connection = await instance.connect();
    for (const statement of DUCKDB_SCHEMA) await connection.run(statement);
    let run = 0;
    await fc.assert(
      fc.asyncProperty(retentionLogArb, retentionArb, async (log, spec) => {
        run += 1;
        const workspaceId = `rw${run}`;
        const { events, queryEvents } = retentionLog(log);
        await storeEvents(connection, workspaceId, events);
        const scope = { workspaceId, from: R0, to: R0 + 200 * 86_400_000, channels: [], eventFilters: [] };
        expect(await duckdbRetention(connection, scope, toRetention(spec))).toEqual(
          referenceRetention(queryEvents, toRetention(spec)),
        );
      }),
      { numRuns: Number(process.env['FUNNEL_RUNS'] ?? 1000) },
    );
    connection.closeSync();
  }, 600_000);
});
