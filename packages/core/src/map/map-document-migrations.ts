import { CURRENT_MAP_SCHEMA_VERSION, MAP_DOCUMENT_FORMAT } from './map-document.js';

/** One step of the interchange format, from `from` to `from + 1` and back. */
export interface MapDocumentMigration {
  readonly from: number;
  readonly name: string;
  up(document: Record<string, unknown>): Record<string, unknown>;
  down(document: Record<string, unknown>): Record<string, unknown>;
}

/**
 * The named migrations of the map format, oldest first. Version 1 is the first published
 * version, so the list is empty; a change to the format appends a migration here (with tests
 * for up, down and the round trip) and raises CURRENT_MAP_SCHEMA_VERSION.
 */
export const MAP_DOCUMENT_MIGRATIONS: readonly MapDocumentMigration[] = [];

export class MapDocumentVersionError extends Error {
  override readonly name = 'MapDocumentVersionError';
  constructor(
    message: string,
    readonly path: string[],
  ) {
    super(message);
  }
}

/**
 * Brings a parsed JSON document of any supported version to `target` (by default the current
 * version), one named migration at a time. The result still has to pass mapDocumentSchema.
 */
export function migrateMapDocument(
  document: unknown,
  migrations: readonly MapDocumentMigration[] = MAP_DOCUMENT_MIGRATIONS,
  target: number = CURRENT_MAP_SCHEMA_VERSION,
): Record<string, unknown> {
  if (!isRecord(document)) throw new MapDocumentVersionError('a map document must be a JSON object', []);
  if (document['format'] !== MAP_DOCUMENT_FORMAT) {
    throw new MapDocumentVersionError(`format must be "${MAP_DOCUMENT_FORMAT}"`, ['format']);
  }
  const version = document['schemaVersion'];
  if (typeof version !== 'number' || !Number.isInteger(version)) {
    throw new MapDocumentVersionError('schemaVersion must be an integer', ['schemaVersion']);
  }
  const oldest = migrations[0]?.from ?? target;
  if (version < oldest || version > target) {
    throw new MapDocumentVersionError(
      `schemaVersion ${version} is not supported: this server reads versions ${oldest} to ${target}`,
      ['schemaVersion'],
    );
  }
  let current = document;
  for (let at = version; at < target; at++) {
    const migration = migrations.find((candidate) => candidate.from === at);
    if (!migration)
      throw new MapDocumentVersionError(`no migration from schemaVersion ${at}`, ['schemaVersion']);
    current = { ...migration.up(current), schemaVersion: at + 1 };
  }
  return current;
}

/** Takes a current document down to an older version, for export to older servers. */
export function downgradeMapDocument(
  document: Record<string, unknown>,
  target: number,
  migrations: readonly MapDocumentMigration[] = MAP_DOCUMENT_MIGRATIONS,
): Record<string, unknown> {
  const version = document['schemaVersion'];
  if (typeof version !== 'number')
    throw new MapDocumentVersionError('schemaVersion must be an integer', ['schemaVersion']);
  let current = document;
  for (let at = version; at > target; at--) {
    const migration = migrations.find((candidate) => candidate.from === at - 1);
    if (!migration)
      throw new MapDocumentVersionError(`no migration down from schemaVersion ${at}`, ['schemaVersion']);
    current = { ...migration.down(current), schemaVersion: at - 1 };
  }
  return current;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
