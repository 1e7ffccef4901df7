import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EVENT_COLUMNS } from '../stored-row.js';

const BIGINT_COLUMNS = new Set<string>(['timestamp_ms', 'received_at_ms']);

const columnTypes = (columns: readonly string[]) =>
  `{${columns.map((column) => `${column}: '${BIGINT_COLUMNS.has(column) ? 'BIGINT' : 'VARCHAR'}'`).join(', ')}}`;

/** The `columns` argument of read_json for event rows: every column named and typed, nothing guessed. */
export const EVENT_ROW_JSON_COLUMNS = columnTypes(EVENT_COLUMNS);

/** The same for rendered rows (RenderedEvents), which leave the workspace_id to the insert. */
export const RENDERED_ROW_JSON_COLUMNS = columnTypes(
  EVENT_COLUMNS.filter((column) => column !== 'workspace_id'),
);

/**
 * Where appended rows wait, as newline-delimited JSON, for DuckDB to read them in. Handing DuckDB
 * a file moves the parsing and column building onto its own threads; the appender instead makes
 * one synchronous call per value on Node's main thread, which also serves the tracking API.
 * The files hold nothing durable (the write-ahead log does), so they are never synced.
 */
export class RowFiles {
  private counter = 0;

  private constructor(
    private readonly dir: string,
    private readonly owned: boolean,
  ) {}

  /** Beside the database file, or in a temporary directory for an in-memory database. */
  static for(databasePath: string): RowFiles {
    if (databasePath === ':memory:') return new RowFiles(mkdtempSync(join(tmpdir(), 'safar-rows-')), true);
    const dir = `${databasePath}.rows`;
    // Left over from a crash: whatever they held is replayed from the write-ahead log.
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    return new RowFiles(dir, false);
  }

  /**
   * Writes the blocks of JSON lines, in order, to a new file and returns its path; the caller
   * removes it with `done`. One writev: the blocks are not first copied into one.
   */
  async write(blocks: readonly Uint8Array[]): Promise<string> {
    this.counter += 1;
    const path = join(this.dir, `${process.pid}-${this.counter}.ndjson`);
    const file = await open(path, 'w');
    try {
      await file.writev(blocks.filter((block) => block.length > 0));
    } finally {
      await file.close();
    }
    return path;
  }

  done(path: string): void {
    rmSync(path, { force: true });
  }

  close(): void {
    if (this.owned) rmSync(this.dir, { recursive: true, force: true });
  }
}
