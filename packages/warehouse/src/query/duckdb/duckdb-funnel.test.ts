import { DuckDBInstance } from '@duckdb/node-api';
import {
  referenceFunnel,
  type NormalizedEvent,
  type QueryEvent,
  type ResolvedFunnel,
} from '@safar/analytics';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DUCKDB_SCHEMA } from '../../duckdb/duckdb-schema.js';
import { appendEventRow } from '../../duckdb/duckdb-store-driver.js';
import { toEventRow } from '../../stored-row.js';
import { duckdbFunnel } from './duckdb-funnel.js';

const T0 = Date.UTC(2026, 9, 1);
const NAMES = ['A', 'B', 'C', 'X'] as const;

/** A random log: few persons, few event names, tiny time steps so ties and window edges are common. */
const eventArb = fc.record({
  person: fc.constantFrom('p1', 'p2', 'p3', 'p4'),
  event: fc.constantFrom(...NAMES),
  at: fc.integer({ min: 0, max: 12 }),
  plan: fc.constantFrom('free', 'pro', undefined),
  channel: fc.constantFrom('web', 'app', 'email'),
});
const stepArb = fc.record({
  event: fc.constantFrom(...NAMES),
  plan: fc.constantFrom('free', 'pro', undefined),
});
const funnelArb = fc.record({
  steps: fc.array(stepArb, { minLength: 1, maxLength: 4 }),
  order: fc.constantFrom('ordered' as const, 'strict' as const, 'unordered' as const),
  windowMs: fc.integer({ min: 1, max: 8 }),
  exclusion: fc.option(
    fc.record({ event: fc.constantFrom(...NAMES), from: fc.nat(2), span: fc.integer({ min: 1, max: 2 }) }),
  ),
  breakdown: fc.constantFrom(undefined, 'plan', 'channel'),
});

type FunnelSpec = typeof funnelArb extends fc.Arbitrary<infer T> ? T : never;

function toFunnel(spec: FunnelSpec): ResolvedFunnel {
  const steps = spec.steps.map((step, index) => ({
    label: `step ${index + 1}`,
    matchers: [
      {
        event: step.event,
        filters: step.plan ? [{ property: 'plan', operator: 'equals' as const, value: step.plan }] : [],
      },
    ],
  }));
  const exclusion = spec.exclusion;
  const exclusions =
    exclusion && spec.order !== 'unordered' && exclusion.from + exclusion.span < steps.length
      ? [
          {
            step: { label: 'excluded', matchers: [{ event: exclusion.event, filters: [] }] },
            from: exclusion.from,
            to: exclusion.from + exclusion.span,
          },
        ]
      : [];
  return {
    steps,
    order: spec.order,
    windowMs: spec.windowMs,
    exclusions,
    ...(spec.breakdown === 'plan'
      ? { breakdown: { kind: 'property' as const, property: 'plan' } }
      : spec.breakdown === 'channel'
        ? { breakdown: { kind: 'channel' as const } }
        : {}),
  };
}

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
      fc.asyncProperty(fc.array(eventArb, { maxLength: 30 }), funnelArb, async (log, spec) => {
        run += 1;
        const workspaceId = `ws${run}`;
        const events: NormalizedEvent[] = log.map((entry, index) => ({
          messageId: `m${String(index).padStart(3, '0')}`,
          type: 'track',
          event: entry.event,
          anonymousId: entry.person,
          userId: null,
          timestamp: T0 + entry.at,
          receivedAt: T0 + entry.at,
          channel: entry.channel,
          properties: entry.plan ? { plan: entry.plan } : {},
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
        const funnel = toFunnel(spec);
        const scope = { workspaceId, from: T0, to: T0 + 1000, channels: [], eventFilters: [] };
        expect(await duckdbFunnel(connection, scope, funnel)).toEqual(referenceFunnel(queryEvents, funnel));
      }),
      { numRuns: 1000 },
    );
    connection.closeSync();
  });
});
