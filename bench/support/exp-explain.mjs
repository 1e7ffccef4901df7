import { DuckDBInstance } from '@duckdb/node-api';
import { duckdbFunnel } from '../../packages/warehouse/dist/query/duckdb/duckdb-funnel.js';
const path = process.argv[2];
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
const START = Date.UTC(2026, 7, 1);
const scope = {
  workspaceId: 'bench',
  from: START - 1,
  to: START + 200 * 86400000,
  channels: [],
  eventFilters: [],
};
let captured;
await duckdbFunnel(
  {
    runAndReadAll: async (q, v) => {
      captured = { q, v };
      return { getRowObjectsJson: () => [] };
    },
  },
  scope,
  funnel,
);
const instance = await DuckDBInstance.create(path);
const c = await instance.connect();
if (process.argv[3] === 'sql') {
  console.log(captured.q, captured.v);
  process.exit(0);
}
const r = await c.runAndReadAll('EXPLAIN ANALYZE ' + captured.q, captured.v);
console.log(
  r
    .getRows()
    .map((row) => row[1])
    .join('\n'),
);
