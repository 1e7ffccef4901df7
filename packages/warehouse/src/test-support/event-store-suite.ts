import { IdentityGraph, type NormalizedEvent } from '@safar/analytics';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EventStore, StoredEvent } from '../event-store.js';
import { renderEvents } from '../rendered-events.js';
import { anEvent } from './event-builders.js';

export interface StoreFixture {
  open(): Promise<EventStore>;
  /** Runs once after the suite; drops what `open` created. */
  dispose?(): Promise<void>;
}

const T0 = Date.UTC(2026, 2, 1);

async function allEvents(store: EventStore, workspaceId: string, query: { person?: string } = {}) {
  const events: StoredEvent[] = [];
  let cursor: string | undefined;
  do {
    const page = await store.events(workspaceId, { ...query, limit: 7, cursor });
    events.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return events;
}

/** The behaviour every EventStore must have, run against each real engine. */
export function describeEventStore(name: string, fixture: StoreFixture) {
  describe(`EventStore on ${name}`, () => {
    let store: EventStore;
    let workspaceCounter = 0;
    const freshWorkspace = () => `ws-${Date.now().toString(36)}-${(workspaceCounter += 1)}`;

    beforeAll(async () => {
      store = await fixture.open();
    });
    afterAll(async () => {
      await store.close();
      await fixture.dispose?.();
    });

    it('reads back what it stored, in time order, across pages', async () => {
      const ws = freshWorkspace();
      const events = Array.from({ length: 30 }, (_, i) =>
        anEvent({ timestamp: T0 + (29 - i) * 1000, properties: { i, nested: { deep: [1, 'two'] } } }),
      );
      expect(await store.append(ws, events)).toEqual({ stored: 30, duplicates: 0 });
      const read = await allEvents(store, ws);
      expect(read.map((event) => event.timestamp)).toEqual(
        events.map((event) => event.timestamp).sort((a, b) => a - b),
      );
      const byId = new Map(read.map((event) => [event.messageId, event]));
      for (const event of events) {
        const { personId, ...stored } = byId.get(event.messageId) ?? { ...anEvent(), personId: 'missing' };
        expect(stored).toEqual(event);
        expect(personId).toBe('a:device-1');
      }
    });

    it('pages newest first with order desc, ties broken by messageId the other way round', async () => {
      const ws = freshWorkspace();
      const events = Array.from({ length: 20 }, (_, i) =>
        anEvent({ messageId: `m-${String(i).padStart(2, '0')}`, timestamp: T0 + Math.floor(i / 3) * 1000 }),
      );
      await store.append(ws, events);
      const newestFirst: StoredEvent[] = [];
      let cursor: string | undefined;
      do {
        const page = await store.events(ws, { person: 'a:device-1', limit: 6, cursor, order: 'desc' });
        newestFirst.push(...page.items);
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      const oldestFirst = await allEvents(store, ws);
      expect(newestFirst.map((event) => event.messageId)).toEqual(
        oldestFirst.map((event) => event.messageId).reverse(),
      );
      expect(newestFirst[0]?.messageId).toBe('m-19');
    });

    it('stores a redelivered messageId once, within a batch and across batches', async () => {
      const ws = freshWorkspace();
      const event = anEvent();
      expect(await store.append(ws, [event, event])).toEqual({ stored: 1, duplicates: 1 });
      expect(await store.append(ws, [event, anEvent()])).toEqual({ stored: 1, duplicates: 1 });
      expect((await store.counts(ws)).events).toBe(2);
      expect(await store.eventCount(ws)).toBe(2);
      // The same messageId in another workspace is another event.
      const other = freshWorkspace();
      expect(await store.append(other, [event])).toEqual({ stored: 1, duplicates: 0 });
      expect([await store.eventCount(ws), await store.eventCount(other)]).toEqual([2, 1]);
      expect(await store.eventCount(freshWorkspace())).toBe(0);
    });

    it('stores several rendered batches as one append, each messageId once', async () => {
      const ws = freshWorkspace();
      const [a, b, c, d, e, f] = [0, 1, 2, 3, 4, 5].map((second) =>
        anEvent({ timestamp: T0 + second * 1000 }),
      );
      if (!a || !b || !c || !d || !e || !f) throw new Error('six events were made');
      await store.append(ws, [a]);
      // b repeats across batches, a was stored before, one batch is empty.
      const batches = [[b, c], [], [a, b, d], [e, f]].map(renderEvents);
      expect(await store.appendRendered(ws, batches)).toEqual({ stored: 5, duplicates: 2 });
      expect((await allEvents(store, ws)).map((event) => event.messageId)).toEqual(
        [a, b, c, d, e, f].map((event) => event.messageId),
      );
      expect(await store.appendRendered(ws, [])).toEqual({ stored: 0, duplicates: 0 });
    });

    it('tells its listeners how many events each append stored, and not about redeliveries', async () => {
      const ws = freshWorkspace();
      const heard: [string, number][] = [];
      const stop = store.onAppended((workspaceId, stored) => {
        if (workspaceId === ws) heard.push([workspaceId, stored]);
      });
      const event = anEvent();
      await store.append(ws, [event, anEvent(), anEvent()]);
      await store.append(ws, [event]);
      stop();
      await store.append(ws, [anEvent()]);
      expect(heard).toEqual([[ws, 3]]);
    });

    it('filters by event, channel, time range and person', async () => {
      const ws = freshWorkspace();
      await store.append(ws, [
        anEvent({ event: 'Signed Up', channel: 'web', timestamp: T0, anonymousId: 'd1' }),
        anEvent({ event: 'Signed Up', channel: 'app', timestamp: T0 + 10, anonymousId: 'd2' }),
        anEvent({ event: 'Order Completed', channel: 'app', timestamp: T0 + 20, anonymousId: 'd2' }),
      ]);
      const names = async (query: object) =>
        (await store.events(ws, { limit: 100, ...query })).items.map(
          (event) => `${event.event}@${event.channel}`,
        );
      expect(await names({ event: 'Signed Up' })).toEqual(['Signed Up@web', 'Signed Up@app']);
      expect(await names({ channel: 'app' })).toEqual(['Signed Up@app', 'Order Completed@app']);
      expect(await names({ from: T0 + 10, to: T0 + 20 })).toEqual(['Signed Up@app']);
      expect(await names({ person: 'a:d2' })).toEqual(['Signed Up@app', 'Order Completed@app']);
      expect(await names({ person: 'a:nobody' })).toEqual([]);
    });

    it('stitches devices and user ids into one person, transitively and across batches', async () => {
      const ws = freshWorkspace();
      await store.append(ws, [
        anEvent({ anonymousId: 'phone', timestamp: T0, channel: 'app' }),
        anEvent({ anonymousId: 'laptop', timestamp: T0 + 1, channel: 'web' }),
      ]);
      await store.append(ws, [
        anEvent({
          type: 'identify',
          event: 'identify',
          anonymousId: 'phone',
          userId: 'zoe',
          timestamp: T0 + 2,
          traits: { plan: 'free', city: 'Shiraz' },
        }),
      ]);
      await store.append(ws, [
        anEvent({
          type: 'identify',
          event: 'identify',
          anonymousId: 'laptop',
          userId: 'zoe',
          timestamp: T0 + 3,
          traits: { plan: 'pro' },
        }),
        anEvent({
          type: 'alias',
          event: 'alias',
          anonymousId: null,
          userId: 'adam',
          previousId: 'zoe',
          timestamp: T0 + 4,
        }),
        anEvent({ anonymousId: 'kiosk', channel: 'store', timestamp: T0 + 5 }),
      ]);
      const person = await store.person(ws, 'a:phone');
      expect(person).toMatchObject({
        personId: 'u:adam',
        ids: ['u:adam', 'u:zoe', 'a:laptop', 'a:phone'],
        traits: { plan: 'pro', city: 'Shiraz' },
        firstSeen: T0,
        lastSeen: T0 + 4,
        eventCount: 5,
        channels: ['app', 'web'],
        channelCounts: { app: 1, web: 4 },
      });
      expect((await allEvents(store, ws, { person: 'u:zoe' })).map((event) => event.personId)).toEqual(
        Array(5).fill('u:adam'),
      );
      expect(await store.counts(ws)).toEqual({ events: 6, persons: 2 });
      const persons = await store.persons(ws, { limit: 10 });
      expect(persons.items.map((summary) => [summary.personId, summary.eventCount])).toEqual([
        ['a:kiosk', 1],
        ['u:adam', 5],
      ]);
      expect(await store.person(ws, 'a:unknown')).toBeNull();
      // Many at once, in the order asked: each the same as asked alone, an unknown id null.
      const asked = ['a:kiosk', 'a:unknown', 'u:zoe', 'a:phone'];
      const alone = await Promise.all(asked.map((id) => store.person(ws, id)));
      expect(await store.personsById(ws, asked)).toEqual(alone);
      expect(alone.map((each) => each?.personId ?? null)).toEqual(['a:kiosk', null, 'u:adam', 'u:adam']);
      expect(alone[0]).toMatchObject({ eventCount: 1, channels: ['store'], traits: {} });
      expect(await store.personsById(ws, [])).toEqual([]);
    });

    it('pages through persons without gaps or repeats', async () => {
      const ws = freshWorkspace();
      await store.append(
        ws,
        Array.from({ length: 23 }, (_, i) => anEvent({ anonymousId: `p${i}`, timestamp: T0 + i })),
      );
      const seen: string[] = [];
      let cursor: string | undefined;
      do {
        const page = await store.persons(ws, { limit: 5, cursor });
        seen.push(...page.items.map((person) => person.personId));
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      expect(seen).toEqual(Array.from({ length: 23 }, (_, i) => `a:p${22 - i}`));
    });

    it('keeps awkward text intact: quotes, backslashes, NUL, emoji, RTL', async () => {
      const ws = freshWorkspace();
      const awkward = `it's \\'; DROP TABLE events; -- \u0000 ✓ 🚀 خرید آنلاین Αγορά \n\t"`;
      const event = anEvent({ event: awkward, anonymousId: awkward, properties: { [awkward]: awkward } });
      await store.append(ws, [event]);
      const [read] = (await store.events(ws, { event: awkward, limit: 5 })).items;
      expect(read?.event).toBe(awkward);
      expect(read?.properties).toEqual({ [awkward]: awkward });
      expect((await store.person(ws, `a:${awkward}`))?.eventCount).toBe(1);
    });

    it('groups persons exactly as the identity graph does, whatever the batches', async () => {
      const idArb = fc.oneof(
        fc.constantFrom('a', 'b', 'c', 'd').map((v) => ({ anonymousId: v, userId: null })),
        fc.constantFrom('x', 'y', 'z').map((v) => ({ anonymousId: null, userId: v })),
        fc
          .tuple(fc.constantFrom('a', 'b', 'c', 'd'), fc.constantFrom('x', 'y', 'z'))
          .map(([a, u]) => ({ anonymousId: a, userId: u })),
      );
      await fc.assert(
        fc.asyncProperty(
          fc.array(fc.array(idArb, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 4 }),
          async (batches) => {
            const ws = freshWorkspace();
            const reference = new IdentityGraph();
            for (const batch of batches) {
              const events: NormalizedEvent[] = batch.map((ids) => anEvent(ids));
              for (const { anonymousId, userId } of batch) {
                if (anonymousId) reference.add({ kind: 'anonymous', value: anonymousId });
                if (userId) reference.add({ kind: 'user', value: userId });
                if (anonymousId && userId)
                  reference.link({ kind: 'anonymous', value: anonymousId }, { kind: 'user', value: userId });
              }
              await store.append(ws, events);
            }
            const read = await allEvents(store, ws);
            for (const event of read) {
              const ref = event.userId
                ? { kind: 'user' as const, value: event.userId }
                : { kind: 'anonymous' as const, value: event.anonymousId ?? '' };
              expect(event.personId).toBe(reference.personOf(ref));
            }
            const persons = new Set(read.map((event) => event.personId));
            expect((await store.counts(ws)).persons).toBe(persons.size);
          },
        ),
        { numRuns: 25 },
      );
    });

    it('keeps events and identities when reopened', async () => {
      const ws = freshWorkspace();
      await store.append(ws, [anEvent({ anonymousId: 'tablet', userId: 'omid', timestamp: T0 })]);
      await store.append(ws, [anEvent({ anonymousId: 'tablet', timestamp: T0 + 1 })]);
      await store.close();
      store = await fixture.open();
      expect(await store.counts(ws)).toEqual({ events: 2, persons: 1 });
      expect((await store.person(ws, 'a:tablet'))?.ids).toEqual(['u:omid', 'a:tablet']);
      // Stitching goes on from the restored identities.
      await store.append(ws, [anEvent({ anonymousId: 'watch', userId: 'omid', timestamp: T0 + 2 })]);
      expect((await store.person(ws, 'a:watch'))?.ids).toEqual(['u:omid', 'a:tablet', 'a:watch']);
    });

    it('refuses a cursor it did not issue', async () => {
      await expect(store.events(freshWorkspace(), { limit: 5, cursor: 'not-a-cursor' })).rejects.toThrow(
        /cursor/,
      );
    });
  });
}
