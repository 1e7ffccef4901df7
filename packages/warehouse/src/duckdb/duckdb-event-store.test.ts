import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { anEvent } from '../test-support/event-builders.js';
import { describeEventStore } from '../test-support/event-store-suite.js';
import { openDuckDbEventStore } from './duckdb-store-driver.js';

const dir = mkdtempSync(join(tmpdir(), 'safar-duckdb-'));

describeEventStore('DuckDB', {
  open: () => openDuckDbEventStore(join(dir, 'events.duckdb')),
  async dispose() {
    rmSync(dir, { recursive: true, force: true });
  },
});

describe('DuckDB messageId check', () => {
  it('knows the messageIds stored before a restart, and stores new ones among redeliveries', async () => {
    const path = join(dir, 'restart.duckdb');
    const first = await openDuckDbEventStore(path);
    const events = Array.from({ length: 50 }, () => anEvent());
    expect(await first.append('w', events)).toEqual({ stored: 50, duplicates: 0 });
    await first.close();

    const reopened = await openDuckDbEventStore(path);
    const more = Array.from({ length: 20 }, () => anEvent());
    expect(await reopened.append('w', [...events.slice(0, 30), ...more])).toEqual({
      stored: 20,
      duplicates: 30,
    });
    expect(await reopened.append('w', more)).toEqual({ stored: 0, duplicates: 20 });
    // Another workspace's ids are its own, in the same file.
    expect(await reopened.append('v', events.slice(0, 5))).toEqual({ stored: 5, duplicates: 0 });
    expect((await reopened.counts('w')).events).toBe(70);
    await reopened.close();
  });
});
