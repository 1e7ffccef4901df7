import {
  funnelPersons,
  pathsPersons,
  referenceFunnel,
  referencePaths,
  referenceRetention,
  retentionPersons,
  type NormalizedEvent,
} from '@safar/analytics';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clickhouseSchema } from '../../clickhouse/clickhouse-schema.js';
import { toEventRow } from '../../stored-row.js';
import { clickhouseTestClient, clickhouseTestUrl } from '../../test-support/clickhouse-test-url.js';
import {
  choiceArb,
  funnelChoice,
  pageOf,
  pathsChoice,
  pathsDrillDownLogArb,
  retentionChoice,
} from '../test-support/drill-down-choices.js';
import { eventArb, funnelArb, logEvents, T0, toFunnel } from '../test-support/funnel-arbitraries.js';
import { pathsArb, pathsLog, pathsScope, toPaths } from '../test-support/paths-arbitraries.js';
import {
  R0,
  retentionArb,
  retentionEventArb,
  retentionLog,
  toRetention,
} from '../test-support/retention-arbitraries.js';
import {
  clickhouseFunnelPersons,
  clickhousePathsPersons,
  clickhouseRetentionPersons,
} from './clickhouse-persons.js';

/** Drill-down is a filter over the per-person step the counts share: fewer runs than the counts' 1,000. */
const RUNS = Math.max(1, Math.round(Number(process.env['FUNNEL_RUNS'] ?? 1000) / 5));
const url = clickhouseTestUrl();
const database = `safar_persons_${process.pid}_${Date.now().toString(36)}`;

describe.skipIf(!url)('ClickHouse drill-down against the reference engine', () => {
  // Generous timeouts: dropping a database of a thousand small parts is slow on a busy server.
  const client = clickhouseTestClient(url);
  let run = 0;
  beforeAll(async () => {
    for (const statement of clickhouseSchema(database)) await client.command({ query: statement });
  });
  afterAll(async () => {
    await client.command({ query: `DROP DATABASE IF EXISTS ${database}` });
    await client.close();
  }, 300_000);

  /** Stores a log under a new workspace and returns its id. */
  async function store(events: readonly NormalizedEvent[]): Promise<string> {
    run += 1;
    const workspaceId = `cw${run}`;
    if (events.length > 0)
      await client.insert({
        table: `${database}.events`,
        format: 'JSONEachRow',
        values: events.map((event) => toEventRow(workspaceId, event)),
      });
    return workspaceId;
  }

  it('lists the persons behind a funnel step, reached or dropped, per breakdown group', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(eventArb, { maxLength: 30, size: 'medium' }),
        funnelArb,
        choiceArb,
        async (log, spec, choice) => {
          const { events, queryEvents } = logEvents(log);
          const workspaceId = await store(events);
          const funnel = toFunnel(spec);
          const select = funnelChoice(referenceFunnel(queryEvents, funnel), funnel, choice);
          const scope = { workspaceId, from: T0, to: T0 + 1000, channels: [], eventFilters: [] };
          expect(
            await clickhouseFunnelPersons(client, database, scope, funnel, select, pageOf(choice)),
          ).toEqual(funnelPersons(queryEvents, funnel, select, pageOf(choice)));
        },
      ),
      { numRuns: RUNS },
    );
  }, 600_000);

  it('lists the persons of a retention cohort and of its returns', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(retentionEventArb, { maxLength: 40, size: 'medium' }),
        retentionArb,
        choiceArb,
        async (log, spec, choice) => {
          const { events, queryEvents } = retentionLog(log);
          const workspaceId = await store(events);
          const retention = toRetention(spec);
          const select = retentionChoice(referenceRetention(queryEvents, retention), retention, choice, R0);
          const scope = { workspaceId, from: R0, to: R0 + 200 * 86_400_000, channels: [], eventFilters: [] };
          expect(
            await clickhouseRetentionPersons(client, database, scope, retention, select, pageOf(choice)),
          ).toEqual(retentionPersons(queryEvents, retention, select, pageOf(choice)));
        },
      ),
      { numRuns: RUNS },
    );
  }, 600_000);

  it('lists the persons who made a path edge', async () => {
    await fc.assert(
      fc.asyncProperty(pathsDrillDownLogArb, pathsArb, choiceArb, async (log, spec, choice) => {
        const { events, queryEvents } = pathsLog(log);
        const workspaceId = await store(events);
        const paths = toPaths(spec);
        const select = pathsChoice(referencePaths(queryEvents, paths), choice);
        expect(
          await clickhousePathsPersons(
            client,
            database,
            pathsScope(workspaceId),
            paths,
            select,
            pageOf(choice),
          ),
        ).toEqual(pathsPersons(queryEvents, paths, select, pageOf(choice)));
      }),
      { numRuns: RUNS },
    );
  }, 600_000);
});
