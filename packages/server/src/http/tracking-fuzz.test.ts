import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { deflateSync, gzipSync } from 'node:zlib';
import { BATCH_LIMIT_BYTES, MESSAGE_LIMIT_BYTES, MESSAGE_TYPES, type MessageType } from '@safar/analytics';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestApp, type TestApp } from '../test-support/test-engines.js';
import { MAX_NESTING } from './tracking/tracking-body.js';

/**
 * Hostile and broken input to the tracking API (/v1/batch, /v1/track, ...). Whatever arrives,
 * the answer is a 4xx (never a 5xx) with `{ error: { code, message } }` naming the problem,
 * nothing of a refused request is stored, and the server keeps working afterwards.
 */

interface Refusal {
  code: string;
  message: string;
  issues?: { path: string; message: string }[];
}

interface Answer {
  readonly statusCode: number;
  readonly headers: Record<string, unknown>;
  readonly body: string;
}

const WS = 'fuzz';
/** Positive controls (requests that must be accepted) go here, so WS stays empty until the end. */
const OK_WS = 'fuzz-accepted';
const RUNS = { numRuns: 150 };
const FEW = { numRuns: 25 };

let t: TestApp;
let key: string;
let okKey: string;
let revokedKey: string;
let baseUrl: string;

const basic = (user: string) => `Basic ${Buffer.from(`${user}:`).toString('base64')}`;

beforeAll(async () => {
  t = await openTestApp('pglite');
  for (const id of [WS, OK_WS]) {
    const created = await t.app.inject({ method: 'POST', url: '/api/workspaces', payload: { id, name: id } });
    expect(created.statusCode, created.body).toBe(201);
  }
  const newKey = async (ws: string) => {
    const response = await t.app.inject({
      method: 'POST',
      url: `/api/workspaces/${ws}/write-keys`,
      payload: {},
    });
    expect(response.statusCode, response.body).toBe(201);
    return response.json<{ key: string; id: string }>();
  };
  key = (await newKey(WS)).key;
  okKey = (await newKey(OK_WS)).key;
  const revoked = await newKey(WS);
  revokedKey = revoked.key;
  // Resolved once before revocation (the body is refused after the key check, so nothing is
  // stored): a stale cached resolution would show up later as a wrong acceptance.
  const used = await post('/v1/track', '{}', { authorization: basic(revokedKey) });
  refusal(used, { status: 400, code: 'validation_failed' });
  const gone = await t.app.inject({
    method: 'DELETE',
    url: `/api/workspaces/${WS}/write-keys/${revoked.id}`,
  });
  expect(gone.statusCode, gone.body).toBe(200);
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  baseUrl = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
});

afterAll(async () => t.close());

async function post(
  url: string,
  payload: string | Buffer,
  headers: Record<string, string | undefined> = {},
): Promise<Answer> {
  const sent: Record<string, string> = {};
  for (const [name, value] of Object.entries({
    authorization: basic(key),
    'content-type': 'application/json',
    ...headers,
  }))
    if (value !== undefined) sent[name] = value;
  return t.app.inject({ method: 'POST', url, payload, headers: sent });
}

/** The shape every refusal has; checks the expected status, code and message when given. */
function refusal(
  answer: Answer,
  expected: { status?: number; code?: string; message?: RegExp } = {},
): Refusal {
  const context = `${answer.statusCode} ${answer.body.slice(0, 400)}`;
  expect(answer.statusCode, context).toBeGreaterThanOrEqual(400);
  expect(answer.statusCode, context).toBeLessThan(500);
  expect(String(answer.headers['content-type']), context).toMatch(/^application\/json/);
  const parsed: unknown = JSON.parse(answer.body);
  expect(parsed, context).toEqual({
    error: expect.objectContaining({ code: expect.any(String), message: expect.any(String) }),
  });
  const { error } = parsed as { error: Refusal };
  expect(error.code, context).toMatch(/^[a-z0-9_]+$/);
  expect(error.message.trim(), context).not.toBe('');
  for (const issue of error.issues ?? []) {
    expect(typeof issue.path, context).toBe('string');
    expect(issue.message.trim(), context).not.toBe('');
  }
  if (expected.status !== undefined) expect(answer.statusCode, context).toBe(expected.status);
  if (expected.code !== undefined) expect(error.code, context).toBe(expected.code);
  if (expected.message !== undefined) expect(error.message, context).toMatch(expected.message);
  return error;
}

/** How many events a workspace holds (the read API flushes the ingest buffer first). */
async function storedCount(ws: string): Promise<number> {
  let count = 0;
  let cursor: string | null = null;
  do {
    const query: string = cursor ? `&cursor=${encodeURIComponent(cursor)}` : '';
    const response = await t.app.inject({
      method: 'GET',
      url: `/api/workspaces/${ws}/events?limit=1000${query}`,
    });
    expect(response.statusCode, response.body).toBe(200);
    const page = response.json<{ items: unknown[]; nextCursor: string | null }>();
    count += page.items.length;
    cursor = page.nextCursor;
  } while (cursor);
  return count;
}

// ---------------------------------------------------------------------------------------------
// Messages: a valid one of each type, and ways of breaking exactly one of its fields.

