import { Readable } from 'node:stream';
import { finished } from 'node:stream/promises';
import { ClickHouseLogLevel, createClient, type ClickHouseClient } from '@clickhouse/client';
import type { EventChannel } from '@safar/analytics';
import type { EventStore, JourneyEngine, PersonSummary } from '../event-store.js';
import {
  clickhouseConformance,
  clickhouseConformancePersons,
} from '../query/clickhouse/clickhouse-conformance.js';
import {
  clickhouseAttribution,
  clickhouseAttributionPersons,
} from '../query/clickhouse/clickhouse-attribution.js';
import { clickhouseFriction, clickhouseFrictionPersons } from '../query/clickhouse/clickhouse-friction.js';
import { clickhouseFunnel } from '../query/clickhouse/clickhouse-funnel.js';
import { clickhousePaths } from '../query/clickhouse/clickhouse-paths.js';
import {
  clickhouseFunnelPersons,
  clickhousePathsPersons,
  clickhouseRetentionPersons,
} from '../query/clickhouse/clickhouse-persons.js';
import { clickhouseRetention } from '../query/clickhouse/clickhouse-retention.js';
import { clickhouseSuggestions } from '../query/clickhouse/clickhouse-suggestions.js';
import { clickhouseVolumes } from '../query/clickhouse/clickhouse-volumes.js';
import type { IdentityMapping } from '../identity-index.js';
import type { SuggestionEngine } from '../query/suggestions.js';
import { rowOf, rowWithWorkspace } from '../rendered-events.js';
import type { ChannelStats, EventFilter, NewRows, StoreDriver } from '../store-driver.js';
import { EVENT_COLUMNS } from '../stored-row.js';
import { WarehouseEventStore } from '../warehouse-event-store.js';
import { identifier, raw, sql, type SqlFragment } from './clickhouse-sql.js';
import { clickhouseSchema } from './clickhouse-schema.js';

const EVENT_SELECT = raw(EVENT_COLUMNS.filter((column) => column !== 'workspace_id').join(', '));
// Batches of messageIds are checked in one IN list, which is longer than the default 256 KiB.
const SETTINGS = { max_query_size: '67108864' };

export interface ClickHouseOptions {
  readonly url: string;
  readonly database?: string | undefined;
  readonly username?: string | undefined;
  readonly password?: string | undefined;
  /** How long one query may take; journey queries over millions of events need more than the client's 30 s. */
  readonly requestTimeoutMs?: number | undefined;
}

/** Connects to ClickHouse over HTTP with the official client and creates the tables if missing. */
export async function openClickHouseEventStore(options: ClickHouseOptions): Promise<EventStore> {
  const client = createClient({
    url: options.url,
    username: options.username ?? 'default',
    password: options.password ?? '',
    // Failed queries reach the caller as errors; the client's own log would print them twice.
    log: { level: ClickHouseLogLevel.OFF },
    clickhouse_settings: SETTINGS,
    request_timeout: options.requestTimeoutMs ?? 300_000,
  });
  const database = options.database ?? 'safar';
  for (const statement of clickhouseSchema(database)) await client.command({ query: statement });
  return new WarehouseEventStore(new ClickHouseStoreDriver(client, database));
}

