import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { afterAll, describe, expect, it, vi } from 'vitest';
import {
  DUCKDB_INSTANCE_OPTIONS,
  FUNNEL_EXTENSION_PATH,
  availableFunnelWalk,
  loadAvailableFunnelWalk,
} from './duckdb-funnel-extension.js';

describe('choosing the funnel walk', () => {
  const dir = mkdtempSync(join(tmpdir(), 'safar-extension-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  async function connect() {
    const instance = await DuckDBInstance.create(':memory:', DUCKDB_INSTANCE_OPTIONS);
    return { instance, connection: await instance.connect() };
  }

  it('walks natively with the built extension (npm run build makes it)', async () => {
    const { instance, connection } = await connect();
    expect(await loadAvailableFunnelWalk(connection, FUNNEL_EXTENSION_PATH)).toBe('native');
    const [row] = (
      await connection.runAndReadAll(`SELECT safar_funnel(1::BIGINT, 1, NULL::VARCHAR, '0 1 10') AS w`)
    ).getRowObjectsJson();
    expect(row?.['w']).toEqual({ bd: null, times: ['1'], tied: false });
    connection.closeSync();
    instance.closeSync();
  });

  it('walks in JavaScript, without a warning, where no extension was built', async () => {
    const { instance, connection } = await connect();
    const warn = vi.spyOn(process, 'emitWarning').mockImplementation(() => undefined);
    const missing = join(dir, 'missing.duckdb_extension');
    expect(availableFunnelWalk(missing)).toBe('javascript');
    expect(await loadAvailableFunnelWalk(connection, missing)).toBe('javascript');
    expect(warn).not.toHaveBeenCalled();
    warn.mockRestore();
    connection.closeSync();
    instance.closeSync();
  });

  it('walks in JavaScript and warns when the built file will not load', async () => {
    const { instance, connection } = await connect();
    const warn = vi.spyOn(process, 'emitWarning').mockImplementation(() => undefined);
    const broken = join(dir, 'safar_funnel.duckdb_extension');
    writeFileSync(broken, Buffer.alloc(1024, 7));
    expect(availableFunnelWalk(broken)).toBe('native');
    expect(await loadAvailableFunnelWalk(connection, broken)).toBe('javascript');
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]?.[0])).toContain('did not load');
    warn.mockRestore();
    connection.closeSync();
    instance.closeSync();
  });
});
