import { describe, expect, it } from 'vitest';
import { CURRENT_MAP_SCHEMA_VERSION, MAP_DOCUMENT_FORMAT } from './map-document.js';
import {
  MAP_DOCUMENT_MIGRATIONS,
  MapDocumentVersionError,
  downgradeMapDocument,
  migrateMapDocument,
} from './map-document-migrations.js';
import type { MapDocumentMigration } from './map-document-migrations.js';

/** v1 -> v2 renames `map.name` to `map.title`. */
const renameName: MapDocumentMigration = {
  from: 1,
  name: 'rename map name to title',
  up: ({ map, ...document }) => {
    const { name, ...rest } = asRecord(map);
    return { ...document, map: { ...rest, title: name } };
  },
  down: ({ map, ...document }) => {
    const { title, ...rest } = asRecord(map);
    return { ...document, map: { ...rest, name: title } };
  },
};

/** v2 -> v3 adds `personas`. */
const addPersonas: MapDocumentMigration = {
  from: 2,
  name: 'add personas',
  up: (document) => ({ ...document, personas: [] }),
  down: ({ personas: _personas, ...document }) => document,
};

const CHAIN = [renameName, addPersonas];

const v1 = () => ({
  format: MAP_DOCUMENT_FORMAT,
  schemaVersion: 1,
  map: { id: 'm1', name: 'Buying a bike', stages: [] },
  touchpoints: [],
});

function asRecord(value: unknown): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Error('not an object');
  return Object.fromEntries(Object.entries(value));
}

/** The MapDocumentVersionError that `act` throws. */
function versionError(act: () => unknown): MapDocumentVersionError {
  try {
    act();
  } catch (error) {
    if (error instanceof MapDocumentVersionError) return error;
    throw error;
  }
  throw new Error('expected a MapDocumentVersionError, but nothing was thrown');
}

describe('migrateMapDocument with an injected chain of two migrations', () => {
  it('brings a v1 document up through both migrations to v3', () => {
    expect(migrateMapDocument(v1(), CHAIN, 3)).toEqual({
      format: MAP_DOCUMENT_FORMAT,
      schemaVersion: 3,
      map: { id: 'm1', title: 'Buying a bike', stages: [] },
      touchpoints: [],
      personas: [],
    });
  });

  it('brings a v2 document up by the last migration only, and leaves a v3 document as it is', () => {
    const v2 = migrateMapDocument(v1(), CHAIN, 2);
    expect(v2).toEqual({ ...v1(), schemaVersion: 2, map: { id: 'm1', title: 'Buying a bike', stages: [] } });
    expect(migrateMapDocument(v2, CHAIN, 3)).toEqual(migrateMapDocument(v1(), CHAIN, 3));
    const v3 = migrateMapDocument(v1(), CHAIN, 3);
    expect(migrateMapDocument(v3, CHAIN, 3)).toEqual(v3);
  });

  it('does not modify the document it is given', () => {
    const document = v1();
    migrateMapDocument(document, CHAIN, 3);
    expect(document).toEqual(v1());
  });

  it('round-trips: down from v3 to v1 gives back the original', () => {
    const v3 = migrateMapDocument(v1(), CHAIN, 3);
    expect(downgradeMapDocument(v3, 1, CHAIN)).toEqual(v1());
    expect(downgradeMapDocument(v3, 2, CHAIN)).toEqual(migrateMapDocument(v1(), CHAIN, 2));
    expect(downgradeMapDocument(v3, 3, CHAIN)).toEqual(v3);
  });

  it('rejects a document that is not an object', () => {
    for (const document of [null, 'safar', 42, [v1()]]) {
      expect(versionError(() => migrateMapDocument(document, CHAIN, 3)).path).toEqual([]);
    }
  });

  it('rejects a wrong or missing format', () => {
    for (const format of ['safar.persona', undefined]) {
      const error = versionError(() => migrateMapDocument({ ...v1(), format }, CHAIN, 3));
      expect(error.path).toEqual(['format']);
      expect(error.message).toContain(MAP_DOCUMENT_FORMAT);
    }
  });

  it('rejects a schemaVersion that is not an integer', () => {
    for (const schemaVersion of [1.5, '1', null, undefined, Number.NaN]) {
      const error = versionError(() => migrateMapDocument({ ...v1(), schemaVersion }, CHAIN, 3));
      expect(error.path).toEqual(['schemaVersion']);
      expect(error.message).toMatch(/schemaVersion must be an integer/);
    }
  });

  it('rejects a schemaVersion newer than the target, naming it and the supported range', () => {
    const error = versionError(() => migrateMapDocument({ ...v1(), schemaVersion: 4 }, CHAIN, 3));
    expect(error.path).toEqual(['schemaVersion']);
    expect(error.message).toContain('schemaVersion 4');
    expect(error.message).toContain('1 to 3');
  });

  it('rejects a schemaVersion older than the oldest migration', () => {
    for (const schemaVersion of [0, -1]) {
      const error = versionError(() => migrateMapDocument({ ...v1(), schemaVersion }, CHAIN, 3));
      expect(error.path).toEqual(['schemaVersion']);
      expect(error.message).toContain(`schemaVersion ${schemaVersion}`);
    }
    // Without the first migration, v1 can no longer be read.
    const error = versionError(() => migrateMapDocument(v1(), [addPersonas], 3));
    expect(error.path).toEqual(['schemaVersion']);
    expect(error.message).toContain('schemaVersion 1');
  });

  it('rejects a gap in the chain', () => {
    const error = versionError(() => migrateMapDocument(v1(), [renameName], 3));
    expect(error.path).toEqual(['schemaVersion']);
    expect(error.message).toContain('schemaVersion 2');
  });
});

describe('downgradeMapDocument', () => {
  it('rejects a document without a numeric schemaVersion', () => {
    const error = versionError(() => downgradeMapDocument({ ...v1(), schemaVersion: '3' }, 1, CHAIN));
    expect(error.path).toEqual(['schemaVersion']);
  });

  it('rejects a target it has no migration down to', () => {
    const v3 = migrateMapDocument(v1(), CHAIN, 3);
    const error = versionError(() => downgradeMapDocument(v3, 0, CHAIN));
    expect(error.path).toEqual(['schemaVersion']);
    expect(error.message).toContain('schemaVersion 1');
  });
});

describe('the real MAP_DOCUMENT_MIGRATIONS', () => {
  it('are empty while version 1 is the current version', () => {
    expect(MAP_DOCUMENT_MIGRATIONS).toEqual([]);
    expect(CURRENT_MAP_SCHEMA_VERSION).toBe(1);
  });

  it('pass a v1 document through unchanged', () => {
    const document = v1();
    expect(migrateMapDocument(document)).toEqual(v1());
    expect(downgradeMapDocument(document, 1)).toEqual(v1());
  });

  it('reject a v2 document, naming its version', () => {
    const error = versionError(() => migrateMapDocument({ ...v1(), schemaVersion: 2 }));
    expect(error.path).toEqual(['schemaVersion']);
    expect(error.message).toContain('schemaVersion 2');
    expect(error.message).toContain('1 to 1');
  });
});
