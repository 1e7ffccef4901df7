import type { ResolvedAttribution } from '@safar/analytics';
import type { EngineScope } from '../engine-scope.js';
import { sql } from '../../clickhouse/clickhouse-sql.js';
import { scopedEventsText, stepText } from './clickhouse-filter-sql.js';

/**
 * Whether an event is a touch, and its key: its channel, or the index of the first touchpoint it
 * matches (`touchpoint`, -1 for none).
 */
function touchText(attribution: ResolvedAttribution): { touchpoint: string; isTouch: string; key: string } {
  if (attribution.by.kind === 'channel')
    return { touchpoint: '0', isTouch: 'is_conversion = 0', key: 'channel' };
  const cases = attribution.by.touchpoints.map(
    (touchpoint, index) => `${stepText(touchpoint.matchers)}, ${index}`,
  );
  return {
    touchpoint: `multiIf(${cases.join(', ')}, -1)`,
    isTouch: 'is_conversion = 0 AND touchpoint >= 0',
    key: 'toString(touchpoint)',
  };
}

/**
 * Each person's conversions and touches as arrays in journey order (ClickHouse 18.16 has no
 * window functions): `so_far` counts the person's conversions up to each element, `in_all` in all.
 */
function personArraysText(database: string, scope: EngineScope, attribution: ResolvedAttribution): string {
  const touch = touchText(attribution);
  const flagged = `SELECT person_id, message_id, ts, is_conversion, toUInt8(${touch.isTouch}) AS is_touch, touch_key
    FROM (
      SELECT person_id, message_id, ts, toUInt8(${stepText(attribution.conversion.matchers)}) AS is_conversion,
        ${touch.touchpoint} AS touchpoint, ${touch.key} AS touch_key
      FROM (${scopedEventsText(database, scope)})
    )`;
  return `SELECT person_id,
      arraySort(e -> (e.1, e.2), groupArray((ts, message_id, is_conversion, touch_key))) AS ev,
      arrayMap(e -> e.1, ev) AS tss, arrayMap(e -> e.3, ev) AS convs, arrayMap(e -> e.4, ev) AS keys,
      arrayCumSum(convs) AS so_far, so_far[length(so_far)] AS in_all, arrayEnumerate(ev) AS idx
    FROM (${flagged}) WHERE is_conversion = 1 OR is_touch = 1 GROUP BY person_id`;
}

/**
 * Journey paths, one row each, with their touch keys (`ks`) and times in journey order: every
 * conversion (`i`, its position in the person's arrays) with the touches after the previous
 * conversion and within the lookback; with `trailing`, also the touches after the person's last
 * conversion (`i` = 0, not converted), as the Markov model learns from both.
 *
 * No lambda here reads a column from outside its arguments: 18.16 drops such columns from
 * subqueries when nothing else reads them ("Unknown identifier"), so scalars are passed in as
 * arrays with `replicate`.
 */
export function journeyPathsText(
  database: string,
  scope: EngineScope,
  attribution: ResolvedAttribution,
  trailing: boolean,
): string {
  const conversions = 'arrayFilter((j, c) -> c = 1, idx, convs)';
  // A touch of the path has `so_far` + 1 = `seq` (the conversions before it, plus one) and is not older than `earliest`.
  const touchOf = (first: string) =>
    `arrayFilter((x, c, s, t, seq, earliest) -> c = 0 AND s + 1 = seq AND t >= earliest,
      ${first}, convs, so_far, tss, replicate(seq, tss), replicate(earliest, tss))`;
  return `SELECT person_id, i, toUInt8(i > 0) AS converted, ${touchOf('keys')} AS ks, ${touchOf('tss')} AS touch_ts
    FROM (
      SELECT person_id, i, keys, tss, convs, so_far,
        if(i = 0, so_far[length(so_far)] + 1, so_far[i]) AS seq,
        if(i = 0, tss[1], tss[i] - ${sql`${Math.trunc(attribution.lookbackMs)}`}) AS earliest
      FROM (${personArraysText(database, scope, attribution)})
      ARRAY JOIN ${trailing ? `arrayConcat(${conversions}, [0])` : conversions} AS i
    )`;
}

/**
 * Per key, the sums of every model but Markov over the conversions' touches; conversions without
 * a touch come as one row with `touched` = 0 (LEFT ARRAY JOIN keeps them, with p = 0), so one
 * query also yields the totals: conversions = untouched + the first touches of all keys.
 */
export function keyCreditsText(
  database: string,
  scope: EngineScope,
  attribution: ResolvedAttribution,
): string {
  const halfLife = sql`${Math.trunc(attribution.halfLifeMs)}`;
  const weighted = `SELECT person_id, i, ks, length(ks) AS n,
      arrayMap((t, last) -> pow(2, (t - last) / toFloat64(${halfLife})), touch_ts, replicate(touch_ts[n], touch_ts)) AS weights
    FROM (${journeyPathsText(database, scope, attribution, false)})`;
  // Untouched rows (n = 0) divide by nothing: their sums are never read, but must not be NaN in JSON.
  const touches = `SELECT person_id, i, n, p, ks[p] AS key, toUInt8(p > 0) AS touched,
      if(p = 0, 0., weights[p] / arraySum(weights)) AS decay_share
    FROM (${weighted}) LEFT ARRAY JOIN arrayEnumerate(ks) AS p`;
  return `SELECT touched, key, uniqExact(person_id, i) AS conversions_touched,
      countIf(p = 1) AS first_touch, countIf(p = n) AS last_touch, sum(1 / greatest(n, 1)) AS linear,
      sum(decay_share) AS time_decay,
      sum(multiIf(n <= 1, 1., n = 2, 0.5, p = 1 OR p = n, 0.4, 0.2 / (n - 2))) AS position_based
    FROM (${touches}) GROUP BY touched, key`;
}

/** The Markov model's transitions: start -> first key, key -> next key (repeats skipped), last key -> end. */
export function transitionsText(
  database: string,
  scope: EngineScope,
  attribution: ResolvedAttribution,
): string {
  const between = `arrayFilter(step -> step.2 != step.4,
      arrayMap((a, b) -> (toUInt8(0), a, toUInt8(0), b, toUInt8(0)), arrayPopBack(ks), arrayPopFront(ks)))`;
  const steps = `arrayConcat([(toUInt8(1), '', toUInt8(0), ks[1], toUInt8(0))], ${between},
      [(toUInt8(0), ks[length(ks)], toUInt8(1), '', converted)])`;
  return `SELECT step.1 AS from_start, step.2 AS from_key, step.3 AS to_end, step.4 AS to_key, step.5 AS converted,
      count() AS count
    FROM (SELECT ${steps} AS steps FROM (${journeyPathsText(database, scope, attribution, true)}) WHERE length(ks) > 0)
    ARRAY JOIN steps AS step
    GROUP BY from_start, from_key, to_end, to_key, converted`;
}