let sequence = 0;
function valid(type: MessageType): Record<string, unknown> {
  const messageId = `valid-${type}-${++sequence}`;
  switch (type) {
    case 'track':
      return { type, messageId, userId: 'u1', event: 'Clicked', properties: { button: 'buy' } };
    case 'identify':
      return { type, messageId, userId: 'u1', anonymousId: 'd1', traits: { plan: 'pro' } };
    case 'page':
      return {
        type,
        messageId,
        anonymousId: 'd1',
        name: 'Home',
        category: 'Docs',
        properties: { path: '/' },
      };
    case 'screen':
      return { type, messageId, anonymousId: 'd1', name: 'Home', properties: {} };
    case 'group':
      return { type, messageId, userId: 'u1', groupId: 'g1', traits: { name: 'Acme' } };
    case 'alias':
      return { type, messageId, userId: 'u2', previousId: 'u1' };
  }
}

/** Leave the field out. */
const REMOVE = Symbol('remove');
/** Leave out both userId and anonymousId. */
const NO_IDENTITY = Symbol('no identity');
interface Breakage {
  /** The field broken (and the path its issue names). */
  readonly field: string;
  readonly value: unknown;
}

const shortJson = fc.jsonValue({ maxDepth: 2 });
const anArray = fc.array(shortJson, { maxLength: 3 });
const anObject = fc.dictionary(fc.string({ maxLength: 8 }), shortJson, { maxKeys: 3 });
const notAString = fc.oneof(
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.boolean(),
  fc.constant(null),
  anArray,
  anObject,
);
const notAnObject = fc.oneof(
  fc.integer(),
  fc.string({ maxLength: 20 }),
  fc.boolean(),
  fc.constant(null),
  anArray,
);
/** userId, anonymousId, groupId, previousId: a non-empty string up to 512 characters, or a number. */
const notAnId = fc.oneof(
  fc.constant(''),
  fc.constant(null),
  fc.boolean(),
  anArray,
  anObject,
  fc.string({ minLength: 513, maxLength: 700 }),
);
const notATime = fc.oneof(
  fc.integer(),
  fc.constant(null),
  fc.boolean(),
  anObject,
  fc.constantFrom(
    '',
    'yesterday',
    'now',
    '2026-13-45T99:99:99Z',
    '1700000000000',
    'Mon, 01 Jan 2024 00:00:00 GMT',
    '2024/01/01 10:00',
  ),
  fc.string({ maxLength: 20 }).map((text) => `not a time ${text}`),
);
const tooLong = (max: number) =>
  fc.integer({ min: max + 1, max: max + 50 }).map((length) => 'x'.repeat(length));

function breakagesOf(type: MessageType, inBatch: boolean): fc.Arbitrary<Breakage>[] {
  const at = (field: string, value: fc.Arbitrary<unknown>) =>
    value.map((broken) => ({ field, value: broken }));
  const common = [
    at('messageId', fc.oneof(fc.integer(), fc.constant(''), fc.constant(null), anObject, tooLong(512))),
    at('timestamp', notATime),
    at('sentAt', notATime),
    at('originalTimestamp', notATime),
    at('context', notAnObject),
    at('integrations', notAnObject),
    at('channel', fc.oneof(fc.integer(), fc.boolean(), fc.constant(null), anObject, tooLong(50))),
  ];
  if (inBatch)
    common.push(
      at(
        'type',
        fc.oneof(
          fc.constant(REMOVE),
          fc.constant(null),
          fc.integer(),
          fc.constantFrom('Track', 'TRACK', 'event', 'pageview', ' track', ''),
          fc.string({ maxLength: 10 }).filter((text) => !(MESSAGE_TYPES as readonly string[]).includes(text)),
        ),
      ),
    );
  const identity =
    type === 'alias'
      ? [
          at('userId', fc.oneof(notAnId, fc.constant(REMOVE))),
          at('previousId', fc.oneof(notAnId, fc.constant(REMOVE))),
        ]
      : [
          at('userId', notAnId),
          at('anonymousId', notAnId),
          // Neither id at all.
          fc.constant({ field: 'userId', value: NO_IDENTITY }),
        ];
  const specific: Record<MessageType, fc.Arbitrary<Breakage>[]> = {
    track: [
      at(
        'event',
        fc.oneof(notAString, fc.constant(REMOVE), fc.constantFrom('', '   ', '\n\t'), tooLong(500)),
      ),
      at('properties', notAnObject),
    ],
    identify: [at('traits', notAnObject)],
    page: [
      at('properties', notAnObject),
      at('name', fc.oneof(notAString, tooLong(500))),
      at('category', fc.oneof(notAString, tooLong(500))),
    ],
    screen: [at('properties', notAnObject), at('name', fc.oneof(notAString, tooLong(500)))],
    group: [at('groupId', fc.oneof(notAnId, fc.constant(REMOVE))), at('traits', notAnObject)],
    alias: [],
  };
  return [...common, ...identity, ...specific[type]];
}

function broken(type: MessageType, breakage: Breakage): Record<string, unknown> {
  const dropped =
    breakage.value === NO_IDENTITY
      ? ['userId', 'anonymousId']
      : breakage.value === REMOVE
        ? [breakage.field]
        : [];
  const message = Object.fromEntries(Object.entries(valid(type)).filter(([name]) => !dropped.includes(name)));
  if (dropped.length === 0) message[breakage.field] = breakage.value;
  return message;
}

