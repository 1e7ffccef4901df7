import type { EventStore, StoredEvent } from '../event-store.js';

/** Every stored event of a workspace, page by page, with its stitched person: what reference engines in tests read. */
export async function everyEvent(store: EventStore, workspaceId: string): Promise<StoredEvent[]> {
  const events: StoredEvent[] = [];
  let cursor: string | undefined;
  do {
    const page = await store.events(workspaceId, { limit: 1000, cursor });
    events.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return events;
}
