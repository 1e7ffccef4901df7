import { DuckDBInstance } from '@duckdb/node-api';
import { funnelBestSql } from '../packages/warehouse/dist/query/duckdb/duckdb-funnel.js';
import { BoundSql } from '../packages/warehouse/dist/query/duckdb/duckdb-sql.js';
import { START, WORKSPACE } from './support/demo-dataset.mjs';
const n = process.argv[2];
const inst = await DuckDBInstance.create(`/tmp/fb${n}/events.duckdb`);
const c = await inst.connect();
const STEPS = [
  { event: 'page', filters: [] }, { event: 'Product Viewed', filters: [] }, { event: 'Product Added', filters: [] },
  { event: 'page', filters: [{ property: 'path', operator: 'starts_with', value: '/checkout' }] },
  { event: 'Order Completed', filters: [] }];
const scope = { workspaceId: WORKSPACE, from: START - 1, to: START + 400 * 86_400_000, channels: [], eventFilters: [] };
const funnel = { steps: STEPS.map((m, i) => ({ label: 's' + i, matchers: [m] })), order: process.argv[3] ?? 'ordered', windowMs: 14 * 86400000, exclusions: [] };
const sql = new BoundSql();
const q = `WITH ${funnelBestSql(sql, scope, funnel)} SELECT level, count(*), sum(t4-t3) FROM best GROUP BY level ORDER BY level`;
const old = q.replace(/THEN row_key END IGNORE NULLS/g, 'THEN message_id END IGNORE NULLS').replace(/lead\(row_key\)/g, 'lead(message_id)')
  .replace(/\.row_key = /g, '.message_id = ');
if (old === q) throw new Error('same');
const runs = Number(process.argv[4] ?? 5);
const times = { new: [], old: [] };
for (let i = 0; i < runs; i++) for (const [label, query] of [['new', q], ['old', old]]) { const t = performance.now(); const r = await c.runAndReadAll(query, sql.values); times[label].push(performance.now() - t); if (i === 0) console.log(label, JSON.stringify(r.getRowsJson())); }
const med = (a) => a.sort((x, y) => x - y)[Math.floor(a.length / 2)].toFixed(0);
console.log(n, 'median new', med(times.new), 'old', med(times.old), JSON.stringify(times));
