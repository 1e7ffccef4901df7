import { createId, workspaceSchema, type Workspace } from '@safar/core';
import type { Kysely } from 'kysely';
import type { Database } from '../storage/database-schema.js';
import { parseInput } from './parse-input.js';
import { ConflictError, NotFoundError } from './service-errors.js';

export interface StoredWorkspace extends Workspace {
  readonly createdAt: string;
}

export class WorkspaceService {
  constructor(private readonly db: Kysely<Database>) {}

  async list(): Promise<StoredWorkspace[]> {
    const rows = await this.db
      .selectFrom('workspaces')
      .selectAll()
      .orderBy('created_at')
      .orderBy('id')
      .execute();
    return rows.map(toWorkspace);
  }

  async get(id: string): Promise<StoredWorkspace> {
    const row = await this.db.selectFrom('workspaces').selectAll().where('id', '=', id).executeTakeFirst();
    if (!row) throw new NotFoundError('workspace', id);
    return toWorkspace(row);
  }

  async exists(id: string): Promise<boolean> {
    const row = await this.db.selectFrom('workspaces').select('id').where('id', '=', id).executeTakeFirst();
    return row !== undefined;
  }

  async create(input: { id?: string | undefined; name: string }): Promise<StoredWorkspace> {
    const workspace = parseInput(
      workspaceSchema,
      { ...input, id: input.id ?? `ws-${createId().slice(0, 8)}` },
      'workspace',
    );
    const inserted = await this.db
      .insertInto('workspaces')
      .values({ id: workspace.id, name: workspace.name })
      .onConflict((conflict) => conflict.column('id').doNothing())
      .returningAll()
      .executeTakeFirst();
    if (!inserted)
      throw new ConflictError(`workspace "${workspace.id}" already exists`, { id: workspace.id });
    return toWorkspace(inserted);
  }
}

function toWorkspace(row: { id: string; name: string; created_at: Date }): StoredWorkspace {
  return { id: row.id, name: row.name, createdAt: new Date(row.created_at).toISOString() };
}
