import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import {
  DuckDBInstance,
  listValue,
  type DuckDBAppender,
  type DuckDBConnection,
  type DuckDBValue,
} from '@duckdb/node-api';
import type { EventChannel } from '@safar/analytics';
import type { EventStore, JourneyEngine, PersonSummary } from '../event-store.js';
import { duckdbAttribution, duckdbAttributionPersons } from '../query/duckdb/duckdb-attribution.js';
import { duckdbConformance, duckdbConformancePersons } from '../query/duckdb/duckdb-conformance.js';
import { duckdbFriction, duckdbFrictionPersons } from '../query/duckdb/duckdb-friction.js';
import { duckdbFunnel, funnelWalking, type FunnelWalking } from '../query/duckdb/duckdb-funnel.js';
import {
  DUCKDB_INSTANCE_OPTIONS,
  loadAvailableFunnelWalk,
  loadFunnelExtension,
  type FunnelWalk,
} from '../query/duckdb/duckdb-funnel-extension.js';
import { duckdbPaths } from '../query/duckdb/duckdb-paths.js';
import {
  duckdbFunnelPersons,
  duckdbPathsPersons,
  duckdbRetentionPersons,
} from '../query/duckdb/duckdb-persons.js';
import { duckdbRetention } from '../query/duckdb/duckdb-retention.js';
import { duckdbSuggestions } from '../query/duckdb/duckdb-suggestions.js';
import { duckdbVolumes } from '../query/duckdb/duckdb-volumes.js';
import type { IdentityMapping } from '../identity-index.js';
import type { SuggestionEngine } from '../query/suggestions.js';
import type { ChannelStats, EventFilter, NewRows, StoreDriver } from '../store-driver.js';
import { pickRows } from '../rendered-events.js';
import { EVENT_COLUMNS, type EventRow } from '../stored-row.js';
import { WarehouseEventStore } from '../warehouse-event-store.js';
import { RENDERED_ROW_JSON_COLUMNS, RowFiles } from './duckdb-row-files.js';
import { DUCKDB_SCHEMA } from './duckdb-schema.js';
import { KnownMessageIds } from './known-message-ids.js';

const placeholders = (count: number) => Array.from({ length: count }, () => '?').join(', ');
const EVENT_SELECT = EVENT_COLUMNS.filter((column) => column !== 'workspace_id').join(', ');

export interface DuckDbStoreOptions {
  /** How funnels walk journeys; by default natively when the extension is built and loads (duckdb-funnel-extension.ts). */
  readonly funnelWalk?: FunnelWalk;
}

/** Opens (creating if needed) the embedded DuckDB event store at `path` (':memory:' for none). */
export async function openDuckDbEventStore(
  path: string,
  options: DuckDbStoreOptions = {},
): Promise<EventStore> {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const instance = await DuckDBInstance.create(path, DUCKDB_INSTANCE_OPTIONS);
  const connection = await instance.connect();
  for (const statement of DUCKDB_SCHEMA) await connection.run(statement);
  const funnelWalk = options.funnelWalk ?? (await loadAvailableFunnelWalk(connection));
  if (options.funnelWalk === 'native') await loadFunnelExtension(connection);
  // Reads get their own connection so they never see, or wait on, the writer's open transaction.
  const reader = await instance.connect();
  return new WarehouseEventStore(
    new DuckDbStoreDriver(instance, connection, reader, RowFiles.for(path), funnelWalk),
  );
}

export function appendEventRow(appender: DuckDBAppender, row: EventRow): void {
  for (const column of EVENT_COLUMNS) {
    const value = row[column];
    if (value === null) appender.appendNull();
    else if (typeof value === 'number') appender.appendBigInt(BigInt(value));
    else appender.appendVarchar(value);
  }
  appender.endRow();
}

