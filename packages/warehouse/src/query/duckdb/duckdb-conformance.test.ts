import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { conformancePersons, referenceConformance, type NormalizedEvent } from '@safar/analytics';
import { pageOfPersons } from '@safar/core';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DUCKDB_SCHEMA } from '../../duckdb/duckdb-schema.js';
import {
  conformanceArb,
  pageArb,
  selectorArb,
  toConformance,
} from '../test-support/conformance-arbitraries.js';
import { eventLogArb, logEvents, T0 } from '../test-support/funnel-arbitraries.js';
import { duckdbConformance, duckdbConformancePersons } from './duckdb-conformance.js';
import { storeEvents } from '../test-support/duckdb-events.js';

const RUNS = Number(process.env['FUNNEL_RUNS'] ?? 1000);

describe('DuckDB conformance against the reference engine', () => {
  let instance: DuckDBInstance;
  let connection: DuckDBConnection;
  let run = 0;
  beforeAll(async () => {
    instance = await DuckDBInstance.create(':memory:');
    connection = await instance.connect();
    for (const statement of DUCKDB_SCHEMA) await connection.run(statement);
  });
  afterAll(() => {
    connection.closeSync();
    instance.closeSync();
  });

  async function store(events: readonly NormalizedEvent[]) {
    run += 1;
    const workspaceId = `cw${run}`;
    await storeEvents(connection, workspaceId, events);
    return { workspaceId, from: T0, to: T0 + 1000, channels: [], eventFilters: [] };
  }

  it('returns exactly what the reference returns, for random logs and designed orders', async () => {
    await fc.assert(
      fc.asyncProperty(eventLogArb, conformanceArb, async (log, spec) => {
        const { events, queryEvents } = logEvents(log);
        const scope = await store(events);
        const conformance = toConformance(spec);
        expect(await duckdbConformance(connection, scope, conformance)).toEqual(
          referenceConformance(queryEvents, conformance),
        );
      }),
      { numRuns: RUNS },
    );
  }, 600_000);

  it('drills down to the persons the reference lists, page by page', async () => {
    await fc.assert(
      fc.asyncProperty(
        eventLogArb,
        conformanceArb,
        selectorArb,
        pageArb,
        async (log, spec, selector, page) => {
          const { events, queryEvents } = logEvents(log);
          const scope = await store(events);
          const conformance = toConformance(spec);
          expect(await duckdbConformancePersons(connection, scope, conformance, selector, page)).toEqual(
            pageOfPersons(conformancePersons(queryEvents, conformance, selector), page),
          );
        },
      ),
      { numRuns: Math.max(1, Math.round(RUNS / 5)) },
    );
  }, 600_000);
});
