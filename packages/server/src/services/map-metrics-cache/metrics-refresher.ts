import type { Kysely } from 'kysely';
import type { Database } from '../../storage/database-schema.js';
import { lastDaysRange, MAP_METRICS_DEFAULT_DAYS, mapMetricsQuerySchema } from '@safar/core';
import {
  findCachedMetrics,
  forgetCachedMetrics,
  mapsWithoutCachedMetrics,
  recentCachedMetrics,
  workspacesWithCachedMetrics,
} from '../../storage/map-metrics-cache-rows.js';
import { rolledScope, scopeKeyOf } from './cache-keys.js';
import type { MapMetricsCache, MetricsTarget } from './map-metrics-cache.js';

export interface RefreshOptions {
  /** How long after events arrive to recompute: appends come in bursts, one refresh follows them. */
  readonly delayMs: number;
  /** How often to look for answers made stale by other writers or by the calendar. */
  readonly sweepMs: number;
  /** Answers asked for within this long are kept current; older ones are forgotten. */
  readonly keepMs: number;
  /** At most this many answers per workspace are kept current, the most recently asked first. */
  readonly keepPerWorkspace: number;
  /**
   * Measure every map that has no stored metrics for the period the editor opens with, so even
   * a map's first open is a cached one.
   */
  readonly warmUp: boolean;
  readonly now: () => number;
}

const DEFAULTS: RefreshOptions = {
  delayMs: 2_000,
  sweepMs: 60_000,
  keepMs: 7 * 86_400_000,
  keepPerWorkspace: 100,
  warmUp: true,
  now: Date.now,
};

const keyOf = (target: Pick<MetricsTarget, 'workspaceId' | 'mapId' | 'scopeKey'>) =>
  `${target.workspaceId}\n${target.mapId}\n${target.scopeKey}`;

/**
 * Keeps the cached answers current in the background, one computation at a time (the embedded
 * engine reads on one connection, and a refresh should not starve the people using the app).
 */
export class MetricsRefresher {
  readonly options: RefreshOptions;
  private queue: Promise<unknown> = Promise.resolve();
  /** Refreshes waiting or running; a key asked for again while running is marked to run again. */
  private readonly scheduled = new Set<string>();
  private readonly again = new Map<string, { target: MetricsTarget; requestedAt: Date }>();
  private readonly arrivals = new Map<string, NodeJS.Timeout>();
  private readonly sweepTimer: NodeJS.Timeout;
  private sweeping: Promise<void> | null = null;
  private closed = false;
  /** The last background failure, kept for diagnosis; the stale answer stays served meanwhile. */
  lastError: unknown = null;

  constructor(
    private readonly db: Kysely<Database>,
    private readonly cache: MapMetricsCache,
    options: Partial<RefreshOptions>,
  ) {
    this.options = { ...DEFAULTS, ...options };
    this.sweepTimer = setInterval(() => void this.sweepAll(), this.options.sweepMs);
    this.sweepTimer.unref();
    // Answers stored by an earlier run may be stale now (events replayed from the log at start).
    this.later('*', () => this.sweepAll());
  }

  now(): number {
    return this.options.now();
  }

  /** Events arrived in a workspace: its answers are refreshed once the burst is over. */
  eventsArrived(workspaceId: string): void {
    if (this.closed) return;
    this.later(workspaceId, () => this.sweep(workspaceId));
  }

  isScheduled(target: Pick<MetricsTarget, 'workspaceId' | 'mapId' | 'scopeKey'>): boolean {
    return this.scheduled.has(keyOf(target));
  }

