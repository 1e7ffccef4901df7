import { parentPort } from 'node:worker_threads';
import { decodeTrackingRequest, type TrackingRequest } from '../http/tracking/tracking-decode.js';
import type { WorkerAnswer } from './tracking-decoder.js';

/** A worker of WorkerTrackingDecoder: decodes each request it is sent and answers with its id. */
parentPort?.on('message', ({ id, request }: { id: number; request: TrackingRequest }) => {
  let answer: WorkerAnswer;
  try {
    answer = { id, decoded: decodeTrackingRequest(request) };
  } catch (error) {
    // A bug, not a bad request (those are refusals): reported, and the worker serves on.
    answer = { id, failure: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
  parentPort?.postMessage(answer);
});

parentPort?.postMessage({ ready: true } satisfies WorkerAnswer);
