import type { Persona, Touchpoint } from '@safar/core';
import type { Kysely, Selectable, Transaction } from 'kysely';
import type { Database, PersonasTable, TouchpointsTable } from './database-schema.js';
import { jsonb } from './json-value.js';

type Db = Kysely<Database> | Transaction<Database>;

/** Inserts a catalogue touchpoint unless the workspace has one with that id; returns the new row, if any. */
export function insertTouchpointIfMissing(
  db: Db,
  workspaceId: string,
  touchpoint: Touchpoint,
): Promise<Selectable<TouchpointsTable> | undefined> {
  return db
    .insertInto('touchpoints')
    .values({
      workspace_id: workspaceId,
      id: touchpoint.id,
      name: touchpoint.name,
      channel: touchpoint.channel,
      document: jsonb(touchpoint),
    })
    .onConflict((conflict) => conflict.columns(['workspace_id', 'id']).doNothing())
    .returningAll()
    .executeTakeFirst();
}

/** Inserts a persona unless the workspace has one with that id; returns the new row, if any. */
export function insertPersonaIfMissing(
  db: Db,
  workspaceId: string,
  persona: Persona,
): Promise<Selectable<PersonasTable> | undefined> {
  return db
    .insertInto('personas')
    .values({ workspace_id: workspaceId, id: persona.id, name: persona.name, document: jsonb(persona) })
    .onConflict((conflict) => conflict.columns(['workspace_id', 'id']).doNothing())
    .returningAll()
    .executeTakeFirst();
}
