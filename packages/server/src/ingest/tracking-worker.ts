import { parentPort } from 'node:worker_threads';
import { transferables } from '@safar/warehouse/rendered-events';
import { decodeTrackingRequest, type TrackingRequest } from '../http/tracking/tracking-decode.js';
import type { WorkerAnswer } from './tracking-decoder.js';

/** A worker of WorkerTrackingDecoder: decodes each request it is sent and answers with its id. */
parentPort?.on('message', ({ id, request }: { id: number; request: TrackingRequest }) => {
  let answer: WorkerAnswer;
  let transfer: ArrayBuffer[] = [];
  try {
    const decoded = decodeTrackingRequest(request);
    answer = { id, decoded };
    // The rows go over as they are, not copied.
    if (decoded.readable && decoded.outcome.valid) transfer = transferables(decoded.outcome.events);
  } catch (error) {
    // A bug, not a bad request (those are refusals): reported, and the worker serves on.
    answer = { id, failure: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
  parentPort?.postMessage(answer, transfer);
});

parentPort?.postMessage({ ready: true } satisfies WorkerAnswer);
