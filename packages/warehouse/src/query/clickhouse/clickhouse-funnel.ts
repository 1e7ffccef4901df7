import type { ClickHouseClient } from '@clickhouse/client';
import {
  stepsFromAggregates,
  TIME_TO_CONVERT_BUCKETS_MS,
  type FunnelResult,
  type ResolvedFunnel,
  type StepAggregate,
} from '@safar/analytics';
import type { EngineScope } from '../engine-scope.js';
import { propertyText, scopedEventsText, stepText } from './clickhouse-filter-sql.js';

const range = (count: number) => Array.from({ length: count }, (_, index) => index);

/**
 * The funnel on ClickHouse 18.16, which has no window functions: each person's events become
 * arrays in journey order (groupArray, arraySort), attempts are found with array lambdas from
 * every step-1 event (ARRAY JOIN), and each person's best attempt is kept (LIMIT 1 BY): a query
 * of person_id, bd, bd_null, level, times, shared by the counts and the drill-down. Same
 * semantics as the reference engine (docs/analytics.md).
 */
export function clickhouseFunnelBest(database: string, scope: EngineScope, funnel: ResolvedFunnel): string {
  const steps = range(funnel.steps.length);
  const exclusions = range(funnel.exclusions.length);
  const window = String(Math.trunc(funnel.windowMs));
  const strict = funnel.order === 'strict';
  const unordered = funnel.order === 'unordered';

  const breakdown =
    funnel.breakdown?.kind === 'property'
      ? propertyText(funnel.breakdown.property)
      : funnel.breakdown?.kind === 'channel' || funnel.breakdown?.kind === 'persona'
        ? funnel.breakdown.kind
        : 'NULL';
  const flags = [
    ...steps.map((k) => `toUInt8(${stepText(funnel.steps[k]?.matchers ?? [])}) AS m${k}`),
    ...exclusions.map((x) => `toUInt8(${stepText(funnel.exclusions[x]?.step.matchers ?? [])}) AS x${x}`),
  ];
  const anyFlag = [...steps.map((k) => `m${k}`), ...exclusions.map((x) => `x${x}`)].join(' OR ');
  const scoped = `SELECT person_id, message_id, ts, ifNull(${breakdown}, '') AS bd, isNull(${breakdown}) AS bd_null, ${flags.join(', ')}
    FROM (${scopedEventsText(database, scope, funnel.breakdown?.kind === 'persona' ? { personas: funnel.breakdown.personas } : {})})
    ${strict ? '' : `WHERE ${anyFlag}`}`;

  const tupleFields = [
    'ts',
    'message_id',
    'bd',
    'bd_null',
    ...steps.map((k) => `m${k}`),
    ...exclusions.map((x) => `x${x}`),
  ];
  const arrays = [
    `arraySort(e -> (e.1, e.2), groupArray((${tupleFields.join(', ')}))) AS ev`,
    'arrayMap(e -> e.1, ev) AS tss',
    'arrayMap(e -> e.3, ev) AS bds',
    'arrayMap(e -> e.4, ev) AS bd_nulls',
    ...steps.map((k) => `arrayMap(e -> e.${5 + k}, ev) AS ms${k}`),
    ...exclusions.map((x) => `arrayMap(e -> e.${5 + steps.length + x}, ev) AS xs${x}`),
    'arrayEnumerate(ev) AS idx',
  ];
  const position = (k: number) => (k === 0 ? 'i' : `p${k}`);
  const within = (t: string) => `${t} - tss[i] <= ${window}`;
  const chain = steps.slice(1).map((k) => {
    const previous = position(k - 1);
    const next = strict
      ? `if(${previous} + 1 <= length(tss) AND ms${k}[${previous} + 1] = 1 AND ${within(`tss[${previous} + 1]`)}, ${previous} + 1, 0)`
      : `arrayFirstIndex((t, m, j) -> j > ${previous} AND m = 1 AND ${within('t')}, tss, ms${k}, idx)`;
    return `if(${previous} = 0, 0, ${next}) AS p${k}`;
  });
  const excluded = funnel.exclusions.map(({ from, to }, x) => {
    const lower = position(from);
    const upper = position(to);
    return `(${lower} > 0 AND arrayExists((t, m, j) -> m = 1 AND j > ${lower} AND if(${upper} > 0, j < ${upper}, ${within('t')}), tss, xs${x}, idx))`;
  });
  const completions = steps.map(
    (k) => `arrayFirstIndex((t, m, j) -> j >= i AND m = 1 AND ${within('t')}, tss, ms${k}, idx)`,
  );

  const attempts = unordered
    ? `SELECT person_id, i, bds[i] AS bd, bd_nulls[i] AS bd_null,
         arraySort(arrayFilter((t, c) -> c > 0, arrayMap(c -> tss[c], [${completions.join(', ')}]), [${completions.join(', ')}])) AS times,
         length(times) AS level
       FROM (SELECT person_id, ${arrays.join(', ')} FROM (${scoped}) GROUP BY person_id)
       ARRAY JOIN arrayFilter((j, ${steps.map((k) => `a${k}`).join(', ')}) -> ${steps.map((k) => `a${k} = 1`).join(' OR ')}, idx, ${steps.map((k) => `ms${k}`).join(', ')}) AS i`
    : `SELECT person_id, i, bds[i] AS bd, bd_nulls[i] AS bd_null${chain.length > 0 ? `, ${chain.join(', ')}` : ''},
         ${steps.map((k) => (k === 0 ? '1' : `(p${k} > 0)`)).join(' + ')} AS level,
         arraySlice([${steps.map((k) => `tss[${position(k)}]`).join(', ')}], 1, level) AS times,
         ${excluded.length > 0 ? excluded.join(' OR ') : '0'} AS excluded
       FROM (SELECT person_id, ${arrays.join(', ')} FROM (${scoped}) GROUP BY person_id)
       ARRAY JOIN arrayFilter((j, m) -> m = 1, idx, ms0) AS i`;

  // Exclusions are filtered one level up: 18.16 mis-evaluates a WHERE whose lambdas read SELECT aliases.
  return `SELECT person_id, bd, bd_null, level, times FROM (${attempts}) ${unordered ? '' : 'WHERE excluded = 0'}
    ORDER BY person_id, level DESC, i LIMIT 1 BY person_id`;
}

