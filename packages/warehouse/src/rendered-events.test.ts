import { MESSAGE_TYPES, type NormalizedEvent } from '@safar/analytics';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { messageFingerprint } from './fingerprint-set.js';
import { pickRows, renderEvents, rowOf, rowWithWorkspace, type RenderedRows } from './rendered-events.js';
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
        expect(Buffer.from(rendered.rows).toString().split('\n')).toHaveLength(events.length + 1);
        expect(rendered.rowEnds.at(-1) ?? 0).toBe(rendered.rows.length);
        events.forEach((event, index) => {
          const stored: unknown = JSON.parse(rowWithWorkspace(workspaceId, rowOf(rendered, index)));
          expect(stored).toEqual(toEventRow(workspaceId, event));
          expect(Object.keys(stored as object)).toEqual([...EVENT_COLUMNS]);
          expect([...rendered.fingerprints.slice(2 * index, 2 * index + 2)]).toEqual(
            messageFingerprint(event.messageId),
          );
        });
      }),
    );
  });

  it('renders text that is mostly not ASCII, longer in UTF-8 bytes than in characters', () => {
    const events = ['سفر', 'ταξίδι', '🧭', 'سفر', 'ταξίδι', '🧭', 'سفر'].map((word, index) => ({
      ...fc.sample(anEvent, { numRuns: 1, seed: index })[0],
      messageId: `m-${index}`,
      properties: { note: word.repeat(400) },
    })) as NormalizedEvent[];
    const rendered = renderEvents(events);
    expect(rendered.rowEnds.at(-1)).toBe(rendered.rows.length);
    events.forEach((event, index) =>
      expect(JSON.parse(rowWithWorkspace('w', rowOf(rendered, index)))).toEqual(toEventRow('w', event)),
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

  it('picks the rows at given indexes as a rendering of those events alone', () => {
    fc.assert(
      fc.property(
        fc
          .array(anEvent, { maxLength: 6 })
          .chain((events) => fc.tuple(fc.constant(events), fc.subarray(events.map((_, index) => index)))),
        ([events, indexes]) => {
          const rowsOnly = ({ messageIds, rows, rowEnds, fingerprints }: RenderedRows) => ({
            messageIds,
            rows,
            rowEnds,
            fingerprints,
          });
          expect(rowsOnly(pickRows(renderEvents(events), indexes))).toEqual(
            rowsOnly(renderEvents(indexes.flatMap((index) => events[index] ?? []))),
          );
        },
      ),
    );
  });
});
