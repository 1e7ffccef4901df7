import type { MapMetricsAnswer, MapMetricsQuery, MapMetricsRequest } from '@safar/core';
import type { Kysely } from 'kysely';
import type { EventStore } from '@safar/warehouse';
import type { IngestPipeline } from '../../ingest/ingest-pipeline.js';
import type { Database } from '../../storage/database-schema.js';
import {
  findCachedMetrics,
  saveCachedMetrics,
  touchCachedMetrics,
  type CachedMetrics,
} from '../../storage/map-metrics-cache-rows.js';
import type { MapMetricsService } from '../map-metrics-service.js';
import type { MapService } from '../map-service.js';
import { NotFoundError } from '../service-errors.js';
import type { PersonaService } from '../persona-service.js';
import type { TouchpointService } from '../touchpoint-service.js';
import { metricsFingerprint, scopeKeyOf } from './cache-keys.js';
import { EventWatermarks } from './event-watermarks.js';
import { MetricsRefresher, type RefreshOptions } from './metrics-refresher.js';

export interface MetricsTarget {
  readonly workspaceId: string;
  readonly mapId: string;
  readonly scope: MapMetricsQuery;
  readonly scopeKey: string;
}

/**
 * The living map's answers, kept per map and scope (docs/architecture.md, "Map metrics cache").
 * A map opens with the stored answer at once; when events arrive, or the map, its touchpoints
 * or personas change, the answer is marked stale and recomputed in the background, and its
 * `asOf` says when it was computed. Only a scope never asked for before waits for the engine.
 */
export class MapMetricsCache {
  private readonly watermarks: EventWatermarks;
  private readonly refresher: MetricsRefresher;
  /** Computations running now, by map and scope, so concurrent askers share one. */
  private readonly running = new Map<string, Promise<CachedMetrics | null>>();

  constructor(
    private readonly db: Kysely<Database>,
    events: EventStore,
    private readonly ingest: IngestPipeline,
    private readonly maps: MapService,
    private readonly touchpoints: TouchpointService,
    private readonly personas: PersonaService,
    private readonly computer: MapMetricsService,
    options: Partial<RefreshOptions> = {},
  ) {
    this.refresher = new MetricsRefresher(db, this, options);
    this.watermarks = new EventWatermarks(events, (workspaceId) => this.refresher.eventsArrived(workspaceId));
  }

  async answer(workspaceId: string, mapId: string, request: MapMetricsRequest): Promise<MapMetricsAnswer> {
    const { refresh, ...scope } = request;
    const target: MetricsTarget = { workspaceId, mapId, scope, scopeKey: scopeKeyOf(scope) };
    const { fingerprint, personaIds } = await this.inputs(workspaceId, mapId);
    // An unknown persona is refused by the computation, never answered from the cache.
    const known = scope.personaIds.every((id) => personaIds.has(id));
    const cached = known ? await findCachedMetrics(this.db, workspaceId, mapId, target.scopeKey) : null;
    const fresh = cached !== null && (await this.isFresh(cached, fingerprint));
    if (cached && (fresh || refresh === 'background')) {
      await touchCachedMetrics(this.db, cached, new Date(this.refresher.now()));
      if (!fresh) this.refresher.schedule(target, cached.requestedAt);
      return this.answerOf(cached, !fresh);
    }
    let entry = await this.compute(target, new Date(this.refresher.now()));
    // The map was deleted while its metrics were computed.
    if (!entry) throw new NotFoundError('map', mapId);
    let stale = await this.isStale(entry);
    // Asked to wait for an up-to-date answer: one that began before the latest change will not do.
    if (stale && refresh === 'now') {
      entry = (await this.compute(target, new Date(this.refresher.now()))) ?? entry;
      stale = await this.isStale(entry);
    }
    if (stale) this.refresher.schedule(target, entry.requestedAt);
    return this.answerOf(entry, stale);
  }

  /**
   * Computes and stores one map's metrics for one scope (shared with whoever asks meanwhile);
   * null when the map is gone.
   */
  compute(target: MetricsTarget, requestedAt: Date): Promise<CachedMetrics | null> {
    const key = `${target.workspaceId}\n${target.mapId}\n${target.scopeKey}`;
    let running = this.running.get(key);
    if (!running) {
      running = this.computeOnce(target, requestedAt).finally(() => this.running.delete(key));
      this.running.set(key, running);
    }
    return running;
  }

  /** Whether a stored answer still describes the events and the map as they are now. */
  async isStale(entry: CachedMetrics): Promise<boolean> {
    return !(await this.isFresh(entry, await this.fingerprint(entry.workspaceId, entry.mapId)));
  }

  /** Rereads the exact event count (writers in other processes), then whether anything is stale. */
  resync(workspaceId: string): Promise<number> {
    return this.watermarks.resync(workspaceId);
  }

  /**
   * Looks for stale answers everywhere now instead of at the next sweep: exact event counts
   * again (writers in other processes) and rolling ranges moved to today.
   */
  refreshAll(): Promise<void> {
    return this.refresher.sweepAll();
  }

  /** Resolves once no refresh is waiting or running (tests and the benchmark). */
  idle(): Promise<void> {
    return this.refresher.idle();
  }

  async close(): Promise<void> {
    this.watermarks.close();
    await this.refresher.close();
    await Promise.allSettled([...this.running.values()]);
  }

  private async computeOnce(target: MetricsTarget, requestedAt: Date): Promise<CachedMetrics | null> {
    const { workspaceId, mapId } = target;
    // Stored events first, so the watermark taken next covers everything computed over.
    await this.ingest.flushNow();
    const eventCount = await this.watermarks.current(workspaceId);
    const fingerprint = await this.fingerprint(workspaceId, mapId);
    const computedAt = new Date(this.refresher.now());
    const metrics = await this.computer.metrics(workspaceId, mapId, target.scope);
    const entry = { ...target, fingerprint, eventCount, metrics, computedAt, requestedAt };
    return (await saveCachedMetrics(this.db, entry)) ? entry : null;
  }

  private async isFresh(entry: CachedMetrics, fingerprint: string): Promise<boolean> {
    return (
      entry.fingerprint === fingerprint &&
      entry.eventCount === (await this.watermarks.current(entry.workspaceId))
    );
  }

  private async fingerprint(workspaceId: string, mapId: string): Promise<string> {
    return (await this.inputs(workspaceId, mapId)).fingerprint;
  }

  /** What the metrics depend on besides the events, as a fingerprint; the personas that exist. */
  private async inputs(workspaceId: string, mapId: string) {
    const { map } = await this.maps.get(workspaceId, mapId);
    const catalogue = (await this.touchpoints.list(workspaceId)).map((entry) => entry.touchpoint);
    const personas = (await this.personas.list(workspaceId)).map((entry) => entry.persona);
    return {
      fingerprint: metricsFingerprint(map, catalogue, personas),
      personaIds: new Set(personas.map((persona) => persona.id)),
    };
  }

  private answerOf(entry: CachedMetrics, stale: boolean): MapMetricsAnswer {
    const key = `${entry.workspaceId}\n${entry.mapId}\n${entry.scopeKey}`;
    return {
      ...entry.metrics,
      freshness: {
        asOf: entry.computedAt.toISOString(),
        stale,
        refreshing: stale && (this.running.has(key) || this.refresher.isScheduled(entry)),
      },
    };
  }
}
