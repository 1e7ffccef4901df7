import type { ClickHouseClient } from '@clickhouse/client';
import {
  selectedCohort,
  type ResolvedFunnel,
  type ResolvedPaths,
  type ResolvedRetention,
} from '@safar/analytics';
import type { FunnelSelector, PathsSelector, PersonsPage, RetentionSelector } from '@safar/core';
import type { EngineScope } from '../engine-scope.js';
import { raw, sql } from '../../clickhouse/clickhouse-sql.js';
import { clickhouseFunnelBest } from './clickhouse-funnel.js';
import { clickhousePathEdges } from './clickhouse-paths.js';
import { clickhouseRetentionCohorts } from './clickhouse-retention.js';

type PageRequest = { readonly limit: number; readonly offset: number };

/**
 * Drill-down (docs/analytics.md): the persons behind one number, computed by the same per-person
 * query as the number itself; one pass gives the total and the page (sorted in byte order).
 */
async function personsPage(
  client: ClickHouseClient,
  selected: string,
  page: PageRequest,
): Promise<PersonsPage> {
  const query = sql`SELECT count() AS total, arraySlice(arraySort(groupArray(person_id)), ${page.offset + 1}, ${page.limit}) AS page
    FROM (${raw(selected)})`;
  const result = await client.query({ query, format: 'JSONEachRow' });
  const [row] = await result.json<Record<string, unknown>>();
  return {
    personIds: ((row?.['page'] ?? []) as unknown[]).map(String),
    total: Number(row?.['total'] ?? 0),
  };
}

/** The persons who reached step `step`, or reached it and not the next one; optionally of one breakdown group. */
export function clickhouseFunnelPersons(
  client: ClickHouseClient,
  database: string,
  scope: EngineScope,
  funnel: ResolvedFunnel,
  select: FunnelSelector,
  page: PageRequest,
): Promise<PersonsPage> {
  const outcome =
    select.outcome === 'reached' ? sql`level > ${select.step}` : sql`level = ${select.step + 1}`;
  const group =
    select.breakdown === undefined
      ? ''
      : select.breakdown === null
        ? 'AND bd_null = 1'
        : sql`AND bd_null = 0 AND bd = ${select.breakdown}`;
  // Filtered a level up from `best`: 18.16 mis-evaluates a WHERE whose lambdas read SELECT aliases.
  const selected = `SELECT person_id FROM (${clickhouseFunnelBest(database, scope, funnel)}) WHERE ${outcome} ${group}`;
  return personsPage(client, selected, page);
}

/** The persons of a cohort (period 0), or those of it who returned `period` periods after it. */
export function clickhouseRetentionPersons(
  client: ClickHouseClient,
  database: string,
  scope: EngineScope,
  retention: ResolvedRetention,
  select: RetentionSelector,
  page: PageRequest,
): Promise<PersonsPage> {
  const { cohorts, returns } = clickhouseRetentionCohorts(database, scope, retention);
  const cohort = selectedCohort(select, retention);
  const selected =
    select.period === 0
      ? sql`SELECT person_id FROM (${raw(cohorts)}) WHERE cohort = ${cohort}`
      : sql`SELECT person_id FROM (${raw(returns)}) WHERE cohort = ${cohort} AND after = ${select.period}`;
  return personsPage(client, selected, page);
}

/** The persons who made one edge of the paths. */
export function clickhousePathsPersons(
  client: ClickHouseClient,
  database: string,
  scope: EngineScope,
  paths: ResolvedPaths,
  select: PathsSelector,
  page: PageRequest,
): Promise<PersonsPage> {
  const selected = sql`SELECT DISTINCT person_id FROM (${raw(clickhousePathEdges(database, scope, paths))})
    WHERE level = ${select.level} AND source = ${select.source} AND target = ${select.target}`;
  return personsPage(client, selected, page);
}
