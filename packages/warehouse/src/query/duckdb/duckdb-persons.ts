import type { DuckDBConnection } from '@duckdb/node-api';
import {
  selectedCohort,
  type ResolvedFunnel,
  type ResolvedPaths,
  type ResolvedRetention,
} from '@safar/analytics';
import type { FunnelSelector, PathsSelector, PersonsPage, RetentionSelector } from '@safar/core';
import type { EngineScope } from '../engine-scope.js';
import { byWalkPasses, funnelBestSql, tiedSql, type FunnelWalking } from './duckdb-funnel.js';
import { ensureFunnelWalk } from './duckdb-funnel-walk.js';
import { pathEdgesSql } from './duckdb-paths.js';
import { retentionCohortsSql } from './duckdb-retention.js';
import { BoundSql } from './duckdb-sql.js';

type PageRequest = { readonly limit: number; readonly offset: number };

/**
 * Drill-down (docs/analytics.md): the persons behind one number, computed by the same per-person
 * CTEs as the number itself, one page of them in byte order and how many there are in all.
 */
async function personsPage(
  connection: DuckDBConnection,
  sql: BoundSql,
  ctes: string,
  selected: string,
  page: PageRequest,
): Promise<PersonsPage> {
  return (await personsPageOf(connection, sql, ctes, selected, page, '0')).value;
}

/** One page of persons, and the `tied` count of the funnel pass that selected them (funnelBestSql). */
async function personsPageOf(
  connection: DuckDBConnection,
  sql: BoundSql,
  ctes: string,
  selected: string,
  page: PageRequest,
  tied: string,
): Promise<{ value: PersonsPage; tied: number }> {
  const query = `WITH ${ctes}, selected AS MATERIALIZED (${selected})
    SELECT (SELECT count(*) FROM selected) AS total,
      (SELECT coalesce(list(person_id ORDER BY person_id), []) FROM (
        SELECT person_id FROM selected ORDER BY person_id
        LIMIT ${sql.bind(BigInt(page.limit))} OFFSET ${sql.bind(BigInt(page.offset))})) AS page,
      ${tied} AS tied`;
  const [row] = (await connection.runAndReadAll(query, sql.values)).getRowObjectsJson();
  return {
    value: {
      personIds: ((row?.['page'] ?? []) as unknown[]).map(String),
      total: Number(row?.['total'] ?? 0),
    },
    tied: Number(row?.['tied'] ?? 0),
  };
}

/** The persons who reached step `step`, or reached it and not the next one; optionally of one breakdown group. */
export function duckdbFunnelPersons(
  connection: DuckDBConnection,
  scope: EngineScope,
  funnel: ResolvedFunnel,
  select: FunnelSelector,
  page: PageRequest,
  walking: FunnelWalking,
): Promise<PersonsPage> {
  if (walking.walk === 'javascript') ensureFunnelWalk(connection);
  return byWalkPasses(walking, scope.workspaceId, (pass) => {
    const sql = new BoundSql();
    const ctes = funnelBestSql(sql, scope, funnel, pass);
    const outcome =
      select.outcome === 'reached'
        ? `level > ${sql.bind(select.step)}`
        : `level = ${sql.bind(select.step + 1)}`;
    const group =
      select.breakdown === undefined
        ? ''
        : select.breakdown === null
          ? 'AND bd IS NULL'
          : `AND bd = ${sql.bind(select.breakdown)}`;
    const selected = `SELECT person_id FROM best WHERE ${outcome} ${group}`;
    return personsPageOf(connection, sql, ctes, selected, page, tiedSql(pass));
  });
}

/** The persons of a cohort (period 0), or those of it who returned `period` periods after it. */
export function duckdbRetentionPersons(
  connection: DuckDBConnection,
  scope: EngineScope,
  retention: ResolvedRetention,
  select: RetentionSelector,
  page: PageRequest,
): Promise<PersonsPage> {
  const sql = new BoundSql();
  const ctes = retentionCohortsSql(sql, scope, retention);
  const cohort = sql.bind(BigInt(selectedCohort(select, retention)));
  const selected =
    select.period === 0
      ? `SELECT person_id FROM cohorts WHERE cohort = ${cohort}`
      : `SELECT person_id FROM returns WHERE cohort = ${cohort} AND after = ${sql.bind(BigInt(select.period))}`;
  return personsPage(connection, sql, ctes, selected, page);
}

/** The persons who made one edge of the paths. */
export function duckdbPathsPersons(
  connection: DuckDBConnection,
  scope: EngineScope,
  paths: ResolvedPaths,
  select: PathsSelector,
  page: PageRequest,
): Promise<PersonsPage> {
  const sql = new BoundSql();
  const ctes = pathEdgesSql(sql, scope, paths);
  const selected = `SELECT DISTINCT person_id FROM edges
    WHERE level = ${sql.bind(BigInt(select.level))} AND source = ${sql.bind(select.source)} AND target = ${sql.bind(select.target)}`;
  return personsPage(connection, sql, ctes, selected, page);
}
