import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { referenceAttribution, referenceAttributionPersons, type NormalizedEvent } from '@safar/analytics';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DUCKDB_SCHEMA } from '../../duckdb/duckdb-schema.js';
import {
  attributionArb,
  attributionLogArb,
  attributionPageArb,
  attributionScope,
  attributionSelectorArb,
  expectSameAttribution,
  toAttribution,
} from '../test-support/attribution-arbitraries.js';
import { logEvents } from '../test-support/funnel-arbitraries.js';
import { duckdbAttribution, duckdbAttributionPersons } from './duckdb-attribution.js';
import { storeEvents } from '../test-support/duckdb-events.js';

const RUNS = Number(process.env['FUNNEL_RUNS'] ?? 1000);

describe('DuckDB attribution against the reference engine', () => {
  let instance: DuckDBInstance;
  let connection: DuckDBConnection;
  let run = 0;
  const store = async (events: readonly NormalizedEvent[]) => {
    run += 1;
    const workspaceId = `aw${run}`;
    // Stored backwards, so rows at the same millisecond are not already in messageId order on disk.
    await storeEvents(connection, workspaceId, [...events].reverse());
    return workspaceId;
  };

  beforeAll(async () => {
    instance = await DuckDBInstance.create(':memory:');
    connection = await instance.connect();
    for (const statement of DUCKDB_SCHEMA) await connection.run(statement);
  });
  afterAll(() => {
    connection.closeSync();
    instance.closeSync();
  });

  it('returns what the reference returns, for random logs and specs', async () => {
    await fc.assert(
      fc.asyncProperty(attributionLogArb, attributionArb, async (log, spec) => {
        const { events, queryEvents } = logEvents(log);
        const { scope, keep } = attributionScope(await store(events), spec);
        const attribution = toAttribution(spec);
        expectSameAttribution(
          await duckdbAttribution(connection, scope, attribution),
          referenceAttribution(queryEvents.filter(keep), attribution),
        );
      }),
      { numRuns: RUNS },
    );
  }, 600_000);

  it('drills down to the persons the reference lists, page by page', async () => {
    await fc.assert(
      fc.asyncProperty(
        attributionLogArb,
        attributionArb,
        attributionSelectorArb,
        attributionPageArb,
        async (log, spec, select, page) => {
          const { events, queryEvents } = logEvents(log);
          const { scope, keep } = attributionScope(await store(events), spec);
          const attribution = toAttribution(spec);
          expect(await duckdbAttributionPersons(connection, scope, attribution, select, page)).toEqual(
            referenceAttributionPersons(queryEvents.filter(keep), attribution, select, page),
          );
        },
      ),
      { numRuns: Math.max(1, Math.round(RUNS / 5)) },
    );
  }, 600_000);
});
