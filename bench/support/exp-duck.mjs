import { existsSync } from 'node:fs';
import { demoDataset, START, WORKSPACE } from './demo-dataset.mjs';
import { loadDuckDb } from './load-engines.mjs';
import { openDuckDbEventStore } from '@safar/warehouse';
const n = Number(process.argv[2] ?? 1_000_000);
const path = `/tmp/exp-${n}.duckdb`;
const dataset = await demoDataset(n);
if (!existsSync(path)) {
  const t = performance.now();
  await loadDuckDb(dataset, path);
  console.log('load', performance.now() - t);
}
const store = await openDuckDbEventStore(path);
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
const funnel = {
  steps: STEPS.map((s) => ({ label: s.label, matchers: [s.matcher] })),
  order: 'ordered',
  windowMs: 14 * 86400000,
  exclusions: [],
};
const scope = {
  workspaceId: WORKSPACE,
  from: START - 1,
  to: START + 200 * 86400000,
  channels: [],
  eventFilters: [],
};
for (let i = 0; i < 3; i++) {
  const t = performance.now();
  const r = await store.journeys.funnel(scope, funnel);
  console.log((performance.now() - t).toFixed(0), 'ms', r.steps.map((s) => s.persons).join('/'));
}
await store.close();
