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
import type { EngineScope } from '../query/engine-scope.js';
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
import { PERSON_OF_EVENT_SQL, personOverridesJoinSql, type DuckDbScope } from '../query/duckdb/duckdb-sql.js';
import { duckdbSuggestions } from '../query/duckdb/duckdb-suggestions.js';
import { duckdbVolumes } from '../query/duckdb/duckdb-volumes.js';
import type { IdentityMapping } from '../identity-index.js';
import type { SuggestionEngine } from '../query/suggestions.js';
import type { ChannelStats, EventFilter, NewRows, StoreDriver } from '../store-driver.js';
import { pickRows } from '../rendered-events.js';
import { EVENT_COLUMNS, type EventRow } from '../stored-row.js';
import { WarehouseEventStore } from '../warehouse-event-store.js';
import { RENDERED_ROW_JSON_COLUMNS, RowFiles } from './duckdb-row-files.js';
import {
  backfillPersons,
  DEFAULT_SQUASH_POLICY,
  RECORD_OVERRIDES_SQL,
  shouldSquash,
  squashPersonOverrides,
  waitingOverrides,
  type SquashPolicy,
} from './duckdb-persons-on-events.js';
import { DUCKDB_SCHEMA } from './duckdb-schema.js';
import { KnownMessageIds } from './known-message-ids.js';

const placeholders = (count: number) => Array.from({ length: count }, () => '?').join(', ');
const EVENT_SELECT = EVENT_COLUMNS.filter((column) => column !== 'workspace_id').join(', ');

export interface DuckDbStoreOptions {
  /** How funnels walk journeys; by default natively when the extension is built and loads (duckdb-funnel-extension.ts). */
  readonly funnelWalk?: FunnelWalk;
  /** When merged ids waiting in person_overrides are squashed into their events (tests squash at once). */
  readonly personOverrides?: Partial<SquashPolicy>;
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
  await backfillPersons(connection);
  const funnelWalk = options.funnelWalk ?? (await loadAvailableFunnelWalk(connection));
  if (options.funnelWalk === 'native') await loadFunnelExtension(connection);
  // Reads get their own connection so they never see, or wait on, the writer's open transaction.
  const reader = await instance.connect();
  const driver = new DuckDbStoreDriver(instance, connection, reader, RowFiles.for(path), funnelWalk, {
    ...DEFAULT_SQUASH_POLICY,
    ...options.personOverrides,
  });
  await driver.loadOverridden();
  return new WarehouseEventStore(driver);
}

/** One row through the appender, with its person (by default its own id: no identities stored). */
export function appendEventRow(appender: DuckDBAppender, row: EventRow, personId = row.distinct_id): void {
  for (const column of EVENT_COLUMNS) {
    const value = row[column];
    if (value === null) appender.appendNull();
    else if (typeof value === 'number') appender.appendBigInt(BigInt(value));
    else appender.appendVarchar(value);
  }
  appender.appendVarchar(personId);
  appender.endRow();
}

class DuckDbStoreDriver implements StoreDriver {
  readonly kind = 'duckdb';
  private readonly messageIds: KnownMessageIds;
  private readonly funnelWalking: FunnelWalking;
  readonly journeys: JourneyEngine = {
    funnel: (scope, funnel) => duckdbFunnel(this.reader, this.stitched(scope), funnel, this.funnelWalking),
    retention: (scope, retention) => duckdbRetention(this.reader, this.stitched(scope), retention),
    paths: (scope, paths) => duckdbPaths(this.reader, this.stitched(scope), paths),
    funnelPersons: (scope, funnel, selector, page) =>
      duckdbFunnelPersons(this.reader, this.stitched(scope), funnel, selector, page, this.funnelWalking),
    retentionPersons: (scope, retention, selector, page) =>
      duckdbRetentionPersons(this.reader, this.stitched(scope), retention, selector, page),
    pathsPersons: (scope, paths, selector, page) =>
      duckdbPathsPersons(this.reader, this.stitched(scope), paths, selector, page),
    conformance: (scope, conformance) => duckdbConformance(this.reader, this.stitched(scope), conformance),
    conformancePersons: (scope, conformance, selector, page) =>
      duckdbConformancePersons(this.reader, this.stitched(scope), conformance, selector, page),
    friction: (scope, friction) => duckdbFriction(this.reader, this.stitched(scope), friction),
    frictionPersons: (scope, friction, selector, page) =>
      duckdbFrictionPersons(this.reader, this.stitched(scope), friction, selector, page),
    attribution: (scope, attribution) => duckdbAttribution(this.reader, this.stitched(scope), attribution),
    attributionPersons: (scope, attribution, selector, page) =>
      duckdbAttributionPersons(this.reader, this.stitched(scope), attribution, selector, page),
    volumes: (scope, volumes) => duckdbVolumes(this.reader, this.stitched(scope), volumes),
  };
  readonly suggestions: SuggestionEngine;