const messageType = fc.constantFrom(...MESSAGE_TYPES);
const brokenMessage = (inBatch: boolean) =>
  messageType.chain((type) =>
    fc
      .oneof(...breakagesOf(type, inBatch))
      .map((breakage) => ({ type, breakage, message: broken(type, breakage) })),
  );

// ---------------------------------------------------------------------------------------------

describe('wrong types in message fields', () => {
  it('refuses a message with one broken field on its own endpoint, naming the field', async () => {
    await fc.assert(
      fc.asyncProperty(brokenMessage(false), async ({ type, breakage, message }) => {
        const error = refusal(await post(`/v1/${type}`, JSON.stringify(message)), {
          status: 400,
          code: 'validation_failed',
        });
        expect(error.issues?.length).toBeGreaterThan(0);
        const paths = (error.issues ?? []).map((issue) => issue.path);
        expect(paths.some((path) => path === breakage.field || path.startsWith(`${breakage.field}.`))).toBe(
          true,
        );
      }),
      RUNS,
    );
  });

  it('refuses a whole batch for one broken message, naming it by index, and stores none of it', async () => {
    const batchOf = fc
      .tuple(
        fc.array(messageType, { maxLength: 6 }),
        fc.array(brokenMessage(true), { minLength: 1, maxLength: 3 }),
      )
      .chain(([goodTypes, bad]) =>
        fc.shuffledSubarray(
          [...goodTypes.map((type) => ({ good: valid(type) })), ...bad.map((b) => ({ bad: b }))],
          {
            minLength: goodTypes.length + bad.length,
          },
        ),
      );
    await fc.assert(
      fc.asyncProperty(batchOf, fc.boolean(), async (items, sentAt) => {
        const batch = items.map((item) => ('good' in item ? item.good : item.bad.message));
        const body = {
          batch,
          ...(sentAt ? { sentAt: new Date().toISOString() } : {}),
          context: { ip: '1.2.3.4' },
        };
        const error = refusal(await post('/v1/batch', JSON.stringify(body)), {
          status: 400,
          code: 'validation_failed',
        });
        const badIndexes = items.flatMap((item, index) => ('bad' in item ? [index] : []));
        const named = new Set(
          (error.issues ?? []).map((issue) => Number(/^batch\[(\d+)\]/.exec(issue.path)?.[1] ?? Number.NaN)),
        );
        expect([...named].sort((a, b) => a - b)).toEqual(badIndexes);
        expect(error.message).toMatch(/^batch\[\d+\]/);
      }),
      RUNS,
    );
    expect(await storedCount(WS)).toBe(0);
  });

  it('stores nothing of a batch with one valid and one invalid message, though the valid one alone is fine', async () => {
    const good = valid('track');
    const error = refusal(
      await post('/v1/batch', JSON.stringify({ batch: [good, { ...valid('track'), event: 42 }] })),
      { status: 400, code: 'validation_failed' },
    );
    expect(error.issues).toEqual([{ path: 'batch[1].event', message: expect.any(String) }]);
    expect(error.message).toMatch(/^batch\[1\]\.event: /);
    expect(await storedCount(WS)).toBe(0);
    const alone = await post('/v1/batch', JSON.stringify({ batch: [good] }), { authorization: basic(okKey) });
    expect(alone.statusCode, alone.body).toBe(200);
  });

  it('refuses bodies that are not an object with a non-empty array of message objects', async () => {
    const notABatch = fc.oneof(
      // The body itself is not an object.
      fc.oneof(anArray, fc.integer(), fc.string(), fc.boolean(), fc.constant(null)).map((body) => ({
        body,
        message: /body must be a JSON object/,
      })),
      // batch is missing, or not an array.
      fc
        .oneof(fc.constant(REMOVE), anObject, fc.string(), fc.integer(), fc.boolean(), fc.constant(null))
        .map((batch) => ({
          body: batch === REMOVE ? { messages: [valid('track')] } : { batch },
          message: /^batch: must be an array/,
        })),
      fc.constant({ body: { batch: [] }, message: /^batch: must hold at least one message/ }),
      // Items that are not objects: null, numbers, strings, arrays, booleans.
      fc
        .array(fc.oneof(fc.constant(null), fc.integer(), fc.string(), anArray, fc.boolean()), {
          minLength: 1,
          maxLength: 5,
        })
        .map((batch) => ({ body: { batch }, message: /^batch\[0\]: a message must be a JSON object/ })),
    );
    await fc.assert(
      fc.asyncProperty(notABatch, async ({ body, message }) => {
        refusal(await post('/v1/batch', JSON.stringify(body)), {
          status: 400,
          code: 'validation_failed',
          message,
        });
      }),
      RUNS,
    );
    // A single-message endpoint wants an object too.
    await fc.assert(
      fc.asyncProperty(
        messageType,
        fc.oneof(anArray, fc.integer(), fc.string(), fc.constant(null)),
        async (type, body) => {
          refusal(await post(`/v1/${type}`, JSON.stringify(body)), {
            status: 400,
            code: 'validation_failed',
          });
        },
      ),
      FEW,
    );
  });
});

