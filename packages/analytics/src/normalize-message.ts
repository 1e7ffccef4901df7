import { deriveChannel, type EventChannel } from './event-channel.js';
import { quickAccepts } from './quick-message-check.js';
import { messageSchemaFor, MESSAGE_TYPES, type MessageType, type SegmentMessage } from './segment-message.js';

/** Limits of the Segment HTTP API, which SDKs already respect. */
export const MESSAGE_LIMIT_BYTES = 32 * 1024;
export const BATCH_LIMIT_BYTES = 500 * 1024;

/** One event as Safar stores it, whatever SDK or importer it came from. */
export interface NormalizedEvent {
  readonly messageId: string;
  readonly type: MessageType;
  /** The event name: the track event, or the message type for page, screen, identify, group, alias. */
  readonly event: string;
  readonly anonymousId: string | null;
  readonly userId: string | null;
  /** When it happened, corrected for the sender's clock skew (epoch milliseconds). */
  readonly timestamp: number;
  readonly receivedAt: number;
  readonly channel: EventChannel;
  readonly properties: Record<string, unknown>;
  readonly traits: Record<string, unknown>;
  readonly context: Record<string, unknown>;
  /** alias: the id being merged into userId; group: the group id. */
  readonly previousId: string | null;
  readonly groupId: string | null;
}

export type NormalizeResult =
  | { readonly ok: true; readonly event: NormalizedEvent }
  | { readonly ok: false; readonly issues: readonly { path: string; message: string }[] };

/** UTF-8 bytes of a string, counted without encoding it (surrogate pairs count 4, once). */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4;
        i += 1;
      } else bytes += 3;
    } else bytes += 3;
  }
  return bytes;
}

/**
 * A message's size as JSON, exact only when it could be over the limit: most messages are a few
 * hundred bytes, and a walk bounding their size is much cheaper than serialising them.
 */
function byteLength(value: unknown): number {
  const bound = jsonSizeBound(value, 0);
  if (bound <= MESSAGE_LIMIT_BYTES) return bound;
  const text = JSON.stringify(value);
  return text.length * 3 <= MESSAGE_LIMIT_BYTES ? text.length : utf8Length(text);
}

/** Deeper than this, the bound gives up (Infinity) and the exact measure decides. */
const BOUND_DEPTH = 256;

/**
 * At least the UTF-8 size of JSON.stringify(value): a string unit takes at most 6 bytes (a
 * \u escape), a number at most 25. Stops adding once past the limit, since only that matters.
 */
export function jsonSizeBound(value: unknown, depth: number): number {
  switch (typeof value) {
    case 'string':
      return 2 + 6 * value.length;
    case 'number':
      return 25;
    case 'boolean':
      return 5;
    case 'object': {
      if (value === null) return 4;
      // A toJSON (a Date, say) writes something other than its keys: measured exactly instead.
      if (depth > BOUND_DEPTH || 'toJSON' in value) return Infinity;
      let size = 2;
      if (Array.isArray(value)) {
        for (const item of value) {
          size += 1 + (item === undefined ? 4 : jsonSizeBound(item, depth + 1));
          if (size > MESSAGE_LIMIT_BYTES) return size;
        }
        return size;
      }
      for (const key in value) {
        if (!Object.hasOwn(value, key)) continue;
        const item: unknown = (value as Record<string, unknown>)[key];
        size += 4 + 6 * key.length + jsonSizeBound(item, depth + 1);
        if (size > MESSAGE_LIMIT_BYTES) return size;
      }
      return size;
    }
    case 'bigint':
      return Infinity;
    default:
      // undefined and functions are left out by JSON.stringify (or written as null in arrays).
      return 0;
  }
}

/**
 * Validates one Segment message and turns it into a NormalizedEvent. `type` comes from the
 * endpoint (/v1/track...) or the message itself (/v1/batch); batch-level context is merged in
 * under the message's own.
 */
