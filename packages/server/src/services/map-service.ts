import {
  applyOperations,
  createId,
  findTemplate,
  instantiateTemplate,
  journeyMapSchema,
  mapOperationSchema,
  MapOperationError,
  referencedTouchpointIds,
  type JourneyMap,
  type Locale,
  type MapOperation,
  type Touchpoint,
} from '@safar/core';
import type { Kysely, Transaction } from 'kysely';
import { z } from 'zod';
import type { Database } from '../storage/database-schema.js';
import { insertTouchpointIfMissing } from '../storage/catalogue-rows.js';
import { jsonb } from '../storage/json-value.js';
import { parseInput } from './parse-input.js';
import { requireWorkspace } from './require-workspace.js';
import {
  ConflictError,
  InvalidInputError,
  NotFoundError,
  pathToString,
  staleRevision,
} from './service-errors.js';
import type { WorkspaceService } from './workspace-service.js';

export interface StoredMap {
  readonly map: JourneyMap;
  readonly revision: number;
  readonly createdAt: string;
  readonly updatedAt: string;
}

export interface MapSummary {
  readonly id: string;
  readonly title: string;
  readonly kind: JourneyMap['kind'];
  readonly journeyType: JourneyMap['journeyType'];
  readonly status: JourneyMap['status'];
  readonly locale: Locale;
  readonly tags: string[];
  readonly personaIds: string[];
  readonly stageCount: number;
  readonly revision: number;
  readonly updatedAt: string;
}

export interface CreateMapRequest {
  readonly templateId?: string | undefined;
  readonly locale?: Locale | undefined;
  readonly title?: string | undefined;
  readonly id?: string | undefined;
}

type Db = Kysely<Database> | Transaction<Database>;

const operationsSchema = z.array(mapOperationSchema).min(1, 'must contain at least one operation').max(1000);

