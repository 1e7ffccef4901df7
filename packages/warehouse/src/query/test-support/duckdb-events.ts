import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import type { NormalizedEvent } from '@safar/analytics';
import { appendEventRow } from '../../duckdb/duckdb-store-driver.js';
import { DUCKDB_SCHEMA } from '../../duckdb/duckdb-schema.js';
import { toEventRow } from '../../stored-row.js';
import {
  DUCKDB_INSTANCE_OPTIONS,
  loadFunnelExtension,
  type FunnelWalk,
} from '../duckdb/duckdb-funnel-extension.js';

/** An in-memory database with Safar's schema, ready for funnels walked the given way. */
export async function openFunnelTestDatabase(walk: FunnelWalk): Promise<DuckDBInstance> {
  const instance = await DuckDBInstance.create(':memory:', DUCKDB_INSTANCE_OPTIONS);
  const connection = await instance.connect();
  for (const statement of DUCKDB_SCHEMA) await connection.run(statement);
  if (walk === 'native') await loadFunnelExtension(connection);
  connection.closeSync();
  return instance;
}

/** Stores events in a workspace through the appender, in the order given. */
export async function storeEvents(
  connection: DuckDBConnection,
  workspaceId: string,
  events: readonly NormalizedEvent[],
): Promise<void> {
  const appender = await connection.createAppender('events');
  try {
    for (const event of events) appendEventRow(appender, toEventRow(workspaceId, event));
    appender.flushSync();
  } finally {
    appender.closeSync();
  }
}