class DuckDbStoreDriver implements StoreDriver {
  readonly kind = 'duckdb';
  private readonly messageIds: KnownMessageIds;
  private readonly funnelWalking: FunnelWalking;
  readonly journeys: JourneyEngine = {
    funnel: (scope, funnel) => duckdbFunnel(this.reader, scope, funnel, this.funnelWalking),
    retention: (scope, retention) => duckdbRetention(this.reader, scope, retention),
    paths: (scope, paths) => duckdbPaths(this.reader, scope, paths),
    funnelPersons: (scope, funnel, selector, page) =>
      duckdbFunnelPersons(this.reader, scope, funnel, selector, page, this.funnelWalking),
    retentionPersons: (scope, retention, selector, page) =>
      duckdbRetentionPersons(this.reader, scope, retention, selector, page),
    pathsPersons: (scope, paths, selector, page) =>
      duckdbPathsPersons(this.reader, scope, paths, selector, page),
    conformance: (scope, conformance) => duckdbConformance(this.reader, scope, conformance),
    conformancePersons: (scope, conformance, selector, page) =>
      duckdbConformancePersons(this.reader, scope, conformance, selector, page),
    friction: (scope, friction) => duckdbFriction(this.reader, scope, friction),
    frictionPersons: (scope, friction, selector, page) =>
      duckdbFrictionPersons(this.reader, scope, friction, selector, page),
    attribution: (scope, attribution) => duckdbAttribution(this.reader, scope, attribution),
    attributionPersons: (scope, attribution, selector, page) =>
      duckdbAttributionPersons(this.reader, scope, attribution, selector, page),
    volumes: (scope, volumes) => duckdbVolumes(this.reader, scope, volumes),
  };
  readonly suggestions: SuggestionEngine;

  constructor(
    private readonly instance: DuckDBInstance,
    private readonly connection: DuckDBConnection,
    private readonly reader: DuckDBConnection,
    private readonly rowFiles: RowFiles,
    funnelWalk: FunnelWalk,
  ) {
    this.funnelWalking = funnelWalking(funnelWalk);
    this.suggestions = duckdbSuggestions(reader);
    this.messageIds = new KnownMessageIds(connection, reader);
  }

  private async rows(sql: string, values: DuckDBValue[]): Promise<Record<string, unknown>[]> {
    const result = await this.reader.runAndReadAll(sql, values);
    return result.getRowObjectsJson();
  }

  async loadIdentities(workspaceId: string): Promise<IdentityMapping[]> {
    const rows = await this.rows('SELECT distinct_id, person_id FROM identities WHERE workspace_id = ?', [
      workspaceId,
    ]);
    return rows.map((row) => ({
      distinctId: String(row['distinct_id']),
      personId: String(row['person_id']),
    }));
  }

  async saveIdentities(workspaceId: string, mappings: readonly IdentityMapping[]): Promise<void> {
    // Through the appender and one set-based upsert: row-by-row upserts into the keyed table
    // cost more than everything else an append does.
    const appender = await this.connection.createAppender('identities_staging');
    try {
      for (const mapping of mappings) {
        appender.appendVarchar(workspaceId);
        appender.appendVarchar(mapping.distinctId);
        appender.appendVarchar(mapping.personId);
        appender.endRow();
      }
      appender.flushSync();
    } finally {
      appender.closeSync();
    }
    await this.connection.run('BEGIN TRANSACTION');
    try {
      await this.connection.run('INSERT OR REPLACE INTO identities SELECT * FROM identities_staging');
      await this.connection.run('DELETE FROM identities_staging');
      await this.connection.run('COMMIT');
    } catch (error) {
      await this.connection.run('ROLLBACK');
      await this.connection.run('DELETE FROM identities_staging');
      throw error;
    }
  }

  async insertNew(workspaceId: string, batches: readonly NewRows[]): Promise<number> {
    const fresh = await this.messageIds.fresh(workspaceId, batches);
    if (fresh.indexes.every((indexes) => indexes.length === 0)) return 0;
    const file = await this.rowFiles.write(
      batches.map((batch, at) => pickRows(batch, fresh.indexes[at] ?? []).rows),
    );
    try {
      const result = await this.connection.run(
        `INSERT INTO events (${EVENT_COLUMNS.join(', ')})
         SELECT ?::VARCHAR, * FROM read_json(?, format = 'newline_delimited', columns = ${RENDERED_ROW_JSON_COLUMNS})`,
        [workspaceId, file],
      );
      fresh.remember();
      return result.rowsChanged;
    } finally {
      this.rowFiles.done(file);
    }
  }

  async hasDistinctId(workspaceId: string, distinctId: string): Promise<boolean> {
    const rows = await this.rows('SELECT 1 FROM events WHERE workspace_id = ? AND distinct_id = ? LIMIT 1', [
      workspaceId,
      distinctId,
    ]);
    return rows.length > 0;
  }