describe('sizes', () => {
  it('refuses a single message over 32 KB, plain or gzip-inflated past it', async () => {
    await fc.assert(
      fc.asyncProperty(
        messageType,
        fc.integer({ min: MESSAGE_LIMIT_BYTES + 1, max: 200_000 }),
        fc.constantFrom('identity', 'gzip', 'deflate'),
        async (type, size, encoding) => {
          const text = JSON.stringify({ ...valid(type), context: { blob: 'a'.repeat(size) } });
          const bytes = Buffer.from(text);
          const payload =
            encoding === 'gzip' ? gzipSync(bytes) : encoding === 'deflate' ? deflateSync(bytes) : bytes;
          refusal(await post(`/v1/${type}`, payload, { 'content-encoding': encoding }), {
            status: 400,
            code: 'message_too_large',
            message: /32 KB/,
          });
        },
      ),
      FEW,
    );
  });

  it('refuses a message over 32 KB inside a batch under 500 KB, naming its index', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: 3 }),
        fc.integer({ min: MESSAGE_LIMIT_BYTES, max: 120_000 }),
        fc.constantFrom('event', 'userId', 'properties', 'context'),
        async (index, size, field) => {
          const batch = [valid('track'), valid('track'), valid('track'), valid('track')];
          const big = 'x'.repeat(size);
          batch[index] = {
            ...valid('track'),
            [field]: field === 'properties' || field === 'context' ? { big } : big,
          };
          const error = refusal(await post('/v1/batch', JSON.stringify({ batch })), {
            status: 400,
            code: 'validation_failed',
          });
          expect(error.issues).toEqual([
            { path: `batch[${index}]`, message: expect.stringMatching(/32 KB/) },
          ]);
        },
      ),
      FEW,
    );
  });

  it('refuses a batch over 500 KB, plain or as a small gzip/deflate bomb', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: BATCH_LIMIT_BYTES + 1, max: 1_000_000 }),
        fc.constantFrom('identity', 'gzip', 'deflate', 'GZIP', ' deflate '),
        async (size, encoding) => {
          const text = `{"batch":[${JSON.stringify(valid('track'))}],"padding":"${' '.repeat(size)}"}`;
          const bytes = Buffer.from(text);
          const plain = encoding === 'identity';
          const payload = plain
            ? bytes
            : encoding.trim().toLowerCase() === 'gzip'
              ? gzipSync(bytes)
              : deflateSync(bytes);
          if (!plain) expect(payload.length).toBeLessThan(5_000);
          refusal(await post('/v1/batch', payload, { 'content-encoding': encoding }), {
            status: 400,
            code: 'batch_too_large',
            message: /500 KB/,
          });
        },
      ),
      { numRuns: 20 },
    );
    // A 20 MB gzip bomb, and ten of them concatenated (a multi-member gzip of 200 MB), stop at the limit.
    const bomb = gzipSync(Buffer.alloc(20 * 1024 * 1024, 0x20));
    for (const payload of [bomb, Buffer.concat(Array.from({ length: 10 }, () => bomb))]) {
      const started = Date.now();
      refusal(await post('/v1/batch', payload, { 'content-encoding': 'gzip' }), {
        status: 400,
        code: 'batch_too_large',
        message: /500 KB/,
      });
      expect(Date.now() - started).toBeLessThan(2_000);
    }
    // Past what the server reads at all: a 413, still with the error body.
    refusal(await post('/v1/batch', Buffer.alloc(2 * 1024 * 1024, 0x20)), { status: 413 });
    expect(await storedCount(WS)).toBe(0);
  });

  it('accepts what is just within the limits (positive control)', async () => {
    const auth = { authorization: basic(okKey) };
    const before = await storedCount(OK_WS);
    const message = (blobSize: number, base = valid('track')) => ({
      ...base,
      properties: { blob: 'b'.repeat(blobSize) },
    });
    // A message of exactly 32 KB on its own endpoint, and one byte more.
    const base = valid('track');
    const overhead = Buffer.byteLength(JSON.stringify(message(0, base)));
    const exact = JSON.stringify(message(MESSAGE_LIMIT_BYTES - overhead, base));
    expect(Buffer.byteLength(exact)).toBe(MESSAGE_LIMIT_BYTES);
    const accepted = await post('/v1/track', exact, auth);
    expect(accepted.statusCode, accepted.body).toBe(200);
    refusal(
      await post('/v1/track', JSON.stringify(message(MESSAGE_LIMIT_BYTES - overhead + 1, base)), auth),
      {
        status: 400,
        code: 'message_too_large',
      },
    );
    // A batch just under 500 KB of messages just under 32 KB each, gzip'd.
    const batch = Array.from({ length: 15 }, () => message(32_000));
    const body = Buffer.from(JSON.stringify({ batch }));
    expect(body.length).toBeLessThanOrEqual(BATCH_LIMIT_BYTES);
    expect(body.length).toBeGreaterThan(BATCH_LIMIT_BYTES - 40_000);
    const answer = await post('/v1/batch', gzipSync(body), { ...auth, 'content-encoding': 'gzip' });
    expect(answer.statusCode, answer.body).toBe(200);
    expect(await storedCount(OK_WS)).toBe(before + 16);
  });
});

