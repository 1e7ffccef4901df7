import type { DuckDBConnection } from '@duckdb/node-api';
import {
  stepsFromAggregates,
  TIME_TO_CONVERT_BUCKETS_MS,
  type FunnelResult,
  type ResolvedFunnel,
  type StepAggregate,
} from '@safar/analytics';
import type { EngineScope } from '../engine-scope.js';
import { sharedChainBestSql } from './duckdb-funnel-chains.js';
import { BoundSql, propertySql, scopedEventsSql, stepSql } from './duckdb-sql.js';

const range = (count: number) => Array.from({ length: count }, (_, index) => index);

/**
 * The funnel compiled to DuckDB (docs/analytics.md): number each person's events in journey
 * order, find for every event the next one matching each step (window functions), chain those
 * from every step-1 event, drop attempts with an exclusion and keep each person's best attempt:
 * CTEs ending in `best` (person_id, p0, bd, level, t0…), shared by the counts and the drill-down.
 */
export function funnelBestSql(sql: BoundSql, scope: EngineScope, funnel: ResolvedFunnel): string {
  const steps = range(funnel.steps.length);
  const exclusions = range(funnel.exclusions.length);
  // Bound on first use: a one-step funnel never compares times.
  let windowParam: string | undefined;
  const window = () => (windowParam ??= sql.bind(BigInt(funnel.windowMs)));
  const strict = funnel.order === 'strict';

  const scoped = scopedEventsSql(
    sql,
    scope,
    funnel.breakdown?.kind === 'persona' ? { personas: funnel.breakdown.personas } : {},
  );
  const flags = [
    ...steps.map((k) => `${stepSql(sql, funnel.steps[k]?.matchers ?? [])} AS m${k}`),
    ...exclusions.map((x) => `${stepSql(sql, funnel.exclusions[x]?.step.matchers ?? [])} AS x${x}`),
  ];
  // Built only where used: every bound value needs its placeholder in the query.
  const breakdown = (alias: string) =>
    funnel.breakdown?.kind === 'property'
      ? propertySql(sql, funnel.breakdown.property, alias)
      : funnel.breakdown?.kind === 'channel' || funnel.breakdown?.kind === 'persona'
        ? `${alias ? `${alias}.` : ''}${funnel.breakdown.kind}`
        : 'NULL::VARCHAR';
  // Ordered funnels only need the events that match something; strict ones need every event.
  const relevant = strict
    ? ''
    : `WHERE ${[...steps.map((k) => `m${k}`), ...exclusions.map((x) => `x${x}`)].join(' OR ')}`;
  const next = steps
    .slice(1)
    .map((k) =>
      strict
        ? `CASE WHEN lead(m${k}) OVER by_position THEN lead(row_key) OVER by_position END AS n${k}`
        : `first_value(CASE WHEN m${k} THEN row_key END IGNORE NULLS) OVER later AS n${k}`,
    );
  // Joined on equality alone (the row key, an integer), so DuckDB hashes it; the window is checked
  // after, and a step beyond it stops the chain because the next join key becomes NULL.
  const ok = (k: number): string =>
    k === 0 ? 'true' : `(s${k}.pos IS NOT NULL AND s${k}.ts - s.ts <= ${window()})`;
  const chain = steps
    .slice(1)
    .map(
      (k) =>
        `LEFT JOIN linked s${k} ON s${k}.row_key = ${k === 1 ? 's.n1' : `CASE WHEN ${ok(k - 1)} THEN s${k - 1}.n${k} END`}`,
    );
  const position = (k: number) => (k === 0 ? 's.pos' : `CASE WHEN ${ok(k)} THEN s${k}.pos END`);
  const time = (k: number) => (k === 0 ? 's.ts' : `CASE WHEN ${ok(k)} THEN s${k}.ts END`);
  const level = steps.map((k) => (k === 0 ? '1' : `${ok(k)}::INTEGER`)).join(' + ');
  const excluded = funnel.exclusions.map(({ from, to }, x) => {
    const upper = `CASE WHEN ${position(to)} IS NOT NULL THEN x.pos < ${position(to)} ELSE x.ts - s.ts <= ${window()} END`;
    return `(${position(from)} IS NOT NULL AND EXISTS (SELECT 1 FROM linked x WHERE x.person_id = s.person_id AND x.x${x} AND x.pos > ${position(from)} AND ${upper}))`;
  });
  // Unordered: from each event matching any step, the first event at or after it matching each
  // step, if within the window; the attempt's level is how many steps that completes.
  const completions = () =>
    steps.map(
      (k) =>
        `CASE WHEN min(CASE WHEN m${k} THEN ts END) OVER from_here - ts <= ${window()} THEN min(CASE WHEN m${k} THEN ts END) OVER from_here END AS c${k}`,
    );
  const unorderedAttempts = () => `
    SELECT person_id, p0, bd, len(times) AS level, ${steps.map((k) => `times[${k + 1}] AS t${k}`).join(', ')}
    FROM (
      SELECT person_id, pos AS p0, bd,
        list_sort(list_filter([${steps.map((k) => `c${k}`).join(', ')}], c -> c IS NOT NULL)) AS times
      FROM (
        SELECT *, ${completions().join(', ')} FROM numbered
        WINDOW from_here AS (PARTITION BY person_id ORDER BY pos ROWS BETWEEN CURRENT ROW AND UNBOUNDED FOLLOWING)
      )
      WHERE ${steps.map((k) => `m${k}`).join(' OR ')}
    )`;
  const head = `
    scoped AS (${scoped}),
    -- Only narrow columns go on: window operators carry every column they are given.
    flagged AS (SELECT person_id, row_key, message_id, ts, ${breakdown('')} AS bd, ${flags.join(', ')} FROM scoped),`;
  if (funnel.order !== 'unordered' && exclusions.length === 0)
    return `${head}
    ${sharedChainBestSql({ stepCount: steps.length, strict, window, relevant })}`;
  return `${head}
    numbered AS (
      SELECT *, row_number() OVER (PARTITION BY person_id ORDER BY ts, message_id) AS pos FROM flagged ${relevant}
    ),
    linked AS (
      SELECT *${next.length > 0 ? `, ${next.join(', ')}` : ''} FROM numbered
      WINDOW later AS (PARTITION BY person_id ORDER BY pos ROWS BETWEEN 1 FOLLOWING AND UNBOUNDED FOLLOWING),
             by_position AS (PARTITION BY person_id ORDER BY pos)
    ),
    attempts AS (${
      funnel.order === 'unordered'
        ? unorderedAttempts()
        : `SELECT s.person_id, s.pos AS p0, s.bd, ${level} AS level,
        ${steps.map((k) => `${time(k)} AS t${k}`).join(', ')}
      FROM linked s ${chain.join(' ')}
      WHERE s.m0 ${excluded.map((condition) => `AND NOT ${condition}`).join(' ')}`
    }),
    -- The furthest attempt, the earliest among equals: one key, so a grouped arg_max picks it.
    best AS (
      SELECT unnest(arg_max(a, a.level * 4294967296 - a.p0)) FROM attempts a GROUP BY a.person_id
    )`;
}

