#!/usr/bin/env node
// How an append costs as the DuckDB store grows (docs/ingestion.md): 25k new events appended to a
// store already holding N demo events, through Safar's store (messageId fingerprints), against the
// same rows inserted with the NOT IN check the store used before, measured on the same file in the
// same run. Also the first append after opening, which loads the identity index and fingerprints.
// Run after `npm run build`:  node bench/append-at-scale.mjs [events=1000000]
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { EVENT_ROW_JSON_COLUMNS, openDuckDbEventStore, toEventRow } from '@safar/warehouse';
import { demoDataset, WORKSPACE } from './support/demo-dataset.mjs';
import { loadDuckDb } from './support/load-engines.mjs';

const EVENTS = Number(process.argv[2] ?? 1_000_000);
const BATCH = 25_000;
const ROUNDS = 3;
const seconds = (ms) => `${(ms / 1000).toFixed(3)} s`;

/** A batch of page views nobody sent before, from 500 devices. */
const batch = (round) =>
  Array.from({ length: BATCH }, (_, index) => ({
    messageId: `append-bench-${round}-${index}`,
    type: 'page',
    event: 'page',
    anonymousId: `append-bench-device-${index % 500}`,
    userId: null,
    timestamp: Date.UTC(2026, 10, 1) + index,
    receivedAt: Date.UTC(2026, 10, 1) + index,
    channel: 'web',
    properties: { path: `/products/${index % 900}` },
    traits: {},
    context: {},
    previousId: null,
    groupId: null,
  }));

async function best(run) {
  let fastest = Infinity;
  for (let round = 0; round < ROUNDS; round += 1) {
    const started = performance.now();
    await run(round);
    fastest = Math.min(fastest, performance.now() - started);
  }
  return fastest;
}

console.log(
  `append benchmark: batches of ${BATCH.toLocaleString('en')} new events into ${EVENTS.toLocaleString('en')} stored (best of ${ROUNDS})`,
);
const dir = mkdtempSync(join(tmpdir(), 'safar-bench-append-'));
const path = join(dir, 'events.duckdb');
await loadDuckDb(await demoDataset(EVENTS), path);

// Baseline: the rows from a file, kept only where NOT IN finds no stored messageId, as before.
const file = join(dir, 'rows.ndjson');
const instance = await DuckDBInstance.create(path);
const connection = await instance.connect();
const insert = (where) => async (round) => {
  writeFileSync(
    file,
    batch(`sql-${round}`)
      .map((event) => JSON.stringify(toEventRow(WORKSPACE, event)))
      .join('\n'),
  );
  await connection.run('BEGIN TRANSACTION');
  await connection.run(
    // With each event's person, as the store inserts them (persons on events).
    `INSERT INTO events BY NAME SELECT r.*, coalesce(i.person_id, r.distinct_id) AS person_id
     FROM read_json(?, format = 'newline_delimited', columns = ${EVENT_ROW_JSON_COLUMNS}) r
     LEFT JOIN identities i ON i.workspace_id = r.workspace_id AND i.distinct_id = r.distinct_id ${where}`,
    [file, ...(where ? [WORKSPACE] : [])],
  );
  await connection.run('ROLLBACK');
};
const notIn = await best(
  insert('WHERE r.message_id NOT IN (SELECT message_id FROM events WHERE workspace_id = ?)'),
);
const plain = await best(insert(''));
connection.closeSync();
instance.closeSync();
console.log(`rows to a file, insert with NOT IN (baseline): ${seconds(notIn)}`);
console.log(`rows to a file, insert with no check (floor):   ${seconds(plain)}`);

const store = await openDuckDbEventStore(path);
let started = performance.now();
await store.append(WORKSPACE, batch('first').slice(0, 1));
console.log(
  `first append after opening:               ${seconds(performance.now() - started)}  (loads the identity index and the messageId fingerprints)`,
);
const append = await best((round) => store.append(WORKSPACE, batch(round)));
started = performance.now();
const again = await store.append(WORKSPACE, batch(0));
const redelivered = performance.now() - started;
console.log(`Safar append, whole (rows, check, stitch): ${seconds(append)}`);
console.log(
  `Safar append of ${BATCH.toLocaleString('en')} redeliveries:         ${seconds(redelivered)}  (${again.duplicates.toLocaleString('en')} found, ${again.stored} stored)`,
);
console.log(`ratio baseline insert / Safar append: ${(notIn / append).toFixed(2)}x`);
await store.close();
rmSync(dir, { recursive: true, force: true });