describe('nesting', () => {
  /** d containers, arrays or objects at random, around a number. */
  const nested = (kinds: readonly boolean[]) =>
    kinds.map((array) => (array ? '[' : '{"k":')).join('') +
    '1' +
    [...kinds]
      .reverse()
      .map((array) => (array ? ']' : '}'))
      .join('');

  it('refuses anything deeper than 64 levels, wherever the depth is', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.boolean(), { minLength: MAX_NESTING + 1, maxLength: 3_000 }),
        fc.constantFrom('bare', 'properties', 'context', 'batch'),
        fc.boolean(),
        async (kinds, where, gzip) => {
          const deep = nested(kinds);
          const message = (value: string) =>
            `{"type":"track","event":"e","userId":"u","${where === 'context' ? 'context' : 'properties'}":{"deep":${value}}}`;
          const [url, text] =
            where === 'bare'
              ? ['/v1/batch', deep]
              : where === 'batch'
                ? ['/v1/batch', `{"batch":[${message(deep)}]}`]
                : ['/v1/track', message(deep)];
          const bytes = Buffer.from(text);
          refusal(
            await post(url, gzip ? gzipSync(bytes) : bytes, {
              'content-encoding': gzip ? 'gzip' : undefined,
            }),
            { status: 400, code: 'too_deeply_nested', message: /64 levels/ },
          );
        },
      ),
      RUNS,
    );
  });

  it('refuses 10,000 levels of [ (balanced or not) and 200,000 gzip-inflated levels', async () => {
    const open = '['.repeat(10_000);
    for (const url of ['/v1/batch', '/v1/track', '/v1/identify']) {
      refusal(await post(url, open + ']'.repeat(10_000)), { status: 400, code: 'too_deeply_nested' });
      refusal(await post(url, open), { status: 400, code: 'invalid_json' });
      refusal(await post(url, '{"a":'.repeat(6_000)), { status: 400, code: 'invalid_json' });
    }
    const deep = gzipSync(Buffer.from('['.repeat(200_000) + ']'.repeat(200_000)));
    refusal(await post('/v1/batch', deep, { 'content-encoding': 'gzip' }), {
      status: 400,
      code: 'too_deeply_nested',
    });
  });

  it('accepts exactly 64 levels and refuses 65 (positive control)', async () => {
    const auth = { authorization: basic(okKey) };
    // body { > batch [ > message { > properties, the first of d nested levels: 3 + d in all.
    const body = (d: number) =>
      `{"batch":[{"type":"track","event":"deep","userId":"u","properties":${nested(Array.from({ length: d }, (_, i) => i % 2 === 1))}}]}`;
    const within = await post('/v1/batch', body(MAX_NESTING - 3), auth);
    expect(within.statusCode, within.body).toBe(200);
    refusal(await post('/v1/batch', body(MAX_NESTING - 2), auth), { status: 400, code: 'too_deeply_nested' });
  });
});

