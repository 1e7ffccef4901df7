import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { frictionPersons, referenceFriction, type NormalizedEvent } from '@safar/analytics';
import { pageOfPersons } from '@safar/core';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DUCKDB_SCHEMA } from '../../duckdb/duckdb-schema.js';
import {
  frictionArb,
  frictionLogArb,
  frictionSelectorArb,
  pageArb,
  toFriction,
} from '../test-support/friction-arbitraries.js';
import { logEvents, T0 } from '../test-support/funnel-arbitraries.js';
import { duckdbFriction, duckdbFrictionPersons } from './duckdb-friction.js';
import { storeEvents } from '../test-support/duckdb-events.js';

const RUNS = Number(process.env['FUNNEL_RUNS'] ?? 1000);

describe('DuckDB friction against the reference engine', () => {
  let instance: DuckDBInstance;
  let connection: DuckDBConnection;
  let run = 0;
  const store = async (events: readonly NormalizedEvent[]) => {
    run += 1;
    const workspaceId = `fw${run}`;
    // Stored last first, so the engine cannot lean on insertion order to break timestamp ties.
    await storeEvents(connection, workspaceId, [...events].reverse());
    return { workspaceId, from: T0, to: T0 + 1000, channels: [], eventFilters: [] };
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

  it('returns exactly what the reference returns, for random logs and specs', async () => {
    await fc.assert(
      fc.asyncProperty(frictionLogArb, frictionArb, async (log, spec) => {
        const { events, queryEvents } = logEvents(log);
        const scope = await store(events);
        const friction = toFriction(spec);
        expect(await duckdbFriction(connection, scope, friction)).toEqual(
          referenceFriction(queryEvents, friction),
        );
      }),
      { numRuns: RUNS },
    );
  }, 600_000);

  it('drills down to the persons the reference lists, page by page', async () => {
    await fc.assert(
      fc.asyncProperty(
        frictionLogArb,
        frictionArb,
        frictionSelectorArb,
        pageArb,
        async (log, spec, select, page) => {
          const { events, queryEvents } = logEvents(log);
          const scope = await store(events);
          const friction = toFriction(spec);
          expect(await duckdbFrictionPersons(connection, scope, friction, select, page)).toEqual(
            pageOfPersons(frictionPersons(queryEvents, friction, select), page),
          );
        },
      ),
      { numRuns: Math.max(1, Math.round(RUNS / 5)) },
    );
  }, 600_000);
});
