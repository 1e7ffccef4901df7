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
 * arrays in journey order (groupArray, arraySort), and every attempt is walked inside the
 * person's row with array lambdas (docs/analytics.md, "Funnels on ClickHouse"): a query of
 * person_id, bd, bd_null, level, times, shared by the counts and the drill-down. Same semantics
 * as the reference engine.
 *
 * "The first step-k event after position p" is looked up, not searched: with cs = the running
 * count of step-k events and at = their positions, it is at[cs[p] + 1] (0 when there is none).
 * An attempt costs a lookup per step instead of a search of the array (at 10M events, bench/funnel:
 * 7.8 s, against 11.7-12.9 s searching); 18.16 still copies every array a lambda reads for each
 * element it maps over, which is most of what is left.
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
  // Per flag: its running count (cs…) and the positions of the events that have it (at…).
  const lookups = (name: string) => [
    `arrayCumSum(${name}s) AS cs_${name}`,
    `arrayFilter((j, m) -> m = 1, idx, ${name}s) AS at_${name}`,
  ];
  const arrays = [
    `arraySort(e -> (e.1, e.2), groupArray((${tupleFields.join(', ')}))) AS ev`,
    'arrayMap(e -> e.1, ev) AS tss',
    'arrayMap(e -> e.3, ev) AS bds',
    'arrayMap(e -> e.4, ev) AS bd_nulls',
    ...steps.map((k) => `arrayMap(e -> e.${5 + k}, ev) AS m${k}s`),
    ...exclusions.map((x) => `arrayMap(e -> e.${5 + steps.length + x}, ev) AS x${x}s`),
    'arrayEnumerate(ev) AS idx',
    ...(strict ? [] : steps.flatMap((k) => lookups(`m${k}`))),
    ...exclusions.flatMap((x) => lookups(`x${x}`)),
  ];
  // The first event with `name` after position p, or at or after it (`from`), or 0.
  const after = (name: string, p: string) => `at_${name}[cs_${name}[${p}] + 1]`;
  const from = (name: string, p: string) => `at_${name}[cs_${name}[${p}] - ${name}s[${p}] + 1]`;
  const within = (position: string) => `(${position} > 0 AND tss[${position}] - tss[i] <= ${window})`;

  // One array per step of each attempt's position (0: not reached), attempts in journey order.
  const chain = steps.map((k) => {
    if (k === 0) return `arrayFilter((j, m) -> m = 1, idx, m0s) AS c0`;
    const next = strict
      ? `if(p + 1 <= length(tss) AND m${k}s[p + 1] = 1 AND ${within('p + 1')}, p + 1, 0)`
      : `if(${within(after(`m${k}`, 'p'))}, ${after(`m${k}`, 'p')}, 0)`;
    return `arrayMap((i, p) -> if(p = 0, 0, ${next}), c0, c${k - 1}) AS c${k}`;
  });
  const reached = steps.map((k) => (k === 0 ? '1' : `(q${k} > 0)`)).join(' + ');
  // Inside the lambda over every attempt, step k's position is `i` (step 1) or `q<k>` (not
  // `c<k>`: 18.16 reads a lambda parameter named as a SELECT alias as the alias).
  const position = (k: number) => (k === 0 ? 'i' : `q${k}`);
  // An exclusion event after the attempt's `from` step and before its `to` step, or, when `to`
  // was not reached, within the window: an excluded attempt counts as reaching nothing.
  const excluded = funnel.exclusions.map(({ from: lower, to: upper }, x) => {
    const first = after(`x${x}`, position(lower));
    return `(${position(lower)} > 0 AND ${first} > 0 AND if(${position(upper)} > 0, ${first} < ${position(upper)}, tss[${first}] - tss[i] <= ${window}))`;
  });
  const levels = excluded.length > 0 ? `if(${excluded.join(' OR ')}, 0, ${reached})` : reached;
  const ordered = [
    ...chain,
    `arrayMap((${steps.map(position).join(', ')}) -> ${levels}, ${steps.map((k) => `c${k}`).join(', ')}) AS levels`,
    `arrayReduce('max', levels) AS level`,
    'indexOf(levels, level) AS b',
    'c0[b] AS start',
    `arraySlice([${steps.map((k) => `tss[c${k}[b]]`).join(', ')}], 1, level) AS times`,
  ].join(', ');

  // Unordered: from every event with any step, each step's first event at or after it, within
  // the window (u<k>: its position, or 0); the counted attempt's times are those events', sorted.
  const unorderedAttempts = [
    `arrayFilter((j, ${steps.map((k) => `a${k}`).join(', ')}) -> ${steps.map((k) => `a${k} = 1`).join(' OR ')}, idx, ${steps.map((k) => `m${k}s`).join(', ')}) AS c0`,
    ...steps.map(
      (k) => `arrayMap(i -> if(${within(from(`m${k}`, 'i'))}, ${from(`m${k}`, 'i')}, 0), c0) AS u${k}`,
    ),
    `arrayMap((${steps.map((k) => `q${k}`).join(', ')}) -> ${steps.map((k) => `(q${k} > 0)`).join(' + ')}, ${steps.map((k) => `u${k}`).join(', ')}) AS levels`,
    `arrayReduce('max', levels) AS level`,
    'indexOf(levels, level) AS b',
    'c0[b] AS start',
    `arraySort(arrayMap(c -> tss[c], arrayFilter(c -> c > 0, [${steps.map((k) => `u${k}[b]`).join(', ')}]))) AS times`,
  ].join(', ');

  // One SELECT with the arrays: 18.16 drops a subquery's column that only a lambda's body reads
  // ("Unknown identifier"), but resolves the aliases of its own SELECT list. Persons whose every
  // attempt was excluded (level 0) are left out one level up: 18.16 mis-evaluates a WHERE whose
  // lambdas read SELECT aliases.
  return `SELECT person_id, best_bd AS bd, best_bd_null AS bd_null, level, times FROM (
      SELECT person_id, ${arrays.join(', ')}, ${unordered ? unorderedAttempts : ordered},
        bds[start] AS best_bd, bd_nulls[start] AS best_bd_null
      FROM (${scoped}) GROUP BY person_id
    ) WHERE level > 0`;
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
