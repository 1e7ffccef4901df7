import { join } from 'node:path';

export interface ServerConfig {
  readonly port: number;
  readonly host: string;
  readonly dataDir: string;
  readonly databaseUrl: string | undefined;
  /** When set, events live in this ClickHouse server instead of the embedded DuckDB file. */
  readonly clickhouseUrl: string | undefined;
  readonly clickhouseDatabase: string;
}

/** Flags win over environment variables, which win over defaults. */
export function resolveConfig(
  flags: { port?: number | undefined; host?: string | undefined; dataDir?: string | undefined },
  env: NodeJS.ProcessEnv = process.env,
): ServerConfig {
  const port = flags.port ?? (env['PORT'] ? Number(env['PORT']) : 4321);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`port must be 0..65535, not ${String(port)}`);
  return {
    port,
    host: flags.host ?? env['HOST'] ?? '127.0.0.1',
    dataDir: flags.dataDir ?? env['SAFAR_DATA_DIR'] ?? join(process.cwd(), '.safar'),
    databaseUrl: env['DATABASE_URL'] || undefined,
    clickhouseUrl: env['CLICKHOUSE_URL'] || undefined,
    clickhouseDatabase: env['CLICKHOUSE_DATABASE'] || 'safar',
  };
}
