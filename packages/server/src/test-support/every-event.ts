import type { EventStore, StoredEvent } from '@safar/warehouse';

/** Every stored event of a workspace, page by page, optionally only those in [from, to): what reference engines in tests read. */
export async function everyStoredEvent(
  store: EventStore,
  workspaceId: string,
  range?: { readonly from: string; readonly to: string },
): Promise<StoredEvent[]> {
  const events: StoredEvent[] = [];
  let cursor: string | undefined;
  do {
    const page = await store.events(workspaceId, { limit: 1000, cursor });
    events.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  if (!range) return events;
  const [from, to] = [Date.parse(range.from), Date.parse(range.to)];
  return events.filter((event) => event.timestamp >= from && event.timestamp < to);
}
