import { MESSAGE_TYPES, type MessageType } from '@safar/analytics';
// The subpath, not the package: a worker thread loads this, and the stores' engines are not needed there.
import { renderEvents, type RenderedEvents } from '@safar/warehouse/rendered-events';
import { decodeTrackingBody, TrackingError, writeKeyOf } from './tracking-body.js';
import type { RequestReplayer } from '../../ingest/ingest-pipeline.js';
import { InvalidMessagesError, messagesOf } from './tracking-messages.js';

/** One tracking request as it arrived: what a decoder needs, and all plain data (it crosses threads). */
export interface TrackingRequest {
  readonly raw: Uint8Array;
  readonly encoding: string | undefined;
  readonly endpoint: MessageType | 'batch';
  readonly receivedAt: number;
}

/** A TrackingError as plain data. */
export interface TrackingRefusal {
  readonly status: TrackingError['status'];
  readonly code: string;
  readonly message: string;
  readonly issues?: readonly { path: string; message: string }[];
}

/**
 * What decoding found. A body that cannot be read is refused outright; a readable one names its
 * write key (if in the body) and either its events or why they are invalid, because the route
 * checks the write key before it reports invalid messages.
 */
export type DecodedRequest =
  | { readonly readable: false; readonly refusal: TrackingRefusal }
  | {
      readonly readable: true;
      readonly bodyWriteKey: string | null;
      /** The body after gzip or deflate, for the write-ahead log; null when it was sent plain. */
      readonly inflated: Uint8Array | null;
      readonly outcome:
        | { readonly valid: true; readonly events: RenderedEvents }
        | { readonly valid: false; readonly refusal: TrackingRefusal };
    };

const refusalOf = (error: TrackingError): TrackingRefusal => ({
  status: error.status,
  code: error.code,
  message: error.message,
  ...(error instanceof InvalidMessagesError ? { issues: error.issues } : {}),
});

/**
 * Everything the tracking API does with a request before the write-ahead log: inflate, parse,
 * check, normalise and render the events as the stores' rows. Pure and synchronous, so it runs
 * the same in a worker thread (tracking-decoder.ts) as on the main thread.
 */
export function decodeTrackingRequest(request: TrackingRequest): DecodedRequest {
  const raw = Buffer.from(request.raw.buffer, request.raw.byteOffset, request.raw.byteLength);
  let decoded: { json: unknown; bytes: Buffer };
  try {
    decoded = decodeTrackingBody(raw, request.encoding, request.endpoint === 'batch' ? 'batch' : 'single');
  } catch (error) {
    if (error instanceof TrackingError) return { readable: false, refusal: refusalOf(error) };
    throw error;
  }
  const { json, bytes } = decoded;
  const common = {
    readable: true,
    bodyWriteKey: writeKeyOf(undefined, json),
    inflated: bytes === raw ? null : bytes,
  } as const;
  try {
    const events = messagesOf(json, request.endpoint, request.receivedAt, bytes);
    return { ...common, outcome: { valid: true, events: renderEvents(events) } };
  } catch (error) {
    if (error instanceof TrackingError)
      return { ...common, outcome: { valid: false, refusal: refusalOf(error) } };
    throw error;
  }
}

/**
 * Replays a logged tracking request through the same decoding as on arrival: the same ids, the
 * same timestamps. The log holds only requests that were accepted, so one that no longer decodes
 * is an error, never a silent loss.
 */
export const replayTrackingRequest: RequestReplayer = ({ endpoint, receivedAt, body }) => {
  const type = endpoint === 'batch' ? 'batch' : MESSAGE_TYPES.find((candidate) => candidate === endpoint);
  if (!type) throw new Error(`the write-ahead log holds a request to an unknown endpoint: ${endpoint}`);
  const decoded = decodeTrackingRequest({ raw: body, encoding: undefined, endpoint: type, receivedAt });
  if (!decoded.readable) throw new Error(`a logged request no longer decodes: ${decoded.refusal.message}`);
  if (!decoded.outcome.valid)
    throw new Error(`a logged request no longer decodes: ${decoded.outcome.refusal.message}`);
  return decoded.outcome.events;
};
