import type { DuckDBConnection } from '@duckdb/node-api';
import {
  stepsFromAggregates,
  TIME_TO_CONVERT_BUCKETS_MS,
  type FunnelResult,
  type ResolvedFunnel,
  type StepAggregate,
} from '@safar/analytics';
import type { EngineScope } from '../engine-scope.js';
import { ensureFunnelWalk, FUNNEL_WALK_FUNCTION } from './duckdb-funnel-walk.js';
import { BoundSql, propertySql, scopedEventsSql, stepSql } from './duckdb-sql.js';
import type { FunnelPlan } from './funnel-walk.js';

const range = (count: number) => Array.from({ length: count }, (_, index) => index);

/**
 * The funnel on DuckDB (docs/analytics.md, "Funnels on DuckDB"): each event gets a bit mask of the
 * steps and exclusions it matches, each person's events are gathered into lists, and the funnel
 * walk (funnel-walk.ts, a scalar function) picks each person's best attempt from them. CTEs ending
 * in `best` (person_id, bd, level, t0…), shared by the counts and the drill-down.
 */
export function funnelBestSql(sql: BoundSql, scope: EngineScope, funnel: ResolvedFunnel): string {
  const stepCount = funnel.steps.length;
  const matchers = [...funnel.steps, ...funnel.exclusions.map((exclusion) => exclusion.step)].flatMap(
    (step) => step.matchers,
  );
  const scoped = scopedEventsSql(sql, scope, {
    ...(funnel.breakdown?.kind === 'persona' ? { personas: funnel.breakdown.personas } : {}),
    // Strict funnels need every event (nothing may come between two steps); others only the matches.
    ...(funnel.order === 'strict' ? {} : { eventNames: matchers.map((matcher) => matcher.event) }),
  });
  const bits = [
    ...funnel.steps.map((step, k) => ({ matchers: step.matchers, bit: k })),
    ...funnel.exclusions.map((exclusion, x) => ({ matchers: exclusion.step.matchers, bit: stepCount + x })),
  ];
  const mask = bits
    .map(({ matchers, bit }) => `CASE WHEN ${stepSql(sql, matchers)} THEN ${2 ** bit} ELSE 0 END`)
    .join(' + ');
  const plan: FunnelPlan = {
    order: funnel.order,
    steps: stepCount,
    windowMs: funnel.windowMs,
    exclusions: funnel.exclusions.map(({ from, to }) => ({ from, to })),
  };
  // The breakdown value of the counted attempt's first event, or the person's persona.
  const perEvent = funnel.breakdown?.kind === 'property' || funnel.breakdown?.kind === 'channel';
  const eventValue =
    funnel.breakdown?.kind === 'property'
      ? propertySql(sql, funnel.breakdown.property)
      : funnel.breakdown?.kind === 'channel'
        ? 'channel'
        : 'NULL::VARCHAR';
  const personValue = funnel.breakdown?.kind === 'persona' ? 'any_value(persona)' : 'NULL::VARCHAR';
  return `
    scoped AS (${scoped}),
    flagged AS (SELECT person_id, message_id, ts, ${eventValue} AS bd${funnel.breakdown?.kind === 'persona' ? ', persona' : ''}, (${mask}) AS mask FROM scoped),
    journeys AS (
      SELECT person_id, list(ts::DOUBLE) AS times, list(mask) AS masks, list(message_id) AS ids,
        ${perEvent ? 'list(bd)' : personValue} AS bd
      FROM flagged ${funnel.order === 'strict' ? '' : 'WHERE mask <> 0'}
      GROUP BY person_id
    ),
    walked AS (
      SELECT person_id, bd, ${FUNNEL_WALK_FUNCTION}(times, masks, ids, ${sql.bind(JSON.stringify(plan))}) AS w
      FROM journeys
    ),
    best AS (
      SELECT person_id, ${perEvent ? 'bd[w[1]::BIGINT + 1]' : 'bd'} AS bd, len(w) - 1 AS level,
        ${range(stepCount)
          .map((k) => `w[${k + 2}]::BIGINT AS t${k}`)
          .join(', ')}
      FROM walked WHERE w IS NOT NULL
    )`;
}

/** The funnel's counts, rates and times, per step and breakdown value, aggregated inside DuckDB. */
export async function duckdbFunnel(
  connection: DuckDBConnection,
  scope: EngineScope,
  funnel: ResolvedFunnel,
): Promise<FunnelResult> {
  ensureFunnelWalk(connection);
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
      -- The lower middle value, as the reference takes it: quantile_disc picks index floor((n - 1) / 2).
      quantile_disc(d, 0.5) AS duration_median,
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
