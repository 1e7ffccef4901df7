import { createId, savedQueryInputSchema, type SavedQuery, type SavedQueryBody } from '@safar/core';
import type { Kysely, Selectable } from 'kysely';
import type { Database, SavedQueriesTable } from '../storage/database-schema.js';
import { jsonb } from '../storage/json-value.js';
import { parseInput } from './parse-input.js';
import { NotFoundError } from './service-errors.js';
import type { WorkspaceService } from './workspace-service.js';

/**
 * A workspace's saved journey queries. Each write is one statement, so a refused request leaves
 * nothing behind; the spec is validated for its kind before it is written and again when read.
 */
export class SavedQueryService {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly workspaces: WorkspaceService,
  ) {}

  /** Most recently updated first. */
  async list(workspaceId: string): Promise<SavedQuery[]> {
    await this.workspaces.get(workspaceId);
    const rows = await this.db
      .selectFrom('saved_queries')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .orderBy('updated_at', 'desc')
      .orderBy('created_at', 'desc')
      .orderBy('id')
      .execute();
    return rows.map(toSavedQuery);
  }

  async get(workspaceId: string, id: string): Promise<SavedQuery> {
    await this.workspaces.get(workspaceId);
    const row = await this.db
      .selectFrom('saved_queries')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .executeTakeFirst();
    if (!row) throw new NotFoundError('saved query', id);
    return toSavedQuery(row);
  }

  async create(workspaceId: string, input: unknown): Promise<SavedQuery> {
    await this.workspaces.get(workspaceId);
    const body = parseInput(savedQueryInputSchema, input, 'saved query');
    const row = await this.db
      .insertInto('saved_queries')
      .values({ workspace_id: workspaceId, id: createId(), ...columns(body) })
      .returningAll()
      .executeTakeFirstOrThrow();
    return toSavedQuery(row);
  }

  /** Replaces the name, kind and spec of a saved query. */
  async replace(workspaceId: string, id: string, input: unknown): Promise<SavedQuery> {
    await this.workspaces.get(workspaceId);
    const body = parseInput(savedQueryInputSchema, input, 'saved query');
    const row = await this.db
      .updateTable('saved_queries')
      .set({ ...columns(body), updated_at: new Date() })
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirst();
    if (!row) throw new NotFoundError('saved query', id);
    return toSavedQuery(row);
  }

  async delete(workspaceId: string, id: string): Promise<void> {
    await this.workspaces.get(workspaceId);
    const deleted = await this.db
      .deleteFrom('saved_queries')
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .executeTakeFirst();
    if (deleted.numDeletedRows === 0n) throw new NotFoundError('saved query', id);
  }
}

function columns(body: SavedQueryBody) {
  return { name: body.name, kind: body.kind, query: jsonb(body.query) };
}

function toSavedQuery(row: Selectable<SavedQueriesTable>): SavedQuery {
  // Stored specs were validated on the way in; parsing again fills defaults added since.
  const body = savedQueryInputSchema.parse({ name: row.name, kind: row.kind, query: row.query });
  return {
    ...body,
    id: row.id,
    createdAt: new Date(row.created_at).toISOString(),
    updatedAt: new Date(row.updated_at).toISOString(),
  };
}