/** The funnel's counts, rates and times, per step and breakdown value, aggregated inside DuckDB. */
export async function duckdbFunnel(
  connection: DuckDBConnection,
  scope: EngineScope,
  funnel: ResolvedFunnel,
): Promise<FunnelResult> {
  const sql = new BoundSql();
  const steps = range(funnel.steps.length);
  const reached = steps.map((k) =>
    k === 0
      ? `SELECT person_id, bd, 0 AS k, NULL::BIGINT AS d FROM best`
      : `SELECT person_id, bd, ${k} AS k, t${k} - t${k - 1} AS d FROM best WHERE level > ${k}`,
  );
  const buckets = TIME_TO_CONVERT_BUCKETS_MS.map((bound, index) => {
    const lower = index === 0 ? 0 : TIME_TO_CONVERT_BUCKETS_MS[index - 1];
    return `count(*) FILTER (WHERE d >= ${lower}${Number.isFinite(bound) ? ` AND d < ${bound}` : ''}) AS h${index}`;
  });

  const query = `
    WITH ${funnelBestSql(sql, scope, funnel)},
    reached AS (${reached.join(' UNION ALL ')})
    SELECT grouping(bd) AS overall, bd, k, count(*) AS persons, coalesce(sum(d), 0) AS duration_sum,
      list_sort(list(d) FILTER (WHERE d IS NOT NULL))[(count(d) - 1) // 2 + 1] AS duration_median,
      ${buckets.join(', ')}
    FROM reached
    GROUP BY GROUPING SETS ((k), (bd, k))`;

  const rows = (await connection.runAndReadAll(query, sql.values)).getRowObjectsJson();
  const labels = funnel.steps.map((step) => step.label);
  const aggregates = new Map<string | null, StepAggregate[]>();
  const overall: StepAggregate[] = [];
  for (const row of rows) {
    const k = Number(row['k']);
    const aggregate: StepAggregate = {
      persons: Number(row['persons']),
      durationSumMs: Number(row['duration_sum']),
      durationMedianMs: k === 0 || row['duration_median'] === null ? null : Number(row['duration_median']),
      histogram: k === 0 ? [] : TIME_TO_CONVERT_BUCKETS_MS.map((_, index) => Number(row[`h${index}`])),
    };
    if (Number(row['overall']) === 1) overall[k] = aggregate;
    else {
      const value = row['bd'] === null ? null : String(row['bd']);
      const list = aggregates.get(value) ?? [];
      list[k] = aggregate;
      aggregates.set(value, list);
    }
  }
  const empty: StepAggregate = { persons: 0, durationSumMs: 0, durationMedianMs: null, histogram: [] };
  const complete = (list: StepAggregate[]) => steps.map((k) => list[k] ?? empty);
  return {
    steps: stepsFromAggregates(labels, complete(overall)),
    breakdown: funnel.breakdown
      ? [...aggregates.entries()]
          .map(([value, list]) => ({ value, steps: stepsFromAggregates(labels, complete(list)) }))
          .sort(
            (a, b) =>
              (b.steps[0]?.persons ?? 0) - (a.steps[0]?.persons ?? 0) ||
              (a.value === null ? 1 : 0) - (b.value === null ? 1 : 0) ||
              String(a.value).localeCompare(String(b.value)),
          )
      : [],
  };
}
