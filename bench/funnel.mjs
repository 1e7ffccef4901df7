#!/usr/bin/env node
// Issue 5's figure: a 5-step ordered funnel with a 14-day window over the demo events, on
// (a) Safar's DuckDB engine, (b) ClickHouse's native windowFunnel on the same data in the
// ClickHouse server, (c) a relational self-join funnel on PostgreSQL; times and ratios.
// Goals: (a) no slower than (b), at least 20x faster than (c), under 0.5 s at 10M events.
// Run after `npm run build`, with the servers scripts/start-clickhouse.sh and
// scripts/start-postgres.sh start:  node bench/funnel.mjs [events=1000000]
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createClient } from '@clickhouse/client';
import { DuckDBInstance } from '@duckdb/node-api';
import pg from 'pg';
import { generateDemoEvents } from '@safar/analytics';
import { openDuckDbEventStore } from '@safar/warehouse';

const EVENTS = Number(process.argv[2] ?? 1_000_000);
const CLICKHOUSE_URL = process.env.TEST_CLICKHOUSE_URL ?? 'http://127.0.0.1:8123';
const DATABASE_URL = process.env.TEST_DATABASE_URL ?? 'postgres://safar:safar@127.0.0.1:5432/safar_test';
const WINDOW_MS = 14 * 86_400_000;
const START = Date.UTC(2026, 7, 1);
const fmt = (n) => Math.round(n).toLocaleString('en');
const seconds = (ms) => `${(ms / 1000).toFixed(3)} s`;

// The five steps, as Safar matchers and as each engine's condition.
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
const dir = mkdtempSync(join(tmpdir(), 'safar-bench-funnel-'));
const chunks = [...generateDemoEvents({ seed: 7, events: EVENTS, start: START })];

// (a) DuckDB, through Safar's store and engine.
let loadStarted = performance.now();
const store = await openDuckDbEventStore(join(dir, 'events.duckdb'));
const instanceForLoad = await DuckDBInstance.create(join(dir, 'raw-load.duckdb'));
instanceForLoad.closeSync();
for (const chunk of chunks) await store.append('bench', chunk);
const persons = (await store.counts('bench')).persons;
console.log(`loaded DuckDB in ${seconds(performance.now() - loadStarted)} (${fmt(persons)} persons)`);
const scope = {
  workspaceId: 'bench',
  from: START - 1,
  to: START + 200 * 86_400_000,
  channels: [],
  eventFilters: [],
};
const funnel = {
  steps: STEPS.map((step) => ({ label: step.label, matchers: [step.matcher] })),
  order: 'ordered',
  windowMs: WINDOW_MS,
  exclusions: [],
};
const duck = await time(() => store.journeys.funnel(scope, funnel));
console.log(
  `(a) Safar DuckDB engine:       ${seconds(duck.ms)}  persons per step ${duck.result.steps.map((s) => fmt(s.persons)).join(' / ')}`,
);

// (b) ClickHouse: the same rows, native windowFunnel (and Safar's ClickHouse engine for reference).
const database = `safar_bench_${Date.now().toString(36)}`;
const { openClickHouseEventStore } = await import('@safar/warehouse');
const chStore = await openClickHouseEventStore({ url: CLICKHOUSE_URL, database });
loadStarted = performance.now();
for (const chunk of chunks) await chStore.append('bench', chunk);
console.log(`loaded ClickHouse in ${seconds(performance.now() - loadStarted)}`);
const ch = createClient({ url: CLICKHOUSE_URL });
const windowFunnelSql = `SELECT level, count() AS persons FROM (
    SELECT distinct_id, windowFunnel(${WINDOW_MS / 1000})(toDateTime(intDiv(timestamp_ms, 1000)), ${CH_CONDITIONS.join(', ')}) AS level
    FROM ${database}.events WHERE workspace_id = 'bench' GROUP BY distinct_id
  ) GROUP BY level ORDER BY level`;
const native = await time(async () =>
  (await ch.query({ query: windowFunnelSql, format: 'JSONEachRow' })).json(),
);
console.log(`(b) ClickHouse windowFunnel:   ${seconds(native.ms)}  (by distinct id, second resolution)`);
const chEngine = await time(() => chStore.journeys.funnel(scope, funnel));
console.log(
  `    Safar ClickHouse engine:   ${seconds(chEngine.ms)}  persons per step ${chEngine.result.steps.map((s) => fmt(s.persons)).join(' / ')}`,
);

// (c) PostgreSQL: a relational self-join funnel over the same rows.
const client = new pg.Client({ connectionString: DATABASE_URL });
await client.connect();
const table = `bench_events_${Date.now().toString(36)}`;
await client.query(`CREATE TABLE ${table} (person_id text, ts bigint, event text, properties jsonb)`);
loadStarted = performance.now();
for (const chunk of chunks) {
  const rows = chunk.map((e) => [
    e.userId ? `u:${e.userId}` : `a:${e.anonymousId}`,
    e.timestamp,
    e.event,
    JSON.stringify(e.properties),
  ]);
  await client.query(
    `INSERT INTO ${table} SELECT * FROM unnest($1::text[], $2::bigint[], $3::text[], $4::jsonb[])`,
    [rows.map((r) => r[0]), rows.map((r) => r[1]), rows.map((r) => r[2]), rows.map((r) => r[3])],
  );
}
await client.query(`CREATE INDEX ON ${table} (person_id, event, ts)`);
await client.query(`ANALYZE ${table}`);
console.log(`loaded PostgreSQL in ${seconds(performance.now() - loadStarted)}`);
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
