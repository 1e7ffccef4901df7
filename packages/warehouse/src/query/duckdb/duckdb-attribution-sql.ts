import type { ResolvedAttribution } from '@safar/analytics';
import type { EngineScope } from '../engine-scope.js';
import { scopedEventsSql, stepSql, type BoundSql } from './duckdb-sql.js';

/** A touch's key: its channel, or the index (as text) of the first touchpoint it matches. */
function keySql(sql: BoundSql, attribution: ResolvedAttribution): string {
  if (attribution.by.kind === 'channel') return 'channel';
  const cases = attribution.by.touchpoints.map(
    (touchpoint, index) => `WHEN ${stepSql(sql, touchpoint.matchers)} THEN ${sql.bind(String(index))}`,
  );
  return `CASE ${cases.join(' ')} ELSE NULL END`;
}

/**
 * The common tables of every attribution query (docs/analytics.md):
 * - `relevant`: conversions and touches in journey order, each with the number of the person's
 *   conversions up to it (`conversions_so_far`) and in all (`conversions_in_all`);
 * - `conversions`: one row per conversion, numbered per person (`seq`);
 * - `credited`: each conversion's touches: after the previous conversion, within the lookback.
 */
export function attributionTablesSql(
  sql: BoundSql,
  scope: EngineScope,
  attribution: ResolvedAttribution,
): string {
  const conversion = stepSql(sql, attribution.conversion.matchers);
  const key = keySql(sql, attribution);
  return `
    flagged AS (
      SELECT person_id, message_id, ts, is_conversion, CASE WHEN is_conversion THEN NULL ELSE touch_key END AS touch_key
      FROM (SELECT person_id, message_id, ts, ${conversion} AS is_conversion, ${key} AS touch_key
        FROM (${scopedEventsSql(sql, scope)}))
    ),
    relevant AS (
      SELECT *,
        sum(CASE WHEN is_conversion THEN 1 ELSE 0 END) OVER (PARTITION BY person_id ORDER BY ts, message_id
          ROWS UNBOUNDED PRECEDING) AS conversions_so_far,
        sum(CASE WHEN is_conversion THEN 1 ELSE 0 END) OVER (PARTITION BY person_id) AS conversions_in_all
      FROM flagged WHERE is_conversion OR touch_key IS NOT NULL
    ),
    conversions AS (
      SELECT person_id, conversions_so_far AS seq, ts AS conversion_ts FROM relevant WHERE is_conversion
    ),
    credited AS (
      SELECT t.person_id, c.seq, t.ts, t.message_id, t.touch_key
      FROM relevant t JOIN conversions c ON c.person_id = t.person_id AND c.seq = t.conversions_so_far + 1
      WHERE NOT t.is_conversion AND t.ts >= c.conversion_ts - ${sql.bind(BigInt(attribution.lookbackMs))}
    )`;
}

/** Per key, the sums of every model but Markov; each row also carries the conversion totals. */
export function keyCreditsSql(sql: BoundSql, scope: EngineScope, attribution: ResolvedAttribution): string {
  const tables = attributionTablesSql(sql, scope, attribution);
  return `
    WITH ${tables},
    positioned AS (
      SELECT *, row_number() OVER journey AS pos, count(*) OVER conversion AS touches,
        pow(2, (ts - max(ts) OVER conversion) / ${sql.bind(attribution.halfLifeMs)}::DOUBLE) AS weight
      FROM credited
      WINDOW conversion AS (PARTITION BY person_id, seq), journey AS (PARTITION BY person_id, seq ORDER BY ts, message_id)
    ),
    shared AS (SELECT *, weight / sum(weight) OVER (PARTITION BY person_id, seq) AS decay_share FROM positioned),
    keyed AS (
      SELECT touch_key AS key, count(DISTINCT (person_id, seq)) AS conversions_touched,
        count(*) FILTER (WHERE pos = 1) AS first_touch,
        count(*) FILTER (WHERE pos = touches) AS last_touch,
        sum(1::DOUBLE / touches) AS linear,
        sum(decay_share) AS time_decay,
        sum(CASE WHEN touches = 1 THEN 1::DOUBLE WHEN touches = 2 THEN 0.5::DOUBLE
          WHEN pos = 1 OR pos = touches THEN 0.4::DOUBLE ELSE 0.2::DOUBLE / (touches - 2) END) AS position_based
      FROM shared GROUP BY touch_key
    ),
    totals AS (
      SELECT count(*) AS conversions,
        count(*) FILTER (WHERE NOT EXISTS (SELECT 1 FROM credited t WHERE t.person_id = c.person_id AND t.seq = c.seq)) AS untouched
      FROM conversions c
    )
    SELECT * FROM totals LEFT JOIN keyed ON true`;
}

/** The Markov model's transitions over every journey path: each conversion's touches, and the touches after a person's last conversion. */
export function transitionsSql(sql: BoundSql, scope: EngineScope, attribution: ResolvedAttribution): string {
  const tables = attributionTablesSql(sql, scope, attribution);
  return `
    WITH ${tables},
    paths AS (
      SELECT person_id, seq, ts, message_id, touch_key, true AS converted FROM credited
      UNION ALL
      SELECT person_id, conversions_so_far + 1, ts, message_id, touch_key, false FROM relevant
      WHERE NOT is_conversion AND conversions_so_far = conversions_in_all
    ),
    stepped AS (
      SELECT *, lag(touch_key) OVER journey AS previous_key, row_number() OVER journey AS pos,
        count(*) OVER (PARTITION BY person_id, seq) AS touches
      FROM paths WINDOW journey AS (PARTITION BY person_id, seq ORDER BY ts, message_id)
    )
    SELECT previous_key AS from_key, touch_key AS to_key, false AS converted, count(*) AS count
    FROM stepped WHERE pos = 1 OR previous_key <> touch_key GROUP BY previous_key, touch_key
    UNION ALL
    SELECT touch_key, NULL, converted, count(*) FROM stepped WHERE pos = touches GROUP BY touch_key, converted`;
}
