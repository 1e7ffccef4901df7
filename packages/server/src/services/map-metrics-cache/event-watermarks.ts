import type { EventStore } from '@safar/warehouse';

/**
 * Per workspace, a number that grows whenever events are stored: the count of its events when
 * first read, plus what every append stored since. Reading it costs nothing once known, so a
 * cached answer is served without touching the event engine (which may be busy computing).
 *
 * An append that completes while the first count is being read may be counted twice; the
 * watermark then runs ahead, which only ever makes a cached answer look stale, never fresh.
 * `resync` reads the exact count again (other processes writing to a shared ClickHouse).
 */
export class EventWatermarks {
  private readonly known = new Map<string, number>();
  private readonly loading = new Map<string, Promise<number>>();
  private readonly stopListening: () => void;

  constructor(
    private readonly events: EventStore,
    onChange: (workspaceId: string) => void,
  ) {
    this.stopListening = events.onAppended((workspaceId, stored) => {
      const current = this.known.get(workspaceId);
      if (current !== undefined) this.known.set(workspaceId, current + stored);
      onChange(workspaceId);
    });
  }

  async current(workspaceId: string): Promise<number> {
    const known = this.known.get(workspaceId);
    if (known !== undefined) return known;
    return this.resync(workspaceId);
  }

  /** Reads the exact count; the watermark only ever moves forward. */
  resync(workspaceId: string): Promise<number> {
    let loading = this.loading.get(workspaceId);
    if (!loading) {
      loading = this.events
        .eventCount(workspaceId)
        .then((events) => {
          const known = this.known.get(workspaceId);
          const next = known === undefined || events > known ? events : known;
          this.known.set(workspaceId, next);
          return next;
        })
        .finally(() => this.loading.delete(workspaceId));
      this.loading.set(workspaceId, loading);
    }
    return loading;
  }

  close(): void {
    this.stopListening();
  }
}
