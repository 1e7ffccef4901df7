import type { EventStore, RenderedEvents } from '@safar/warehouse';
import { WriteAheadLog } from './write-ahead-log.js';

/**
 * What a request was, as the log keeps it: the decoded body, its endpoint and when it arrived.
 * Logging the body as received costs nothing per event; replay decodes it again the same way.
 */
export interface RequestRecord {
  readonly endpoint: string;
  readonly receivedAt: number;
  readonly body: Buffer;
}

/** Turns a logged request back into its events, exactly as on arrival (same ids, same times). */
export type RequestReplayer = (record: RequestRecord) => RenderedEvents;

export interface IngestOptions {
  /** Where the write-ahead log lives. */
  readonly walDir: string;
  /** Turns the requests the log holds back into events. */
  readonly replayRequest: RequestReplayer;
  /** How often buffered events move to the store. */
  readonly flushIntervalMs?: number;
  /** A flush starts early once this many events wait. */
  readonly flushBatchEvents?: number;
  /** Above this many waiting events, new batches are refused with 429 until the store catches up. */
  readonly maxBufferedEvents?: number;
}

export class OverloadedError extends Error {
  constructor(readonly retryAfterSeconds: number) {
    super(`the event buffer is full; retry after ${retryAfterSeconds} s`);
  }
}

interface Buffered {
  readonly workspaceId: string;
  readonly events: RenderedEvents;
}

/** The header line of a log record; the request's body follows it. */
interface WalHeader {
  readonly w: string;
  /** The endpoint and arrival time. */
  readonly t: string;
  readonly r: number;
}

/**
 * The path from an HTTP 200 to the event store. A batch is acknowledged once it is in the
 * write-ahead log (fdatasync'd); a background flush moves buffered batches into the store and
 * only then drops the log segments that held them. On start, what the log still holds is
 * replayed; the store's messageId check makes a replay of already stored events harmless.
 */
export class IngestPipeline {
  private buffer: Buffered[] = [];
  private bufferedEvents = 0;
  private flushing: Promise<void> | null = null;
  private timer: NodeJS.Timeout | undefined;
  private closed = false;
  private lastError: unknown = null;

  private constructor(
    private readonly store: EventStore,
    private readonly log: WriteAheadLog,
    private readonly options: Required<Omit<IngestOptions, 'walDir' | 'replayRequest'>>,
  ) {}

  static async start(
    store: EventStore,
    options: IngestOptions,
  ): Promise<{ pipeline: IngestPipeline; replayed: number }> {
    const { log, recovered, recoveredThrough } = await WriteAheadLog.open(options.walDir);
    const settings = {
      flushIntervalMs: options.flushIntervalMs ?? 250,
      flushBatchEvents: options.flushBatchEvents ?? 50_000,
      maxBufferedEvents: options.maxBufferedEvents ?? 1_000_000,
    };
    // Stored as a flush would store them, many requests an append: a crash can leave up to
    // maxBufferedEvents behind, often in small requests.
    let replayed = 0;
    let waiting: Buffered[] = [];
    let waitingEvents = 0;
    const storeWaiting = async () => {
      await storeBatches(store, waiting);
      replayed += waitingEvents;
      waiting = [];
      waitingEvents = 0;
    };
    for (const bytes of recovered) {
      const record = parseRecord(bytes, options.replayRequest);
      if (!record) continue;
      waiting.push(record);
      waitingEvents += record.events.messageIds.length;
      if (waitingEvents >= settings.flushBatchEvents) await storeWaiting();
    }
    await storeWaiting();
    log.discardThrough(recoveredThrough);
    const pipeline = new IngestPipeline(store, log, settings);
    pipeline.timer = setInterval(
      () => void pipeline.flush().catch(() => undefined),
      pipeline.options.flushIntervalMs,
    );
    pipeline.timer.unref();
    return { pipeline, replayed };
  }

  /**
   * Resolves once the events are durable; throws OverloadedError when the buffer is full. The
   * log keeps the request the events came from, which the `replayRequest` given at start turns
   * back into the same events.
   */
  async accept(workspaceId: string, events: RenderedEvents, request: RequestRecord): Promise<void> {
    if (this.closed) throw new Error('the ingest pipeline is closed');
    const count = events.messageIds.length;
    if (this.bufferedEvents + count > this.options.maxBufferedEvents) throw new OverloadedError(1);
    // Buffered in the same tick as the log write is queued: a flush that rotates the log takes
    // exactly the batches in the segments it closes (and perhaps stores some early, harmlessly).
    this.buffer.push({ workspaceId, events });
    this.bufferedEvents += count;
    const durable = this.log.append([
      Buffer.from(
        `${JSON.stringify({ w: workspaceId, t: request.endpoint, r: request.receivedAt } satisfies WalHeader)}\n`,
      ),
      request.body,
    ]);
    if (this.bufferedEvents >= this.options.flushBatchEvents) void this.flush().catch(() => undefined);
    await durable;
  }

  /** Moves everything acknowledged so far into the store (read-your-writes for the read API). */
  async flushNow(): Promise<void> {
    await this.flushing;
    await this.flush();
  }

  get pendingEvents(): number {
    return this.bufferedEvents;
  }

  /** The last flush failure, if the store is refusing writes (cleared by a good flush). */
  get storeError(): unknown {
    return this.lastError;
  }

  private flush(): Promise<void> {
    this.flushing ??= this.flushOnce().finally(() => {
      this.flushing = null;
    });
    return this.flushing;
  }

  private async flushOnce(): Promise<void> {
    if (this.buffer.length === 0) return;
    const taken = this.buffer;
    this.buffer = [];
    const rotation = this.log.rotate();
    try {
      await storeBatches(this.store, taken);
      const closedSegment = await rotation;
      this.bufferedEvents -= taken.reduce((sum, batch) => sum + batch.events.messageIds.length, 0);
      this.log.discardThrough(closedSegment);
      this.lastError = null;
    } catch (error) {
      // Nothing is lost: the batches go back to be retried, and their segments stay on disk.
      this.buffer = [...taken, ...this.buffer];
      this.lastError = error;
      await rotation.catch(() => undefined);
      throw error;
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    clearInterval(this.timer);
    await this.flushNow().catch(() => undefined);
    await this.log.close();
  }
}

/** Stores buffered batches as one append per workspace, each workspace's in arrival order. */
async function storeBatches(store: EventStore, batches: readonly Buffered[]): Promise<void> {
  const grouped = new Map<string, RenderedEvents[]>();
  for (const { workspaceId, events } of batches) {
    const list = grouped.get(workspaceId) ?? [];
    list.push(events);
    grouped.set(workspaceId, list);
  }
  for (const [workspaceId, workspaceBatches] of grouped)
    await store.appendRendered(workspaceId, workspaceBatches);
}

function parseRecord(bytes: Buffer, replayRequest: RequestReplayer): Buffered | null {
  const newline = bytes.indexOf(0x0a);
  const header: unknown = JSON.parse(bytes.toString('utf8', 0, newline < 0 ? bytes.length : newline));
  if (
    typeof header !== 'object' ||
    header === null ||
    !('w' in header) ||
    typeof header.w !== 'string' ||
    !('t' in header) ||
    typeof header.t !== 'string' ||
    !('r' in header) ||
    typeof header.r !== 'number'
  )
    return null;
  const body = bytes.subarray(newline + 1);
  return { workspaceId: header.w, events: replayRequest({ endpoint: header.t, receivedAt: header.r, body }) };
}
