import type { DuckDBConnection } from '@duckdb/node-api';

/*
 * Persons on events (docs/analytics.md, "Persons on events"): each event row holds the person its
 * id belonged to when it was stored, so a query groups by a column instead of joining every event
 * to the identities (at 10M events the join cost about a third of a funnel). When ids are merged
 * later, the events already stored keep their old person until squashed: the merged ids wait in
 * person_overrides, which queries join instead (PERSON_OF_EVENT_SQL), and which is folded into
 * the events by a squash (SquashPolicy).
 */

/**
 * When a store squashes: once more ids wait than `limit`, or, at the next merge, once the oldest
 * has waited `maxWaitMs`; and always when it closes. A squash rewrites the events of the waiting
 * ids (0.22-0.26 s for 10,000 ids among 10M events, bench/funnel); until then every query of the
 * workspace joins them (0.05-0.17 s more at 10M with 10,000 waiting), so under a steady trickle
 * of merges the time limit keeps the table, and the join, small.
 */
export interface SquashPolicy {
  readonly limit: number;
  readonly maxWaitMs: number;
}

export const DEFAULT_SQUASH_POLICY: SquashPolicy = { limit: 10_000, maxWaitMs: 60_000 };

/** Whether `waiting` ids, the oldest recorded `waitedMs` ago, are to be squashed now. */
export const shouldSquash = (policy: SquashPolicy, waiting: number, waitedMs: number): boolean =>
  waiting > policy.limit || waitedMs >= policy.maxWaitMs;

/** The most ids a store lets wait by default (bench/funnel times the funnel with that many). */
export const PERSON_OVERRIDES_LIMIT = DEFAULT_SQUASH_POLICY.limit;

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
