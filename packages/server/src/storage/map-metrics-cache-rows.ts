import type { MapMetrics, MapMetricsQuery } from '@safar/core';
import type { Kysely, Selectable } from 'kysely';
import type { Database, MapMetricsCacheTable } from './database-schema.js';
import { jsonb } from './json-value.js';

/** One map's metrics for one scope, as computed at `computedAt`. */
export interface CachedMetrics {
  readonly workspaceId: string;
  readonly mapId: string;
  readonly scopeKey: string;
  readonly scope: MapMetricsQuery;
  readonly fingerprint: string;
  /** The workspace's event watermark when they were computed (event-watermarks.ts). */
  readonly eventCount: number;
  readonly metrics: MapMetrics;
  readonly computedAt: Date;
  readonly requestedAt: Date;
}

type Row = Selectable<MapMetricsCacheTable>;

const fromRow = (row: Row): CachedMetrics => ({
  workspaceId: row.workspace_id,
  mapId: row.map_id,
  scopeKey: row.scope_key,
  scope: row.scope as MapMetricsQuery,
  fingerprint: row.fingerprint,
  eventCount: Number(row.event_count),
  metrics: row.metrics as MapMetrics,
  computedAt: new Date(row.computed_at),
  requestedAt: new Date(row.requested_at),
});

export async function findCachedMetrics(
  db: Kysely<Database>,
  workspaceId: string,
  mapId: string,
  scopeKey: string,
): Promise<CachedMetrics | null> {
  const row = await db
    .selectFrom('map_metrics_cache')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('map_id', '=', mapId)
    .where('scope_key', '=', scopeKey)
    .executeTakeFirst();
  return row ? fromRow(row) : null;
}

/** Postgres' foreign_key_violation: the map was deleted while its metrics were computed. */
const MAP_GONE = '23503';

/** Stores a computation; false when the map was deleted meanwhile (its rows go with it). */
export async function saveCachedMetrics(db: Kysely<Database>, entry: CachedMetrics): Promise<boolean> {
  try {
    await db
      .insertInto('map_metrics_cache')
      .values({
        workspace_id: entry.workspaceId,
        map_id: entry.mapId,
        scope_key: entry.scopeKey,
        scope: jsonb(entry.scope),
        fingerprint: entry.fingerprint,
        event_count: entry.eventCount,
        metrics: jsonb(entry.metrics),
        computed_at: entry.computedAt,
        requested_at: entry.requestedAt,
      })
      .onConflict((conflict) =>
        conflict.columns(['workspace_id', 'map_id', 'scope_key']).doUpdateSet((eb) => ({
          fingerprint: eb.ref('excluded.fingerprint'),
          event_count: eb.ref('excluded.event_count'),
          metrics: eb.ref('excluded.metrics'),
          computed_at: eb.ref('excluded.computed_at'),
          requested_at: eb.ref('excluded.requested_at'),
        })),
      )
      .execute();
    return true;
  } catch (error) {
    if ((error as { code?: unknown }).code !== MAP_GONE) throw error;
    return false;
  }
}

/** Remembers that a scope was asked for again: the background refresh keeps recent ones current. */
export async function touchCachedMetrics(
  db: Kysely<Database>,
  entry: Pick<CachedMetrics, 'workspaceId' | 'mapId' | 'scopeKey'>,
  at: Date,
): Promise<void> {
  await db
    .updateTable('map_metrics_cache')
    .set({ requested_at: at })
    .where('workspace_id', '=', entry.workspaceId)
    .where('map_id', '=', entry.mapId)
    .where('scope_key', '=', entry.scopeKey)
    .execute();
}

/** The workspace's rows asked for since `since`, most recently asked for first. */
export async function recentCachedMetrics(
  db: Kysely<Database>,
  workspaceId: string,
  since: Date,
  limit: number,
): Promise<CachedMetrics[]> {
  const rows = await db
    .selectFrom('map_metrics_cache')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('requested_at', '>=', since)
    .orderBy('requested_at', 'desc')
    .limit(limit)
    .execute();
  return rows.map(fromRow);
}

/** Workspaces with rows asked for since `since`. */
export async function workspacesWithCachedMetrics(db: Kysely<Database>, since: Date): Promise<string[]> {
  const rows = await db
    .selectFrom('map_metrics_cache')
    .select('workspace_id')
    .distinct()
    .where('requested_at', '>=', since)
    .execute();
  return rows.map((row) => row.workspace_id);
}

/** Forgets rows nobody asked for since `before`. */
export async function forgetCachedMetrics(db: Kysely<Database>, before: Date): Promise<void> {
  await db.deleteFrom('map_metrics_cache').where('requested_at', '<', before).execute();
}

/** Maps (of one workspace, or all) with no stored metrics at all: never measured, or forgotten. */
export async function mapsWithoutCachedMetrics(
  db: Kysely<Database>,
  workspaceId?: string,
): Promise<{ workspaceId: string; mapId: string }[]> {
  let query = db
    .selectFrom('maps')
    .select(['maps.workspace_id', 'maps.id'])
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('map_metrics_cache')
            .select('map_metrics_cache.map_id')
            .whereRef('map_metrics_cache.workspace_id', '=', 'maps.workspace_id')
            .whereRef('map_metrics_cache.map_id', '=', 'maps.id'),
        ),
      ),
    );
  if (workspaceId !== undefined) query = query.where('maps.workspace_id', '=', workspaceId);
  const rows = await query.orderBy('maps.workspace_id').orderBy('maps.id').execute();
  return rows.map((row) => ({ workspaceId: row.workspace_id, mapId: row.id }));
}
