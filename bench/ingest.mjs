#!/usr/bin/env node
// Issue 4's figure: events per second through POST /v1/batch over loopback, each batch
// acknowledged only once durable (write-ahead log fdatasync'd), against the raw DuckDB appender
// rate for the same rows, measured in the same run. Goal: >= 100k events/s and within 3x of
// the raw appender. The server decodes requests in worker threads (its default on this machine);
// the same run with SAFAR_INGEST_WORKERS=0 (all on the main thread) is printed beside it.
// Run after `npm run build`: node bench/ingest.mjs [events] [concurrency]
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DuckDBInstance } from '@duckdb/node-api';

const TOTAL = Number(process.argv[2] ?? 1_000_000);
const CONCURRENCY = Number(process.argv[3] ?? 6);
const BATCH = 1_000;
const CLI = fileURLToPath(new URL('../packages/cli/bin/safar.js', import.meta.url));
const T0 = Date.UTC(2026, 9, 1);

/** A realistic page/track message: ids, context and a few properties, about 400 bytes of JSON. */
function message(batch, i) {
  const n = batch * BATCH + i;
  return {
    type: i % 5 === 0 ? 'page' : 'track',
    event:
      i % 5 === 0
        ? undefined
        : ['Product Viewed', 'Product Added', 'Checkout Started', 'Order Completed'][i % 4],
    messageId: `bench-${batch}-${i}`,
    anonymousId: `device-${n % 50_000}`,
    userId: n % 3 === 0 ? `user-${n % 20_000}` : undefined,
    timestamp: new Date(T0 + n * 10).toISOString(),
    properties: { path: `/products/${n % 900}`, price: (n % 100) + 0.99, currency: 'EUR' },
    context: {
      library: { name: 'analytics-node', version: '3.1.0' },
      page: { path: `/products/${n % 900}` },
    },
  };
}

async function startServe(dataDir, workers) {
  const child = spawn(
    process.execPath,
    [
      ...(process.env.SAFAR_BENCH_PROFILE
        ? ['--cpu-prof', '--cpu-prof-dir', process.env.SAFAR_BENCH_PROFILE]
        : []),
      CLI,
      'serve',
      '--data',
      dataDir,
      '--port',
      '0',
    ],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
      env: {
        ...process.env,
        CLICKHOUSE_URL: '',
        ...(workers === undefined ? {} : { SAFAR_INGEST_WORKERS: String(workers) }),
      },
    },
  );
  const url = await new Promise((resolve, reject) => {
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
      const match = /serving on (http:\/\/\S+?) /.exec(output);
      if (match) resolve(match[1]);
    });
    child.once('exit', (code) => reject(new Error(`serve exited ${code}: ${output}`)));
  });
  return { child, url };
}

async function throughHttp(workers) {
  const dataDir = mkdtempSync(join(tmpdir(), 'safar-bench-ingest-'));
  const { child, url } = await startServe(dataDir, workers);
  try {
    await fetch(`${url}/api/workspaces`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ id: 'bench', name: 'Bench' }),
    });
    const { key } = await (await fetch(`${url}/api/workspaces/bench/write-keys`, { method: 'POST' })).json();
    const authorization = `Basic ${Buffer.from(`${key}:`).toString('base64')}`;
    const batches = Math.ceil(TOTAL / BATCH);
    // Bodies are built ahead, so the load generator spends its CPU on sending, not on JSON.
    const bodies = Array.from({ length: batches }, (_, b) =>
      JSON.stringify({
        batch: Array.from({ length: BATCH }, (_, i) => message(b, i)),
        sentAt: new Date().toISOString(),
      }),
    );
    const bytes = bodies.reduce((sum, body) => sum + body.length, 0);
    let next = 0;
    let acked = 0;
    const started = performance.now();
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (next < batches) {
          const body = bodies[next++];
          for (;;) {
            const response = await fetch(`${url}/v1/batch`, {
              method: 'POST',
              headers: { authorization, 'content-type': 'application/json' },
              body,
            });
            await response.arrayBuffer();
            if (response.status === 200) break;
            if (response.status !== 429) throw new Error(`HTTP ${response.status}`);
            await new Promise((resolve) => setTimeout(resolve, 50));
          }
          acked += BATCH;
        }
      }),
    );
    const ackSeconds = (performance.now() - started) / 1000;
    // Reading waits for the buffer to drain into DuckDB: the time until every event is queryable.
    const page = await (await fetch(`${url}/api/workspaces/bench/persons?limit=1`)).json();
    const storedSeconds = (performance.now() - started) / 1000;
    return { acked, ackSeconds, storedSeconds, bytes, persons: page.total };
  } finally {
    child.kill('SIGTERM');
    await new Promise((resolve) => child.once('exit', resolve));
    rmSync(dataDir, { recursive: true, force: true });
  }
}

