import type { NormalizedEvent } from '@safar/analytics';
import type { EventStore } from '@safar/warehouse';
import { WriteAheadLog } from './write-ahead-log.js';

export interface IngestOptions {
  /** Where the write-ahead log lives. */
  readonly walDir: string;
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
  readonly events: readonly NormalizedEvent[];
}

interface WalRecord {
  readonly w: string;
  readonly e: readonly NormalizedEvent[];
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
    private readonly options: Required<Omit<IngestOptions, 'walDir'>>,
  ) {}

  static async start(
    store: EventStore,
    options: IngestOptions,
  ): Promise<{ pipeline: IngestPipeline; replayed: number }> {
    const { log, recovered, recoveredThrough } = await WriteAheadLog.open(options.walDir);
    let replayed = 0;
    for (const bytes of recovered) {
      const record = parseRecord(bytes);
      if (!record) continue;
      await store.append(record.w, record.e);
      replayed += record.e.length;
    }
    log.discardThrough(recoveredThrough);
    const pipeline = new IngestPipeline(store, log, {
      flushIntervalMs: options.flushIntervalMs ?? 250,
      flushBatchEvents: options.flushBatchEvents ?? 50_000,
      maxBufferedEvents: options.maxBufferedEvents ?? 1_000_000,
    });
    pipeline.timer = setInterval(
      () => void pipeline.flush().catch(() => undefined),
      pipeline.options.flushIntervalMs,
    );
    pipeline.timer.unref();
    return { pipeline, replayed };
  }

  /** Resolves once the events are durable; throws OverloadedError when the buffer is full. */
  async accept(workspaceId: string, events: readonly NormalizedEvent[]): Promise<void> {
    if (this.closed) throw new Error('the ingest pipeline is closed');
    if (this.bufferedEvents + events.length > this.options.maxBufferedEvents) throw new OverloadedError(1);
    // Buffered in the same tick as the log write is queued: a flush that rotates the log takes
    // exactly the batches in the segments it closes (and perhaps stores some early, harmlessly).
    this.buffer.push({ workspaceId, events });
    this.bufferedEvents += events.length;
    const durable = this.log.append(
      Buffer.from(JSON.stringify({ w: workspaceId, e: events } satisfies WalRecord)),
    );
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
      for (const [workspaceId, events] of groupByWorkspace(taken))
        await this.store.append(workspaceId, events);
      const closedSegment = await rotation;
      this.bufferedEvents -= taken.reduce((sum, batch) => sum + batch.events.length, 0);
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

function groupByWorkspace(batches: readonly Buffered[]): Map<string, NormalizedEvent[]> {
  const grouped = new Map<string, NormalizedEvent[]>();
  for (const { workspaceId, events } of batches) {
    const list = grouped.get(workspaceId) ?? [];
    for (const event of events) list.push(event);
    grouped.set(workspaceId, list);
  }
  return grouped;
}

function parseRecord(bytes: Buffer): WalRecord | null {
  const parsed: unknown = JSON.parse(bytes.toString('utf8'));
  if (typeof parsed !== 'object' || parsed === null || !('w' in parsed) || !('e' in parsed)) return null;
  const { w, e } = parsed;
  // The log holds only what accept() wrote: already-normalised events.
  return typeof w === 'string' && Array.isArray(e) ? { w, e: e as NormalizedEvent[] } : null;
}
