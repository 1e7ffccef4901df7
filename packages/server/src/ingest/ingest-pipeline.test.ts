import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  openDuckDbEventStore,
  renderEvents,
  type AppendResult,
  type EventStore,
  type RenderedEvents,
} from '@safar/warehouse';
import { afterEach, describe, expect, it } from 'vitest';
import { replayTrackingRequest } from '../http/tracking/tracking-decode.js';
import { messagesOf } from '../http/tracking/tracking-messages.js';
import {
  IngestPipeline,
  OverloadedError,
  type IngestOptions,
  type RequestRecord,
} from './ingest-pipeline.js';

const dirs: string[] = [];
const freshDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'safar-pipeline-test-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

let counter = 0;
/** A request of `count` track calls as the tracking API logs it, and the events it decodes to. */
function trackRequest(count: number): { events: RenderedEvents; request: RequestRecord } {
  const receivedAt = Date.UTC(2026, 5, 1);
  const batch = Array.from({ length: count }, () => ({
    type: 'track',
    event: 'Product Viewed',
    anonymousId: 'device',
    messageId: `p-${(counter += 1)}`,
    timestamp: new Date(receivedAt - counter).toISOString(),
  }));
  const request = { endpoint: 'batch', receivedAt, body: Buffer.from(JSON.stringify({ batch })) };
  return { events: replayTrackingRequest(request), request };
}

const startPipeline = (store: EventStore, options: Partial<IngestOptions> = {}) =>
  IngestPipeline.start(store, {
    walDir: freshDir(),
    flushIntervalMs: 60_000,
    replayRequest: replayTrackingRequest,
    ...options,
  });

const accept = (pipeline: IngestPipeline, count: number) => {
  const { events, request } = trackRequest(count);
  return pipeline.accept('ws', events, request);
};

/** A store that refuses writes while `failing` is set, to show nothing acknowledged is lost. */
function flakyStore(inner: EventStore): EventStore & { failing: boolean } {
  const flaky = Object.create(inner) as EventStore & { failing: boolean };
  flaky.failing = false;
  flaky.appendRendered = (workspaceId: string, batches: readonly RenderedEvents[]): Promise<AppendResult> =>
    flaky.failing
      ? Promise.reject(new Error('store unavailable'))
      : inner.appendRendered(workspaceId, batches);
  return flaky;
}

describe('IngestPipeline', () => {
  it('makes acknowledged events readable after a flush', async () => {
    const store = await openDuckDbEventStore(':memory:');
    const { pipeline } = await startPipeline(store);
    await accept(pipeline, 2);
    expect((await store.counts('ws')).events).toBe(0);
    await pipeline.flushNow();
    expect((await store.counts('ws')).events).toBe(2);
    await pipeline.close();
    await store.close();
  });

  it('replays on start what was acknowledged but not yet stored, once', async () => {
    const walDir = freshDir();
    const dbPath = join(freshDir(), 'events.duckdb');
    const first = await openDuckDbEventStore(dbPath);
    const { pipeline } = await startPipeline(first, { walDir });
    await accept(pipeline, 1);
    await pipeline.flushNow();
    await accept(pipeline, 2);
    // Stop without flushing, as a crash would: the log still holds the last batch.
    await first.close();
    const second = await openDuckDbEventStore(dbPath);
    const { pipeline: restarted, replayed } = await startPipeline(second, { walDir });
    expect(replayed).toBe(2);
    expect((await second.counts('ws')).events).toBe(3);
    await restarted.close();
    await second.close();
  });

  it('replays many small requests in few appends, every workspace its own', async () => {
    const walDir = freshDir();
    const dbPath = join(freshDir(), 'events.duckdb');
    const first = await openDuckDbEventStore(dbPath);
    const { pipeline } = await startPipeline(first, { walDir });
    for (let request = 0; request < 30; request += 1) {
      const { events, request: logged } = trackRequest(1);
      await pipeline.accept(request % 3 === 0 ? 'other' : 'ws', events, logged);
    }
    await first.close();
    const second = await openDuckDbEventStore(dbPath);
    const appends: [string, number][] = [];
    const counted = Object.create(second) as EventStore;
    counted.appendRendered = (workspaceId, batches) => {
      appends.push([workspaceId, batches.length]);
      return second.appendRendered(workspaceId, batches);
    };
    const restarted = await startPipeline(counted, { walDir, flushBatchEvents: 12 });
    expect(restarted.replayed).toBe(30);
    // Chunks of 12, 12 and 6 requests, each stored as one append per workspace.
    expect(appends).toEqual([
      ['other', 4],
      ['ws', 8],
      ['other', 4],
      ['ws', 8],
      ['other', 2],
      ['ws', 4],
    ]);
    expect([(await second.counts('ws')).events, (await second.counts('other')).events]).toEqual([20, 10]);
    await restarted.pipeline.close();
    await second.close();
  });

  it('keeps batches while the store refuses writes, and stores them once it recovers', async () => {
    const store = flakyStore(await openDuckDbEventStore(':memory:'));
    const { pipeline } = await startPipeline(store);
    store.failing = true;
    await accept(pipeline, 1);
    await expect(pipeline.flushNow()).rejects.toThrow('store unavailable');
    await accept(pipeline, 1);
    expect(pipeline.pendingEvents).toBe(2);
    store.failing = false;
    await pipeline.flushNow();
    expect(pipeline.pendingEvents).toBe(0);
    expect((await store.counts('ws')).events).toBe(2);
    await pipeline.close();
    await store.close();
  });

  it('refuses with OverloadedError when the buffer is full, until it drains', async () => {
    const store = await openDuckDbEventStore(':memory:');
    const { pipeline } = await startPipeline(store, { flushBatchEvents: 1_000, maxBufferedEvents: 3 });
    await accept(pipeline, 3);
    await expect(accept(pipeline, 1)).rejects.toBeInstanceOf(OverloadedError);
    await pipeline.flushNow();
    await accept(pipeline, 1);
    await pipeline.close();
    await store.close();
  });

  it('replays a logged request body to the very same events, generated ids included', async () => {
    const walDir = freshDir();
    const dbPath = join(freshDir(), 'events.duckdb');
    const body = Buffer.from(
      JSON.stringify({
        batch: [
          { type: 'track', event: 'No Id', anonymousId: 'd' },
          { type: 'page', anonymousId: 'd' },
        ],
      }),
    );
    const receivedAt = Date.UTC(2026, 10, 1);
    const events = messagesOf(JSON.parse(body.toString()), 'batch', receivedAt, body);
    const first = await openDuckDbEventStore(dbPath);
    const { pipeline } = await startPipeline(first, { walDir });
    await pipeline.accept('ws', renderEvents(events), { endpoint: 'batch', receivedAt, body });
    await first.close();
    const second = await openDuckDbEventStore(dbPath);
    const restarted = await startPipeline(second, { walDir });
    expect(restarted.replayed).toBe(2);
    const stored = (await second.events('ws', { limit: 10 })).items.map(
      ({ personId: _person, ...event }) => event,
    );
    expect(stored).toEqual([...events].sort((a, b) => a.messageId.localeCompare(b.messageId)));
    await restarted.pipeline.close();
    await second.close();
  });
});
