import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../storage/database-schema.js';
import { NotFoundError } from './service-errors.js';

/** Fails with a 404 when the workspace does not exist; inside a transaction, pass the transaction. */
export async function requireWorkspace(
  db: Kysely<Database> | Transaction<Database>,
  workspaceId: string,
): Promise<void> {
  const row = await db.selectFrom('workspaces').select('id').where('id', '=', workspaceId).executeTakeFirst();
  if (!row) throw new NotFoundError('workspace', workspaceId);
}
