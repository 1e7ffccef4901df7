import { availableParallelism } from 'node:os';
import { join } from 'node:path';

export interface ServerConfig {
  readonly port: number;
  readonly host: string;
  readonly dataDir: string;
  readonly databaseUrl: string | undefined;
  /** When set, events live in this ClickHouse server instead of the embedded DuckDB file. */
  readonly clickhouseUrl: string | undefined;
  readonly clickhouseDatabase: string;
  /** Worker threads decoding tracking requests (absent or 0: on the main thread). */
  readonly ingestWorkers?: number;
}

/**
 * One worker per core, at most four. Not one fewer: the main thread mostly waits (on fdatasync
 * and on DuckDB) while a request is decoded, so on two cores two workers beat one
 * (`SAFAR_INGEST_WORKERS=1` and `=2 node bench/ingest.mjs`: about 46k against 59k events/s).
 */
export const defaultIngestWorkers = () => Math.min(4, availableParallelism());

/** Flags win over environment variables, which win over defaults. */
export function resolveConfig(
  flags: { port?: number | undefined; host?: string | undefined; dataDir?: string | undefined },
  env: NodeJS.ProcessEnv = process.env,
): ServerConfig {
  const port = flags.port ?? (env['PORT'] ? Number(env['PORT']) : 4321);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`port must be 0..65535, not ${String(port)}`);
  const ingestWorkers = env['SAFAR_INGEST_WORKERS']
    ? Number(env['SAFAR_INGEST_WORKERS'])
    : defaultIngestWorkers();
  if (!Number.isInteger(ingestWorkers) || ingestWorkers < 0 || ingestWorkers > 64)
    throw new Error(`SAFAR_INGEST_WORKERS must be 0..64, not ${String(env['SAFAR_INGEST_WORKERS'])}`);
  return {
    port,
    host: flags.host ?? env['HOST'] ?? '127.0.0.1',
    dataDir: flags.dataDir ?? env['SAFAR_DATA_DIR'] ?? join(process.cwd(), '.safar'),
    databaseUrl: env['DATABASE_URL'] || undefined,
    clickhouseUrl: env['CLICKHOUSE_URL'] || undefined,
    clickhouseDatabase: env['CLICKHOUSE_DATABASE'] || 'safar',
    ingestWorkers,
  };
}
