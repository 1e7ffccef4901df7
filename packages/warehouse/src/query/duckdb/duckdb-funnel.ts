import type { DuckDBConnection } from '@duckdb/node-api';
import {
  stepsFromAggregates,
  TIME_TO_CONVERT_BUCKETS_MS,
  type FunnelResult,
  type ResolvedFunnel,
  type StepAggregate,
} from '@safar/analytics';
import type { EventMatcher } from '@safar/core';
import type { EngineScope } from '../engine-scope.js';
import type { FunnelWalk } from './duckdb-funnel-extension.js';
import { ensureFunnelWalk, FUNNEL_WALK_FUNCTION } from './duckdb-funnel-walk.js';
import { BoundSql, matcherSql, propertySql, scopedEventsSql } from './duckdb-sql.js';
import type { FunnelPlan } from './funnel-walk.js';

const range = (count: number) => Array.from({ length: count }, (_, index) => index);

/** The aggregates of Safar's DuckDB extension (packages/warehouse/native/): the walk, and its counts. */
const FUNNEL_AGGREGATE = 'safar_funnel';
const FUNNEL_STEPS_AGGREGATE = 'safar_funnel_steps';

/** A property or channel breakdown takes the counted attempt's first event's value, not the person's. */
const breakdownPerEvent = (funnel: ResolvedFunnel) =>
  funnel.breakdown?.kind === 'property' || funnel.breakdown?.kind === 'channel';

/**
 * The funnel on DuckDB (docs/analytics.md, "Funnels on DuckDB"): each event gets a bit mask of the
 * steps and exclusions it matches, and each person's best attempt is found by walking their
 * events, natively (the safar_funnel aggregate) or in JavaScript (lists and safar_funnel_walk).
 * CTEs ending in `best` (person_id, bd, level, t0…), shared by the counts and the drill-down.
 */
export function funnelBestSql(
  sql: BoundSql,
  scope: EngineScope,
  funnel: ResolvedFunnel,
  pass: WalkPass,
  /** The query reads `walked` once (the native counts): then it need not be materialized. */
  walkedReadOnce = false,
): string {
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
  const mask = maskSql(sql, bits);
  // The breakdown value of the counted attempt's first event, or the person's persona.
  const perEvent = breakdownPerEvent(funnel);
  const eventValue =
    funnel.breakdown?.kind === 'property'
      ? propertySql(sql, funnel.breakdown.property)
      : funnel.breakdown?.kind === 'channel'
        ? 'channel'
        : 'NULL::VARCHAR';
  const personValue = funnel.breakdown?.kind === 'persona' ? 'any_value(persona)' : 'NULL::VARCHAR';
  // The native walk skips events that match nothing itself: a filter here computes every mask twice.
  const flagged = `SELECT person_id, message_id, ts, ${eventValue} AS bd${funnel.breakdown?.kind === 'persona' ? ', persona' : ''}, (${mask}) AS mask
    FROM scoped ${funnel.order === 'strict' || pass !== 'javascript' ? '' : 'WHERE mask <> 0'}`;
  const shape = { sql, funnel, perEvent, personValue, walkedReadOnce };
  return `scoped AS (${scoped}),
    flagged AS (${flagged}),
    ${pass === 'javascript' ? javascriptBestSql(shape) : nativeBestSql(shape, pass === 'native with ids')}`;
}

/**
 * One query of a funnel: the JavaScript walk, or the native walk's first pass (no message ids)
 * or its second (with them). See nativeBestSql.
 */
export type WalkPass = 'javascript' | 'native' | 'native with ids';

/** How many persons the native first pass left tied (0 for the other passes), beside `best`. */
export const tiedSql = (pass: WalkPass) =>
  pass === 'native' ? '(SELECT count(*) FROM walked WHERE w.tied)' : '0';

/**
 * How a store's funnels walk, and its workspaces whose native first pass met a tie: their
 * funnels start with message ids (one tied person reruns the whole query, and data stamped in
 * whole seconds makes one likely).
 */
export interface FunnelWalking {
  readonly walk: FunnelWalk;
  readonly tiedWorkspaces: Set<string>;
}

export const funnelWalking = (walk: FunnelWalk): FunnelWalking => ({ walk, tiedWorkspaces: new Set() });

/**
 * Runs a funnel query with the walk given: the native walk's first pass, then, only if it left a
 * person tied, the whole query again with message ids.
 */
export async function byWalkPasses<T>(
  walking: FunnelWalking,
  workspaceId: string,
  run: (pass: WalkPass) => Promise<{ readonly value: T; readonly tied: number }>,
): Promise<T> {
  if (walking.walk === 'javascript') return (await run('javascript')).value;
  if (walking.tiedWorkspaces.has(workspaceId)) return (await run('native with ids')).value;
  const first = await run('native');
  if (first.tied === 0) return first.value;
  walking.tiedWorkspaces.add(workspaceId);
  return (await run('native with ids')).value;
}

