import type { DuckDBConnection } from '@duckdb/node-api';

/*
 * Persons on events (docs/analytics.md, "Persons on events"): each event row holds the person its
 * id belonged to when it was stored, so a query groups by a column instead of joining every event
 * to the identities (at 10M events the join cost about a third of a funnel). When ids are merged
 * later, the events already stored keep their old person until squashed: the merged ids wait in
 * person_overrides, which queries join instead (personOfEventSql), and which is folded into the
 * events once it holds more than a limit of ids, and when the store closes.
 */

/** How many overridden ids a store lets wait before it rewrites their events (DuckDbStoreOptions). */
export const PERSON_OVERRIDES_LIMIT = 10_000;

/** Within the identities upsert's transaction: the ids whose person just changed, with their new person. */
export const RECORD_OVERRIDES_SQL =
  'INSERT OR REPLACE INTO person_overrides SELECT * FROM identities_staging';

/** Rewrites the person of every event whose id is overridden, then forgets the overrides, atomically. */
export async function squashPersonOverrides(connection: DuckDBConnection): Promise<void> {
  await inTransaction(connection, [
    `UPDATE events SET person_id = o.person_id FROM person_overrides o
     WHERE o.workspace_id = events.workspace_id AND o.distinct_id = events.distinct_id
       AND events.person_id IS DISTINCT FROM o.person_id`,
    'DELETE FROM person_overrides',
  ]);
}

/** How many merged ids wait, over every workspace. */
export async function waitingOverrides(connection: DuckDBConnection): Promise<number> {
  const rows = (await connection.runAndReadAll('SELECT count(*) FROM person_overrides')).getRows();
  return Number(rows[0]?.[0] ?? 0);
}

/**
 * Gives events stored before person_id existed (or loaded around the store) their person, from
 * the identities: once, when a store opens on such a database.
 */
export async function backfillPersons(connection: DuckDBConnection): Promise<void> {
  const rows = (
    await connection.runAndReadAll('SELECT EXISTS (SELECT 1 FROM events WHERE person_id IS NULL)')
  ).getRows();
  if (rows[0]?.[0] !== true) return;
  await inTransaction(connection, [
    `UPDATE events SET person_id = i.person_id FROM identities i
     WHERE events.person_id IS NULL AND i.workspace_id = events.workspace_id AND i.distinct_id = events.distinct_id`,
    'UPDATE events SET person_id = distinct_id WHERE person_id IS NULL',
    // Every event now holds its current person.
    'DELETE FROM person_overrides',
  ]);
}

async function inTransaction(connection: DuckDBConnection, statements: readonly string[]): Promise<void> {
  await connection.run('BEGIN TRANSACTION');
  try {
    for (const statement of statements) await connection.run(statement);
    await connection.run('COMMIT');
  } catch (error) {
    await connection.run('ROLLBACK');
    throw error;
  }
}
