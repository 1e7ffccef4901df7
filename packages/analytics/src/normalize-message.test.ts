import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deriveChannel } from './event-channel.js';
import {
  correctedTimestamp,
  jsonSizeBound,
  MESSAGE_LIMIT_BYTES,
  normalizeMessage,
  utf8Length,
} from './normalize-message.js';

const receivedAt = Date.parse('2026-11-23T12:00:10.000Z');
let counter = 0;
const newId = () => `generated-${counter++}`;
const normalize = (raw: unknown, extra: Partial<Parameters<typeof normalizeMessage>[1]> = {}) =>
  normalizeMessage(raw, { receivedAt, newId, ...extra });

describe('normalizing Segment messages', () => {
  it('turns a track call into an event, keeping properties and merging batch context under its own', () => {
    const result = normalize(
      {
        type: 'track',
        messageId: 'm1',
        userId: 42,
        event: 'Order Completed',
        properties: { revenue: 30 },
        context: { page: { path: '/checkout' } },
      },
      { batchContext: { library: { name: 'analytics-node' }, page: { path: '/ignored' } } },
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.event).toMatchObject({
      messageId: 'm1',
      type: 'track',
      event: 'Order Completed',
      userId: '42',
      anonymousId: null,
      properties: { revenue: 30 },
      context: { library: { name: 'analytics-node' }, page: { path: '/checkout' } },
      channel: 'web',
      timestamp: receivedAt,
    });
  });

  it('corrects the sender clock: timestamp = receivedAt - (sentAt - originalTimestamp)', () => {
    // The phone's clock is an hour fast; the event happened 5 s before it was sent.
    const corrected = correctedTimestamp(
      { originalTimestamp: '2026-11-23T13:00:00.000Z', sentAt: '2026-11-23T13:00:05.000Z' },
      receivedAt,
    );
    expect(new Date(corrected).toISOString()).toBe('2026-11-23T12:00:05.000Z');
    expect(correctedTimestamp({ timestamp: '2026-01-01T00:00:00Z' }, receivedAt)).toBe(
      Date.parse('2026-01-01T00:00:00Z'),
    );
    expect(correctedTimestamp({}, receivedAt)).toBe(receivedAt);
  });

  it('names page and screen events by type and keeps the page name as a property', () => {
    const result = normalize({
      type: 'page',
      anonymousId: 'a1',
      name: 'Checkout',
      properties: { path: '/checkout' },
    });
    expect(result.ok && result.event).toMatchObject({
      event: 'page',
      properties: { name: 'Checkout', path: '/checkout' },
    });
    expect(normalize({ type: 'screen', userId: 'u', name: 'Cart' }).ok).toBe(true);
  });

  it('keeps identify traits and alias ids, and generates a message id when none is sent', () => {
    const identify = normalize({
      type: 'identify',
      userId: 'u1',
      anonymousId: 'a1',
      traits: { plan: 'team' },
    });
    expect(identify.ok && identify.event).toMatchObject({
      traits: { plan: 'team' },
      userId: 'u1',
      anonymousId: 'a1',
    });
    expect(identify.ok && identify.event.messageId).toMatch(/^generated-/);
    const alias = normalize({ type: 'alias', userId: 'u2', previousId: 'a9' });
    expect(alias.ok && alias.event).toMatchObject({ previousId: 'a9', userId: 'u2', event: 'alias' });
  });

  it('takes the type from the endpoint when the body has none', () => {
    const result = normalize({ userId: 'u', event: 'Signed Up' }, { type: 'track' });
    expect(result.ok && result.event.event).toBe('Signed Up');
  });

  it.each([
    [null, '', 'JSON object'],
    [[], '', 'JSON object'],
    [{ type: 'purchase', userId: 'u' }, 'type', 'type must be one of'],
    [{ type: 'track', event: 'X' }, 'userId', 'userId or an anonymousId'],
    [{ type: 'track', userId: 'u' }, 'event', ''],
    [{ type: 'track', userId: 'u', event: 'X', properties: 'not an object' }, 'properties', ''],
    [{ type: 'track', userId: 'u', event: 'X', timestamp: 'yesterday' }, 'timestamp', ''],
    [{ type: 'alias', userId: 'u' }, 'previousId', ''],
  ])('refuses %j naming %s', (raw, path, message) => {
    const result = normalize(raw);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues[0]?.path).toBe(path);
    expect(result.issues[0]?.message).toContain(message);
  });

  it('refuses a message over 32 KB, saying the limit', () => {
    const result = normalize({
      type: 'track',
      userId: 'u',
      event: 'X',
      properties: { blob: 'x'.repeat(MESSAGE_LIMIT_BYTES) },
    });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.issues[0]?.message).toContain('32 KB');
  });
});

describe('deriving the channel', () => {
  it.each([
    [{ properties: { channel: 'crm' } }, 'crm'],
    [{ context: { channel: 'support' } }, 'support'],
    [{ context: { campaign: { medium: 'email' } } }, 'email'],
    [{ context: { campaign: { medium: 'CPC' } } }, 'ads'],
    [{ context: { campaign: { medium: 'social' }, page: { path: '/' } } }, 'social'],
    [{ context: { app: { name: 'Shop' }, os: { name: 'iOS' } } }, 'app'],
    [{ context: { device: { type: 'android' } } }, 'app'],
    [{ context: { page: { path: '/' } } }, 'web'],
    [{ context: { library: { name: 'analytics.js' } } }, 'web'],
    [{ channel: 'mobile' }, 'app'],
    [{ channel: 'server' }, 'server'],
    [{}, 'other'],
  ])('%j -> %s', (message, channel) => {
    expect(deriveChannel(message)).toBe(channel);
  });
});

describe('utf8Length', () => {
  it('counts exactly what TextEncoder would produce', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('grapheme', 'binary') }), (text) => {
        expect(utf8Length(text)).toBe(new TextEncoder().encode(text).length);
      }),
    );
  });
});

describe('jsonSizeBound', () => {
  it('is never below the UTF-8 size of the JSON, up to the limit it guards', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), (value) => {
        const exact = new TextEncoder().encode(JSON.stringify(value)).length;
        expect(jsonSizeBound(value, 0)).toBeGreaterThanOrEqual(Math.min(exact, MESSAGE_LIMIT_BYTES + 1));
      }),
      { numRuns: 500 },
    );
  });

  it('refuses a message over 32 KB however its size is spread, and accepts one just under', () => {
    const message = (text: string) => ({ type: 'track', event: 'x', anonymousId: 'a', properties: { text } });
    const overhead = JSON.stringify(message('')).length;
    expect(normalize(message('é'.repeat((MESSAGE_LIMIT_BYTES - overhead) / 2 + 1))).ok).toBe(false);
    expect(normalize(message('a'.repeat(MESSAGE_LIMIT_BYTES - overhead))).ok).toBe(true);
    expect(normalize(message('a'.repeat(MESSAGE_LIMIT_BYTES - overhead + 1))).ok).toBe(false);
    expect(normalize({ ...message(''), properties: { at: new Date(0) } }).ok).toBe(true);
  });
});
