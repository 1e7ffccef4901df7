import type { EventStore } from '@safar/warehouse';
import { everyStoredEvent } from './every-event.js';

/**
 * Copies of the first persons' events in `range` under new ids and messageIds: new customers
 * doing the same, stored through `into` (another process's store, say). Returns how many.
 */
export async function newCustomers(
  from: EventStore,
  workspaceId: string,
  range: { readonly from: string; readonly to: string },
  suffix: string,
  { persons = 20, into = from }: { persons?: number; into?: EventStore } = {},
): Promise<number> {
  const events = await everyStoredEvent(from, workspaceId, range);
  const chosen = new Set([...new Set(events.map((event) => event.personId))].slice(0, persons));
  const copies = events
    .filter((event) => chosen.has(event.personId))
    .map(({ personId: _personId, ...event }) => ({
      ...event,
      messageId: `${event.messageId}-${suffix}`,
      anonymousId: event.anonymousId && `${event.anonymousId}-${suffix}`,
      userId: event.userId && `${event.userId}-${suffix}`,
      previousId: event.previousId && `${event.previousId}-${suffix}`,
    }));
  await into.append(workspaceId, copies);
  return copies.length;
}