class ClickHouseStoreDriver implements StoreDriver {
  readonly kind = 'clickhouse';
  readonly journeys: JourneyEngine = {
    funnel: (scope, funnel) => clickhouseFunnel(this.client, this.database, scope, funnel),
    retention: (scope, retention) => clickhouseRetention(this.client, this.database, scope, retention),
    paths: (scope, paths) => clickhousePaths(this.client, this.database, scope, paths),
    funnelPersons: (scope, funnel, selector, page) =>
      clickhouseFunnelPersons(this.client, this.database, scope, funnel, selector, page),
    retentionPersons: (scope, retention, selector, page) =>
      clickhouseRetentionPersons(this.client, this.database, scope, retention, selector, page),
    pathsPersons: (scope, paths, selector, page) =>
      clickhousePathsPersons(this.client, this.database, scope, paths, selector, page),
    conformance: (scope, conformance) =>
      clickhouseConformance(this.client, this.database, scope, conformance),
    conformancePersons: (scope, conformance, selector, page) =>
      clickhouseConformancePersons(this.client, this.database, scope, conformance, selector, page),
    friction: (scope, friction) => clickhouseFriction(this.client, this.database, scope, friction),
    frictionPersons: (scope, friction, selector, page) =>
      clickhouseFrictionPersons(this.client, this.database, scope, friction, selector, page),
    attribution: (scope, attribution) =>
      clickhouseAttribution(this.client, this.database, scope, attribution),
    attributionPersons: (scope, attribution, selector, page) =>
      clickhouseAttributionPersons(this.client, this.database, scope, attribution, selector, page),
    volumes: (scope, volumes) => clickhouseVolumes(this.client, this.database, scope, volumes),
  };
  readonly suggestions: SuggestionEngine;
  private readonly events: SqlFragment;
  private readonly identities: SqlFragment;
  private version = BigInt(Date.now()) * 1000n;

  constructor(
    private readonly client: ClickHouseClient,
    private readonly database: string,
  ) {
    this.events = raw(`${identifier(database).text}.events`);
    this.identities = raw(`${identifier(database).text}.identities`);
    this.suggestions = clickhouseSuggestions(client, database);
  }

  private async rows(query: string): Promise<Record<string, unknown>[]> {
    const result = await this.client.query({ query, format: 'JSONEachRow' });
    return result.json<Record<string, unknown>>();
  }

  async loadIdentities(workspaceId: string): Promise<IdentityMapping[]> {
    const rows = await this.rows(
      sql`SELECT distinct_id, person_id FROM ${this.identities} FINAL WHERE workspace_id = ${workspaceId}`,
    );
    return rows.map((row) => ({
      distinctId: String(row['distinct_id']),
      personId: String(row['person_id']),
    }));
  }

  async saveIdentities(workspaceId: string, mappings: readonly IdentityMapping[]): Promise<void> {
    // Versions only grow, so the newest mapping of an id wins when parts merge.
    this.version = BigInt(Math.max(Number(this.version), Date.now() * 1000)) + 1n;
    const version = this.version.toString();
    await this.client.insert({
      table: `${this.database}.identities`,
      format: 'JSONEachRow',
      values: mappings.map((mapping) => ({
        workspace_id: workspaceId,
        distinct_id: mapping.distinctId,
        person_id: mapping.personId,
        version,
      })),
    });
  }

  async insertNew(workspaceId: string, batches: readonly NewRows[]): Promise<number> {
    const existing = await this.rows(
      sql`SELECT message_id FROM ${this.events}
          WHERE workspace_id = ${workspaceId} AND message_id IN ${batches.flatMap((batch) => batch.messageIds)}`,
    );
    const stored = new Set(existing.map((row) => String(row['message_id'])));
    const fresh = batches.flatMap((batch) =>
      batch.messageIds.flatMap((messageId, index) =>
        stored.has(messageId) ? [] : [rowWithWorkspace(workspaceId, rowOf(batch, index))],
      ),
    );
    if (fresh.length === 0) return 0;
    // The rows are JSON already: sent as the body of the insert, not parsed and written again.
    const body = fresh.join('\n');
    const { stream } = await this.client.exec({
      query: `INSERT INTO ${this.database}.events FORMAT JSONEachRow`,
      values: Readable.from([body]),
    });
    stream.resume();
    await finished(stream);
    return fresh.length;
  }

  async hasDistinctId(workspaceId: string, distinctId: string): Promise<boolean> {
    const rows = await this.rows(
      sql`SELECT 1 AS found FROM ${this.events} WHERE workspace_id = ${workspaceId} AND distinct_id = ${distinctId} LIMIT 1`,
    );
    return rows.length > 0;
  }

