import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { quickAccepts } from './quick-message-check.js';
import { messageSchemaFor, MESSAGE_TYPES } from './segment-message.js';

const awkwardText = fc.oneof(
  fc.string({ maxLength: 20 }),
  fc.constantFrom('', ' padded ', 'x'.repeat(51), 'x'.repeat(501), 'y'.repeat(513)),
);
const instant = fc.oneof(
  fc
    .date({ min: new Date('1990-01-01'), max: new Date('2100-01-01'), noInvalidDate: true })
    .map((date) => date.toISOString()),
  fc.constantFrom(
    '2026-02-29T10:00:00Z',
    '2026-02-30T10:00:00Z',
    '2024-02-29T10:00:00Z',
    '2026-11-31T00:00:00Z',
    '2026-11-01T10:00:00+03:30',
    '2026-11-01T10:00:00',
    '2026-11-01',
    '2026-11-01T24:00:00Z',
    '2026-11-01 10:00:00Z',
    'yesterday',
  ),
);
const value = fc.oneof(
  awkwardText,
  instant,
  fc.integer(),
  fc.double(),
  fc.constant(null),
  fc.boolean(),
  fc.array(fc.integer(), { maxLength: 2 }),
  fc.dictionary(fc.string({ maxLength: 5 }), fc.integer(), { maxKeys: 2 }),
);
const KEYS = [
  'messageId',
  'anonymousId',
  'userId',
  'timestamp',
  'sentAt',
  'originalTimestamp',
  'context',
  'integrations',
  'channel',
  'event',
  'properties',
  'traits',
  'name',
  'category',
  'groupId',
  'previousId',
  'extra',
];
const message = fc.tuple(
  fc.constantFrom(...MESSAGE_TYPES),
  fc.dictionary(fc.constantFrom(...KEYS), value, { maxKeys: 10 }),
  fc.dictionary(
    fc.constantFrom('userId', 'anonymousId', 'event', 'groupId', 'previousId'),
    fc.string({ minLength: 1, maxLength: 8 }),
    { maxKeys: 3 },
  ),
);

describe('quickAccepts', () => {
  it('accepts only what zod accepts, and only where zod would change nothing', () => {
    fc.assert(
      fc.property(message, ([type, fields, ids]) => {
        const candidate: Record<string, unknown> = { ...fields, ...ids, type };
        if (!quickAccepts(candidate, type)) return;
        const parsed = messageSchemaFor(type).safeParse(candidate);
        expect(parsed.success).toBe(true);
        expect(parsed.data).toEqual(candidate);
      }),
      { numRuns: 5000 },
    );
  });

  it('takes the everyday messages of the SDKs', () => {
    const track = {
      type: 'track',
      event: 'Order Completed',
      messageId: 'm-1',
      anonymousId: 'device',
      timestamp: '2026-11-23T10:00:00.123Z',
      properties: { total: 30 },
      context: { library: { name: 'analytics-node' } },
    };
    expect(quickAccepts(track, 'track')).toBe(true);
    expect(quickAccepts({ type: 'alias', userId: 'u', previousId: 'a' }, 'alias')).toBe(true);
    expect(quickAccepts({ ...track, event: ' Order Completed' }, 'track')).toBe(false);
    expect(quickAccepts({ ...track, userId: 42 }, 'track')).toBe(false);
  });
});