/**
 * Each event's bits, OR'ed: matchers without filters through one lookup of the event name
 * (DuckDB computes list_position once per distinct name of the dictionary-compressed column,
 * where a comparison per matcher tests every row), the others one by one.
 */
function maskSql(sql: BoundSql, bits: readonly { matchers: readonly EventMatcher[]; bit: number }[]): string {
  const byName = new Map<string, number>();
  const filtered: string[] = [];
  for (const { matchers, bit } of bits)
    for (const matcher of matchers) {
      if (matcher.filters.length === 0)
        byName.set(matcher.event, (byName.get(matcher.event) ?? 0) | (2 ** bit));
      else filtered.push(`CASE WHEN ${matcherSql(sql, matcher)} THEN ${2 ** bit} ELSE 0 END`);
    }
  const names = [...byName.keys()];
  const named =
    names.length === 0
      ? []
      : [
          `CASE list_position(${sql.array(names)}, event) ${names.map((name, index) => `WHEN ${index + 1} THEN ${byName.get(name)}`).join(' ')} ELSE 0 END`,
        ];
  return [...named, ...filtered].join(' | ') || '0';
}

interface FunnelShape {
  readonly sql: BoundSql;
  readonly funnel: ResolvedFunnel;
  /** The breakdown value is the counted attempt's first event's (`bd`), not the person's (`personValue`). */
  readonly perEvent: boolean;
  readonly personValue: string;
  readonly walkedReadOnce: boolean;
}

const stepTimes = (stepCount: number, time: (k: number) => string) =>
  range(stepCount)
    .map((k) => `${time(k)} AS t${k}`)
    .join(', ');

/**
 * The safar_funnel aggregate walks each person's events as it gathers them. The first pass reads
 * no message ids (reading them costs about as much as the walk): a person with two events at one
 * millisecond that could go either way comes out `tied`, left out of `best`, and counted by
 * tiedSql; the funnel is then run again with ids (byWalkPasses), which settle every order.
 */
function nativeBestSql(
  { sql, funnel, perEvent, personValue, walkedReadOnce }: FunnelShape,
  withIds: boolean,
): string {
  const { order, steps, windowMs, exclusions } = funnelPlan(funnel);
  const orders = { ordered: 0, strict: 1, unordered: 2 } as const;
  // The extension's form of the plan (safar_funnel.c): `<order> <steps> <windowMs>[ <from>:<to>]…`.
  const plan = sql.bind(
    [
      orders[order],
      steps,
      // Times are whole milliseconds: a gap exceeds the window exactly when it exceeds its floor.
      Math.min(Math.floor(windowMs), Number.MAX_SAFE_INTEGER),
      ...exclusions.map(({ from, to }) => `${from}:${to}`),
    ].join(' '),
  );
  const bd = perEvent ? 'bd' : 'NULL::VARCHAR';
  // The drill-down's first pass reads `walked` twice (best and tiedSql): materialized, it is walked once.
  return `
    walked AS ${withIds || walkedReadOnce ? '' : 'MATERIALIZED'} (
      SELECT person_id, ${personValue} AS person_bd,
        ${FUNNEL_AGGREGATE}(ts, mask, ${bd}, ${plan}${withIds ? ', message_id' : ''}) AS w
      FROM flagged GROUP BY person_id
    ),
    best AS (
      SELECT person_id, ${perEvent ? 'w.bd' : 'person_bd'} AS bd, len(w.times) AS level,
        ${stepTimes(funnel.steps.length, (k) => `w.times[${k + 1}]`)}
      FROM walked WHERE w IS NOT NULL AND NOT w.tied
    )`;
}

/** What either walk needs of the funnel. */
const funnelPlan = (funnel: ResolvedFunnel): FunnelPlan => ({
  order: funnel.order,
  steps: funnel.steps.length,
  windowMs: funnel.windowMs,
  exclusions: funnel.exclusions.map(({ from, to }) => ({ from, to })),
});

/** Each person's events gathered into lists, walked by the safar_funnel_walk scalar function. */
function javascriptBestSql({ sql, funnel, perEvent, personValue }: FunnelShape): string {
  const plan = funnelPlan(funnel);
  return `
    journeys AS (
      SELECT person_id, list(ts::DOUBLE) AS times, list(mask) AS masks, list(message_id) AS ids,
        ${perEvent ? 'list(bd)' : personValue} AS bd
      FROM flagged GROUP BY person_id
    ),
    walked AS (
      SELECT person_id, bd, ${FUNNEL_WALK_FUNCTION}(times, masks, ids, ${sql.bind(JSON.stringify(plan))}) AS w
      FROM journeys
    ),
    best AS (
      SELECT person_id, ${perEvent ? 'bd[w[1]::BIGINT + 1]' : 'bd'} AS bd, len(w) - 1 AS level,
        ${stepTimes(funnel.steps.length, (k) => `w[${k + 2}]::BIGINT`)}
      FROM walked WHERE w IS NOT NULL
    )`;
}