  /** Queues a recomputation of one answer, if it is (still) stale when its turn comes. */
  schedule(target: MetricsTarget, requestedAt: Date): void {
    const key = keyOf(target);
    if (this.closed) return;
    if (this.scheduled.has(key)) {
      this.again.set(key, { target, requestedAt });
      return;
    }
    this.scheduled.add(key);
    this.queue = this.queue.then(async () => {
      try {
        if (!this.closed) await this.refresh(target, requestedAt);
      } catch (error) {
        this.lastError = error;
      } finally {
        this.scheduled.delete(key);
        const next = this.again.get(key);
        this.again.delete(key);
        if (next) this.schedule(next.target, next.requestedAt);
      }
    });
  }

  async idle(): Promise<void> {
    while (this.arrivals.size > 0 || this.scheduled.size > 0 || this.sweeping) {
      await Promise.all([this.queue, this.sweeping]);
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    clearInterval(this.sweepTimer);
    for (const timer of this.arrivals.values()) clearTimeout(timer);
    this.arrivals.clear();
    await this.sweeping;
    await this.queue;
  }

  private async refresh(target: MetricsTarget, requestedAt: Date): Promise<void> {
    const { workspaceId, mapId, scopeKey } = target;
    const cached = await findCachedMetrics(this.db, workspaceId, mapId, scopeKey);
    if (cached && !(await this.cache.isStale(cached).catch(() => false))) return;
    await this.cache.compute(target, cached?.requestedAt ?? requestedAt);
  }

  /** Runs `run` once `delayMs` passed without another call for the same key. */
  private later(key: string, run: () => Promise<void>): void {
    clearTimeout(this.arrivals.get(key));
    const timer = setTimeout(() => {
      this.arrivals.delete(key);
      void run();
    }, this.options.delayMs);
    timer.unref();
    this.arrivals.set(key, timer);
  }

  /** Every workspace with answers in use: exact event counts again, then their stale answers. */
  sweepAll(): Promise<void> {
    return this.exclusive(async () => {
      const now = this.now();
      await forgetCachedMetrics(this.db, new Date(now - this.options.keepMs));
      for (const workspaceId of await workspacesWithCachedMetrics(
        this.db,
        new Date(now - this.options.keepMs),
      )) {
        await this.cache.resync(workspaceId);
        await this.sweepWorkspace(workspaceId);
      }
      await this.warmUp();
    });
  }

  private sweep(workspaceId: string): Promise<void> {
    return this.exclusive(() => this.sweepWorkspace(workspaceId));
  }

  private async exclusive(run: () => Promise<void>): Promise<void> {
    while (this.sweeping) await this.sweeping;
    if (this.closed) return;
    this.sweeping = run()
      .catch((error: unknown) => {
        this.lastError = error;
      })
      .finally(() => {
        this.sweeping = null;
      });
    return this.sweeping;
  }

  /**
   * Queues the workspace's answers in use, the rolling ranges ("the last 30 days") moved to
   * today, and its maps never measured.
   */
  private async sweepWorkspace(workspaceId: string): Promise<void> {
    const now = this.now();
    const recent = await recentCachedMetrics(
      this.db,
      workspaceId,
      new Date(now - this.options.keepMs),
      this.options.keepPerWorkspace,
    );
    for (const entry of recent) {
      const rolled = rolledScope(entry.scope, entry.requestedAt.getTime(), now);
      const scope = rolled ?? entry.scope;
      this.schedule(
        { workspaceId, mapId: entry.mapId, scope, scopeKey: scopeKeyOf(scope) },
        entry.requestedAt,
      );
    }
    await this.warmUp(workspaceId);
  }

  /** Queues the editor's opening period for the maps (of one workspace, or all) never measured. */
  private async warmUp(workspaceId?: string): Promise<void> {
    if (!this.options.warmUp) return;
    const now = this.now();
    const scope = mapMetricsQuerySchema.parse({ dateRange: lastDaysRange(MAP_METRICS_DEFAULT_DAYS, now) });
    for (const { workspaceId: ws, mapId } of await mapsWithoutCachedMetrics(this.db, workspaceId))
      this.schedule({ workspaceId: ws, mapId, scope, scopeKey: scopeKeyOf(scope) }, new Date(now));
  }
}
