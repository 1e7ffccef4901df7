import { join } from 'node:path';
import { openClickHouseEventStore, openDuckDbEventStore, type EventStore } from '@safar/warehouse';
import type { FastifyInstance } from 'fastify';
import type { ServerConfig } from './config.js';
import { buildApp } from './http/build-app.js';
import { replayTrackingRequest } from './http/tracking/tracking-decode.js';
import { IngestPipeline } from './ingest/ingest-pipeline.js';
import { trackingDecoder } from './ingest/tracking-decoder.js';
import { createServices, type SafarServices, type ServiceOptions } from './services/safar-services.js';
import { openDatabase } from './storage/open-database.js';

export interface RunningServer {
  readonly app: FastifyInstance;
  readonly services: SafarServices;
  readonly url: string;
  close(): Promise<void>;
}

export type StorageConfig = Pick<
  ServerConfig,
  'dataDir' | 'databaseUrl' | 'clickhouseUrl' | 'clickhouseDatabase' | 'ingestWorkers'
>;

/** The event store the configuration names: ClickHouse when CLICKHOUSE_URL is set, else DuckDB under the data dir. */
export function openEventStore(config: StorageConfig): Promise<EventStore> {
  return config.clickhouseUrl
    ? openClickHouseEventStore({ url: config.clickhouseUrl, database: config.clickhouseDatabase })
    : openDuckDbEventStore(join(config.dataDir, 'events', 'events.duckdb'));
}

/**
 * Opens storage (documents in PGlite under the data dir or DATABASE_URL; events in DuckDB or
 * ClickHouse) and replays any events acknowledged before the last stop but not yet stored.
 */
export async function openServices(
  config: StorageConfig,
  options: ServiceOptions = {},
): Promise<SafarServices> {
  const database = await openDatabase({
    databaseUrl: config.databaseUrl,
    dataDir: join(config.dataDir, 'documents'),
  });
  try {
    const events = await openEventStore(config);
    const { pipeline } = await IngestPipeline.start(events, {
      walDir: join(config.dataDir, 'ingest-wal'),
      replayRequest: replayTrackingRequest,
    });
    return createServices(database, events, pipeline, {
      ...options,
      trackingDecoder: trackingDecoder(config.ingestWorkers ?? 0),
    });
  } catch (error) {
    await database.close();
    throw error;
  }
}

export async function startServer(
  config: ServerConfig,
  options: { logger?: boolean; services?: SafarServices; webRoot?: string | undefined } = {},
): Promise<RunningServer> {
  const services = options.services ?? (await openServices(config));
  const app = await buildApp(services, { logger: options.logger ?? false, webRoot: options.webRoot });
  await app.listen({ port: config.port, host: config.host });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  return {
    app,
    services,
    url: `http://${config.host}:${port}`,
    async close() {
      await app.close();
      await services.close();
    },
  };
}