/** Journey maps: stored whole with a revision number; every change is recorded in map_revisions. */
export class MapService {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly workspaces: WorkspaceService,
  ) {}

  async list(
    workspaceId: string,
    filter: { q?: string | undefined; tag?: string | undefined } = {},
  ): Promise<MapSummary[]> {
    await this.workspaces.get(workspaceId);
    const rows = await this.db
      .selectFrom('maps')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .orderBy('updated_at', 'desc')
      .orderBy('id')
      .execute();
    const needle = filter.q?.trim().toLocaleLowerCase();
    return rows
      .map((row) => ({ row, map: journeyMapSchema.parse(row.document) }))
      .filter(
        ({ map }) =>
          !needle ||
          `${map.title}\n${map.description}\n${map.tags.join(' ')}`.toLocaleLowerCase().includes(needle),
      )
      .filter(({ map }) => !filter.tag || map.tags.includes(filter.tag))
      .map(({ row, map }) => ({
        id: map.id,
        title: map.title,
        kind: map.kind,
        journeyType: map.journeyType,
        status: map.status,
        locale: map.locale,
        tags: map.tags,
        personaIds: map.personaIds,
        stageCount: map.stages.length,
        revision: row.revision,
        updatedAt: new Date(row.updated_at).toISOString(),
      }));
  }

  async get(workspaceId: string, id: string): Promise<StoredMap> {
    await this.workspaces.get(workspaceId);
    return readMap(this.db, workspaceId, id);
  }

  /** An empty map with a title, or a map drawn from a template (its touchpoints join the catalogue). */
  async create(workspaceId: string, request: CreateMapRequest, actor: string): Promise<StoredMap> {
    const mapId = request.id ?? createId();
    const locale = request.locale ?? 'en';
    let map: JourneyMap;
    let touchpoints: Touchpoint[] = [];
    if (request.templateId !== undefined) {
      const template = findTemplate(request.templateId);
      if (!template) {
        throw new InvalidInputError(`templateId: there is no template "${request.templateId}"`, [
          { path: 'templateId', message: `there is no template "${request.templateId}"` },
        ]);
      }
      const made = instantiateTemplate(template, {
        mapId,
        locale,
        ...(request.title ? { title: request.title } : {}),
      });
      // Through parseInput like every stored map: the caller's title is text the database must hold.
      map = parseInput(journeyMapSchema, made.map, 'map');
      touchpoints = made.touchpoints;
    } else {
      if (!request.title) {
        throw new InvalidInputError('title: a map needs a title or a templateId', [
          { path: 'title', message: 'a map needs a title or a templateId' },
        ]);
      }
      map = parseInput(journeyMapSchema, { id: mapId, title: request.title, locale }, 'map');
    }
    return this.db.transaction().execute(async (trx) => {
      await requireWorkspace(trx, workspaceId);
      for (const touchpoint of touchpoints) {
        await insertTouchpointIfMissing(trx, workspaceId, touchpoint);
      }
      return insertMap(trx, workspaceId, map, 'create', actor);
    });
  }

  /** Replaces the whole map, only if it is still at `baseRevision`. */
  async replace(
    workspaceId: string,
    id: string,
    baseRevision: number,
    input: unknown,
    actor: string,
  ): Promise<StoredMap> {
    const map = parseInput(journeyMapSchema, input, 'map', ['map']);
    if (map.id !== id) {
      throw new InvalidInputError(`map.id: "${map.id}" does not match the map in the URL ("${id}")`, [
        { path: 'map.id', message: `does not match the map in the URL ("${id}")` },
      ]);
    }
    return this.db.transaction().execute(async (trx) => {
      await requireWorkspace(trx, workspaceId);
      const current = await readMap(trx, workspaceId, id, { forUpdate: true });
      if (current.revision !== baseRevision) throw staleRevision('map', id, current.revision);
      await checkReferences(trx, workspaceId, map, 'map.');
      return updateMap(
        trx,
        workspaceId,
        map,
        current.revision + 1,
        { change_kind: 'replace', document: jsonb(map) },
        actor,
      );
    });
  }

  /** Applies a batch of operations atomically on top of `baseRevision`. */
  async applyOperations(
    workspaceId: string,
    id: string,
    baseRevision: number,
    input: unknown,
    actor: string,
  ): Promise<StoredMap & { inverses: MapOperation[] }> {
    const operations = parseInput(operationsSchema, input, 'operations', ['operations']);
    return this.db.transaction().execute(async (trx) => {
      await requireWorkspace(trx, workspaceId);
      const current = await readMap(trx, workspaceId, id, { forUpdate: true });
      if (current.revision !== baseRevision) throw staleRevision('map', id, current.revision);
      let applied: { map: JourneyMap; inverses: MapOperation[] };
      try {
        applied = applyOperations(current.map, operations);
      } catch (error) {
        if (!(error instanceof MapOperationError)) throw error;
        const path = pathToString(['operations', ...error.path]);
        throw new InvalidInputError(error.message, [{ path, message: error.message }]);
      }
      await checkReferences(trx, workspaceId, applied.map, '');
      const stored = await updateMap(
        trx,
        workspaceId,
        applied.map,
        current.revision + 1,
        { change_kind: 'operations', operations: jsonb(operations), inverses: jsonb(applied.inverses) },
        actor,
      );
      return { ...stored, inverses: applied.inverses };
    });
  }

  async delete(workspaceId: string, id: string): Promise<void> {
    await this.workspaces.get(workspaceId);
    const result = await this.db
      .deleteFrom('maps')
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .executeTakeFirst();
    if (result.numDeletedRows === 0n) throw new NotFoundError('map', id);
  }

  /** The audit trail: who changed what, revision by revision. */
  async history(workspaceId: string, id: string) {
    await this.get(workspaceId, id);
    const rows = await this.db
      .selectFrom('map_revisions')
      .select(['revision', 'change_kind', 'operations', 'actor', 'created_at'])
      .where('workspace_id', '=', workspaceId)
      .where('map_id', '=', id)
      .orderBy('revision', 'desc')
      .execute();
    return rows.map((row) => ({
      revision: row.revision,
      changeKind: row.change_kind,
      operations: Array.isArray(row.operations)
        ? row.operations.map((op) => mapOperationSchema.parse(op))
        : [],
      actor: row.actor,
      createdAt: new Date(row.created_at).toISOString(),
    }));
  }
}

