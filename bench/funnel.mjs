#!/usr/bin/env node
// Issue 5's figures: a 5-step ordered funnel with a 14-day window over demo events on
// (a) Safar's DuckDB engine, (b) ClickHouse's native windowFunnel on the same rows in the
// ClickHouse server, (c) a relational self-join funnel on PostgreSQL; times and ratios, plus
// Safar's ClickHouse engine, the DuckDB engine's JavaScript walk (its fallback without a C
// compiler), and the other query kinds' times on DuckDB (paths and retention, which the issue
// asks for, then conformance, friction and attribution).
// Goals: (a) no slower than (b), at least 20x faster than (c), under 0.5 s at 10M events.
// Run after `npm run build`, with scripts/start-clickhouse.sh and scripts/start-postgres.sh
// started:  node bench/funnel.mjs [events=1000000]   (10M: about 1M persons; the data files are
// generated once into the temp directory and reused)
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createClient } from '@clickhouse/client';
import { ATTRIBUTION_MODELS, NON_ACTION_EVENTS } from '@safar/core';
import pg from 'pg';
import {
  availableFunnelWalk,
  openClickHouseEventStore,
  openDuckDbEventStore,
  PERSON_OVERRIDES_LIMIT,
} from '@safar/warehouse';
import { demoDataset, START, WORKSPACE } from './support/demo-dataset.mjs';
import { addWaitingOverrides, loadClickHouse, loadDuckDb, loadPostgres } from './support/load-engines.mjs';

const EVENTS = Number(process.argv[2] ?? 1_000_000);
const CLICKHOUSE_URL = process.env.TEST_CLICKHOUSE_URL ?? 'http://127.0.0.1:8123';
const DATABASE_URL = process.env.TEST_DATABASE_URL ?? 'postgres://safar:safar@127.0.0.1:5432/safar_test';
const WINDOW_MS = 14 * 86_400_000;
const fmt = (n) => Math.round(n).toLocaleString('en');
const seconds = (ms) => `${(ms / 1000).toFixed(3)} s`;

// The five steps, as Safar matchers and as each engine's own condition.
const STEPS = [
  { label: 'Visited a page', matcher: { event: 'page', filters: [] } },
  { label: 'Viewed a product', matcher: { event: 'Product Viewed', filters: [] } },
  { label: 'Added to cart', matcher: { event: 'Product Added', filters: [] } },
  {
    label: 'Checkout',
    matcher: { event: 'page', filters: [{ property: 'path', operator: 'starts_with', value: '/checkout' }] },
  },
  { label: 'Ordered', matcher: { event: 'Order Completed', filters: [] } },
];
const CH_CONDITIONS = [
  "event = 'page'",
  "event = 'Product Viewed'",
  "event = 'Product Added'",
  "event = 'page' AND startsWith(visitParamExtractString(properties, 'path'), '/checkout')",
  "event = 'Order Completed'",
];
const PG_CONDITIONS = [
  "event = 'page'",
  "event = 'Product Viewed'",
  "event = 'Product Added'",
  "event = 'page' AND properties->>'path' LIKE '/checkout%'",
  "event = 'Order Completed'",
];

async function time(run, repeats = 3) {
  let best = Infinity;
  let result;
  for (let i = 0; i < repeats; i += 1) {
    const started = performance.now();
    result = await run();
    best = Math.min(best, performance.now() - started);
  }
  return { ms: best, result };
}

console.log(`funnel benchmark: ${fmt(EVENTS)} demo events, 5-step ordered funnel, 14-day window (best of 3)`);
let started = performance.now();
const dataset = await demoDataset(EVENTS);
console.log(`data files ready in ${seconds(performance.now() - started)} (${dataset.dir})`);
const dir = mkdtempSync(join(tmpdir(), 'safar-bench-funnel-'));
const scope = {
  workspaceId: WORKSPACE,
  from: START - 1,
  to: START + 400 * 86_400_000,
  channels: [],
  eventFilters: [],
};
const funnel = {
  steps: STEPS.map((step) => ({ label: step.label, matchers: [step.matcher] })),
  order: 'ordered',
  windowMs: WINDOW_MS,
  exclusions: [],
};
const perStep = (result) => result.steps.map((step) => fmt(step.persons)).join(' / ');

