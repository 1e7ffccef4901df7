import { referenceAttribution, referenceAttributionPersons, type NormalizedEvent } from '@safar/analytics';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clickhouseSchema } from '../../clickhouse/clickhouse-schema.js';
import { toEventRow } from '../../stored-row.js';
import { clickhouseTestClient, clickhouseTestUrl } from '../../test-support/clickhouse-test-url.js';
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
import { clickhouseAttribution, clickhouseAttributionPersons } from './clickhouse-attribution.js';

const url = clickhouseTestUrl();
const database = `safar_attribution_${process.pid}_${Date.now().toString(36)}`;
const RUNS = Number(process.env['FUNNEL_RUNS'] ?? 1000);

describe.skipIf(!url)('ClickHouse attribution against the reference engine', () => {
  const client = clickhouseTestClient(url);
  let run = 0;
  const store = async (events: readonly NormalizedEvent[]) => {
    run += 1;
    const workspaceId = `aw${run}`;
    // Stored backwards, so rows at the same millisecond are not already in messageId order.
    if (events.length > 0)
      await client.insert({
        table: `${database}.events`,
        format: 'JSONEachRow',
        values: [...events].reverse().map((event) => toEventRow(workspaceId, event)),
      });
    return workspaceId;
  };

  beforeAll(async () => {
    for (const statement of clickhouseSchema(database)) await client.command({ query: statement });
  });
  afterAll(async () => {
    await client.command({ query: `DROP DATABASE IF EXISTS ${database}` });
    await client.close();
  });

  it('returns what the reference returns, for random logs and specs', async () => {
    await fc.assert(
      fc.asyncProperty(attributionLogArb, attributionArb, async (log, spec) => {
        const { events, queryEvents } = logEvents(log);
        const { scope, keep } = attributionScope(await store(events), spec);
        const attribution = toAttribution(spec);
        expectSameAttribution(
          await clickhouseAttribution(client, database, scope, attribution),
          referenceAttribution(queryEvents.filter(keep), attribution),
        );
      }),
      { numRuns: RUNS },
    );
  }, 900_000);

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
          expect(
            await clickhouseAttributionPersons(client, database, scope, attribution, select, page),
          ).toEqual(referenceAttributionPersons(queryEvents.filter(keep), attribution, select, page));
        },
      ),
      { numRuns: Math.max(1, Math.round(RUNS / 5)) },
    );
  }, 600_000);
});
