import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { DuckDBConnection } from '@duckdb/node-api';

/**
 * How a DuckDB funnel walks each person's events (docs/analytics.md, "Funnels on DuckDB"):
 * `native` through the `safar_funnel` aggregate of Safar's DuckDB extension
 * (packages/warehouse/native), `javascript` through the `safar_funnel_walk` scalar function over
 * gathered lists. Same results; the native walk is about 1.7x faster at 10M events (bench/funnel).
 */
export type FunnelWalk = 'native' | 'javascript';

/** Where `npm run build` (scripts/build-duckdb-extension.mjs) leaves the extension, from src/ or dist/ alike. */
export const FUNNEL_EXTENSION_PATH = fileURLToPath(
  new URL('../../../native/build/safar_funnel.duckdb_extension', import.meta.url),
);

/**
 * DuckDB settings of every instance that may load the extension. It is built on this machine
 * and so unsigned; DuckDB then needs leave to load unsigned extensions. Safar's SQL binds every
 * value the user gives, so no user text can reach a LOAD statement.
 */
export const DUCKDB_INSTANCE_OPTIONS = { allow_unsigned_extensions: 'true' } as const;

/** The native walk when the extension (at `path`) is built, else the JavaScript one. */
export function availableFunnelWalk(path = FUNNEL_EXTENSION_PATH): FunnelWalk {
  return existsSync(path) ? 'native' : 'javascript';
}

/** Loads the funnel extension into the connection's database (an instance opened with DUCKDB_INSTANCE_OPTIONS). */
export async function loadFunnelExtension(
  connection: DuckDBConnection,
  path = FUNNEL_EXTENSION_PATH,
): Promise<void> {
  if (!existsSync(path))
    throw new Error(
      `The DuckDB funnel extension is not built (${path}): run npm run build with a C compiler installed`,
    );
  await connection.run(`LOAD '${path.replaceAll("'", "''")}'`);
}

/**
 * The walk funnels will use on this connection's database: native when the extension is built
 * and loads. A build that will not load (made for another platform or DuckDB) is reported as a
 * process warning, and funnels walk in JavaScript rather than fail.
 */
export async function loadAvailableFunnelWalk(
  connection: DuckDBConnection,
  path = FUNNEL_EXTENSION_PATH,
): Promise<FunnelWalk> {
  if (availableFunnelWalk(path) === 'javascript') return 'javascript';
  try {
    await loadFunnelExtension(connection, path);
    return 'native';
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    process.emitWarning(
      `Safar's DuckDB funnel extension did not load (${reason}); funnels walk in JavaScript.`,
    );
    return 'javascript';
  }
}
