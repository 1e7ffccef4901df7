import { conformancePersons, referenceConformance, type NormalizedEvent } from '@safar/analytics';
import { pageOfPersons } from '@safar/core';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clickhouseSchema } from '../../clickhouse/clickhouse-schema.js';
import { toEventRow } from '../../stored-row.js';
import { clickhouseTestClient, clickhouseTestUrl } from '../../test-support/clickhouse-test-url.js';
import {
  conformanceArb,
  pageArb,
  selectorArb,
  toConformance,
} from '../test-support/conformance-arbitraries.js';
import { eventLogArb, logEvents, T0 } from '../test-support/funnel-arbitraries.js';
import { clickhouseConformance, clickhouseConformancePersons } from './clickhouse-conformance.js';

const url = clickhouseTestUrl();
const database = `safar_conformance_${process.pid}_${Date.now().toString(36)}`;
const RUNS = Number(process.env['FUNNEL_RUNS'] ?? 1000);

describe.skipIf(!url)('ClickHouse conformance against the reference engine', () => {
  // A busy shared server can take a while to drop a database of a thousand small inserts.
  const client = clickhouseTestClient(url);
  let run = 0;
  beforeAll(async () => {
    for (const statement of clickhouseSchema(database)) await client.command({ query: statement });
  });
  afterAll(async () => {
    await client.command({ query: `DROP DATABASE IF EXISTS ${database}` });
    await client.close();
  }, 300_000);

  async function store(events: readonly NormalizedEvent[]) {
    run += 1;
    const workspaceId = `cw${run}`;
    if (events.length > 0)
      await client.insert({
        table: `${database}.events`,
        format: 'JSONEachRow',
        values: events.map((event) => toEventRow(workspaceId, event)),
      });
    return { workspaceId, from: T0, to: T0 + 1000, channels: [], eventFilters: [] };
  }

  it('returns exactly what the reference returns, for random logs and designed orders', async () => {
    await fc.assert(
      fc.asyncProperty(eventLogArb, conformanceArb, async (log, spec) => {
        const { events, queryEvents } = logEvents(log);
        const scope = await store(events);
        const conformance = toConformance(spec);
        expect(await clickhouseConformance(client, database, scope, conformance)).toEqual(
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
          expect(
            await clickhouseConformancePersons(client, database, scope, conformance, selector, page),
          ).toEqual(pageOfPersons(conformancePersons(queryEvents, conformance, selector), page));
        },
      ),
      { numRuns: Math.max(1, Math.round(RUNS / 5)) },
    );
  }, 600_000);
});