describe('bytes and encodings', () => {
  /** A valid batch with bytes spliced into the event name. */
  const withBytes = (bytes: readonly number[]) =>
    Buffer.concat([
      Buffer.from('{"batch":[{"type":"track","userId":"u","event":"caf'),
      Buffer.from(bytes),
      Buffer.from('"}]}'),
    ]);
  const invalidUtf8 = fc.constantFrom(
    [0xff],
    [0xfe, 0xff],
    [0x80],
    [0xc3],
    [0xc0, 0xaf],
    [0xe2, 0x82],
    [0xed, 0xa0, 0x80],
    [0xf4, 0x90, 0x80, 0x80],
    [0xf8, 0x88, 0x80, 0x80, 0x80],
  );

  it('refuses invalid UTF-8, also when it only appears after inflating', async () => {
    await fc.assert(
      fc.asyncProperty(
        invalidUtf8,
        fc.array(fc.integer({ min: 0x20, max: 0x7e }), { maxLength: 5 }),
        fc.constantFrom('identity', 'gzip', 'deflate'),
        fc.constantFrom('/v1/batch', '/v1/track'),
        async (bad, ascii, encoding, url) => {
          const raw = withBytes([...ascii.filter((byte) => byte !== 0x22 && byte !== 0x5c), ...bad]);
          const payload =
            encoding === 'gzip' ? gzipSync(raw) : encoding === 'deflate' ? deflateSync(raw) : raw;
          refusal(await post(url, payload, { 'content-encoding': encoding }), {
            status: 400,
            code: 'invalid_utf8',
          });
        },
      ),
      RUNS,
    );
    // The same bytes as valid UTF-8 are accepted.
    const fine = await post('/v1/batch', withBytes([0xc3, 0xa9]), { authorization: basic(okKey) });
    expect(fine.statusCode, fine.body).toBe(200);
  });

  it('refuses bytes that are not gzip or deflate data when the header says they are', async () => {
    const valid = Buffer.from(JSON.stringify({ batch: [{ type: 'track', userId: 'u', event: 'e' }] }));
    const garbage = fc.uint8Array({ maxLength: 2_000 }).map((bytes) => Buffer.from(bytes));
    const truncated = (compressed: Buffer) =>
      fc.integer({ min: 0, max: compressed.length - 1 }).map((length) => compressed.subarray(0, length));
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.tuple(
            fc.constant('gzip'),
            garbage.filter((bytes) => bytes[0] !== 0x1f),
          ),
          fc.tuple(fc.constant('gzip'), truncated(gzipSync(valid))),
          fc.tuple(
            fc.constant('deflate'),
            garbage.filter((bytes) => bytes[0] !== 0x78),
          ),
          fc.tuple(fc.constant('deflate'), truncated(deflateSync(valid))),
          // Plain JSON labelled as compressed.
          fc.tuple(fc.constantFrom('gzip', 'deflate'), fc.constant(valid)),
        ),
        fc.constantFrom('/v1/batch', '/v1/page'),
        async ([encoding, payload], url) => {
          refusal(await post(url, payload, { 'content-encoding': encoding }), {
            status: 400,
            code: 'invalid_encoding',
            message: new RegExp(encoding),
          });
        },
      ),
      RUNS,
    );
  });

  it('refuses a Content-Encoding other than gzip, deflate or identity with a 415', async () => {
    // x-gzip is left open: RFC 9110 says a recipient SHOULD treat it as gzip.
    const known = new Set(['gzip', 'deflate', 'identity', '', 'x-gzip']);
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.constantFrom(
            'br',
            'compress',
            'zstd',
            'gzip, deflate',
            'identity, gzip',
            'gzip;q=1',
            'deflate-raw',
          ),
          fc.stringMatching(/^[!-~]{1,30}$/).filter((value) => !known.has(value.trim().toLowerCase())),
        ),
        async (encoding) => {
          const body = Buffer.from(JSON.stringify({ batch: [valid('track')] }));
          refusal(await post('/v1/batch', body, { 'content-encoding': encoding }), {
            status: 415,
            code: 'unsupported_encoding',
          });
        },
      ),
      RUNS,
    );
  });

  it('refuses strings holding a lone UTF-16 surrogate escape (valid JSON, not Unicode)', async () => {
    const lone = fc
      .tuple(
        fc.string({ unit: 'grapheme-ascii', maxLength: 4 }),
        fc.integer({ min: 0xd800, max: 0xdfff }),
        fc.string({ unit: 'grapheme-ascii', maxLength: 4 }),
      )
      .map(([before, unit, after]) => `${before}${String.fromCharCode(unit)}${after}`);
    const placed = fc.tuple(
      fc.constantFrom(
        'event',
        'userId',
        'anonymousId',
        'messageId',
        'property value',
        'property key',
        'context',
      ),
      lone,
    );
    await fc.assert(
      fc.asyncProperty(placed, fc.constantFrom('/v1/batch', '/v1/track'), async ([where, text], url) => {
        const message: Record<string, unknown> = { ...valid('track') };
        if (where === 'property value') message['properties'] = { note: text };
        else if (where === 'property key') message['properties'] = { [text]: 1 };
        else if (where === 'context') message['context'] = { page: { title: [text] } };
        else message[where] = text;
        const json = JSON.stringify(url === '/v1/batch' ? { batch: [message] } : message);
        // JSON.stringify writes a lone surrogate as an escape: the bytes are plain ASCII.
        expect(json).toMatch(/\\ud[89a-f][0-9a-f]{2}/);
        refusal(await post(url, json), { status: 400, code: 'invalid_unicode', message: /surrogate/ });
      }),
      RUNS,
    );
    // A proper pair, escaped or not, is an ordinary character.
    const auth = { authorization: basic(okKey) };
    const emoji: Record<string, unknown> = {
      ...valid('track'),
      event: 'Liked \ud83d\ude00',
      userId: 'emoji-\u{1F600}',
    };
    const answer = await post(
      '/v1/batch',
      JSON.stringify({ batch: [emoji] }).replace('\u{1F600}', '\\ud83d\\ude00'),
      auth,
    );
    expect(answer.statusCode, answer.body).toBe(200);
    const read = await t.app.inject({
      method: 'GET',
      url: `/api/workspaces/${OK_WS}/events?person=u:emoji-%F0%9F%98%80`,
    });
    expect(read.json<{ items: { event: string; messageId: string }[] }>().items).toEqual([
      expect.objectContaining({
        event: 'Liked \u{1F600}',
        userId: 'emoji-\u{1F600}',
        messageId: emoji['messageId'],
      }),
    ]);
  });

  it('refuses an empty body', async () => {
    for (const url of ['/v1/batch', '/v1/track', '/v1/alias']) {
      refusal(await post(url, ''), { status: 400, code: 'empty_body' });
      refusal(await post(url, '', { 'content-type': undefined }), { status: 400, code: 'empty_body' });
      refusal(await post(url, gzipSync(Buffer.alloc(0)), { 'content-encoding': 'gzip' }), {
        status: 400,
        code: 'empty_body',
      });
    }
  });

  it('answers arbitrary bytes, headers and endpoints with a 4xx error body, never a 5xx', async () => {
    const endpoint = fc.constantFrom('/v1/batch', ...MESSAGE_TYPES.map((type) => `/v1/${type}`));
    const payload = fc.oneof(
      fc.uint8Array({ maxLength: 3_000, size: 'max' }).map((bytes) => Buffer.from(bytes)),
      fc.string({ unit: 'binary', maxLength: 500, size: 'max' }),
      fc.json({ maxDepth: 4 }),
      fc.jsonValue({ maxDepth: 3 }).map((value) => JSON.stringify({ batch: [value] })),
      fc
        .tuple(fc.uint8Array({ maxLength: 500, size: 'max' }), fc.boolean())
        .map(([bytes, deflate]) => (deflate ? deflateSync(bytes) : gzipSync(bytes))),
    );
    const header = (values: string[]) =>
      fc.option(fc.oneof(fc.constantFrom(...values), fc.stringMatching(/^[ -~]{0,40}$/)), { nil: undefined });
    await fc.assert(
      fc.asyncProperty(
        endpoint,
        payload,
        header(['gzip', 'deflate', 'identity', 'br']),
        header([
          'application/json',
          'text/plain',
          'application/octet-stream',
          'multipart/form-data; boundary=x',
        ]),
        fc.option(fc.oneof(fc.constant(basic(key)), fc.stringMatching(/^[ -~]{0,60}$/)), { nil: undefined }),
        async (url, body, encoding, contentType, authorization) => {
          const answer = await post(url, body, {
            'content-encoding': encoding,
            'content-type': contentType,
            authorization,
          });
          refusal(answer);
        },
      ),
      { numRuns: 200 },
    );
    expect(await storedCount(WS)).toBe(0);
  });
});