/** The funnel's counts, rates and times, per step and breakdown value, aggregated inside DuckDB. */
export async function duckdbFunnel(
  connection: DuckDBConnection,
  scope: EngineScope,
  funnel: ResolvedFunnel,
  walking: FunnelWalking,
): Promise<FunnelResult> {
  if (walking.walk === 'javascript') ensureFunnelWalk(connection);
  const rows = await byWalkPasses(walking, scope.workspaceId, async (pass) => {
    const query = funnelQuery(scope, funnel, pass);
    const found = (await connection.runAndReadAll(query.sql, query.values)).getRowObjectsJson();
    // Every row carries the tied count of its group, the overall row that of all persons.
    return { value: found, tied: Math.max(0, ...found.map((row) => Number(row['tied'] ?? 0))) };
  });
  return funnelResult(funnel, rows);
}

/** The counts, sums, medians and histograms per step, overall (`overall` 1) and per breakdown value. */
function funnelQuery(scope: EngineScope, funnel: ResolvedFunnel, pass: WalkPass) {
  const sql = new BoundSql();
  if (pass !== 'javascript') {
    const query = `WITH ${funnelBestSql(sql, scope, funnel, pass, true)}, ${countsByStepsAggregateSql(sql, funnel)}`;
    return { sql: query, values: sql.values };
  }
  // The tied count (0) comes on every row, and on a row of its own (k NULL) when no one reached step 1.
  const query = `
    WITH ${funnelBestSql(sql, scope, funnel, pass)}
    SELECT counts.*, passed.tied FROM (SELECT ${tiedSql(pass)} AS tied) passed LEFT JOIN (${countsByUnionSql(funnel)}) counts ON true`;
  return { sql: query, values: sql.values };
}

const countColumns = [
  'persons',
  'duration_sum',
  'duration_median',
  ...TIME_TO_CONVERT_BUCKETS_MS.map((_, index) => `h${index}`),
];

/**
 * The native walk's counts: safar_funnel_steps reads each counted attempt once and returns, per
 * step, countColumns in order (a union of the steps grouped with quantile_disc costs about 0.05 s
 * more at 10M events), unnested here into one row per step as countsByUnionSql gives them. The
 * first pass's tied persons are counted beside, on each row and on a row of their own (k NULL),
 * from `walked` read once.
 */
function countsByStepsAggregateSql(sql: BoundSql, funnel: ResolvedFunnel): string {
  const bounds = TIME_TO_CONVERT_BUCKETS_MS.filter((bound) => Number.isFinite(bound));
  const plan = sql.bind([funnel.steps.length, ...bounds].join(' '));
  const perEvent = breakdownPerEvent(funnel);
  const columns = countColumns.map(
    (name, index) => `steps[k * ${countColumns.length} + ${index + 1}] AS ${name}`,
  );
  return `
    counted AS (
      SELECT ${funnel.breakdown ? 'grouping(bd)' : '1'} AS overall, bd,
        ${FUNNEL_STEPS_AGGREGATE}(times, ${plan}) FILTER (WHERE NOT tied) AS steps, count(*) FILTER (WHERE tied) AS tied
      FROM (SELECT ${perEvent ? 'w.bd' : 'person_bd'} AS bd, w.times AS times, w.tied AS tied FROM walked WHERE w IS NOT NULL)
      ${funnel.breakdown ? 'GROUP BY GROUPING SETS ((), (bd))' : 'GROUP BY bd'}
    )
    SELECT overall, bd, k, ${columns.join(', ')}, tied FROM counted, range(${funnel.steps.length}) AS steps_k(k)
    WHERE steps IS NOT NULL
    UNION ALL
    SELECT overall, NULL, NULL, ${countColumns.map(() => 'NULL').join(', ')}, tied FROM counted WHERE overall = 1`;
}

/** The JavaScript walk's counts: one row per step each person reached, grouped. */
function countsByUnionSql(funnel: ResolvedFunnel): string {
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
  return `
    WITH reached AS (${reached.join(' UNION ALL ')})
    SELECT ${funnel.breakdown ? 'grouping(bd)' : '1'} AS overall, bd, k, count(*) AS persons, coalesce(sum(d), 0) AS duration_sum,
      -- The lower middle value, as the reference takes it: quantile_disc picks index floor((n - 1) / 2).
      quantile_disc(d, 0.5) AS duration_median,
      ${buckets.join(', ')}
    FROM reached
    -- Without a breakdown every bd is NULL: the second grouping would repeat the first.
    GROUP BY ${funnel.breakdown ? 'GROUPING SETS ((k), (bd, k))' : 'k, bd'}`;
}

function funnelResult(funnel: ResolvedFunnel, rows: readonly Record<string, unknown>[]): FunnelResult {
  const steps = range(funnel.steps.length);
  const labels = funnel.steps.map((step) => step.label);
  const aggregates = new Map<string | null, StepAggregate[]>();
  const overall: StepAggregate[] = [];
  for (const row of rows) {
    if (row['k'] === null) continue;
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
