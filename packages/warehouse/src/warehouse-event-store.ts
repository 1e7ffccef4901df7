import { mergeTraits, type EventChannel, type NormalizedEvent } from '@safar/analytics';
import { decodeCursor, encodeCursor } from './cursor.js';
import type {
  AppendListener,
  AppendResult,
  EventQuery,
  EventStore,
  Page,
  PersonDetail,
  PersonSummary,
  StoredEvent,
} from './event-store.js';
import { IdentityIndex, identityLinksOf } from './identity-index.js';
import { SerialQueue } from './serial-queue.js';
import type { StoreDriver } from './store-driver.js';
import { fromEventRow, toEventRow, uniqueByMessageId, userKey } from './stored-row.js';

/** The EventStore both engines share; each engine supplies only its SQL (StoreDriver). */
export class WarehouseEventStore implements EventStore {
  private readonly writes = new SerialQueue();
  private readonly indexes = new Map<string, Promise<IdentityIndex>>();
  private readonly appendListeners = new Set<AppendListener>();

  constructor(private readonly driver: StoreDriver) {}

  get kind() {
    return this.driver.kind;
  }

  get journeys() {
    return this.driver.journeys;
  }

  get suggestions() {
    return this.driver.suggestions;
  }

  append(workspaceId: string, events: readonly NormalizedEvent[]): Promise<AppendResult> {
    return this.writes.run(async () => {
      const unique = uniqueByMessageId(events);
      const stored =
        unique.length === 0
          ? 0
          : await this.driver.insertNew(
              workspaceId,
              unique.map((event) => toEventRow(workspaceId, event)),
            );
      await this.stitch(workspaceId, unique);
      if (stored > 0) this.notifyAppended(workspaceId, stored);
      return { stored, duplicates: events.length - stored };
    });
  }

  onAppended(listener: AppendListener): () => void {
    this.appendListeners.add(listener);
    return () => this.appendListeners.delete(listener);
  }

  private notifyAppended(workspaceId: string, stored: number): void {
    // A listener's failure is its own: the events are stored either way.
    for (const listener of this.appendListeners) {
      try {
        listener(workspaceId, stored);
      } catch {
        // ignored, see above
      }
    }
  }

  private async stitch(workspaceId: string, events: readonly NormalizedEvent[]): Promise<void> {
    const index = await this.index(workspaceId);
    const batchUsers = new Set(events.flatMap((event) => (event.userId ? [event.userId] : [])));
    const knownUsers = new Set<string>();
    for (const event of events) {
      if (event.type !== 'alias' || !event.previousId || batchUsers.has(event.previousId)) continue;
      if (await this.driver.hasDistinctId(workspaceId, userKey(event.previousId)))
        knownUsers.add(event.previousId);
    }
    const links = identityLinksOf(events, (id) => batchUsers.has(id) || knownUsers.has(id));
    if (links.length === 0) return;
    const changed = index.link(links);
    if (changed.length > 0) await this.driver.saveIdentities(workspaceId, changed);
  }

  private index(workspaceId: string): Promise<IdentityIndex> {
    let index = this.indexes.get(workspaceId);
    if (!index) {
      index = this.driver.loadIdentities(workspaceId).then((mappings) => {
        const loaded = new IdentityIndex();
        loaded.restore(mappings);
        return loaded;
      });
      // A failed load is retried next time rather than remembered.
      index.catch(() => this.indexes.delete(workspaceId));
      this.indexes.set(workspaceId, index);
    }
    return index;
  }

  async events(workspaceId: string, query: EventQuery): Promise<Page<StoredEvent>> {
    const index = await this.index(workspaceId);
    const after = query.cursor ? decodeCursor(query.cursor, ['number', 'string'] as const) : undefined;
    const rows = await this.driver.selectEvents(workspaceId, {
      distinctIds: query.person === undefined ? undefined : index.idsOf(index.personOf(query.person)),
      event: query.event,
      channel: query.channel,
      from: query.from,
      to: query.to,
      after,
      limit: query.limit + 1,
      order: query.order,
    });
    const items = rows.slice(0, query.limit).map((row) => {
      const event = fromEventRow(row);
      return { ...event, personId: index.personOf(String(row['distinct_id'])) };
    });
    const last = items.at(-1);
    return {
      items,
      nextCursor: rows.length > query.limit && last ? encodeCursor([last.timestamp, last.messageId]) : null,
    };
  }

  async persons(
    workspaceId: string,
    query: { limit: number; cursor?: string | undefined },
  ): Promise<Page<PersonSummary>> {
    const [offset] = query.cursor ? decodeCursor(query.cursor, ['number'] as const) : [0];
    const rows = await this.driver.selectPersons(workspaceId, { limit: query.limit + 1, offset });
    return {
      items: rows.slice(0, query.limit),
      nextCursor: rows.length > query.limit ? encodeCursor([offset + query.limit]) : null,
    };
  }

  async person(workspaceId: string, id: string): Promise<PersonDetail | null> {
    const index = await this.index(workspaceId);
    const personId = index.personOf(id);
    const ids = index.idsOf(personId);
    const stats = await this.driver.channelStats(workspaceId, ids);
    if (stats.length === 0) return null;
    const traits = mergeTraits(
      (await this.driver.identifyTraits(workspaceId, ids)).map((text) => JSON.parse(text)),
    );
    const channelCounts: Partial<Record<EventChannel, number>> = {};
    for (const { channel, events } of stats) channelCounts[channel] = events;
    return {
      personId,
      ids,
      traits,
      firstSeen: Math.min(...stats.map((stat) => stat.firstSeen)),
      lastSeen: Math.max(...stats.map((stat) => stat.lastSeen)),
      eventCount: stats.reduce((sum, stat) => sum + stat.events, 0),
      channels: stats.map((stat) => stat.channel).sort(),
      channelCounts,
    };
  }

  counts(workspaceId: string) {
    return this.driver.counts(workspaceId);
  }

  async close(): Promise<void> {
    await this.writes.run(() => this.driver.close());
  }
}
