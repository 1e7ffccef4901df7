import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDuckDbEventStore } from '@safar/warehouse';
import pg from 'pg';
import type { FastifyInstance } from 'fastify';
import { buildApp, type AppOptions } from '../http/build-app.js';
import { createServices, type SafarServices, type ServiceOptions } from '../services/safar-services.js';
import { replayTrackingRequest } from '../http/tracking/tracking-decode.js';
import { IngestPipeline } from '../ingest/ingest-pipeline.js';
import { openDatabase, type OpenDatabase } from '../storage/open-database.js';

export type EngineName = 'pglite' | 'postgres';

/**
 * The engines every storage and API suite runs on: embedded PGlite always, and a real
 * PostgreSQL server when TEST_DATABASE_URL is set. Under CI the server is required, so the
 * PostgreSQL half of the suite can never be skipped silently.
 */
export function testEngines(): EngineName[] {
  if (process.env['TEST_DATABASE_URL']) return ['pglite', 'postgres'];
  if (process.env['CI'])
    throw new Error('CI must set TEST_DATABASE_URL so the suite also runs on PostgreSQL');
  return ['pglite'];
}

export interface TestServices {
  readonly services: SafarServices;
  close(): Promise<void>;
}

/** Services over `database`, with an in-memory DuckDB event store and a write-ahead log in a temporary directory. */
export async function servicesOver(
  database: OpenDatabase,
  options: ServiceOptions = {},
): Promise<TestServices> {
  const walDir = mkdtempSync(join(tmpdir(), 'safar-wal-'));
  const events = await openDuckDbEventStore(':memory:');
  const { pipeline } = await IngestPipeline.start(events, { walDir, replayRequest: replayTrackingRequest });
  // Measuring every map in the background would slow every suite down; the cache's own tests turn it on.
  const services = createServices(database, events, pipeline, {
    ...options,
    mapMetricsRefresh: { warmUp: false, ...options.mapMetricsRefresh },
  });
  return {
    services,
    async close() {
      await services.close();
      rmSync(walDir, { recursive: true, force: true });
    },
  };
}

/** A fresh, migrated database: in-memory PGlite, or a new database on the PostgreSQL server. */
export async function openTestServices(
  engine: EngineName,
  options: ServiceOptions = {},
): Promise<TestServices> {
  if (engine === 'pglite') return servicesOver(await openDatabase({ dataDir: 'memory://' }), options);
  const adminUrl = process.env['TEST_DATABASE_URL'];
  if (!adminUrl) throw new Error('TEST_DATABASE_URL is not set');
  const name = `safar_test_${randomUUID().replaceAll('-', '').slice(0, 16)}`;
  await adminQuery(adminUrl, `CREATE DATABASE ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const opened = await servicesOver(await openDatabase({ databaseUrl: url.toString() }), options);
  return {
    services: opened.services,
    async close() {
      await opened.close();
      await adminQuery(adminUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    },
  };
}

export interface TestApp extends TestServices {
  readonly app: FastifyInstance;
}

export async function openTestApp(engine: EngineName, options: AppOptions = {}): Promise<TestApp> {
  const opened = await openTestServices(engine);
  const app = await buildApp(opened.services, options);
  return {
    ...opened,
    app,
    async close() {
      await app.close();
      await opened.close();
    },
  };
}

async function adminQuery(connectionString: string, text: string): Promise<void> {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}
