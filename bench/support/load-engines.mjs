// Bulk loaders for the benchmark's dataset (demo-dataset.mjs): each engine's own fastest path.
import { createReadStream } from 'node:fs';
import { request } from 'node:http';
import { pipeline } from 'node:stream/promises';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { DuckDBInstance } from '@duckdb/node-api';
import { clickhouseSchema, DUCKDB_SCHEMA, EVENT_ROW_JSON_COLUMNS } from '@safar/warehouse';
import { WORKSPACE } from './demo-dataset.mjs';

/** A DuckDB database file with Safar's schema, holding the dataset (sorted as the store's flushes leave it: by arrival). */
export async function loadDuckDb(dataset, path, workspaceId = WORKSPACE) {
  const instance = await DuckDBInstance.create(path);
  const connection = await instance.connect();
  for (const statement of DUCKDB_SCHEMA) await connection.run(statement);
  const file = (name) => `'${join(dataset.dir, name).replaceAll("'", "''")}'`;
  await connection.run(
    `INSERT INTO identities SELECT * REPLACE ('${workspaceId}' AS workspace_id) FROM read_json(${file('identities.ndjson')}, format = 'newline_delimited',
      columns = {workspace_id: 'VARCHAR', distinct_id: 'VARCHAR', person_id: 'VARCHAR'})`,
  );
  // Each event with its stitched person, as the store stores it (persons on events), in the file's order.
  await connection.run(
    `CREATE TEMP TABLE arrived AS SELECT * REPLACE ('${workspaceId}' AS workspace_id)
      FROM read_json(${file('events.ndjson')}, format = 'newline_delimited', columns = ${EVENT_ROW_JSON_COLUMNS})`,
  );
  await connection.run(
    `INSERT INTO events BY NAME SELECT r.*, coalesce(i.person_id, r.distinct_id) AS person_id
      FROM arrived r LEFT JOIN identities i ON i.workspace_id = r.workspace_id AND i.distinct_id = r.distinct_id
      ORDER BY r.rowid`,
  );
  await connection.run('DROP TABLE arrived');
  await connection.run('CHECKPOINT');
  connection.closeSync();
  instance.closeSync();
}

/** Puts `count` stitched ids of the DuckDB file in person_overrides, each with the person its events already hold. */
export async function addWaitingOverrides(path, count, workspaceId = WORKSPACE) {
  const instance = await DuckDBInstance.create(path);
  const connection = await instance.connect();
  await connection.run(
    `INSERT INTO person_overrides SELECT workspace_id, distinct_id, person_id FROM identities
      WHERE workspace_id = '${workspaceId}' AND distinct_id <> person_id ORDER BY distinct_id LIMIT ${count}`,
  );
  connection.closeSync();
  instance.closeSync();
}

/** The dataset in a fresh ClickHouse database with Safar's schema. */
export async function loadClickHouse(dataset, client, clickhouseUrl, database) {
  for (const statement of clickhouseSchema(database)) await client.command({ query: statement });
  await postFile(
    clickhouseUrl,
    `INSERT INTO ${database}.events FORMAT JSONEachRow`,
    join(dataset.dir, 'events.ndjson'),
  );
  await postFile(
    clickhouseUrl,
    `INSERT INTO ${database}.identities (workspace_id, distinct_id, person_id) FORMAT JSONEachRow`,
    join(dataset.dir, 'identities.ndjson'),
  );
  await client.command({ query: `OPTIMIZE TABLE ${database}.events FINAL` });
}

/** The dataset in PostgreSQL as (person_id, ts, event, properties jsonb), persons stitched, indexed for the self-join. */
export async function loadPostgres(dataset, client, databaseUrl, table) {
  await client.query(`CREATE TABLE ${table}_raw (distinct_id text, ts bigint, event text, properties jsonb)`);
  execFileSync('psql', [
    databaseUrl,
    '-q',
    '-c',
    `\\copy ${table}_raw FROM '${join(dataset.dir, 'postgres.csv')}' CSV`,
  ]);
  await client.query(`CREATE TABLE ${table}_identities (distinct_id text PRIMARY KEY, person_id text)`);
  execFileSync('psql', [
    databaseUrl,
    '-q',
    '-c',
    `\\copy ${table}_identities FROM '${join(dataset.dir, 'identities.csv')}' CSV`,
  ]);
  await client.query(`CREATE TABLE ${table} AS SELECT coalesce(i.person_id, r.distinct_id) AS person_id, r.ts, r.event, r.properties
    FROM ${table}_raw r LEFT JOIN ${table}_identities i USING (distinct_id)`);
  await client.query(`DROP TABLE ${table}_raw`);
  await client.query(`DROP TABLE ${table}_identities`);
  await client.query(`CREATE INDEX ON ${table} (person_id, event, ts)`);
  await client.query(`ANALYZE ${table}`);
}

/** Streams a file as the body of a ClickHouse HTTP insert (the client library wants objects, not raw lines). */
async function postFile(clickhouseUrl, query, file) {
  const url = new URL(clickhouseUrl);
  url.searchParams.set('query', query);
  await new Promise((resolve, reject) => {
    const req = request(url, { method: 'POST' }, (response) => {
      let body = '';
      response.on('data', (chunk) => (body += chunk));
      response.on('end', () => (response.statusCode === 200 ? resolve() : reject(new Error(body))));
    });
    req.on('error', reject);
    pipeline(createReadStream(file), req).catch(reject);
  });
}
