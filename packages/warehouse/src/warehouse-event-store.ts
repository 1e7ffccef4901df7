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
import type { ChannelStats, StoreDriver } from './store-driver.js';
import { FingerprintSet } from './fingerprint-set.js';
import {
  fingerprintAt,
  pickRows,
  renderEvents,
  type IdentityFacts,
  type RenderedEvents,
  type RenderedRows,
} from './rendered-events.js';
import { fromEventRow, userKey } from './stored-row.js';

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
    return this.appendRendered(workspaceId, [renderEvents(events)]);
  }

  appendRendered(workspaceId: string, batches: readonly RenderedEvents[]): Promise<AppendResult> {
    return this.writes.run(async () => {
      const unique = firstOfEachMessageId(batches);
      const stored = unique.every((batch) => batch.messageIds.length === 0)
        ? 0
        : await this.driver.insertNew(workspaceId, unique);
      // Every message's ids are linked, a redelivery's too, as a redelivery in a later batch is.
      await this.stitch(
        workspaceId,
        batches.flatMap((batch) => batch.identities),
      );
      if (stored > 0) this.notifyAppended(workspaceId, stored);
      const received = batches.reduce((sum, batch) => sum + batch.messageIds.length, 0);
      return { stored, duplicates: received - stored };
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

  private async stitch(workspaceId: string, events: readonly IdentityFacts[]): Promise<void> {
    if (events.length === 0) return;
    const index = await this.index(workspaceId);
    // Only an alias needs to know which ids are users; most batches have none.
    const aliases = events.filter((event) => event.type === 'alias' && event.previousId);
    const batchUsers = new Set(aliases.length === 0 ? [] : events.flatMap((event) => event.userId ?? []));
    const knownUsers = new Set<string>();
    for (const { previousId } of aliases) {
      if (!previousId || batchUsers.has(previousId)) continue;
      if (await this.driver.hasDistinctId(workspaceId, userKey(previousId))) knownUsers.add(previousId);
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
    const [person] = await this.personsById(workspaceId, [id]);
    return person ?? null;
  }

  async personsById(workspaceId: string, ids: readonly string[]): Promise<(PersonDetail | null)[]> {
    const index = await this.index(workspaceId);
    const personIds = ids.map((id) => index.personOf(id));
    const idsOfPerson = new Map(personIds.map((personId) => [personId, index.idsOf(personId)]));
    const personOfId = new Map<string, string>();
    for (const [personId, distinctIds] of idsOfPerson)
      for (const distinctId of distinctIds) personOfId.set(distinctId, personId);
    const distinctIds = [...personOfId.keys()];
    if (distinctIds.length === 0) return ids.map(() => null);
    const [stats, traits] = await Promise.all([
      this.driver.channelStats(workspaceId, distinctIds),
      this.driver.identifyTraits(workspaceId, distinctIds),
    ]);
    const statsOf = groupBy(stats, (stat) => personOfId.get(stat.distinctId) ?? '');
    const traitsOf = groupBy(traits, (call) => personOfId.get(call.distinctId) ?? '');
    const details = new Map<string, PersonDetail | null>();
    for (const [personId, distinctIds] of idsOfPerson) {
      const perChannel = channelTotals(statsOf.get(personId) ?? []);
      details.set(
        personId,
        perChannel.length === 0
          ? null
          : {
              personId,
              ids: distinctIds,
              traits: mergeTraits((traitsOf.get(personId) ?? []).map((call) => JSON.parse(call.traits))),
              firstSeen: Math.min(...perChannel.map((stat) => stat.firstSeen)),
              lastSeen: Math.max(...perChannel.map((stat) => stat.lastSeen)),
              eventCount: perChannel.reduce((sum, stat) => sum + stat.events, 0),
              channels: perChannel.map((stat) => stat.channel),
              channelCounts: Object.fromEntries(perChannel.map((stat) => [stat.channel, stat.events])),
            },
      );
    }
    return personIds.map((personId) => details.get(personId) ?? null);
  }

  counts(workspaceId: string) {
    return this.driver.counts(workspaceId);
  }

  eventCount(workspaceId: string) {
    return this.driver.eventCount(workspaceId);
  }

  async close(): Promise<void> {
    await this.writes.run(() => this.driver.close());
  }
}

/** The batches' rows, keeping the first message of each messageId (batches may repeat one). */
function firstOfEachMessageId(batches: readonly RenderedRows[]): RenderedRows[] {
  const count = batches.reduce((sum, batch) => sum + batch.messageIds.length, 0);
  const seen = new FingerprintSet((count * 4) / 3 + 1);
  // The exact ids are needed only once two fingerprints meet: a repeat, or (rarely) a collision.
  let exact: Set<string> | null = null;
  const kept: string[] = [];
  return batches.map((batch) => {
    const indexes: number[] = [];
    batch.messageIds.forEach((messageId, index) => {
      const [hi, lo] = fingerprintAt(batch, index);
      if (seen.has(hi, lo)) {
        exact ??= new Set(kept);
        if (exact.has(messageId)) return;
      }
      seen.add(hi, lo);
      kept.push(messageId);
      exact?.add(messageId);
      indexes.push(index);
    });
    return pickRows(batch, indexes);
  });
}

function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}

/** One person's per-id channel stats summed per channel, channels in order. */
function channelTotals(stats: readonly ChannelStats[]) {
  const totals = new Map<
    EventChannel,
    { channel: EventChannel; events: number; firstSeen: number; lastSeen: number }
  >();
  for (const stat of stats) {
    const total = totals.get(stat.channel);
    if (!total)
      totals.set(stat.channel, {
        channel: stat.channel,
        events: stat.events,
        firstSeen: stat.firstSeen,
        lastSeen: stat.lastSeen,
      });
    else {
      total.events += stat.events;
      total.firstSeen = Math.min(total.firstSeen, stat.firstSeen);
      total.lastSeen = Math.max(total.lastSeen, stat.lastSeen);
    }
  }
  return [...totals.values()].sort((a, b) => (a.channel < b.channel ? -1 : a.channel > b.channel ? 1 : 0));
}
