import { DuckDBInstance } from '@duckdb/node-api';
import { readFileSync } from 'node:fs';
const instance = await DuckDBInstance.create(process.argv[2]);
const c = await instance.connect();
const q = readFileSync(process.argv[3], 'utf8');
for (let i = 0; i < 2; i++) {
  const t = performance.now();
  const r = await c.runAndReadAll(q);
  console.log((performance.now() - t).toFixed(0), 'ms', JSON.stringify(r.getRowObjectsJson().slice(0, 6)));
}