// (a) DuckDB, through Safar's store and engine.
started = performance.now();
await loadDuckDb(dataset, join(dir, 'events.duckdb'));
// The JavaScript walk first (the fallback without a C compiler), as the native walk's baseline.
let store = await openDuckDbEventStore(join(dir, 'events.duckdb'), { funnelWalk: 'javascript' });
const { persons } = await store.counts(WORKSPACE);
console.log(`loaded DuckDB in ${seconds(performance.now() - started)} (${fmt(persons)} persons)`);
const javascriptWalk = await time(() => store.journeys.funnel(scope, funnel));
await store.close();
// Native when built: then it must load (the store would otherwise fall back to JavaScript).
const walk = availableFunnelWalk();
store = await openDuckDbEventStore(join(dir, 'events.duckdb'), { funnelWalk: walk });
const duck = await time(() => store.journeys.funnel(scope, funnel));
console.log(
  `(a) Safar DuckDB engine:       ${seconds(duck.ms)}  persons per step ${perStep(duck.result)}  (${walk} walk)`,
);
console.log(
  `    JavaScript walk:           ${seconds(javascriptWalk.ms)}  persons per step ${perStep(javascriptWalk.result)}  (${(javascriptWalk.ms / duck.ms).toFixed(2)}x the ${walk} walk's time)`,
);
const paths = await time(() =>
  store.journeys.paths(scope, {
    anchor: { label: 'Viewed a product', matchers: [STEPS[1].matcher] },
    direction: 'from',
    depth: 5,
    sessionGapMs: 30 * 60_000,
    cleaning: [{ pattern: '/p/[^/]+', replacement: '/p/:product' }],
    // What the API leaves out when a query names nothing: identify, alias and group calls.
    excludeEvents: [...NON_ACTION_EVENTS],
    maxEdges: 100,
  }),
);
console.log(`    DuckDB paths (from product view, depth 5, 30-min sessions): ${seconds(paths.ms)}`);
const retention = await time(() =>
  store.journeys.retention(scope, {
    startStep: { label: 'Visited', matchers: [STEPS[0].matcher] },
    returnStep: { label: 'Ordered', matchers: [STEPS[4].matcher] },
    period: 'week',
    periods: 8,
  }),
);
console.log(`    DuckDB retention (weekly, 8 periods): ${seconds(retention.ms)}`);
// The other query kinds, with the funnel's steps as the designed journey (no figure is a goal).
const designed = funnel.steps;
const conformance = await time(() =>
  store.journeys.conformance(scope, { designed, sessionGapMs: 30 * 60_000 }),
);
console.log(
  `    DuckDB conformance (the steps as designed, 30-min journeys): ${seconds(conformance.ms)}  ${fmt(conformance.result.journeys)} journeys, ${fmt(conformance.result.fitting)} fitting`,
);
const friction = await time(() =>
  store.journeys.friction(scope, {
    steps: designed,
    conversion: designed[4],
    errors: [{ label: 'Payment failed', matchers: [{ event: 'Payment Failed', filters: [] }] }],
    stallAfterMs: 86_400_000,
    rankBy: 'persons',
  }),
);
console.log(
  `    DuckDB friction (payment failures, loops, 1-day stalls): ${seconds(friction.ms)}  ${fmt(friction.result.persons)} persons`,
);
const attribution = await time(() =>
  store.journeys.attribution(scope, {
    conversion: designed[4],
    by: { kind: 'channel' },
    lookbackMs: 30 * 86_400_000,
    halfLifeMs: 7 * 86_400_000,
    models: [...ATTRIBUTION_MODELS],
  }),
);
console.log(
  `    DuckDB attribution (orders by channel, 30-day lookback, every model): ${seconds(attribution.ms)}  ${fmt(attribution.result.conversions)} conversions`,
);
// Ids merged after their events were stored wait in person_overrides, which the funnel then
// joins, until the store squashes them into the events (past PERSON_OVERRIDES_LIMIT ids, and on
// close). The most that can wait, each with the person it already has: the same counts.
await store.close();
await addWaitingOverrides(join(dir, 'events.duckdb'), PERSON_OVERRIDES_LIMIT);
store = await openDuckDbEventStore(join(dir, 'events.duckdb'), { funnelWalk: walk });
const waiting = await time(() => store.journeys.funnel(scope, funnel));
console.log(
  `    with ${fmt(PERSON_OVERRIDES_LIMIT)} merged ids waiting to be squashed: ${seconds(waiting.ms)}  persons per step ${perStep(waiting.result)}`,
);
started = performance.now();
await store.close();
console.log(`    closing the store, which squashes them: ${seconds(performance.now() - started)}`);
store = await openDuckDbEventStore(join(dir, 'events.duckdb'), { funnelWalk: walk });

