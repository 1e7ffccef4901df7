import type { DuckDBConnection, DuckDBInstance } from '@duckdb/node-api';
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
import { funnelWalking } from './duckdb-funnel.js';
import { duckdbFunnelPersons, duckdbPathsPersons, duckdbRetentionPersons } from './duckdb-persons.js';
import { openFunnelTestDatabase, storeEvents } from '../test-support/duckdb-events.js';

/** Drill-down is a filter over the per-person step the counts share: fewer runs than the counts' 1,000. */
const RUNS = Math.max(1, Math.round(Number(process.env['FUNNEL_RUNS'] ?? 1000) / 5));

describe('DuckDB drill-down against the reference engine', () => {
  let instance: DuckDBInstance;
  let connection: DuckDBConnection;
  let run = 0;
  beforeAll(async () => {
    instance = await openFunnelTestDatabase('native');
    connection = await instance.connect();
  });
  afterAll(() => {
    connection.closeSync();
    instance.closeSync();
  });

  /** Stores a log under a new workspace and returns its id. */
  async function store(events: readonly NormalizedEvent[]): Promise<string> {
    run += 1;
    const workspaceId = `dw${run}`;
    await storeEvents(connection, workspaceId, events);
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
            await duckdbFunnelPersons(
              connection,
              scope,
              funnel,
              select,
              pageOf(choice),
              funnelWalking('native'),
            ),
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
          expect(await duckdbRetentionPersons(connection, scope, retention, select, pageOf(choice))).toEqual(
            retentionPersons(queryEvents, retention, select, pageOf(choice)),
          );
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
          await duckdbPathsPersons(connection, pathsScope(workspaceId), paths, select, pageOf(choice)),
        ).toEqual(pathsPersons(queryEvents, paths, select, pageOf(choice)));
      }),
      { numRuns: RUNS },
    );
  }, 600_000);
});
