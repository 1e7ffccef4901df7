import type { DuckDBConnection } from '@duckdb/node-api';
import {
  attributionResult,
  type AttributionResult,
  type KeyCredits,
  type MarkovTransition,
  type ResolvedAttribution,
} from '@safar/analytics';
import { NO_TOUCH_KEY, type AttributionSelector, type PersonsPage } from '@safar/core';
import type { EngineScope } from '../engine-scope.js';
import { attributionTablesSql, keyCreditsSql, transitionsSql } from './duckdb-attribution-sql.js';
import { BoundSql } from './duckdb-sql.js';

async function rowsOf(connection: DuckDBConnection, query: string, sql: BoundSql) {
  return (await connection.runAndReadAll(query, sql.values)).getRowObjectsJson();
}

/**
 * Attribution in DuckDB: per-key sums of the heuristic models and the Markov transition counts
 * are computed by SQL; the small aggregate is finished by the shared code the reference uses.
 */
export async function duckdbAttribution(
  connection: DuckDBConnection,
  scope: EngineScope,
  attribution: ResolvedAttribution,
): Promise<AttributionResult> {
  const creditsSql = new BoundSql();
  const rows = await rowsOf(connection, keyCreditsSql(creditsSql, scope, attribution), creditsSql);
  const keys: KeyCredits[] = rows
    .filter((row) => row['key'] !== null)
    .map((row) => ({
      key: String(row['key']),
      conversionsTouched: Number(row['conversions_touched']),
      first_touch: Number(row['first_touch']),
      last_touch: Number(row['last_touch']),
      linear: Number(row['linear']),
      time_decay: Number(row['time_decay']),
      position_based: Number(row['position_based']),
    }));
  let transitions: MarkovTransition[] = [];
  if (attribution.models.includes('markov')) {
    const markovSql = new BoundSql();
    transitions = (await rowsOf(connection, transitionsSql(markovSql, scope, attribution), markovSql)).map(
      (row) => ({
        from: row['from_key'] === null ? null : String(row['from_key']),
        to: row['to_key'] === null ? null : String(row['to_key']),
        converted: row['converted'] === true,
        count: Number(row['count']),
      }),
    );
  }
  return attributionResult(attribution, {
    conversions: Number(rows[0]?.['conversions'] ?? 0),
    untouched: Number(rows[0]?.['untouched'] ?? 0),
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
        ? `SELECT DISTINCT person_id FROM conversions c
           WHERE NOT EXISTS (SELECT 1 FROM credited t WHERE t.person_id = c.person_id AND t.seq = c.seq)`
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
