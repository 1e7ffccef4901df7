#!/usr/bin/env node
// Issue 6's figure: opening the demo purchase map with its metrics (touchpoint volumes, stage
// funnel, touchpoints per journey, friction, KPIs, the actual flow) over N demo events on the
// embedded engines, against opening the map without metrics (the baseline, same run).
// Goal: a map opens with metrics in under 1 s for 10M events.
// Run after `npm run build`:  node bench/map-open.mjs [events=1000000]
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEMO_WORKSPACE_ID, openServices, seedDemoWorkspace } from '@safar/server';
import { demoDataset } from './support/demo-dataset.mjs';
import { loadDuckDb } from './support/load-engines.mjs';

const EVENTS = Number(process.argv[2] ?? 1_000_000);
const MAP_ID = 'demo-ecommerce-purchase';
const fmt = (n) => Math.round(n).toLocaleString('en');
const seconds = (ms) => `${(ms / 1000).toFixed(3)} s`;

async function time(run, repeats = EVENTS >= 5_000_000 ? 1 : 3) {
  const times = [];
  let result;
  for (let i = 0; i < repeats; i += 1) {
    const started = performance.now();
    result = await run();
    times.push(performance.now() - started);
  }
  return { first: times[0], best: Math.min(...times), result };
}

console.log(`map-open benchmark: the demo purchase map over ${fmt(EVENTS)} demo events (DuckDB + PGlite)`);
const dataset = await demoDataset(EVENTS);
const dataDir = mkdtempSync(join(tmpdir(), 'safar-bench-map-open-'));
mkdirSync(join(dataDir, 'events'));
let started = performance.now();
await loadDuckDb(dataset, join(dataDir, 'events', 'events.duckdb'), DEMO_WORKSPACE_ID);
const services = await openServices({ dataDir, databaseUrl: undefined });
await seedDemoWorkspace(services, { locale: 'en' });
console.log(`loaded in ${seconds(performance.now() - started)}`);

// The demo events span August to October 2026: one range covers them all.
const query = {
  dateRange: { from: '2026-07-01T00:00:00Z', to: '2027-01-01T00:00:00Z' },
  eventFilters: [],
  personFilters: [],
  personaIds: [],
  channels: [],
};
const plain = await time(() => services.maps.get(DEMO_WORKSPACE_ID, MAP_ID));
const withMetrics = await time(() => services.mapMetrics.metrics(DEMO_WORKSPACE_ID, MAP_ID, query));
const stages = withMetrics.result.stageFunnel.stages;
console.log(`baseline, the map without metrics: ${seconds(plain.best)}`);
console.log(
  `the map's metrics: first ${seconds(withMetrics.first)}, best ${seconds(withMetrics.best)}` +
    (Array.isArray(stages)
      ? `  (persons per stage ${stages.map((s) => fmt(s.persons ?? 0)).join(' / ')})`
      : ''),
);
console.log(`ratio to the baseline: ${(withMetrics.best / plain.best).toFixed(0)}x`);
console.log(`at ${fmt(EVENTS)} events: ${seconds(withMetrics.best)}  (goal at 10M: < 1 s)`);
await services.close();
rmSync(dataDir, { recursive: true, force: true });