  async selectEvents(workspaceId: string, filter: EventFilter): Promise<Record<string, unknown>[]> {
    const where = [sql`workspace_id = ${workspaceId}`];
    if (filter.distinctIds) where.push(sql`distinct_id IN ${filter.distinctIds}`);
    if (filter.event !== undefined) where.push(sql`event = ${filter.event}`);
    if (filter.channel !== undefined) where.push(sql`channel = ${filter.channel}`);
    if (filter.from !== undefined) where.push(sql`timestamp_ms >= ${filter.from}`);
    if (filter.to !== undefined) where.push(sql`timestamp_ms < ${filter.to}`);
    const [beyond, direction] = filter.order === 'desc' ? ['<', 'DESC'] : ['>', 'ASC'];
    if (filter.after) {
      const [timestamp, messageId] = filter.after;
      where.push(
        sql`(timestamp_ms ${raw(beyond)} ${timestamp} OR (timestamp_ms = ${timestamp} AND message_id ${raw(beyond)} ${messageId}))`,
      );
    }
    return this.rows(
      sql`SELECT ${EVENT_SELECT} FROM ${this.events} WHERE ${raw(where.join(' AND '))}
          ORDER BY timestamp_ms ${raw(direction)}, message_id ${raw(direction)} LIMIT ${Math.trunc(filter.limit)}`,
    );
  }

  /** Events with the person each is stitched to; ids never linked are their own person. */
  private stitched(workspaceId: string, columns: string): string {
    return sql`(SELECT ${raw(columns)}, if(linked_person = '', distinct_id, linked_person) AS person_id
      FROM (SELECT distinct_id, ${raw(columns)} FROM ${this.events} WHERE workspace_id = ${workspaceId})
      ANY LEFT JOIN (
        SELECT distinct_id, person_id AS linked_person FROM ${this.identities} FINAL WHERE workspace_id = ${workspaceId}
      ) USING distinct_id)`;
  }

  async selectPersons(
    workspaceId: string,
    page: { limit: number; offset: number },
  ): Promise<PersonSummary[]> {
    const rows = await this.rows(
      sql`SELECT person_id, min(timestamp_ms) AS first_seen, max(timestamp_ms) AS last_seen,
                 count() AS event_count, arraySort(groupUniqArray(channel)) AS channels
          FROM ${raw(this.stitched(workspaceId, 'timestamp_ms, channel'))}
          GROUP BY person_id ORDER BY last_seen DESC, person_id
          LIMIT ${Math.trunc(page.offset)}, ${Math.trunc(page.limit)}`,
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
      sql`SELECT distinct_id, channel, count() AS events, min(timestamp_ms) AS first_seen, max(timestamp_ms) AS last_seen
          FROM ${this.events} WHERE workspace_id = ${workspaceId} AND distinct_id IN ${distinctIds}
          GROUP BY distinct_id, channel`,
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
      sql`SELECT distinct_id, traits FROM ${this.events}
          WHERE workspace_id = ${workspaceId} AND type = 'identify' AND distinct_id IN ${distinctIds}
          ORDER BY timestamp_ms, received_at_ms, message_id`,
    );
    return rows.map((row) => ({ distinctId: String(row['distinct_id']), traits: String(row['traits']) }));
  }

  async counts(workspaceId: string): Promise<{ events: number; persons: number }> {
    const [row] = await this.rows(
      sql`SELECT count() AS events, uniqExact(person_id) AS persons
          FROM ${raw(this.stitched(workspaceId, 'channel'))}`,
    );
    return { events: Number(row?.['events'] ?? 0), persons: Number(row?.['persons'] ?? 0) };
  }

  async eventCount(workspaceId: string): Promise<number> {
    const [row] = await this.rows(
      sql`SELECT count() AS events FROM ${this.events} WHERE workspace_id = ${workspaceId}`,
    );
    return Number(row?.['events'] ?? 0);
  }

  async close(): Promise<void> {
    await this.client.close();
  }
}
