import { DuckDBInstance } from '@duckdb/node-api';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DUCKDB_SCHEMA } from '../../duckdb/duckdb-schema.js';
import { referenceVolumes } from '../event-volumes.js';
import { toVolumes, V0, volumesArb, volumesLogArb, volumesLog } from '../test-support/volumes-arbitraries.js';
import { duckdbVolumes } from './duckdb-volumes.js';
import { storeEvents } from '../test-support/duckdb-events.js';

describe('DuckDB event volumes', () => {
  let instance: DuckDBInstance;
  beforeAll(async () => {
    instance = await DuckDBInstance.create(':memory:');
  });
  afterAll(() => instance.closeSync());

  const scopeOf = (workspaceId: string) => ({
    workspaceId,
    from: V0,
    to: V0 + 40,
    channels: [],
    eventFilters: [],
  });

  it('counts a hand-worked log: persons and events per step, unmapped pages by path and screens by name', async () => {
    const connection = await instance.connect();
    for (const statement of DUCKDB_SCHEMA) await connection.run(statement);
    const { events } = volumesLog([
      { person: 'p1', event: 'A', path: undefined, name: undefined, plan: undefined, at: 1 },
      { person: 'p1', event: 'A', path: undefined, name: undefined, plan: undefined, at: 2 },
      { person: 'p2', event: 'A', path: undefined, name: undefined, plan: 'free', at: 3 },
      { person: 'p1', event: 'page', path: '/b', name: 'Cart', plan: undefined, at: 4 },
      { person: 'p2', event: 'page', path: '/b', name: 'Cart', plan: undefined, at: 5 },
      { person: 'p2', event: 'page', path: 7, name: 'Cart', plan: undefined, at: 6 },
      { person: 'p3', event: 'screen', path: undefined, name: 'Home', plan: undefined, at: 8 },
      { person: 'p3', event: 'identify', path: undefined, name: undefined, plan: undefined, at: 7 },
      { person: 'p3', event: 'C', path: undefined, name: undefined, plan: undefined, at: 99 },
    ]);
    await storeEvents(connection, 'hand', events);
    const result = await duckdbVolumes(connection, scopeOf('hand'), {
      steps: [
        { label: 'A', matchers: [{ event: 'A', filters: [] }] },
        {
          label: 'A free',
          matchers: [{ event: 'A', filters: [{ property: 'plan', operator: 'equals', value: 'free' }] }],
        },
      ],
      unmappedLimit: 5,
    });
    expect(result).toEqual({
      steps: [
        { persons: 2, events: 3 },
        { persons: 1, events: 1 },
      ],
      unmapped: [
        { event: 'page', property: 'path', value: '/b', persons: 2, events: 2 },
        { event: 'page', property: null, value: null, persons: 1, events: 1 },
        { event: 'screen', property: 'name', value: 'Home', persons: 1, events: 1 },
      ],
    });
    connection.closeSync();
  });

  it('returns exactly what the reference returns, for random logs and specs', async () => {
    const connection = await instance.connect();
    for (const statement of DUCKDB_SCHEMA) await connection.run(statement);
    let run = 0;
    await fc.assert(
      fc.asyncProperty(volumesLogArb, volumesArb, async (log, spec) => {
        run += 1;
        const workspaceId = `vw${run}`;
        const { events, queryEvents } = volumesLog(log);
        await storeEvents(connection, workspaceId, events);
        const scope = scopeOf(workspaceId);
        const inScope = queryEvents.filter((event) => event.timestamp < scope.to);
        expect(await duckdbVolumes(connection, scope, toVolumes(spec))).toEqual(
          referenceVolumes(inScope, toVolumes(spec)),
        );
      }),
      { numRuns: Number(process.env['FUNNEL_RUNS'] ?? 300) },
    );
    connection.closeSync();
  }, 600_000);
});
