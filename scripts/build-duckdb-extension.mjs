#!/usr/bin/env node
// Builds Safar's DuckDB funnel extension (packages/warehouse/native/*.c) with the C
// compiler, if there is one, and appends the metadata footer DuckDB reads before loading an
// extension (platform, C API version, ABI type; no signature: the store loads it as unsigned).
// Without a compiler it says so and stops cleanly: funnels then walk in JavaScript (slower, same
// results). Runs as part of `npm run build`; SAFAR_REQUIRE_NATIVE=1 makes a failure fatal (CI).
import { execFileSync } from 'node:child_process';
import { appendFileSync, mkdirSync, readdirSync, renameSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DuckDBInstance } from '@duckdb/node-api';

const native = join(dirname(fileURLToPath(import.meta.url)), '..', 'packages', 'warehouse', 'native');
// Every C source and header of the extension: a change to any of them rebuilds it.
const files = readdirSync(native).filter((name) => name.endsWith('.c') || name.endsWith('.h'));
const sources = files.filter((name) => name.endsWith('.c')).map((name) => join(native, name));
const target = join(native, 'build', 'safar_funnel.duckdb_extension');
const required = process.env.SAFAR_REQUIRE_NATIVE === '1';

function upToDate() {
  try {
    const built = statSync(target).mtimeMs;
    return files.every((name) => statSync(join(native, name)).mtimeMs <= built);
  } catch {
    return false;
  }
}

/** DuckDB's platform name (linux_amd64…), which the footer must repeat for DuckDB to load the file. */
async function duckdbPlatform() {
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  const rows = (await connection.runAndReadAll('PRAGMA platform')).getRows();
  connection.closeSync();
  instance.closeSync();
  return String(rows[0]?.[0]);
}

/** Eight 32-byte fields, last first (DuckDB reads them reversed), then 256 bytes of signature. */
function footer(platform) {
  const field = (text) => {
    const bytes = Buffer.alloc(32);
    bytes.write(text, 'utf8');
    return bytes;
  };
  const fields = ['', '', '', 'C_STRUCT', 'v0.1.0', 'v1.2.0', platform, '4'];
  return Buffer.concat([...fields.map(field), Buffer.alloc(256)]);
}

if (upToDate()) process.exit(0);
const compiler = process.env.CC ?? 'cc';
const building = `${target}.building`;
try {
  mkdirSync(dirname(target), { recursive: true });
  execFileSync(
    compiler,
    [
      '-O2',
      '-shared',
      '-fPIC',
      '-std=c11',
      '-Wall',
      '-I',
      join(native, 'include'),
      '-o',
      building,
      ...sources,
    ],
    { stdio: 'inherit' },
  );
  appendFileSync(building, footer(await duckdbPlatform()));
  renameSync(building, target);
  console.log(`built ${target}`);
} catch (error) {
  const reason = error instanceof Error ? error.message : String(error);
  console.warn(
    `Safar: the DuckDB funnel extension was not built (${reason}). Funnels on DuckDB will walk in JavaScript: same results, slower. Install a C compiler (Debian: apt-get install gcc) and run npm run build to build it.`,
  );
  if (required) process.exit(1);
}
