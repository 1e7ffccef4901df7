import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import {
  decodeTrackingRequest,
  type TrackingRequest,
} from '../packages/server/src/http/tracking/tracking-decode.js';
import { WorkerTrackingDecoder } from '../packages/server/src/ingest/tracking-decoder.js';

// The compiled worker (npm run build), as `safar serve` runs it.
const BUILT_WORKER = new URL('../packages/server/dist/ingest/tracking-worker.js', import.meta.url);
const receivedAt = Date.UTC(2026, 10, 24, 12);

const text = fc.string({ unit: 'grapheme', maxLength: 10 });
const id = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 10 });
const properties = fc.dictionary(text, fc.jsonValue({ maxDepth: 2 }), { maxKeys: 3 });
/** Messages the API accepts: every type's required fields present and well typed. */
const validMessage = fc.record(
  {
    type: fc.constantFrom('track', 'page', 'screen', 'identify', 'alias', 'group'),
    event: id,
    messageId: id,
    anonymousId: id,
    userId: id,
    previousId: id,
    groupId: id,
    timestamp: fc
      .integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2030, 0, 1) })
      .map((ms) => new Date(ms).toISOString()),
    properties,
    traits: properties,
    context: properties,
  },
  { requiredKeys: ['type', 'event', 'messageId', 'anonymousId', 'userId', 'previousId', 'groupId'] },
);
/** Anything a client might send as a message, mostly wrong. */
const anyMessage = fc.record(
  {
    type: fc.constantFrom('track', 'page', 'identify', 'bogus'),
    event: fc.oneof(text, fc.integer()),
    messageId: text,
    anonymousId: text,
    userId: fc.oneof(text, fc.integer()),
    timestamp: text,
    properties,
  },
  { requiredKeys: ['type'] },
);
const body = fc.oneof(
  { weight: 4, arbitrary: fc.record({ batch: fc.array(validMessage, { minLength: 1, maxLength: 6 }) }) },
  {
    weight: 1,
    arbitrary: fc.record({
      batch: fc.array(fc.oneof(validMessage, anyMessage), { maxLength: 4 }),
      writeKey: text,
    }),
  },
  { weight: 1, arbitrary: fc.oneof(validMessage, anyMessage) },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
);
const request: fc.Arbitrary<TrackingRequest> = fc
  .tuple(
    fc.oneof(
      { weight: 6, arbitrary: body.map((value) => Buffer.from(JSON.stringify(value) ?? '')) },
      { weight: 1, arbitrary: fc.uint8Array({ maxLength: 64 }).map((bytes) => Buffer.from(bytes)) },
    ),
    fc.oneof(
      { weight: 4, arbitrary: fc.constant(undefined) },
      { weight: 2, arbitrary: fc.constant('gzip') },
      { weight: 1, arbitrary: fc.constantFrom('deflate', 'br') },
    ),
    fc.constantFrom('batch', 'batch', 'track', 'identify'),
  )
  .map(([bytes, encoding, endpoint]) => ({
    raw: encoding === 'gzip' ? gzipSync(bytes) : bytes,
    encoding,
    endpoint: endpoint as TrackingRequest['endpoint'],
    receivedAt,
  }));

describe('decoding tracking requests in worker threads', () => {
  const pools: WorkerTrackingDecoder[] = [];
  const dir = mkdtempSync(join(tmpdir(), 'safar-workers-'));
  afterAll(async () => {
    await Promise.all(pools.map((pool) => pool.close()));
    rmSync(dir, { recursive: true, force: true });
  });
  const pool = (size: number, script = BUILT_WORKER) => {
    const created = new WorkerTrackingDecoder(size, script);
    pools.push(created);
    return created;
  };

  it('answers exactly what the main thread would, refusals included', async () => {
    const workers = pool(2);
    await fc.assert(
      fc.asyncProperty(fc.array(request, { minLength: 1, maxLength: 8 }), async (requests) => {
        // Sent at once, so answers come back out of order and must find their own requests.
        const answers = await Promise.all(requests.map((each) => workers.decode(each)));
        answers.forEach((answer, index) => {
          const sent = requests[index];
          if (!sent) throw new Error('an answer without its request');
          const expected = decodeTrackingRequest(sent);
          // The inflated body crosses as a Uint8Array; its bytes are what matter.
          const normalise = (decoded: typeof expected) =>
            decoded.readable && decoded.inflated
              ? { ...decoded, inflated: Buffer.from(decoded.inflated).toString('base64') }
              : decoded;
          expect(normalise(answer)).toEqual(normalise(expected));
        });
      }),
      { numRuns: 200 },
    );
  });

  it('fails the requests of a worker that dies, and serves on with a new one', async () => {
    const script = join(dir, 'dies-on-first-request.mjs');
    // A worker that dies on its first request only (the marker file survives it).
    const marker = join(dir, 'died-once');
    writeFileSync(
      script,
      `import { existsSync, writeFileSync } from 'node:fs';
       import { parentPort } from 'node:worker_threads';
       parentPort.on('message', ({ id }) => {
         if (!existsSync(${JSON.stringify(marker)})) { writeFileSync(${JSON.stringify(marker)}, ''); process.exit(3); }
         parentPort.postMessage({ id, decoded: { readable: false, refusal: { status: 400, code: 'stub', message: 'answered' } } });
       });
       parentPort.postMessage({ ready: true });`,
    );
    const workers = pool(1, pathToFileURL(script));
    const sent = { raw: Buffer.from('{}'), encoding: undefined, endpoint: 'batch', receivedAt } as const;
    await expect(workers.decode(sent)).rejects.toThrow(/exited \(3\)/);
    await expect(workers.decode(sent)).resolves.toMatchObject({ refusal: { message: 'answered' } });
  });

  it('reports a worker that cannot start instead of restarting it for ever', async () => {
    const script = join(dir, 'cannot-start.mjs');
    writeFileSync(script, `throw new Error('missing module');`);
    const workers = pool(1, pathToFileURL(script));
    const sent = { raw: Buffer.from('{}'), encoding: undefined, endpoint: 'batch', receivedAt } as const;
    await expect(workers.decode(sent)).rejects.toThrow(/missing module/);
    await expect(workers.decode(sent)).rejects.toThrow(/could not start: .*missing module/);
  });
});
