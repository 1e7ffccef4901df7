import { gunzipSync, inflateSync } from 'node:zlib';
import { BATCH_LIMIT_BYTES, MESSAGE_LIMIT_BYTES } from '@safar/analytics';

/** A refusal of the tracking API: always a 4xx with a code and a message naming the problem. */
export class TrackingError extends Error {
  constructor(
    readonly status: 400 | 401 | 413 | 415 | 429,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** Deeper JSON than this is refused before anything walks it recursively. */
export const MAX_NESTING = 64;

const utf8 = new TextDecoder('utf-8', { fatal: true });
const kb = (bytes: number) => `${Math.round(bytes / 1024)} KB`;

/**
 * Turns a raw request body into JSON: undoes gzip or deflate, enforces the Segment size limits
 * on the decoded size (so a small gzip bomb is caught while inflating), and refuses invalid
 * UTF-8 and over-deep nesting.
 */
export function decodeTrackingBody(
  raw: Buffer,
  encoding: string | undefined,
  endpoint: 'batch' | 'single',
): { json: unknown; bytes: Buffer } {
  const limit = endpoint === 'batch' ? BATCH_LIMIT_BYTES : MESSAGE_LIMIT_BYTES;
  const limitName = endpoint === 'batch' ? 'batch' : 'message';
  const tooLarge = () =>
    new TrackingError(
      400,
      `${limitName}_too_large`,
      `the ${limitName} is larger than ${kb(limit)} (${limit} bytes), the limit of the tracking API`,
    );
  const bytes = inflate(raw, (encoding ?? 'identity').trim().toLowerCase(), limit, tooLarge);
  if (bytes.length > limit) throw tooLarge();
  if (bytes.length === 0) throw new TrackingError(400, 'empty_body', 'the body is empty; send a JSON object');
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    throw new TrackingError(400, 'invalid_utf8', 'the body is not valid UTF-8');
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new TrackingError(
      400,
      'invalid_json',
      `the body is not valid JSON: ${error instanceof Error ? error.message : ''}`,
    );
  }
  if (nestingDepth(parsed) > MAX_NESTING)
    throw new TrackingError(
      400,
      'too_deeply_nested',
      `the body nests objects or arrays deeper than ${MAX_NESTING} levels`,
    );
  // Decoded UTF-8 holds no lone surrogates, so only a \uD8xx-\uDFxx escape can bring one in.
  if (SURROGATE_ESCAPE.test(text) && hasLoneSurrogate(parsed))
    throw new TrackingError(
      400,
      'invalid_unicode',
      'the body has a string with a lone surrogate escape such as \\ud800, which is not valid Unicode',
    );
  return { json: parsed, bytes };
}

const SURROGATE_ESCAPE = /\\u[dD][89a-fA-F]/;

function inflate(raw: Buffer, encoding: string, limit: number, tooLarge: () => TrackingError): Buffer {
  if (encoding === 'identity' || encoding === '') return raw;
  // RFC 9110: x-gzip is gzip.
  if (encoding === 'x-gzip') encoding = 'gzip';
  if (encoding !== 'gzip' && encoding !== 'deflate')
    throw new TrackingError(
      415,
      'unsupported_encoding',
      `Content-Encoding ${encoding} is not supported; use gzip, deflate or none`,
    );
  try {
    const options = { maxOutputLength: limit + 1 };
    return encoding === 'gzip' ? gunzipSync(raw, options) : inflateSync(raw, options);
  } catch (error) {
    if (
      error instanceof RangeError ||
      (error instanceof Error && 'code' in error && error.code === 'ERR_BUFFER_TOO_LARGE')
    )
      throw tooLarge();
    throw new TrackingError(400, 'invalid_encoding', `the body is not valid ${encoding} data`);
  }
}

/**
 * How deep the body nests, counted only up to one level past MAX_NESTING: the recursion stops
 * there, so a hostile body cannot exhaust the stack while being measured.
 */
export function nestingDepth(value: unknown, depth = 0): number {
  if (typeof value !== 'object' || value === null) return depth;
  if (depth >= MAX_NESTING) return depth + 1;
  let deepest = depth + 1;
  if (Array.isArray(value)) {
    for (const item of value) deepest = Math.max(deepest, nestingDepth(item, depth + 1));
  } else {
    for (const key in value) {
      if (Object.hasOwn(value, key))
        deepest = Math.max(deepest, nestingDepth(Reflect.get(value, key), depth + 1));
    }
  }
  return deepest;
}

const LONE_SURROGATE = /\p{Cs}/u;

/**
 * Whether any key or string holds half of a UTF-16 surrogate pair. Such strings are valid JSON
 * (as escapes) but not Unicode: the event store would turn each into U+FFFD, merging distinct
 * ids (two users into one person, two messageIds into one). Iterative, so depth costs no stack.
 */
function hasLoneSurrogate(value: unknown): boolean {
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const item = stack.pop();
    if (typeof item === 'string') {
      if (LONE_SURROGATE.test(item)) return true;
    } else if (typeof item === 'object' && item !== null) {
      for (const [key, child] of Object.entries(item)) {
        if (LONE_SURROGATE.test(key)) return true;
        stack.push(child);
      }
    }
  }
  return false;
}

/** The write key from HTTP Basic (`writeKey:`, as the Segment and RudderStack SDKs send it) or the body. */
export function writeKeyOf(authorization: string | undefined, body: unknown): string | null {
  if (authorization?.toLowerCase().startsWith('basic ')) {
    const decoded = Buffer.from(authorization.slice(6).trim(), 'base64').toString('utf8');
    const user = decoded.split(':')[0];
    if (user) return user;
  }
  if (
    typeof body === 'object' &&
    body !== null &&
    'writeKey' in body &&
    typeof body.writeKey === 'string' &&
    body.writeKey
  )
    return body.writeKey;
  return null;
}
