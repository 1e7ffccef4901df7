import { DuckDBInstance } from '@duckdb/node-api';
import { referencePaths } from '@safar/analytics';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DUCKDB_SCHEMA } from '../../duckdb/duckdb-schema.js';
import { pathsArb, pathsLogArb, pathsLog, pathsScope, toPaths } from '../test-support/paths-arbitraries.js';
import { duckdbPaths } from './duckdb-paths.js';
import { storeEvents } from '../test-support/duckdb-events.js';

describe('DuckDB paths against the reference engine', () => {
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
      fc.asyncProperty(pathsLogArb, pathsArb, async (log, spec) => {
        run += 1;
        const workspaceId = `pw${run}`;
        const { events, queryEvents } = pathsLog(log);
        await storeEvents(connection, workspaceId, events);
        const paths = toPaths(spec);
        expect(await duckdbPaths(connection, pathsScope(workspaceId), paths)).toEqual(
          referencePaths(queryEvents, paths),
        );
      }),
      { numRuns: Number(process.env['FUNNEL_RUNS'] ?? 1000) },
    );
    connection.closeSync();
  }, 600_000);
});