describe('write keys', () => {
  const body = () => JSON.stringify({ batch: [valid('track'), valid('identify')] });

  it('refuses a missing key with 401 missing_write_key', async () => {
    const noKey = fc.oneof(
      fc.constant(undefined),
      fc.constant('Basic '),
      fc.constant(basic('')),
      fc.constant(`Basic ${Buffer.from(':password').toString('base64')}`),
      fc.stringMatching(/^Bearer [!-~]{0,40}$/),
      fc.stringMatching(/^[!-~]{0,40}$/).filter((value) => !value.toLowerCase().startsWith('basic')),
    );
    await fc.assert(
      fc.asyncProperty(
        noKey,
        fc.option(fc.oneof(fc.constant(''), fc.integer(), fc.boolean(), anObject, anArray), {
          nil: undefined,
        }),
        messageType,
        async (authorization, writeKey, type) => {
          const message = { ...valid(type), ...(writeKey === undefined ? {} : { writeKey }) };
          refusal(await post(`/v1/${type}`, JSON.stringify(message), { authorization }), {
            status: 401,
            code: 'missing_write_key',
          });
        },
      ),
      RUNS,
    );
  });

  it('refuses a wrong or revoked key with 401 invalid_write_key, in the header or the body', async () => {
    const wrongKey = fc.oneof(
      fc.stringMatching(/^[!-9;-~][!-~]{0,60}$/),
      fc.constant(revokedKey),
      fc.constant(`${key}x`),
      fc.constant(key.slice(0, -1)),
      fc.constant(key.toUpperCase()),
    );
    await fc.assert(
      fc.asyncProperty(wrongKey, fc.boolean(), async (writeKey, inBody) => {
        expect(writeKey).not.toBe(key);
        const answer = inBody
          ? await post('/v1/batch', JSON.stringify({ batch: [valid('track')], writeKey }), {
              authorization: undefined,
            })
          : await post('/v1/batch', body(), { authorization: basic(writeKey) });
        refusal(answer, { status: 401, code: 'invalid_write_key' });
      }),
      RUNS,
    );
    // The Basic user wins over the body, so a revoked header key is refused whatever the body says.
    refusal(
      await post('/v1/batch', JSON.stringify({ batch: [valid('track')], writeKey: key }), {
        authorization: basic(revokedKey),
      }),
      { status: 401, code: 'invalid_write_key' },
    );
    expect(await storedCount(WS)).toBe(0);
  });
});

// ---------------------------------------------------------------------------------------------
// The same through a listening server, with raw bytes on a real socket.

function rawPost(
  path: string,
  chunks: readonly Buffer[],
  headers: Record<string, string>,
): Promise<{ status: number; headers: Record<string, unknown>; body: string }> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(`${baseUrl}${path}`, { method: 'POST', headers }, (response) => {
      const parts: Buffer[] = [];
      response.on('data', (part: Buffer) => parts.push(part));
      response.on('end', () =>
        resolve({
          status: response.statusCode ?? 0,
          headers: response.headers,
          body: Buffer.concat(parts).toString('utf8'),
        }),
      );
      response.on('error', reject);
    });
    request.on('error', reject);
    for (const chunk of chunks) request.write(chunk);
    request.end();
  });
}

