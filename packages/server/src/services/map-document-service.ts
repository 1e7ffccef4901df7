import {
  CURRENT_MAP_SCHEMA_VERSION,
  createId,
  MAP_DOCUMENT_FORMAT,
  MapDocumentVersionError,
  mapDocumentSchema,
  migrateMapDocument,
  personaSchema,
  referencedTouchpointIds,
  touchpointSchema,
  type MapDocument,
} from '@safar/core';
import type { Kysely } from 'kysely';
import type { Database } from '../storage/database-schema.js';
import { insertPersonaIfMissing, insertTouchpointIfMissing } from '../storage/catalogue-rows.js';
import { insertMap, readMap, type StoredMap } from './map-service.js';
import { parseInput } from './parse-input.js';
import { requireWorkspace } from './require-workspace.js';
import { ConflictError, InvalidInputError } from './service-errors.js';

export interface ImportResult {
  readonly stored: StoredMap;
  /** Catalogue entries the document brought that the workspace did not have yet. */
  readonly createdTouchpointIds: string[];
  readonly createdPersonaIds: string[];
  /** Entries whose id the workspace already had: the workspace's own version is kept. */
  readonly keptTouchpointIds: string[];
  readonly keptPersonaIds: string[];
}

/** The versioned JSON interchange format (docs/map-format.md): export and import of whole maps. */
export class MapDocumentService {
  constructor(private readonly db: Kysely<Database>) {}

  async export(workspaceId: string, mapId: string): Promise<MapDocument> {
    await requireWorkspace(this.db, workspaceId);
    const { map } = await readMap(this.db, workspaceId, mapId);
    const touchpointIds = [...referencedTouchpointIds(map)];
    const touchpointRows = touchpointIds.length
      ? await this.db
          .selectFrom('touchpoints')
          .select(['id', 'document'])
          .where('workspace_id', '=', workspaceId)
          .where('id', 'in', touchpointIds)
          .orderBy('id')
          .execute()
      : [];
    const personaRows = map.personaIds.length
      ? await this.db
          .selectFrom('personas')
          .select(['id', 'document'])
          .where('workspace_id', '=', workspaceId)
          .where('id', 'in', map.personaIds)
          .orderBy('id')
          .execute()
      : [];
    return {
      format: MAP_DOCUMENT_FORMAT,
      schemaVersion: CURRENT_MAP_SCHEMA_VERSION,
      map,
      touchpoints: touchpointRows.map((row) => touchpointSchema.parse(row.document)),
      personas: personaRows.map((row) => personaSchema.parse(row.document)),
    };
  }

  /**
   * Imports a map document of any supported version. The map keeps its id unless
   * `asCopy` is set (then it gets a new one); an id already in use is a conflict.
   */
  async import(
    workspaceId: string,
    input: unknown,
    options: { asCopy?: boolean; actor: string },
  ): Promise<ImportResult> {
    let migrated: Record<string, unknown>;
    try {
      migrated = migrateMapDocument(input);
    } catch (error) {
      if (error instanceof MapDocumentVersionError) {
        throw new InvalidInputError(error.message, [{ path: error.path.join('.'), message: error.message }]);
      }
      throw error;
    }
    const document = parseInput(mapDocumentSchema, migrated, 'map document');
    const map = options.asCopy ? { ...document.map, id: createId() } : document.map;
    return this.db.transaction().execute(async (trx) => {
      await requireWorkspace(trx, workspaceId);
      const result = {
        createdTouchpointIds: [] as string[],
        keptTouchpointIds: [] as string[],
        createdPersonaIds: [] as string[],
        keptPersonaIds: [] as string[],
      };
      for (const touchpoint of document.touchpoints) {
        const inserted = await insertTouchpointIfMissing(trx, workspaceId, touchpoint);
        (inserted ? result.createdTouchpointIds : result.keptTouchpointIds).push(touchpoint.id);
      }
      for (const persona of document.personas) {
        const inserted = await insertPersonaIfMissing(trx, workspaceId, persona);
        (inserted ? result.createdPersonaIds : result.keptPersonaIds).push(persona.id);
      }
      const existing = await trx
        .selectFrom('maps')
        .select('id')
        .where('workspace_id', '=', workspaceId)
        .where('id', '=', map.id)
        .executeTakeFirst();
      if (existing) {
        throw new ConflictError(
          `map "${map.id}" already exists in this workspace; import it as a copy to keep both`,
          { id: map.id },
        );
      }
      const stored = await insertMap(trx, workspaceId, map, 'import', options.actor);
      return { stored, ...result };
    });
  }
}
