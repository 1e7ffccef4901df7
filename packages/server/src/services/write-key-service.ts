import { createHash, randomBytes } from 'node:crypto';
import { createId } from '@safar/core';
import type { Kysely } from 'kysely';
import type { Database } from '../storage/database-schema.js';
import { requireWorkspace } from './require-workspace.js';
import { NotFoundError } from './service-errors.js';

export interface WriteKeySummary {
  readonly id: string;
  readonly label: string;
  /** The first characters of the key, so people can tell keys apart. */
  readonly prefix: string;
  readonly createdAt: string;
  readonly revokedAt: string | null;
}

const hashOf = (key: string) => createHash('sha256').update(key).digest('hex');
const iso = (value: Date | string | null) => (value === null ? null : new Date(value).toISOString());

/**
 * Write keys: what SDKs authenticate with. A key can only send events to its workspace; it opens
 * no other route. Resolved keys are cached, and a revocation drops the cache at once.
 */
export class WriteKeyService {
  private readonly cache = new Map<string, string>();

  constructor(private readonly db: Kysely<Database>) {}

  async create(workspaceId: string, label = ''): Promise<WriteKeySummary & { key: string }> {
    await requireWorkspace(this.db, workspaceId);
    const key = `sk_${randomBytes(24).toString('base64url')}`;
    const row = await this.db
      .insertInto('write_keys')
      .values({
        id: createId(),
        workspace_id: workspaceId,
        key_hash: hashOf(key),
        key_prefix: key.slice(0, 7),
        label,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    return { key, ...summaryOf(row) };
  }

  async list(workspaceId: string): Promise<WriteKeySummary[]> {
    await requireWorkspace(this.db, workspaceId);
    const rows = await this.db
      .selectFrom('write_keys')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .orderBy('created_at')
      .orderBy('id')
      .execute();
    return rows.map(summaryOf);
  }

  async revoke(workspaceId: string, id: string): Promise<WriteKeySummary> {
    await requireWorkspace(this.db, workspaceId);
    const row = await this.db
      .updateTable('write_keys')
      .set({ revoked_at: new Date() })
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirst();
    if (!row) throw new NotFoundError('write key', id);
    this.cache.delete(row.key_hash);
    return summaryOf(row);
  }

  /** The workspace a live key writes to, or null for an unknown or revoked key. */
  async workspaceOf(key: string): Promise<string | null> {
    const hash = hashOf(key);
    const cached = this.cache.get(hash);
    if (cached) return cached;
    const row = await this.db
      .selectFrom('write_keys')
      .select('workspace_id')
      .where('key_hash', '=', hash)
      .where('revoked_at', 'is', null)
      .executeTakeFirst();
    if (!row) return null;
    this.cache.set(hash, row.workspace_id);
    return row.workspace_id;
  }
}

function summaryOf(row: {
  id: string;
  label: string;
  key_prefix: string;
  created_at: Date | string;
  revoked_at: Date | string | null;
}): WriteKeySummary {
  return {
    id: row.id,
    label: row.label,
    prefix: row.key_prefix,
    createdAt: iso(row.created_at) ?? '',
    revokedAt: iso(row.revoked_at),
  };
}