describe('raw bytes through a listening server', () => {
  const auth = () => ({ authorization: basic(key) });
  const asAnswer = (raw: { status: number; headers: Record<string, unknown>; body: string }): Answer => ({
    statusCode: raw.status,
    headers: raw.headers,
    body: raw.body,
  });

  it('refuses invalid UTF-8, bad gzip, a gzip bomb, deep nesting sent in chunks, unknown encodings and revoked keys', async () => {
    const cases: {
      path: string;
      chunks: Buffer[];
      headers: Record<string, string>;
      status: number;
      code: string;
    }[] = [
      {
        path: '/v1/batch',
        chunks: [
          Buffer.from('{"batch":[{"type":"track","userId":"u","event":"'),
          Buffer.from([0xff, 0xfe]),
          Buffer.from('"}]}'),
        ],
        headers: { ...auth(), 'content-type': 'application/json' },
        status: 400,
        code: 'invalid_utf8',
      },
      {
        path: '/v1/batch',
        chunks: [Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0xde, 0xad, 0xbe, 0xef, 0x00, 0x03, 0x01, 0x02])],
        headers: { ...auth(), 'content-encoding': 'gzip' },
        status: 400,
        code: 'invalid_encoding',
      },
      {
        path: '/v1/batch',
        chunks: [gzipSync(Buffer.alloc(5 * 1024 * 1024, 0x20))],
        headers: { ...auth(), 'content-encoding': 'gzip', 'content-type': 'text/plain' },
        status: 400,
        code: 'batch_too_large',
      },
      {
        // Chunked transfer encoding, no Content-Length: 10,000 levels arrive a thousand at a time.
        path: '/v1/track',
        chunks: [
          ...Array.from({ length: 10 }, () => Buffer.from('['.repeat(1_000))),
          ...Array.from({ length: 10 }, () => Buffer.from(']'.repeat(1_000))),
        ],
        headers: { ...auth(), 'transfer-encoding': 'chunked' },
        status: 400,
        code: 'too_deeply_nested',
      },
      {
        path: '/v1/batch',
        chunks: [Buffer.from(JSON.stringify({ batch: [valid('track')] }))],
        headers: { ...auth(), 'content-encoding': 'br' },
        status: 415,
        code: 'unsupported_encoding',
      },
      {
        path: '/v1/batch',
        chunks: [],
        headers: { ...auth(), 'content-type': 'application/json', 'content-length': '0' },
        status: 400,
        code: 'empty_body',
      },
      {
        path: '/v1/batch',
        chunks: [Buffer.from(JSON.stringify({ batch: [valid('track')] }))],
        headers: { authorization: basic(revokedKey) },
        status: 401,
        code: 'invalid_write_key',
      },
      {
        path: '/v1/identify',
        chunks: [Buffer.from(JSON.stringify({ ...valid('identify'), writeKey: 'sk_not-a-key' }))],
        headers: {},
        status: 401,
        code: 'invalid_write_key',
      },
      {
        path: '/v1/batch',
        chunks: [Buffer.from(JSON.stringify({ batch: [valid('track'), null, 42] }))],
        headers: auth(),
        status: 400,
        code: 'validation_failed',
      },
    ];
    for (const { path, chunks, headers, status, code } of cases) {
      refusal(asAnswer(await rawPost(path, chunks, headers)), { status, code });
    }
  });

  it('answers a body past the read limit with a JSON 413', async () => {
    const response = await fetch(`${baseUrl}/v1/batch`, {
      method: 'POST',
      headers: { ...auth(), 'content-type': 'application/json' },
      body: Buffer.alloc(2 * 1024 * 1024, 0x20),
    });
    refusal(
      {
        statusCode: response.status,
        headers: { 'content-type': response.headers.get('content-type') },
        body: await response.text(),
      },
      { status: 413 },
    );
  });

  it('accepts what SDKs really send: text/plain, no content type, gzip (positive control)', async () => {
    const body = () => Buffer.from(JSON.stringify({ batch: [valid('track'), valid('page')] }));
    const okAuth = { authorization: basic(okKey) };
    const variants: Record<string, string>[] = [
      { ...okAuth, 'content-type': 'text/plain' },
      okAuth,
      { ...okAuth, 'content-type': 'application/json', 'content-encoding': 'gzip' },
    ];
    for (const headers of variants) {
      const chunks = headers['content-encoding'] === 'gzip' ? [gzipSync(body())] : [body()];
      const answer = await rawPost('/v1/batch', chunks, headers);
      expect(answer.status, answer.body).toBe(200);
      expect(JSON.parse(answer.body)).toEqual({ success: true });
    }
  });
});

describe('after all of it', () => {
  it('has stored nothing that was refused, and still accepts a valid batch and serves the API', async () => {
    expect(await storedCount(WS)).toBe(0);
    const batch = [valid('identify'), valid('track')];
    const accepted = await fetch(`${baseUrl}/v1/batch`, {
      method: 'POST',
      headers: { authorization: basic(key), 'content-type': 'application/json' },
      body: JSON.stringify({ batch }),
    });
    expect(accepted.status).toBe(200);
    const workspaces = await fetch(`${baseUrl}/api/workspaces`);
    expect(workspaces.status).toBe(200);
    const listed = (await workspaces.json()) as { items: { id: string }[] };
    expect(listed.items.map((workspace) => workspace.id)).toEqual(expect.arrayContaining([WS, OK_WS]));
    const events = await fetch(`${baseUrl}/api/workspaces/${WS}/events`);
    expect(events.status).toBe(200);
    const stored = (await events.json()) as { items: { messageId: string }[] };
    expect(stored.items.map((event) => event.messageId).sort()).toEqual(
      batch.map((message) => message.messageId).sort(),
    );
  });
});
