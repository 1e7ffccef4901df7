import type { DuckDBConnection, DuckDBInstance } from '@duckdb/node-api';
import { referenceFunnel } from '@safar/analytics';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventLogArb, funnelArb, logEvents, T0, toFunnel } from '../test-support/funnel-arbitraries.js';
import { duckdbFunnel, funnelWalking } from './duckdb-funnel.js';
import { openFunnelTestDatabase, storeEvents } from '../test-support/duckdb-events.js';

const RUNS = Number(process.env['FUNNEL_RUNS'] ?? 1000);

/** Counts the queries run through the connection from now on. */
function countingQueries(connection: DuckDBConnection): { count: number } {
  const counter = { count: 0 };
  const run = connection.runAndReadAll.bind(connection);
  connection.runAndReadAll = (...args: Parameters<DuckDBConnection['runAndReadAll']>) => {
    counter.count += 1;
    return run(...args);
  };
  return counter;
}

// The native walk is the one Safar uses wherever the extension is built (always in CI); the
// JavaScript walk is its fallback without a C compiler, checked on fewer cases.
describe.each([
  { walk: 'native' as const, runs: RUNS },
  { walk: 'javascript' as const, runs: Math.max(1, Math.round(RUNS / 5)) },
])('DuckDB funnel ($walk walk) against the reference engine', ({ walk, runs }) => {
  let instance: DuckDBInstance;
  beforeAll(async () => {
    instance = await openFunnelTestDatabase(walk);
  });
  afterAll(() => instance.closeSync());

  it('returns exactly what the reference returns, for random logs and funnels', async () => {
    const connection = await instance.connect();
    let run = 0;
    await fc.assert(
      fc.asyncProperty(eventLogArb, funnelArb, async (log, spec) => {
        run += 1;
        const workspaceId = `ws${run}`;
        const { events, queryEvents } = logEvents(log);
        await storeEvents(connection, workspaceId, events);
        const funnel = toFunnel(spec);
        const scope = { workspaceId, from: T0, to: T0 + 1000, channels: [], eventFilters: [] };
        expect(await duckdbFunnel(connection, scope, funnel, funnelWalking(walk))).toEqual(
          referenceFunnel(queryEvents, funnel),
        );
      }),
      { numRuns: runs },
    );
    connection.closeSync();
  }, 600_000);

  it('orders two steps at one millisecond by message id, not by the order they were stored in', async () => {
    const connection = await instance.connect();
    // logEvents gives the i-th event the id m(i × 7919 mod 1000): p1's A (m919) is stored before
    // its B (m838) at the same millisecond, so journey order puts B first and A→B is not reached.
    const { events, queryEvents } = logEvents([
      { person: 'p2', event: 'A', at: 1, channel: 'web' },
      { person: 'p1', event: 'A', at: 5, channel: 'web' },
      { person: 'p1', event: 'B', at: 5, channel: 'web' },
      { person: 'p2', event: 'B', at: 2, channel: 'web' },
    ]);
    await storeEvents(connection, `tie-${walk}`, events);
    const scope = { workspaceId: `tie-${walk}`, from: T0, to: T0 + 1000, channels: [], eventFilters: [] };
    const funnel = {
      steps: [
        { label: 'A', matchers: [{ event: 'A', filters: [] }] },
        { label: 'B', matchers: [{ event: 'B', filters: [] }] },
      ],
      order: 'ordered' as const,
      windowMs: 10,
      exclusions: [],
    };
    const walking = funnelWalking(walk);
    const queries = countingQueries(connection);
    const result = await duckdbFunnel(connection, scope, funnel, walking);
    expect(result.steps.map((step) => step.persons)).toEqual([2, 1]);
    expect(result).toEqual(referenceFunnel(queryEvents, funnel));
    // Natively, the first pass met the tie and the funnel ran again with ids; the workspace's
    // next funnel starts with them.
    expect(queries.count).toBe(walk === 'native' ? 2 : 1);
    expect(await duckdbFunnel(connection, scope, funnel, walking)).toEqual(result);
    expect(queries.count).toBe(walk === 'native' ? 3 : 2);
    connection.closeSync();
  });

  it('counts nobody for a step no event can match (a touchpoint with no events bound)', async () => {
    const connection = await instance.connect();
    const { events, queryEvents } = logEvents([
      { person: 'p1', event: 'A', at: 1, channel: 'web' },
      { person: 'p1', event: 'B', at: 2, channel: 'web' },
    ]);
    await storeEvents(connection, 'unbound', events);
    const scope = { workspaceId: 'unbound', from: T0, to: T0 + 1000, channels: [], eventFilters: [] };
    for (const first of [[], [{ event: 'A', filters: [] }]]) {
      const funnel = {
        steps: [
          { label: 'first', matchers: first },
          { label: 'unbound', matchers: [] },
        ],
        order: 'ordered' as const,
        windowMs: 10,
        exclusions: [],
      };
      const result = await duckdbFunnel(connection, scope, funnel, funnelWalking(walk));
      expect(result).toEqual(referenceFunnel(queryEvents, funnel));
      expect(result.steps.map((step) => step.persons)).toEqual([first.length, 0]);
    }
    connection.closeSync();
  });
});
