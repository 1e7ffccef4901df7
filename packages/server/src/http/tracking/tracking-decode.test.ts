import { gzipSync } from 'node:zlib';
import { rowOf } from '@safar/warehouse/rendered-events';
import { describe, expect, it } from 'vitest';
import { decodeTrackingRequest } from './tracking-decode.js';

const receivedAt = Date.UTC(2026, 10, 24, 12);
const body = (value: unknown) => Buffer.from(JSON.stringify(value));
const track = (messageId: string) => ({
  type: 'track',
  event: 'Product Viewed',
  messageId,
  anonymousId: 'device-1',
  userId: 'user-1',
  timestamp: '2026-11-24T11:59:00.000Z',
});

describe('decodeTrackingRequest', () => {
  it('renders a plain batch as rows, with the identities it carries, and no inflated copy', () => {
    const decoded = decodeTrackingRequest({
      raw: body({ batch: [track('a'), track('b')] }),
      encoding: undefined,
      endpoint: 'batch',
      receivedAt,
    });
    if (!decoded.readable || !decoded.outcome.valid) throw new Error('expected valid events');
    expect(decoded.inflated).toBeNull();
    expect(decoded.bodyWriteKey).toBeNull();
    expect(decoded.outcome.events.messageIds).toEqual(['a', 'b']);
    expect(JSON.parse(rowOf(decoded.outcome.events, 0))).toMatchObject({
      message_id: 'a',
      distinct_id: 'u:user-1',
      timestamp_ms: Date.UTC(2026, 10, 24, 11, 59),
    });
    const identity = { type: 'track', userId: 'user-1', anonymousId: 'device-1', previousId: null };
    expect(decoded.outcome.events.identities).toEqual([identity, identity]);
  });

  it('keeps the inflated body of a gzip request, for the write-ahead log', () => {
    const plain = body({ batch: [track('g')] });
    const decoded = decodeTrackingRequest({
      raw: gzipSync(plain),
      encoding: 'gzip',
      endpoint: 'batch',
      receivedAt,
    });
    if (!decoded.readable) throw new Error('expected a readable body');
    expect(Buffer.from(decoded.inflated ?? [])).toEqual(plain);
  });

  it('refuses a body it cannot read outright', () => {
    expect(
      decodeTrackingRequest({
        raw: Buffer.from('{"batch": ['),
        encoding: undefined,
        endpoint: 'batch',
        receivedAt,
      }),
    ).toMatchObject({ readable: false, refusal: { status: 400, code: 'invalid_json' } });
    expect(
      decodeTrackingRequest({
        raw: Buffer.from('not gzip'),
        encoding: 'gzip',
        endpoint: 'batch',
        receivedAt,
      }),
    ).toMatchObject({ readable: false, refusal: { status: 400, code: 'invalid_encoding' } });
  });

  it('names the write key of a readable body even when its messages are invalid', () => {
    const decoded = decodeTrackingRequest({
      raw: body({
        writeKey: 'wk_1',
        batch: [track('ok'), { type: 'track', messageId: 'no-name', anonymousId: 'd' }],
      }),
      encoding: undefined,
      endpoint: 'batch',
      receivedAt,
    });
    expect(decoded).toMatchObject({
      readable: true,
      bodyWriteKey: 'wk_1',
      outcome: { valid: false, refusal: { status: 400, code: 'validation_failed' } },
    });
    if (decoded.readable && !decoded.outcome.valid)
      expect(decoded.outcome.refusal.issues?.[0]?.path).toMatch(/^batch\[1\]/);
  });
});
