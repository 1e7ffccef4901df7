import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describeEventStore } from '../test-support/event-store-suite.js';
import { openDuckDbEventStore } from './duckdb-store-driver.js';

const dir = mkdtempSync(join(tmpdir(), 'safar-duckdb-'));

describeEventStore('DuckDB', {
  open: () => openDuckDbEventStore(join(dir, 'events.duckdb')),
  async dispose() {
    rmSync(dir, { recursive: true, force: true });
  },
});
