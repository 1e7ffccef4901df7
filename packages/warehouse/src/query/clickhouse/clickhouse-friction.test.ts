import { frictionPersons, referenceFriction, type NormalizedEvent } from '@safar/analytics';
import { pageOfPersons } from '@safar/core';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clickhouseSchema } from '../../clickhouse/clickhouse-schema.js';
import { toEventRow } from '../../stored-row.js';
import { clickhouseTestClient, clickhouseTestUrl } from '../../test-support/clickhouse-test-url.js';
import {
  frictionArb,
  frictionLogArb,
  frictionSelectorArb,
  pageArb,
  toFriction,
} from '../test-support/friction-arbitraries.js';
import { logEvents, T0 } from '../test-support/funnel-arbitraries.js';
import { clickhouseFriction, clickhouseFrictionPersons } from './clickhouse-friction.js';

const url = clickhouseTestUrl();
const database = `safar_friction_${process.pid}_${Date.now().toString(36)}`;
const RUNS = Number(process.env['FUNNEL_RUNS'] ?? 1000);

describe.skipIf(!url)('ClickHouse friction against the reference engine', () => {
  const client = clickhouseTestClient(url);
  let run = 0;
  const store = async (events: readonly NormalizedEvent[]) => {
    run += 1;
    const workspaceId = `fw${run}`;
    if (events.length > 0)
      await client.insert({
        table: `${database}.events`,
        format: 'JSONEachRow',
        // Stored last first, so the engine cannot lean on insertion order to break timestamp ties.
        values: [...events].reverse().map((event) => toEventRow(workspaceId, event)),
      });
    return { workspaceId, from: T0, to: T0 + 1000, channels: [], eventFilters: [] };
  };

  beforeAll(async () => {
    for (const statement of clickhouseSchema(database)) await client.command({ query: statement });
  });
  afterAll(async () => {
    await client.command({ query: `DROP DATABASE IF EXISTS ${database}` });
    await client.close();
  });

  it('returns exactly what the reference returns, for random logs and specs', async () => {
    await fc.assert(
      fc.asyncProperty(frictionLogArb, frictionArb, async (log, spec) => {
        const { events, queryEvents } = logEvents(log);
        const scope = await store(events);
        const friction = toFriction(spec);
        expect(await clickhouseFriction(client, database, scope, friction)).toEqual(
          referenceFriction(queryEvents, friction),
        );
      }),
      { numRuns: RUNS },
    );
  }, 1_800_000);

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
          expect(await clickhouseFrictionPersons(client, database, scope, friction, select, page)).toEqual(
            pageOfPersons(frictionPersons(queryEvents, friction, select), page),
          );
        },
      ),
      { numRuns: Math.max(1, Math.round(RUNS / 5)) },
    );
  }, 1_800_000);
});
