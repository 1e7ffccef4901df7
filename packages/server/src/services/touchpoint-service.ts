import {
  createId,
  journeyMapSchema,
  touchpointDraftSchema,
  touchpointLocations,
  touchpointSchema,
  type CellLocation,
  type Touchpoint,
} from '@safar/core';
import type { Kysely } from 'kysely';
import type { Database } from '../storage/database-schema.js';
import { insertTouchpointIfMissing } from '../storage/catalogue-rows.js';
import { jsonb } from '../storage/json-value.js';
import { asObject, parseInput } from './parse-input.js';
import { ConflictError, NotFoundError, staleRevision } from './service-errors.js';
import { toStoredDocument, type StoredDocument } from './stored-document.js';
import type { WorkspaceService } from './workspace-service.js';

export type StoredTouchpoint = StoredDocument<'touchpoint', Touchpoint>;

export interface TouchpointUsage {
  readonly mapId: string;
  readonly title: string;
  readonly locations: CellLocation[];
}

export class TouchpointService {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly workspaces: WorkspaceService,
  ) {}

  async list(
    workspaceId: string,
    filter: { channel?: string | undefined } = {},
  ): Promise<StoredTouchpoint[]> {
    await this.workspaces.get(workspaceId);
    let query = this.db.selectFrom('touchpoints').selectAll().where('workspace_id', '=', workspaceId);
    if (filter.channel) query = query.where('channel', '=', filter.channel);
    const rows = await query.orderBy('name').orderBy('id').execute();
    return rows.map((row) => toStoredDocument('touchpoint', touchpointSchema, row));
  }

  async get(workspaceId: string, id: string): Promise<StoredTouchpoint> {
    await this.workspaces.get(workspaceId);
    const row = await this.db
      .selectFrom('touchpoints')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .executeTakeFirst();
    if (!row) throw new NotFoundError('touchpoint', id);
    return toStoredDocument('touchpoint', touchpointSchema, row);
  }

  async create(workspaceId: string, input: unknown): Promise<StoredTouchpoint> {
    await this.workspaces.get(workspaceId);
    const draft = parseInput(touchpointDraftSchema, input, 'touchpoint');
    const touchpoint = { ...draft, id: draft.id ?? createId() };
    const row = await insertTouchpointIfMissing(this.db, workspaceId, touchpoint);
    if (!row) throw new ConflictError(`touchpoint "${touchpoint.id}" already exists`, { id: touchpoint.id });
    return toStoredDocument('touchpoint', touchpointSchema, row);
  }

  async replace(
    workspaceId: string,
    id: string,
    input: unknown,
    baseRevision?: number,
  ): Promise<StoredTouchpoint> {
    const current = await this.get(workspaceId, id);
    const touchpoint = parseInput(touchpointSchema, { ...asObject(input), id }, 'touchpoint');
    // Checked here first: a baseRevision beyond PostgreSQL's integer range would fail the query.
    if (baseRevision !== undefined && baseRevision !== current.revision) {
      throw staleRevision('touchpoint', id, current.revision);
    }
    const expected = baseRevision ?? current.revision;
    const row = await this.db
      .updateTable('touchpoints')
      .set({
        name: touchpoint.name,
        channel: touchpoint.channel,
        document: jsonb(touchpoint),
        revision: expected + 1,
        updated_at: new Date(),
      })
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .where('revision', '=', expected)
      .returningAll()
      .executeTakeFirst();
    if (!row) throw staleRevision('touchpoint', id, (await this.get(workspaceId, id)).revision);
    return toStoredDocument('touchpoint', touchpointSchema, row);
  }

  /** The maps and cells that show this touchpoint. */
  async usage(workspaceId: string, id: string): Promise<TouchpointUsage[]> {
    await this.get(workspaceId, id);
    const rows = await this.db
      .selectFrom('maps')
      .select(['id', 'title', 'document'])
      .where('workspace_id', '=', workspaceId)
      .orderBy('title')
      .execute();
    return rows
      .map((row) => ({
        mapId: row.id,
        title: row.title,
        locations: touchpointLocations(journeyMapSchema.parse(row.document), id),
      }))
      .filter((usage) => usage.locations.length > 0);
  }

  async delete(workspaceId: string, id: string): Promise<void> {
    const users = await this.usage(workspaceId, id);
    if (users.length > 0) {
      throw new ConflictError(
        `touchpoint "${id}" is used on ${users.length} map(s); remove it from them first`,
        {
          maps: users.map(({ mapId, title }) => ({ id: mapId, title })),
        },
      );
    }
    await this.db
      .deleteFrom('touchpoints')
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .execute();
  }
}
