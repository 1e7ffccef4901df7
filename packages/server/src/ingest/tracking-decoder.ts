import { Worker } from 'node:worker_threads';
import {
  decodeTrackingRequest,
  type DecodedRequest,
  type TrackingRequest,
} from '../http/tracking/tracking-decode.js';

/** Decodes tracking requests (tracking-decode.ts), on the main thread or in worker threads. */
export interface TrackingDecoder {
  decode(request: TrackingRequest): Promise<DecodedRequest>;
  close(): Promise<void>;
}

/** Decodes on the calling thread: for tests run from TypeScript source, and for `workers: 0`. */
export class InThreadTrackingDecoder implements TrackingDecoder {
  decode(request: TrackingRequest): Promise<DecodedRequest> {
    return Promise.resolve().then(() => decodeTrackingRequest(request));
  }

  close(): Promise<void> {
    return Promise.resolve();
  }
}

/** What a worker says (tracking-worker.ts): that it is ready, then an answer per request. */
export type WorkerAnswer =
  | { readonly ready: true }
  | { readonly id: number; readonly decoded: DecodedRequest }
  | { readonly id: number; readonly failure: string };

interface Pending {
  resolve(decoded: DecodedRequest): void;
  reject(error: Error): void;
}

/**
 * A decoding worker's young generation: a request's parsed and normalised objects live only
 * until it is answered, and more room between scavenges copies fewer of them. bench/ingest-like
 * throwaway runs: about 121k events/s at 64 MB against 113k at V8's default.
 */
const YOUNG_GENERATION_MB = 64;

/** The compiled worker script beside this module (dist/ingest/tracking-worker.js). */
export const TRACKING_WORKER_SCRIPT = new URL('./tracking-worker.js', import.meta.url);

interface Slot {
  readonly worker: Worker;
  readonly pending: Map<number, Pending>;
  /** Whether it said it was ready: a worker that dies before then cannot start at all. */
  ready: boolean;
}

/**
 * Decodes in a pool of worker threads, so parsing, checking and rendering a request's events
 * (most of an ingest's CPU) leave the main thread free to log, store and serve (docs/ingestion.md).
 * The workers start with the first request. A request goes to the worker with the fewest in
 * hand. A worker that dies fails the requests it held (a 500, and the client retries) and is
 * replaced, unless it died starting (a broken install): then decoding fails until a restart.
 */
export class WorkerTrackingDecoder implements TrackingDecoder {
  private workers: Slot[] = [];
  private nextId = 0;
  private closed = false;
  /** Why a worker could not start, once one could not. */
  private broken: Error | null = null;

  constructor(
    private readonly size: number,
    private readonly script: URL = TRACKING_WORKER_SCRIPT,
  ) {
    if (!Number.isInteger(size) || size < 1)
      throw new Error(`a worker pool needs 1 or more workers, not ${size}`);
  }

  decode(request: TrackingRequest): Promise<DecodedRequest> {
    if (this.closed) return Promise.reject(new Error('the tracking decoder is closed'));
    if (this.broken) return Promise.reject(this.broken);
    if (this.workers.length === 0) this.workers = Array.from({ length: this.size }, () => this.spawn());
    const least = this.workers.reduce((best, candidate) =>
      candidate.pending.size < best.pending.size ? candidate : best,
    );
    const id = (this.nextId += 1);
    return new Promise((resolve, reject) => {
      least.pending.set(id, { resolve, reject });
      least.worker.postMessage({ id, request });
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.workers.map(({ worker }) => worker.terminate()));
  }

  private spawn(): Slot {
    const worker = new Worker(this.script, {
      resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
    });
    const slot: Slot = { worker, pending: new Map<number, Pending>(), ready: false };
    // Idle workers must not keep the process alive; requests in flight keep it busy anyway.
    worker.unref();
    worker.on('message', (answer: WorkerAnswer) => {
      if ('ready' in answer) {
        slot.ready = true;
        return;
      }
      const pending = slot.pending.get(answer.id);
      if (!pending) return;
      slot.pending.delete(answer.id);
      if ('decoded' in answer) pending.resolve(answer.decoded);
      else pending.reject(new Error(`decoding the request failed: ${answer.failure}`));
    });
    const fail = (error: Error) => {
      for (const pending of slot.pending.values()) pending.reject(error);
      slot.pending.clear();
      if (this.closed) return;
      if (!slot.ready) {
        this.broken ??= new Error(`a tracking worker could not start: ${error.message}`);
        return;
      }
      const index = this.workers.indexOf(slot);
      if (index >= 0) this.workers[index] = this.spawn();
    };
    worker.on('error', (error) => fail(error));
    worker.on('exit', (code) => fail(new Error(`the tracking worker exited (${code})`)));
    return slot;
  }
}

/**
 * A pool of `workers` threads, or the main thread when 0. Run from TypeScript source (the unit
 * tests), there is no compiled worker script, so decoding stays on the main thread there too.
 */
export function trackingDecoder(workers: number): TrackingDecoder {
  const fromSource = import.meta.url.endsWith('.ts');
  return workers === 0 || fromSource ? new InThreadTrackingDecoder() : new WorkerTrackingDecoder(workers);
}
