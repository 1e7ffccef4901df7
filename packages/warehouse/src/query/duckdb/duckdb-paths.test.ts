import { DuckDBInstance } from '@duckdb/node-api';
import { referencePaths, type NormalizedEvent, type QueryEvent, type ResolvedPaths } from '@safar/analytics';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DUCKDB_SCHEMA } from '../../duckdb/duckdb-schema.js';
import { appendEventRow } from '../../duckdb/duckdb-store-driver.js';
import { toEventRow } from '../../stored-row.js';
import { duckdbPaths } from './duckdb-paths.js';

const T0 = Date.UTC(2026, 9, 1);
const MINUTE = 60_000;

const eventArb = fc.record({
  person: fc.constantFrom('p1', 'p2', 'p3'),
  event: fc.constantFrom('page', 'screen', 'Product Added', 'Order Completed'),
  minute: fc.integer({ min: 0, max: 120 }),
  path: fc.constantFrom('/', '/products/1', '/products/22', '/checkout', undefined, 7),
  name: fc.constantFrom('Home', undefined),
});
const pathsArb = fc.record({
  anchor: fc.constantFrom(undefined, 'page', 'Product Added'),
  direction: fc.constantFrom('from' as const, 'to' as const),
  depth: fc.integer({ min: 1, max: 4 }),
  gap: fc.constantFrom(null, 10, 30),
  clean: fc.boolean(),
  maxEdges: fc.constantFrom(3, 100),
});

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
      fc.asyncProperty(fc.array(eventArb, { maxLength: 25 }), pathsArb, async (log, spec) => {
        run += 1;
        const workspaceId = `pw${run}`;
        const events: NormalizedEvent[] = log.map((entry, index) => ({
          messageId: `m${String(index).padStart(3, '0')}`,
          type: 'track',
          event: entry.event,
          anonymousId: entry.person,
          userId: null,
          timestamp: T0 + entry.minute * MINUTE,
          receivedAt: T0 + entry.minute * MINUTE,
          channel: 'web',
          properties: {
            ...(entry.path === undefined ? {} : { path: entry.path }),
            ...(entry.name === undefined ? {} : { name: entry.name }),
          },
          traits: {},
          context: {},
          previousId: null,
          groupId: null,
        }));
        const appender = await connection.createAppender('events');
        for (const event of events) appendEventRow(appender, toEventRow(workspaceId, event));
        appender.flushSync();
        appender.closeSync();
        const queryEvents: QueryEvent[] = events.map((event) => ({
          ...event,
          personId: `a:${event.anonymousId ?? ''}`,
        }));
        const paths: ResolvedPaths = {
          ...(spec.anchor
            ? { anchor: { label: spec.anchor, matchers: [{ event: spec.anchor, filters: [] }] } }
            : {}),
          direction: spec.direction,
          depth: spec.depth,
          sessionGapMs: spec.gap === null ? null : spec.gap * MINUTE,
          cleaning: spec.clean ? [{ pattern: '/products/[0-9]+', replacement: '/products/:id' }] : [],
          maxEdges: spec.maxEdges,
        };
        const scope = { workspaceId, from: T0, to: T0 + 1000 * MINUTE, channels: [], eventFilters: [] };
        expect(await duckdbPaths(connection, scope, paths)).toEqual(referencePaths(queryEvents, paths));
      }),
      { numRuns: Number(process.env['FUNNEL_RUNS'] ?? 1000) },
    );
    connection.closeSync();
  }, 600_000);
});