export async function readMap(
  db: Db,
  workspaceId: string,
  id: string,
  options: { forUpdate?: boolean } = {},
): Promise<StoredMap> {
  let query = db.selectFrom('maps').selectAll().where('workspace_id', '=', workspaceId).where('id', '=', id);
  if (options.forUpdate) query = query.forUpdate();
  const row = await query.executeTakeFirst();
  if (!row) throw new NotFoundError('map', id);
  return {
    map: journeyMapSchema.parse(row.document),
    revision: row.revision,
    createdAt: new Date(row.created_at).toISOString(),
    updatedAt: new Date(row.updated_at).toISOString(),
  };
}

export async function insertMap(
  trx: Transaction<Database>,
  workspaceId: string,
  map: JourneyMap,
  changeKind: 'create' | 'import',
  actor: string,
): Promise<StoredMap> {
  await checkReferences(trx, workspaceId, map, 'map.');
  const row = await trx
    .insertInto('maps')
    .values({ workspace_id: workspaceId, id: map.id, title: map.title, document: jsonb(map), revision: 1 })
    .onConflict((conflict) => conflict.columns(['workspace_id', 'id']).doNothing())
    .returningAll()
    .executeTakeFirst();
  if (!row) throw new ConflictError(`map "${map.id}" already exists`, { id: map.id });
  await trx
    .insertInto('map_revisions')
    .values({
      workspace_id: workspaceId,
      map_id: map.id,
      revision: 1,
      change_kind: changeKind,
      operations: null,
      inverses: null,
      document: jsonb(map),
      actor,
    })
    .execute();
  return readMap(trx, workspaceId, map.id);
}

async function updateMap(
  trx: Transaction<Database>,
  workspaceId: string,
  map: JourneyMap,
  revision: number,
  change: {
    change_kind: 'operations' | 'replace';
    operations?: ReturnType<typeof jsonb>;
    inverses?: ReturnType<typeof jsonb>;
    document?: ReturnType<typeof jsonb>;
  },
  actor: string,
): Promise<StoredMap> {
  await trx
    .updateTable('maps')
    .set({ title: map.title, document: jsonb(map), revision, updated_at: new Date() })
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', map.id)
    .execute();
  await trx
    .insertInto('map_revisions')
    .values({
      workspace_id: workspaceId,
      map_id: map.id,
      revision,
      change_kind: change.change_kind,
      operations: change.operations ?? null,
      inverses: change.inverses ?? null,
      document: change.document ?? null,
      actor,
    })
    .execute();
  return readMap(trx, workspaceId, map.id);
}

/** Touchpoints and personas a map refers to must exist in its workspace. */
async function checkReferences(db: Db, workspaceId: string, map: JourneyMap, prefix: string): Promise<void> {
  const touchpointIds = [...referencedTouchpointIds(map)];
  if (touchpointIds.length > 0) {
    const found = await db
      .selectFrom('touchpoints')
      .select('id')
      .where('workspace_id', '=', workspaceId)
      .where('id', 'in', touchpointIds)
      .execute();
    const missing = touchpointIds.filter((id) => !found.some((row) => row.id === id));
    if (missing.length > 0) {
      throw new InvalidInputError(
        `${prefix}cells: touchpoint(s) ${missing.map((id) => `"${id}"`).join(', ')} do not exist in this workspace`,
        [{ path: `${prefix}cells`, message: `unknown touchpoint(s): ${missing.join(', ')}` }],
      );
    }
  }
  if (map.personaIds.length > 0) {
    const found = await db
      .selectFrom('personas')
      .select('id')
      .where('workspace_id', '=', workspaceId)
      .where('id', 'in', map.personaIds)
      .execute();
    const missing = map.personaIds.filter((id) => !found.some((row) => row.id === id));
    if (missing.length > 0) {
      throw new InvalidInputError(
        `${prefix}personaIds: persona(s) ${missing.map((id) => `"${id}"`).join(', ')} do not exist in this workspace`,
        [{ path: `${prefix}personaIds`, message: `unknown persona(s): ${missing.join(', ')}` }],
      );
    }
  }
}
