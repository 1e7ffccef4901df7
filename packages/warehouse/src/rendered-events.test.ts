import { MESSAGE_TYPES, type NormalizedEvent } from '@safar/analytics';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { concatRendered, renderEvents, rowWithWorkspace } from './rendered-events.js';
import { EVENT_COLUMNS, toEventRow } from './stored-row.js';

const text = fc.string({ unit: 'grapheme', maxLength: 12 });
const jsonObject = fc.dictionary(text, fc.jsonValue({ maxDepth: 2 }), { maxKeys: 4 });

const anEvent: fc.Arbitrary<NormalizedEvent> = fc.record({
  messageId: text,
  type: fc.constantFrom(...MESSAGE_TYPES),
  event: text,
  anonymousId: fc.option(text),
  userId: fc.option(text),
  timestamp: fc.integer({ min: 0, max: 4_102_444_800_000 }),
  receivedAt: fc.integer({ min: 0, max: 4_102_444_800_000 }),
  channel: fc.constantFrom('web', 'app', 'email', 'store'),
  properties: jsonObject,
  traits: jsonObject,
  context: jsonObject,
  previousId: fc.option(text),
  groupId: fc.option(text),
});

describe('renderEvents', () => {
  it('renders each event as its stored row, columns in order, the workspace added by the store', () => {
    fc.assert(
      fc.property(fc.array(anEvent, { maxLength: 5 }), text, (events, workspaceId) => {
        const rendered = renderEvents(events);
        expect(rendered.messageIds).toEqual(events.map((event) => event.messageId));
        rendered.rows.forEach((row, index) => {
          const stored: unknown = JSON.parse(rowWithWorkspace(workspaceId, row));
          const event = events[index];
          if (!event) throw new Error('a row without its event');
          expect(stored).toEqual(toEventRow(workspaceId, event));
          expect(Object.keys(stored as object)).toEqual([...EVENT_COLUMNS]);
        });
      }),
    );
  });

  it('keeps the identity facts of exactly the events with a userId, in order', () => {
    fc.assert(
      fc.property(fc.array(anEvent, { maxLength: 6 }), (events) => {
        expect(renderEvents(events).identities).toEqual(
          events
            .filter((event) => event.userId)
            .map(({ type, userId, anonymousId, previousId }) => ({ type, userId, anonymousId, previousId })),
        );
      }),
    );
  });

  it('concatenates renderings in order', () => {
    fc.assert(
      fc.property(fc.array(fc.array(anEvent, { maxLength: 3 }), { maxLength: 4 }), (batches) => {
        expect(concatRendered(batches.map(renderEvents))).toEqual(renderEvents(batches.flat()));
      }),
    );
  });
});
