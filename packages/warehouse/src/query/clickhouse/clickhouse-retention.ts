import type { ClickHouseClient } from '@clickhouse/client';
import type { ResolvedRetention, RetentionResult } from '@safar/analytics';
import type { EngineScope } from '../engine-scope.js';
import { retentionFromRows } from '../retention-rows.js';
import { scopedEventsText, stepText } from './clickhouse-filter-sql.js';

/** The period index of `ts` (epoch ms) in UTC, as periodIndex in the reference. */
export function clickhousePeriod(period: ResolvedRetention['period'], ts: string): string {
  if (period === 'day') return `intDiv(${ts}, 86400000)`;
  if (period === 'week') return `intDiv(intDiv(${ts}, 86400000) + 3, 7)`;
  const utc = `toDateTime(intDiv(${ts}, 1000), 'UTC')`;
  return `((toInt64(toYear(${utc})) - 1970) * 12 + toInt64(toMonth(${utc})) - 1)`;
}

/**
 * Each person's cohort (`cohorts`: person_id, cohort) and the later periods they returned in
 * (`returns`: person_id, cohort, after), as queries shared by the counts and the drill-down.
 */
export function clickhouseRetentionCohorts(
  database: string,
  scope: EngineScope,
  retention: ResolvedRetention,
): { readonly cohorts: string; readonly returns: string } {
  const period = (ts: string) => clickhousePeriod(retention.period, ts);
  const flagged = `SELECT person_id, ts, toUInt8(${stepText(retention.startStep.matchers)}) AS is_start,
      toUInt8(${stepText(retention.returnStep.matchers)}) AS is_return
    FROM (${scopedEventsText(database, scope)})`;
  const cohorts = `SELECT person_id, ${period('min(ts)')} AS cohort FROM (${flagged}) WHERE is_start = 1 GROUP BY person_id`;
  const returns = `SELECT DISTINCT person_id, cohort, ${period('ts')} - cohort AS after
    FROM (SELECT person_id, ts FROM (${flagged}) WHERE is_return = 1) ALL INNER JOIN (${cohorts}) USING person_id
    WHERE after BETWEEN 1 AND ${Math.trunc(retention.periods)}`;
  return { cohorts, returns };
}

/** Retention on ClickHouse 18.16: the same cohorts and returns as the reference, aggregated in the server. */
export async function clickhouseRetention(
  client: ClickHouseClient,
  database: string,
  scope: EngineScope,
  retention: ResolvedRetention,
): Promise<RetentionResult> {
  const { cohorts, returns } = clickhouseRetentionCohorts(database, scope, retention);
  const query = `SELECT cohort, toInt64(0) AS after, count() AS persons FROM (${cohorts}) GROUP BY cohort
    UNION ALL
    SELECT cohort, after, count() AS persons FROM (${returns}) GROUP BY cohort, after`;
  const result = await client.query({ query, format: 'JSONEachRow' });
  return retentionFromRows(await result.json<Record<string, unknown>>(), retention);
}