async function rawAppender() {
  const dir = mkdtempSync(join(tmpdir(), 'safar-bench-appender-'));
  const instance = await DuckDBInstance.create(join(dir, 'raw.duckdb'));
  const connection = await instance.connect();
  await connection.run(`CREATE TABLE events (workspace_id VARCHAR, message_id VARCHAR, type VARCHAR, event VARCHAR,
    distinct_id VARCHAR, anonymous_id VARCHAR, user_id VARCHAR, timestamp_ms BIGINT, received_at_ms BIGINT,
    channel VARCHAR, properties VARCHAR, traits VARCHAR, context VARCHAR, previous_id VARCHAR, group_id VARCHAR)`);
  // Rows ready to append (JSON already serialised), so this measures the appender alone.
  const rows = Array.from({ length: BATCH }, (_, i) => {
    const m = message(0, i);
    return { ...m, propertiesJson: JSON.stringify(m.properties), contextJson: JSON.stringify(m.context) };
  });
  const started = performance.now();
  // One appender for the whole run, flushed (committed) every 100,000 rows: DuckDB's fastest way in.
  const appender = await connection.createAppender('events');
  for (let b = 0; b < Math.ceil(TOTAL / BATCH); b += 1) {
    for (let i = 0; i < BATCH; i += 1) {
      const m = rows[i];
      appender.appendVarchar('bench');
      appender.appendVarchar(`bench-${b}-${i}`);
      appender.appendVarchar(m.type);
      appender.appendVarchar(m.event ?? 'page');
      appender.appendVarchar(m.userId ? `u:${m.userId}` : `a:${m.anonymousId}`);
      appender.appendVarchar(m.anonymousId);
      if (m.userId) appender.appendVarchar(m.userId);
      else appender.appendNull();
      appender.appendBigInt(BigInt(T0 + b * BATCH + i));
      appender.appendBigInt(BigInt(T0 + b * BATCH + i));
      appender.appendVarchar('web');
      appender.appendVarchar(m.propertiesJson);
      appender.appendVarchar('{}');
      appender.appendVarchar(m.contextJson);
      appender.appendNull();
      appender.appendNull();
      appender.endRow();
    }
    if ((b + 1) % 100 === 0) appender.flushSync();
  }
  appender.flushSync();
  appender.closeSync();
  await connection.run('CHECKPOINT');
  const seconds = (performance.now() - started) / 1000;
  connection.closeSync();
  instance.closeSync();
  rmSync(dir, { recursive: true, force: true });
  return { rows: Math.ceil(TOTAL / BATCH) * BATCH, seconds };
}

const fmt = (n) => Math.round(n).toLocaleString('en');
console.log(
  `ingest benchmark: ${fmt(TOTAL)} events, batches of ${fmt(BATCH)}, ${CONCURRENCY} concurrent senders, loopback`,
);
const raw = await rawAppender();
const rawRate = raw.rows / raw.seconds;
console.log(`raw DuckDB appender (baseline):         ${fmt(rawRate)} rows/s  (${raw.seconds.toFixed(2)} s)`);
// The server's default (packages/server/src/config.ts), unless SAFAR_INGEST_WORKERS says otherwise.
const workers = Number(process.env.SAFAR_INGEST_WORKERS || Math.min(4, availableParallelism()));
const report = (label, http) => {
  const rate = http.acked / http.ackSeconds;
  console.log(
    `${label.padEnd(40)}${fmt(rate)} events/s  (${http.ackSeconds.toFixed(2)} s, ${(http.bytes / 1e6 / http.ackSeconds).toFixed(1)} MB/s of JSON)`,
  );
  console.log(
    `  all stored and queryable after: ${http.storedSeconds.toFixed(2)} s  (${fmt(http.acked / http.storedSeconds)} events/s end to end, ${fmt(http.persons)} persons)`,
  );
  return rate;
};
const httpRate = report(`POST /v1/batch, durable acks, ${workers} workers:`, await throughHttp(workers));
const mainThreadRate = report('the same, decoded on the main thread:', await throughHttp(0));
console.log(`workers / main thread:                   ${(httpRate / mainThreadRate).toFixed(2)}x`);
console.log(
  `ratio raw appender / HTTP ingest:        ${(rawRate / httpRate).toFixed(2)}x  (goal: <= 3x, and >= 100,000 events/s)`,
);
