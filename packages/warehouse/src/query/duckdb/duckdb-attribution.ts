import type { DuckDBConnection } from '@duckdb/node-api';
import {
  attributionResult,
  type AttributionResult,
  type MarkovTransition,
  type ResolvedAttribution,
} from '@safar/analytics';
import { NO_TOUCH_KEY, type AttributionSelector, type PersonsPage } from '@safar/core';
import { keyCreditsFromRow } from '../aggregate-rows.js';
import type { EngineScope } from '../engine-scope.js';
import { attributionSql, attributionTablesSql } from './duckdb-attribution-sql.js';
import { BoundSql } from './duckdb-sql.js';

async function rowsOf(connection: DuckDBConnection, query: string, sql: BoundSql) {
  return (await connection.runAndReadAll(query, sql.values)).getRowObjectsJson();
}

/**
 * Attribution in DuckDB: per-key sums of the heuristic models and the Markov transition counts
 * are computed by one SQL query; the small aggregate is finished by the shared code the reference
 * uses.
 */
export async function duckdbAttribution(
  connection: DuckDBConnection,
  scope: EngineScope,
  attribution: ResolvedAttribution,
): Promise<AttributionResult> {
  const sql = new BoundSql();
  const [row] = await rowsOf(connection, attributionSql(sql, scope, attribution), sql);
  const keys = ((row?.['keys'] ?? []) as Record<string, unknown>[]).map(keyCreditsFromRow);
  const transitions: MarkovTransition[] = ((row?.['transitions'] ?? []) as Record<string, unknown>[]).map(
    (transition) => ({
      from: transition['from_key'] === null ? null : String(transition['from_key']),
      to: transition['to_key'] === null ? null : String(transition['to_key']),
      converted: transition['converted'] === true,
      count: Number(transition['count']),
    }),
  );
  return attributionResult(attribution, {
    conversions: Number(row?.['conversions'] ?? 0),
    untouched: Number(row?.['untouched'] ?? 0),
    keys,
    transitions,
  });
}

/** The persons behind a row (docs/analytics.md), by person id in byte order, one page of them. */
export async function duckdbAttributionPersons(
  connection: DuckDBConnection,
  scope: EngineScope,
  attribution: ResolvedAttribution,
  selector: AttributionSelector,
  page: { readonly limit: number; readonly offset: number },
): Promise<PersonsPage> {
  const sql = new BoundSql();
  const tables = attributionTablesSql(sql, scope, attribution);
  const persons =
    selector.key === undefined
      ? 'SELECT DISTINCT person_id FROM conversions'
      : selector.key === NO_TOUCH_KEY
        ? 'SELECT DISTINCT person_id FROM conversions WHERE touches = 0'
        : `SELECT DISTINCT person_id FROM credited WHERE touch_key = ${sql.bind(selector.key)}`;
  const query = `WITH ${tables}, selected AS (${persons})
    SELECT (SELECT count(*) FROM selected) AS total,
      (SELECT coalesce(list(person_id ORDER BY person_id), []) FROM (
        SELECT person_id FROM selected ORDER BY person_id
        LIMIT ${sql.bind(BigInt(page.limit))} OFFSET ${sql.bind(BigInt(page.offset))})) AS page`;
  const [row] = await rowsOf(connection, query, sql);
  return {
    personIds: ((row?.['page'] ?? []) as unknown[]).map(String),
    total: Number(row?.['total'] ?? 0),
  };
}
