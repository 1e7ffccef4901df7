import { randomUUID } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql, type Kysely } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SafarServices } from '../services/safar-services.js';
import { ConflictError } from '../services/service-errors.js';
import {
  servicesOver,
  testEngines,
  type EngineName,
  type TestServices,
} from '../test-support/test-engines.js';
import type { Database } from './database-schema.js';
import { migrateToLatest, splitStatements } from './migrate.js';
import { openDatabase, type OpenDatabase } from './open-database.js';

const MIGRATIONS_DIR = new URL('../../migrations/', import.meta.url);
const MIGRATION_NAMES = readdirSync(MIGRATIONS_DIR)
  .filter((file) => file.endsWith('.sql'))
  .map((file) => file.replace(/\.sql$/, ''))
  .sort();

describe('splitStatements', () => {
  it('splits on a semicolon at the end of a line', () => {
    expect(splitStatements('CREATE TABLE a (x int);\nCREATE TABLE b (\n  y int\n);   \n')).toEqual([
      'CREATE TABLE a (x int)',
      'CREATE TABLE b (\n  y int\n)',
    ]);
  });

  it('keeps a semicolon inside a line, and a last statement without one', () => {
    expect(splitStatements("INSERT INTO t VALUES ('a;b');\nSELECT 1")).toEqual([
      "INSERT INTO t VALUES ('a;b')",
      'SELECT 1',
    ]);
  });

  it('drops comment lines, indented ones too, and statements that were only comments', () => {
    const text =
      '-- header\n-- more header;\nCREATE TABLE a (\n  -- the key\n  id text\n);\n-- trailing note;\n';
    expect(splitStatements(text)).toEqual(['CREATE TABLE a (\n  id text\n)']);
    expect(splitStatements('')).toEqual([]);
    expect(splitStatements('  \n-- nothing here\n\n')).toEqual([]);
  });

  it('splits the shipped migrations into comment-free CREATE statements', () => {
    const text = readFileSync(new URL('0001_create_documents.sql', MIGRATIONS_DIR), 'utf8');
    const statements = splitStatements(text);
    expect(statements.map((statement) => statement.split('(')[0]?.trim())).toEqual([
      'CREATE TABLE workspaces',
      'CREATE TABLE personas',
      'CREATE TABLE touchpoints',
      'CREATE TABLE maps',
      'CREATE TABLE map_revisions',
    ]);
    for (const statement of statements) {
      expect(statement).not.toMatch(/^\s*--/m);
      expect(statement.endsWith(';')).toBe(false);
    }
  });
});

/** A database that can be closed and opened again at the same place. */
interface ReopenableDatabase {
  open(): Promise<OpenDatabase>;
  remove(): Promise<void>;
}

async function reopenableDatabase(engine: EngineName): Promise<ReopenableDatabase> {
  if (engine === 'pglite') {
    const dataDir = mkdtempSync(join(tmpdir(), 'safar-'));
    return {
      open: () => openDatabase({ dataDir }),
      remove: async () => rmSync(dataDir, { recursive: true, force: true }),
    };
  }
  const adminUrl = process.env['TEST_DATABASE_URL'];
  if (!adminUrl) throw new Error('TEST_DATABASE_URL is not set');
  const name = `safar_storage_${randomUUID().replaceAll('-', '').slice(0, 16)}`;
  await adminQuery(adminUrl, `CREATE DATABASE ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    open: () => openDatabase({ databaseUrl: url.toString() }),
    remove: () => adminQuery(adminUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
  };
}

async function adminQuery(connectionString: string, text: string): Promise<void> {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

async function appliedMigrations(db: Kysely<Database>): Promise<{ name: string; timestamp: string }[]> {
  const { rows } = await sql<{ name: string; timestamp: string }>`
    select name, timestamp from kysely_migration order by name`.execute(db);
  return rows;
}

describe.each(testEngines())('storage on %s', (engine) => {
  let place: ReopenableDatabase;
  let database: OpenDatabase;
  let services: SafarServices;
  let opened: TestServices | undefined;
  let migratedAtFirstOpen: { name: string; timestamp: string }[];

  // Open, write, close, and open the same database again: everything below runs on the reopened one.
  beforeAll(async () => {
    place = await reopenableDatabase(engine);
    const first = await servicesOver(await place.open());
    try {
      migratedAtFirstOpen = await appliedMigrations(first.services.database.db);
      const before = first.services;
      await before.workspaces.create({ id: 'acme', name: 'Acme' });
      await before.personas.create('acme', { id: 'sara', name: 'Sara' });
      await before.maps.create('acme', { id: 'kept', title: 'Kept across restarts' }, 'tester');
      await before.maps.applyOperations(
        'acme',
        'kept',
        1,
        [{ type: 'updateMap', changes: { personaIds: ['sara'] } }],
        'tester',
      );
    } finally {
      await first.close();
    }
    opened = await servicesOver(await place.open());
    services = opened.services;
    database = services.database;
  });
  afterAll(async () => {
    await opened?.close();
    await place?.remove();
  });

  it('records each migration once, and running them again is a no-op', async () => {
    expect(migratedAtFirstOpen.map((row) => row.name)).toEqual(MIGRATION_NAMES);
    expect(await appliedMigrations(database.db)).toEqual(migratedAtFirstOpen);
    await migrateToLatest(database.db);
    await migrateToLatest(database.db);
    expect(await appliedMigrations(database.db)).toEqual(migratedAtFirstOpen);
    expect((await services.workspaces.list()).map((workspace) => workspace.id)).toEqual(['acme']);
  });

  it('keeps the data written before the database was closed', async () => {
    const stored = await services.maps.get('acme', 'kept');
    expect(stored.revision).toBe(2);
    expect(stored.map).toMatchObject({ id: 'kept', title: 'Kept across restarts', personaIds: ['sara'] });
    const history = await services.maps.history('acme', 'kept');
    expect(history.map((entry) => [entry.revision, entry.changeKind, entry.actor])).toEqual([
      [2, 'operations', 'tester'],
      [1, 'create', 'tester'],
    ]);
    expect((await services.personas.get('acme', 'sara')).persona.name).toBe('Sara');
  });

  it('applies exactly one of two concurrent edits at the same baseRevision', async () => {
    await services.maps.create('acme', { id: 'contested', title: 'Contested' }, 'tester');
    for (let round = 0; round < 5; round++) {
      const baseRevision = round + 1;
      const results = await Promise.allSettled(
        ['left', 'right'].map((side) =>
          services.maps.applyOperations(
            'acme',
            'contested',
            baseRevision,
            [{ type: 'updateMap', changes: { title: `${side} ${round}` } }],
            side,
          ),
        ),
      );
      const won = results.filter((result) => result.status === 'fulfilled');
      const lost = results.filter((result) => result.status === 'rejected');
      expect(won).toHaveLength(1);
      expect(lost).toHaveLength(1);
      const reason: unknown = lost[0]?.reason;
      expect(reason).toBeInstanceOf(ConflictError);
      expect(reason instanceof ConflictError ? reason.details['currentRevision'] : undefined).toBe(
        baseRevision + 1,
      );

      const stored = await services.maps.get('acme', 'contested');
      expect(stored.revision).toBe(baseRevision + 1);
      expect(stored.map).toEqual(won[0]?.status === 'fulfilled' ? won[0].value.map : undefined);
    }
    const history = await services.maps.history('acme', 'contested');
    expect(history.map((entry) => entry.revision)).toEqual([6, 5, 4, 3, 2, 1]);
  });
});
