import { createId, personaDraftSchema, personaSchema, type Persona } from '@safar/core';
import { sql, type Kysely } from 'kysely';
import type { Database } from '../storage/database-schema.js';
import { insertPersonaIfMissing } from '../storage/catalogue-rows.js';
import { jsonb } from '../storage/json-value.js';
import { asObject, parseInput } from './parse-input.js';
import { ConflictError, NotFoundError, staleRevision } from './service-errors.js';
import { toStoredDocument, type StoredDocument } from './stored-document.js';
import type { WorkspaceService } from './workspace-service.js';

export type StoredPersona = StoredDocument<'persona', Persona>;

export class PersonaService {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly workspaces: WorkspaceService,
  ) {}

  async list(workspaceId: string): Promise<StoredPersona[]> {
    await this.workspaces.get(workspaceId);
    const rows = await this.db
      .selectFrom('personas')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .orderBy('name')
      .orderBy('id')
      .execute();
    return rows.map((row) => toStoredDocument('persona', personaSchema, row));
  }

  async get(workspaceId: string, id: string): Promise<StoredPersona> {
    await this.workspaces.get(workspaceId);
    const row = await this.db
      .selectFrom('personas')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .executeTakeFirst();
    if (!row) throw new NotFoundError('persona', id);
    return toStoredDocument('persona', personaSchema, row);
  }

  async create(workspaceId: string, input: unknown): Promise<StoredPersona> {
    await this.workspaces.get(workspaceId);
    const draft = parseInput(personaDraftSchema, input, 'persona');
    const persona = { ...draft, id: draft.id ?? createId() };
    const row = await insertPersonaIfMissing(this.db, workspaceId, persona);
    if (!row) throw new ConflictError(`persona "${persona.id}" already exists`, { id: persona.id });
    return toStoredDocument('persona', personaSchema, row);
  }

  /** Replaces a persona; with `baseRevision`, only if nobody changed it since that revision. */
  async replace(
    workspaceId: string,
    id: string,
    input: unknown,
    baseRevision?: number,
  ): Promise<StoredPersona> {
    const current = await this.get(workspaceId, id);
    const persona = parseInput(personaSchema, { ...asObject(input), id }, 'persona');
    // Checked here first: a baseRevision beyond PostgreSQL's integer range would fail the query.
    if (baseRevision !== undefined && baseRevision !== current.revision) {
      throw staleRevision('persona', id, current.revision);
    }
    const expected = baseRevision ?? current.revision;
    const row = await this.db
      .updateTable('personas')
      .set({ name: persona.name, document: jsonb(persona), revision: expected + 1, updated_at: new Date() })
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .where('revision', '=', expected)
      .returningAll()
      .executeTakeFirst();
    if (!row) throw staleRevision('persona', id, (await this.get(workspaceId, id)).revision);
    return toStoredDocument('persona', personaSchema, row);
  }

  async delete(workspaceId: string, id: string): Promise<void> {
    await this.get(workspaceId, id);
    const users = await this.db
      .selectFrom('maps')
      .select(['id', 'title'])
      .where('workspace_id', '=', workspaceId)
      .where(sql<boolean>`document -> 'personaIds' @> ${jsonb([id])}`)
      .execute();
    if (users.length > 0) {
      throw new ConflictError(`persona "${id}" is attached to ${users.length} map(s); detach it first`, {
        maps: users,
      });
    }
    await this.db
      .deleteFrom('personas')
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .execute();
  }
}