export function normalizeMessage(
  raw: unknown,
  options: {
    receivedAt: number;
    type?: MessageType;
    batchContext?: Record<string, unknown>;
    /** A batch's sentAt, for messages that carry none of their own. */
    batchSentAt?: string;
    /** The decoded request is at most 32 KB, so no message in it can be over the limit. */
    withinLimit?: boolean;
    newId: () => string;
  },
): NormalizeResult {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { ok: false, issues: [{ path: '', message: 'a message must be a JSON object' }] };
  }
  const size = options.withinLimit ? 0 : byteLength(raw);
  if (size > MESSAGE_LIMIT_BYTES) {
    return {
      ok: false,
      issues: [
        { path: '', message: `message is ${size} bytes; the limit is 32 KB (${MESSAGE_LIMIT_BYTES} bytes)` },
      ],
    };
  }
  const declared = 'type' in raw ? raw.type : undefined;
  const type = options.type ?? MESSAGE_TYPES.find((candidate) => candidate === declared);
  if (!type) {
    return {
      ok: false,
      issues: [{ path: 'type', message: `type must be one of ${MESSAGE_TYPES.join(', ')}` }],
    };
  }
  const candidate: Record<string, unknown> =
    'type' in raw && raw.type === type ? { ...raw } : { ...raw, type };
  if (quickAccepts(candidate, type)) return { ok: true, event: toEvent(candidate, options) };
  const parsed = messageSchemaFor(type).safeParse(candidate);
  if (!parsed.success) {
    return {
      ok: false,
      issues: parsed.error.issues.map((issue) => ({
        path: issue.path.map(String).join('.'),
        message: issue.message,
      })),
    };
  }
  return { ok: true, event: toEvent(parsed.data, options) };
}

/** Validated objects (zod or the quick check), typed as what they are. */
const asRecord = (value: unknown): Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};

function toEvent(
  message: SegmentMessage,
  options: { receivedAt: number; batchContext?: Record<string, unknown>; newId: () => string },
): NormalizedEvent {
  // Copies only where something is merged in: the parsed request is not used after this.
  const context = options.batchContext
    ? { ...options.batchContext, ...asRecord(message.context) }
    : asRecord(message.context);
  let properties = 'properties' in message ? asRecord(message.properties) : {};
  if (message.type === 'page' || message.type === 'screen') {
    properties = { ...properties };
    if (message.name !== undefined) properties['name'] ??= message.name;
    if ('category' in message && message.category !== undefined) properties['category'] ??= message.category;
  }
  return {
    messageId: message.messageId ?? options.newId(),
    type: message.type,
    event: message.type === 'track' ? message.event : message.type,
    anonymousId: message.anonymousId ?? null,
    userId: message.userId ?? null,
    timestamp: correctedTimestamp(message, options.receivedAt),
    receivedAt: options.receivedAt,
    channel: deriveChannel({ channel: message.channel, context, properties }),
    properties,
    traits: traitsOf(message),
    context,
    previousId: message.type === 'alias' ? message.previousId : null,
    groupId: message.type === 'group' ? message.groupId : null,
  };
}

/**
 * Segment's clock-skew correction: the sender's clock may be wrong, but the time between the
 * event and sending it is right, so timestamp = receivedAt - (sentAt - originalTimestamp).
 */
export function correctedTimestamp(
  message: {
    timestamp?: string | undefined;
    sentAt?: string | undefined;
    originalTimestamp?: string | undefined;
  },
  receivedAt: number,
): number {
  const sentAt = message.sentAt ? Date.parse(message.sentAt) : NaN;
  const original = message.originalTimestamp ? Date.parse(message.originalTimestamp) : NaN;
  if (Number.isFinite(sentAt) && Number.isFinite(original)) return receivedAt - (sentAt - original);
  for (const value of [message.timestamp, message.originalTimestamp]) {
    const parsed = value ? Date.parse(value) : NaN;
    if (Number.isFinite(parsed)) return parsed;
  }
  return receivedAt;
}

function traitsOf(message: SegmentMessage): Record<string, unknown> {
  return (message.type === 'identify' || message.type === 'group') && message.traits
    ? { ...message.traits }
    : {};
}
