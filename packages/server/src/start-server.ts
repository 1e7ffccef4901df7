import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { ServerConfig } from './config.js';
import { buildApp } from './http/build-app.js';
import { createServices, type SafarServices } from './services/safar-services.js';
import { openDatabase } from './storage/open-database.js';

export interface RunningServer {
  readonly app: FastifyInstance;
  readonly services: SafarServices;
  readonly url: string;
  close(): Promise<void>;
}

/** Opens storage (PGlite under the data dir, or DATABASE_URL) and serves the API. */
export async function openServices(
  config: Pick<ServerConfig, 'dataDir' | 'databaseUrl'>,
): Promise<SafarServices> {
  const database = await openDatabase({
    databaseUrl: config.databaseUrl,
    dataDir: join(config.dataDir, 'documents'),
  });
  return createServices(database);
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
      await services.database.close();
    },
  };
}
