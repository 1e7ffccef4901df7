import type { DuckDBConnection } from '@duckdb/node-api';
import type { ResolvedRetention, RetentionResult } from '@safar/analytics';
import type { EngineScope } from '../engine-scope.js';
import { retentionFromRows } from '../retention-rows.js';
import { BoundSql, scopedEventsSql, stepSql } from './duckdb-sql.js';

/** The period index of `ts` (epoch ms), as periodIndex in the reference: UTC days, ISO weeks, months. */
export function duckdbPeriod(period: ResolvedRetention['period'], ts: string): string {
  if (period === 'day') return `(${ts} // 86400000)`;
  if (period === 'week') return `((${ts} // 86400000 + 3) // 7)`;
  return `((year(epoch_ms(${ts})) - 1970) * 12 + month(epoch_ms(${ts})) - 1)`;
}

/**
 * Each person's cohort (`cohorts`: person_id, cohort) and the later periods they returned in
 * (`returns`: person_id, cohort, after), as CTEs shared by the counts and the drill-down.
 */
export function retentionCohortsSql(sql: BoundSql, scope: EngineScope, retention: ResolvedRetention): string {
  const period = (ts: string) => duckdbPeriod(retention.period, ts);
  return `
    flagged AS (
      SELECT person_id, ts, ${stepSql(sql, retention.startStep.matchers)} AS is_start, ${stepSql(sql, retention.returnStep.matchers)} AS is_return
      FROM (${scopedEventsSql(sql, scope)})
    ),
    cohorts AS (SELECT person_id, ${period('min(ts)')} AS cohort FROM flagged WHERE is_start GROUP BY person_id),
    returns AS (
      SELECT DISTINCT f.person_id, c.cohort, ${period('f.ts')} - c.cohort AS after
      FROM flagged f JOIN cohorts c ON c.person_id = f.person_id
      WHERE f.is_return AND ${period('f.ts')} - c.cohort BETWEEN 1 AND ${sql.bind(retention.periods)}
    )`;
}

/** Retention in one DuckDB query: cohorts by first start event, distinct returners per later period. */
export async function duckdbRetention(
  connection: DuckDBConnection,
  scope: EngineScope,
  retention: ResolvedRetention,
): Promise<RetentionResult> {
  const sql = new BoundSql();
  const query = `
    WITH ${retentionCohortsSql(sql, scope, retention)}
    SELECT cohort, 0 AS after, count(*) AS persons FROM cohorts GROUP BY cohort
    UNION ALL
    SELECT cohort, after, count(*) AS persons FROM returns GROUP BY cohort, after`;
  const rows = (await connection.runAndReadAll(query, sql.values)).getRowObjectsJson();
  return retentionFromRows(rows, retention);
}
