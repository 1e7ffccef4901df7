import type { DuckDBConnection } from '@duckdb/node-api';
import type { NormalizedEvent } from '@safar/analytics';
import { appendEventRow } from '../../duckdb/duckdb-store-driver.js';
import { toEventRow } from '../../stored-row.js';

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