  constructor(
    private readonly instance: DuckDBInstance,
    private readonly connection: DuckDBConnection,
    private readonly reader: DuckDBConnection,
    private readonly rowFiles: RowFiles,
    funnelWalk: FunnelWalk,
    private readonly squashPolicy: SquashPolicy,
  ) {
    this.funnelWalking = funnelWalking(funnelWalk);
    this.suggestions = duckdbSuggestions(reader);
    this.messageIds = new KnownMessageIds(connection, reader);
  }

  /** Workspaces with merged ids waiting in person_overrides: only their queries need to join it. */
  private readonly overridden = new Set<string>();

  /** The scope, saying whether the workspace's queries must join its waiting overrides. */
  private stitched(scope: EngineScope): DuckDbScope {
    return { ...scope, personOverrides: this.overridden.has(scope.workspaceId) };
  }

  /** Called once the store opens: which workspaces have overrides waiting from before. */
  async loadOverridden(): Promise<void> {
    const rows = await this.rows('SELECT DISTINCT workspace_id FROM person_overrides', []);
    for (const row of rows) this.overridden.add(String(row['workspace_id']));
    if (rows.length > 0) this.overridesWaitingSince = Date.now();
  }

  /** The stitched person of `e` for the driver's own queries (workspace bound as $1), and its join. */
  private personOfEvent(workspaceId: string): { person: string; join: string } {
    return this.overridden.has(workspaceId)
      ? { person: PERSON_OF_EVENT_SQL, join: personOverridesJoinSql('$1') }
      : { person: 'e.person_id', join: '' };
  }

  /** When the oldest waiting override was recorded (since the store opened, for those from before). */
  private overridesWaitingSince: number | null = null;

  /**
   * A squash that fails changes nothing (it is one transaction) and loses nothing: the overrides
   * wait on and queries keep joining them. So it warns rather than failing the append or the
   * close that asked for it, and the next merge or close tries again.
   */
  private async squashOverrides(): Promise<void> {
    try {
      await squashPersonOverrides(this.connection);
    } catch (error) {
      process.emitWarning(
        `Safar: merged ids could not be squashed into their events, and wait in person_overrides (${error instanceof Error ? error.message : String(error)})`,
      );
      return;
    }
    this.overridden.clear();
    this.overridesWaitingSince = null;
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
    // Before the overrides are committed: a query that starts from now on joins them.
    this.overridden.add(workspaceId);
    await this.connection.run('BEGIN TRANSACTION');
    try {
      await this.connection.run('INSERT OR REPLACE INTO identities SELECT * FROM identities_staging');
      // The merged ids' stored events now hold a stale person: queries take the override instead.
      await this.connection.run(RECORD_OVERRIDES_SQL);
      await this.connection.run('DELETE FROM identities_staging');
      await this.connection.run('COMMIT');
    } catch (error) {
      await this.connection.run('ROLLBACK');
      await this.connection.run('DELETE FROM identities_staging');
      throw error;
    }
    this.overridesWaitingSince ??= Date.now();
    const waiting = await waitingOverrides(this.connection);
    if (shouldSquash(this.squashPolicy, waiting, Date.now() - this.overridesWaitingSince))
      await this.squashOverrides();
  }

  async insertNew(workspaceId: string, batches: readonly NewRows[]): Promise<number> {
    const fresh = await this.messageIds.fresh(workspaceId, batches);
    if (fresh.indexes.every((indexes) => indexes.length === 0)) return 0;
    const file = await this.rowFiles.write(
      batches.map((batch, at) => pickRows(batch, fresh.indexes[at] ?? []).rows),
    );
    try {
      // Each event gets its id's person as the identities hold it now (persons on events).
      const result = await this.connection.run(
        `INSERT INTO events (${EVENT_COLUMNS.join(', ')}, person_id)
         SELECT ?::VARCHAR, r.*, coalesce(i.person_id, r.distinct_id)
         FROM read_json(?, format = 'newline_delimited', columns = ${RENDERED_ROW_JSON_COLUMNS}) r
         LEFT JOIN identities i ON i.workspace_id = ? AND i.distinct_id = r.distinct_id`,
        [workspaceId, file, workspaceId],
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
    const { person, join } = this.personOfEvent(workspaceId);
    const rows = await this.rows(
      `SELECT ${person} AS person_id,
              min(e.timestamp_ms) AS first_seen, max(e.timestamp_ms) AS last_seen,
              count(*) AS event_count, list(DISTINCT e.channel ORDER BY e.channel) AS channels
       FROM events e
       ${join}
       WHERE e.workspace_id = $1
       GROUP BY 1 ORDER BY last_seen DESC, person_id LIMIT $2 OFFSET $3`,
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
    const { person, join } = this.personOfEvent(workspaceId);
    const [row] = await this.rows(
      `SELECT count(*) AS events, count(DISTINCT ${person}) AS persons
       FROM events e
       ${join}
       WHERE e.workspace_id = $1`,
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
    // Reopened, the store starts with every event holding its current person.
    await this.squashOverrides();
    await this.connection.run('CHECKPOINT');
    this.reader.closeSync();
    this.connection.closeSync();
    this.instance.closeSync();
    this.rowFiles.close();
  }
}
