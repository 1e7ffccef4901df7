import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { Kysely, PostgresDialect } from 'kysely';
import { PGliteDialect } from 'kysely-pglite-dialect';
import pg from 'pg';
import type { Database } from './database-schema.js';
import { migrateToLatest } from './migrate.js';

export interface DatabaseOptions {
  /** A PostgreSQL connection string; when absent, an embedded PGlite database is used. */
  readonly databaseUrl?: string | undefined;
  /** Where PGlite keeps its files; `memory://` (or absent) keeps them in memory. */
  readonly dataDir?: string | undefined;
}

export interface OpenDatabase {
  readonly db: Kysely<Database>;
  readonly engine: 'postgres' | 'pglite';
  close(): Promise<void>;
}

/** Opens the document database and brings its schema up to date before anyone uses it. */
export async function openDatabase(options: DatabaseOptions): Promise<OpenDatabase> {
  const { db, engine } = options.databaseUrl
    ? {
        db: new Kysely<Database>({ dialect: postgresDialect(options.databaseUrl) }),
        engine: 'postgres' as const,
      }
    : {
        db: new Kysely<Database>({ dialect: new PGliteDialect(openPglite(options.dataDir)) }),
        engine: 'pglite' as const,
      };
  try {
    await migrateToLatest(db);
  } catch (error) {
    await db.destroy();
    throw error;
  }
  return { db, engine, close: () => db.destroy() };
}

function postgresDialect(connectionString: string): PostgresDialect {
  return new PostgresDialect({ pool: new pg.Pool({ connectionString, max: 10 }) });
}

function openPglite(dataDir: string | undefined): PGlite {
  if (!dataDir || dataDir.startsWith('memory://')) return new PGlite();
  mkdirSync(dataDir, { recursive: true });
  return new PGlite(dataDir);
}