  async selectEvents(workspaceId: string, filter: EventFilter): Promise<Record<string, unknown>[]> {
    const conditions: [string, DuckDBValue[]][] = [['workspace_id = ?', [workspaceId]]];
    if (filter.distinctIds)
      conditions.push([
        `distinct_id IN (${placeholders(filter.distinctIds.length)})`,
        [...filter.distinctIds],
      ]);
    if (filter.event !== undefined) conditions.push(['event = ?', [filter.event]]);
    if (filter.channel !== undefined) conditions.push(['channel = ?', [filter.channel]]);
    if (filter.from !== undefined) conditions.push(['timestamp_ms >= ?', [BigInt(filter.from)]]);
    if (filter.to !== undefined) conditions.push(['timestamp_ms < ?', [BigInt(filter.to)]]);
    const [beyond, direction] = filter.order === 'desc' ? ['<', 'DESC'] : ['>', 'ASC'];
    if (filter.after) {
      const [timestamp, messageId] = filter.after;
      conditions.push([
        `(timestamp_ms ${beyond} ? OR (timestamp_ms = ? AND message_id ${beyond} ?))`,
        [BigInt(timestamp), BigInt(timestamp), messageId],
      ]);
    }
    const where = conditions.map(([condition]) => condition);
    const values = conditions.flatMap(([, bound]) => bound);
    return this.rows(
      `SELECT ${EVENT_SELECT} FROM events WHERE ${where.join(' AND ')}
       ORDER BY timestamp_ms ${direction}, message_id ${direction} LIMIT ${Math.trunc(filter.limit)}`,
      values,
    );
  }

  async selectPersons(
    workspaceId: string,
    page: { limit: number; offset: number },
  ): Promise<PersonSummary[]> {
    const rows = await this.rows(
      `SELECT coalesce(i.person_id, e.distinct_id) AS person_id,
              min(e.timestamp_ms) AS first_seen, max(e.timestamp_ms) AS last_seen,
              count(*) AS event_count, list(DISTINCT e.channel ORDER BY e.channel) AS channels
       FROM events e
       LEFT JOIN identities i ON i.workspace_id = e.workspace_id AND i.distinct_id = e.distinct_id
       WHERE e.workspace_id = ?
       GROUP BY 1 ORDER BY last_seen DESC, person_id LIMIT ? OFFSET ?`,
      [workspaceId, BigInt(page.limit), BigInt(page.offset)],
    );
    return rows.map((row) => ({
      personId: String(row['person_id']),
      firstSeen: Number(row['first_seen']),
      lastSeen: Number(row['last_seen']),
      eventCount: Number(row['event_count']),
      channels: Array.isArray(row['channels'])
        ? row['channels'].map((channel) => String(channel) as EventChannel)
        : [],
    }));
  }

  async channelStats(workspaceId: string, distinctIds: readonly string[]): Promise<ChannelStats[]> {
    const rows = await this.rows(
      `SELECT distinct_id, channel, count(*) AS events, min(timestamp_ms) AS first_seen, max(timestamp_ms) AS last_seen
       FROM events WHERE workspace_id = ? AND distinct_id IN (SELECT unnest(?::VARCHAR[]))
       GROUP BY distinct_id, channel`,
      [workspaceId, listValue([...distinctIds])],
    );
    return rows.map((row) => ({
      distinctId: String(row['distinct_id']),
      channel: String(row['channel']) as EventChannel,
      events: Number(row['events']),
      firstSeen: Number(row['first_seen']),
      lastSeen: Number(row['last_seen']),
    }));
  }

  async identifyTraits(workspaceId: string, distinctIds: readonly string[]) {
    const rows = await this.rows(
      `SELECT distinct_id, traits FROM events
       WHERE workspace_id = ? AND type = 'identify' AND distinct_id IN (SELECT unnest(?::VARCHAR[]))
       ORDER BY timestamp_ms, received_at_ms, message_id`,
      [workspaceId, listValue([...distinctIds])],
    );
    return rows.map((row) => ({ distinctId: String(row['distinct_id']), traits: String(row['traits']) }));
  }

  async counts(workspaceId: string): Promise<{ events: number; persons: number }> {
    const [row] = await this.rows(
      `SELECT count(*) AS events, count(DISTINCT coalesce(i.person_id, e.distinct_id)) AS persons
       FROM events e
       LEFT JOIN identities i ON i.workspace_id = e.workspace_id AND i.distinct_id = e.distinct_id
       WHERE e.workspace_id = ?`,
      [workspaceId],
    );
    return { events: Number(row?.['events'] ?? 0), persons: Number(row?.['persons'] ?? 0) };
  }

  async eventCount(workspaceId: string): Promise<number> {
    const [row] = await this.rows(`SELECT count(*) AS events FROM events WHERE workspace_id = ?`, [
      workspaceId,
    ]);
    return Number(row?.['events'] ?? 0);
  }

  async close(): Promise<void> {
    await this.connection.run('CHECKPOINT');
    this.reader.closeSync();
    this.connection.closeSync();
    this.instance.closeSync();
    this.rowFiles.close();
  }
}