/** The funnel's counts, rates and times per step and breakdown value, aggregated in the server. */
export async function clickhouseFunnel(
  client: ClickHouseClient,
  database: string,
  scope: EngineScope,
  funnel: ResolvedFunnel,
): Promise<FunnelResult> {
  const steps = range(funnel.steps.length);
  const best = clickhouseFunnelBest(database, scope, funnel);
  const reached = `SELECT bd, bd_null, k, if(k = 0, toInt64(0), times[k + 1] - times[k]) AS d FROM (${best}) ARRAY JOIN range(toUInt64(level)) AS k`;
  const buckets = TIME_TO_CONVERT_BUCKETS_MS.map((bound, index) => {
    const lower = index === 0 ? 0 : TIME_TO_CONVERT_BUCKETS_MS[index - 1];
    return `countIf(d >= ${lower}${Number.isFinite(bound) ? ` AND d < ${bound}` : ''}) AS h${index}`;
  });
  const aggregates = `count() AS persons, sum(d) AS duration_sum, arraySort(groupArray(d))[intDiv(count() - 1, 2) + 1] AS duration_median, ${buckets.join(', ')}`;
  const query = `
    SELECT 1 AS overall, '' AS bd, 0 AS bd_null, k, ${aggregates} FROM (${reached}) GROUP BY k
    ${funnel.breakdown ? `UNION ALL SELECT 0 AS overall, bd, bd_null, k, ${aggregates} FROM (${reached}) GROUP BY bd, bd_null, k` : ''}`;

  const result = await client.query({ query, format: 'JSONEachRow' });
  const rows = await result.json<Record<string, unknown>>();
  const labels = funnel.steps.map((step) => step.label);
  const groups = new Map<string | null, StepAggregate[]>();
  const overall: StepAggregate[] = [];
  for (const row of rows) {
    const k = Number(row['k']);
    const aggregate: StepAggregate = {
      persons: Number(row['persons']),
      durationSumMs: Number(row['duration_sum']),
      durationMedianMs: k === 0 ? null : Number(row['duration_median']),
      histogram: k === 0 ? [] : TIME_TO_CONVERT_BUCKETS_MS.map((_, index) => Number(row[`h${index}`])),
    };
    if (Number(row['overall']) === 1) overall[k] = aggregate;
    else {
      const value = Number(row['bd_null']) === 1 ? null : String(row['bd']);
      const list = groups.get(value) ?? [];
      list[k] = aggregate;
      groups.set(value, list);
    }
  }
  const empty: StepAggregate = { persons: 0, durationSumMs: 0, durationMedianMs: null, histogram: [] };
  const complete = (list: StepAggregate[]) => steps.map((k) => list[k] ?? empty);
  return {
    steps: stepsFromAggregates(labels, complete(overall)),
    breakdown: funnel.breakdown
      ? [...groups.entries()]
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