// (b) ClickHouse: the same rows; native windowFunnel, then Safar's ClickHouse engine.
const database = `safar_bench_${Date.now().toString(36)}`;
const ch = createClient({
  url: CLICKHOUSE_URL,
  request_timeout: 3_600_000,
  clickhouse_settings: { send_progress_in_http_headers: 1, http_headers_progress_interval_ms: '10000' },
});
started = performance.now();
await loadClickHouse(dataset, ch, CLICKHOUSE_URL, database);
console.log(`loaded ClickHouse in ${seconds(performance.now() - started)}`);
const windowFunnelSql = `SELECT level, count() AS persons FROM (
    SELECT distinct_id, windowFunnel(${WINDOW_MS / 1000})(toDateTime(intDiv(timestamp_ms, 1000)), ${CH_CONDITIONS.join(', ')}) AS level
    FROM ${database}.events WHERE workspace_id = '${WORKSPACE}' GROUP BY distinct_id
  ) GROUP BY level ORDER BY level`;
const native = await time(async () =>
  (await ch.query({ query: windowFunnelSql, format: 'JSONEachRow' })).json(),
);
console.log(`(b) ClickHouse windowFunnel:   ${seconds(native.ms)}  (by distinct id, second resolution)`);
const chStore = await openClickHouseEventStore({
  url: CLICKHOUSE_URL,
  database,
  requestTimeoutMs: 3_600_000,
});
const chEngine = await time(() => chStore.journeys.funnel(scope, funnel));
console.log(
  `    Safar ClickHouse engine:   ${seconds(chEngine.ms)}  persons per step ${perStep(chEngine.result)}`,
);

// (c) PostgreSQL: a relational self-join funnel over the same rows, persons stitched.
const client = new pg.Client({ connectionString: DATABASE_URL });
await client.connect();
const table = `bench_events_${Date.now().toString(36)}`;
started = performance.now();
await loadPostgres(dataset, client, DATABASE_URL, table);
console.log(`loaded PostgreSQL in ${seconds(performance.now() - started)}`);
const pgSteps = PG_CONDITIONS.map((condition, k) =>
  k === 0
    ? `s0 AS (SELECT person_id, ts AS t0 FROM ${table} WHERE ${condition})`
    : `s${k} AS (SELECT s.person_id, s.t0, ${Array.from({ length: k }, (_, j) => `s.t${j}`)
        .slice(1)
        .map((c) => `${c}, `)
        .join('')}min(x.ts) AS t${k}
        FROM s${k - 1} s LEFT JOIN ${table} x ON x.person_id = s.person_id AND ${condition.replaceAll('event', 'x.event').replaceAll('properties', 'x.properties')}
          AND x.ts > s.t${k - 1} AND x.ts <= s.t0 + ${WINDOW_MS}
        GROUP BY s.person_id, s.t0${Array.from({ length: k }, (_, j) => `, s.t${j}`)
          .slice(1)
          .join('')})`,
);
const pgSql = `WITH ${pgSteps.join(',\n')}
  SELECT ${PG_CONDITIONS.map((_, k) => `count(DISTINCT person_id) FILTER (WHERE t${k} IS NOT NULL) AS step${k}`).join(', ')} FROM s${PG_CONDITIONS.length - 1}`;
const postgres = await time(async () => (await client.query(pgSql)).rows[0], 1);
console.log(
  `(c) PostgreSQL self-join:      ${seconds(postgres.ms)}  persons per step ${Object.values(postgres.result)
    .map((v) => fmt(Number(v)))
    .join(' / ')}`,
);

console.log(`ratio (a)/(b): ${(duck.ms / native.ms).toFixed(2)}x  (goal <= 1)`);
console.log(`ratio (c)/(a): ${(postgres.ms / duck.ms).toFixed(1)}x  (goal >= 20)`);
console.log(`(a) at ${fmt(EVENTS)} events: ${seconds(duck.ms)}  (goal at 10M: < 0.5 s)`);

await client.query(`DROP TABLE ${table}`);
await client.end();
await ch.command({ query: `DROP DATABASE IF EXISTS ${database}` });
await ch.close();
await chStore.close();
await store.close();
rmSync(dir, { recursive: true, force: true });
