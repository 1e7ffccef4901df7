#!/usr/bin/env node
// Issue 6's figure: opening the demo purchase map with its metrics (touchpoint volumes, stage
// funnel, touchpoints per journey, friction, KPIs, the actual flow) over N demo events on the
// embedded engines, through the HTTP API, against opening the map without metrics (the
// baseline, same run). Metrics are cached per map and scope and recomputed in the background
// when events arrive, so the figures are: the first open of a scope (computed), a later open
// (cached), an open right after new events (the stale answer at once, with the time to fresh),
// and an open after a restart (stored).
// Goal: a map opens with metrics in under 1 s for 10M events.
// Run after `npm run build`:  node bench/map-open.mjs [events=1000000]
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildApp, DEMO_WORKSPACE_ID, openServices, seedDemoWorkspace } from '@safar/server';
import { demoDataset } from './support/demo-dataset.mjs';
import { loadDuckDb } from './support/load-engines.mjs';

const EVENTS = Number(process.argv[2] ?? 1_000_000);
const MAP_ID = 'demo-ecommerce-purchase';
const NEW_EVENTS = 1_000;
const fmt = (n) => Math.round(n).toLocaleString('en');
const seconds = (ms) => `${(ms / 1000).toFixed(3)} s`;
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

console.log(
  `map-open benchmark: the demo purchase map over ${fmt(EVENTS)} demo events (DuckDB + PGlite, HTTP)`,
);
const dataset = await demoDataset(EVENTS);
const dataDir = mkdtempSync(join(tmpdir(), 'safar-bench-map-open-'));
mkdirSync(join(dataDir, 'events'));
const storage = { dataDir, databaseUrl: undefined, clickhouseUrl: undefined, clickhouseDatabase: 'safar' };
let started = performance.now();
await loadDuckDb(dataset, join(dataDir, 'events', 'events.duckdb'), DEMO_WORKSPACE_ID);
let services = await openServices(storage);
await seedDemoWorkspace(services, { locale: 'en' });
let app = await buildApp(services);
console.log(`loaded in ${seconds(performance.now() - started)}`);

// The demo events span August to October 2026: one range covers them all.
const scope = { dateRange: { from: '2026-07-01T00:00:00Z', to: '2027-01-01T00:00:00Z' } };
const url = `/api/workspaces/${DEMO_WORKSPACE_ID}/maps/${MAP_ID}`;

async function timed(run) {
  const begin = performance.now();
  const response = await run();
  if (response.statusCode !== 200) throw new Error(`${response.statusCode} ${response.body}`);
  return { ms: performance.now() - begin, body: response.json() };
}
const openMap = () => timed(() => app.inject({ method: 'GET', url }));
const openMetrics = () => timed(() => app.inject({ method: 'POST', url: `${url}/metrics`, payload: scope }));
async function opens(times) {
  const runs = [];
  for (let i = 0; i < times; i += 1) runs.push(await openMetrics());
  return runs;
}

const plainOpens = [];
for (let i = 0; i < 6; i += 1) plainOpens.push((await openMap()).ms);
const baseline = median(plainOpens.slice(1));
const cold = await openMetrics();
const stages = cold.body.stageFunnel.stages.map((stage) => fmt(stage.persons)).join(' / ');
const warm = await opens(5);

// New customers arrive: copies of the first events under new ids.
const copies = (await services.events.events(DEMO_WORKSPACE_ID, { limit: NEW_EVENTS })).items.map(
  ({ personId: _personId, ...event }) => ({
    ...event,
    messageId: `${event.messageId}-bench`,
    anonymousId: event.anonymousId && `${event.anonymousId}-bench`,
    userId: event.userId && `${event.userId}-bench`,
  }),
);
await services.events.append(DEMO_WORKSPACE_ID, copies);
const arrived = performance.now();
const stale = await openMetrics();
// The refresh starts once the burst of events is over (2 s); open again while it runs.
await new Promise((resolve) => setTimeout(resolve, 3_000));
const during = await openMetrics();
await services.mapMetricsCache.idle();
const refreshed = performance.now() - arrived;
const fresh = await openMetrics();

await app.close();
await services.close();
services = await openServices(storage);
app = await buildApp(services);
const restarted = await opens(3);
await services.mapMetricsCache.idle();
await app.close();
await services.close();
rmSync(dataDir, { recursive: true, force: true });

const warmMs = median(warm.map((run) => run.ms));
const fmtOpen = (label, run) =>
  console.log(
    `${label.padEnd(46)} ${seconds(run.ms)}  (as of ${run.body.freshness.asOf}, stale: ${run.body.freshness.stale})`,
  );
console.log(`baseline, the map without metrics:             ${seconds(baseline)}`);
fmtOpen('first open of the scope (computed):', cold);
console.log(`  persons per stage ${stages}`);
fmtOpen('later open (cached), median of 5:', { ...warm[2], ms: warmMs });
fmtOpen(`open right after ${fmt(copies.length)} new events:`, stale);
fmtOpen('open while the refresh runs:', during);
console.log(`  fresh again in the background after           ${seconds(refreshed)}`);
fmtOpen('open after the refresh:', fresh);
fmtOpen('open after a restart (stored), median of 3:', {
  ...restarted[1],
  ms: median(restarted.map((run) => run.ms)),
});
console.log(`ratio of a cached open to the baseline: ${(warmMs / baseline).toFixed(1)}x`);
console.log(
  `at ${fmt(EVENTS)} events a map opens with metrics in ${seconds(Math.max(warmMs, stale.ms, during.ms, fresh.ms))}` +
    ` (cached; the first open of a scope takes ${seconds(cold.ms)})  (goal at 10M: < 1 s)`,
);
