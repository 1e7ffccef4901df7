import type { NormalizedEvent } from '@safar/analytics';
import { messageFingerprint } from './fingerprint-set.js';
import { rowWithoutWorkspace } from './stored-row.js';

/** What stitching reads of an event (identityLinksOf); the rest of it is in its row. */
export type IdentityFacts = Pick<NormalizedEvent, 'type' | 'userId' | 'anonymousId' | 'previousId'>;

/**
 * Events already turned into the stores' rows. Rendering is most of an append's work, so the
 * tracking API does it in worker threads (docs/ingestion.md) and the store's single writer only
 * picks the new rows and links identities. The rows are UTF-8 bytes and the fingerprints numbers
 * in typed arrays, which a worker hands over without a copy (`transferables`), and which the
 * writer gives the engine as they are, without touching each row.
 */
export interface RenderedEvents {
  /** The events' messageIds, in order. */
  readonly messageIds: readonly string[];
  /**
   * Each event's EventRow as JSON, without its workspace_id (the store adds it), one line each,
   * every line ended by a newline, in order, as UTF-8: what a store's JSON insert reads.
   */
  readonly rows: Uint8Array;
  /** Where each event's line ends in `rows`, its newline included. */
  readonly rowEnds: Uint32Array;
  /** Each event's messageFingerprint, hi then lo: what redeliveries are found by. */
  readonly fingerprints: Uint32Array;
  /** The identity facts of the events that carry a userId: the only ones stitching links. */
  readonly identities: readonly IdentityFacts[];
}

/** The rows of a rendering, without what stitching reads: what the stores insert. */
export type RenderedRows = Omit<RenderedEvents, 'identities'>;

const NEWLINE = 0x0a;

export function renderEvents(events: readonly NormalizedEvent[]): RenderedEvents {
  const messageIds: string[] = [];
  // JSON.stringify escapes newlines in strings, so a line never holds one.
  const lines = events.map((event) => JSON.stringify(rowWithoutWorkspace(event)));
  const rowEnds = new Uint32Array(events.length);
  const fingerprints = new Uint32Array(2 * events.length);
  const identities: IdentityFacts[] = [];
  // Its own memory (not Node's shared pool), so that it can be transferred to another thread.
  const bytes = Buffer.allocUnsafeSlow(lines.reduce((sum, line) => sum + Buffer.byteLength(line) + 1, 0));
  let end = 0;
  events.forEach((event, index) => {
    messageIds.push(event.messageId);
    end += bytes.write(lines[index] ?? '', end, 'utf8');
    bytes[end++] = NEWLINE;
    rowEnds[index] = end;
    fingerprints.set(messageFingerprint(event.messageId), 2 * index);
    if (event.userId)
      identities.push({
        type: event.type,
        userId: event.userId,
        anonymousId: event.anonymousId,
        previousId: event.previousId,
      });
  });
  return { messageIds, rows: new Uint8Array(bytes.buffer, 0, end), rowEnds, fingerprints, identities };
}

/** What a worker thread can hand over without copying (postMessage's transfer list). */
export function transferables(events: RenderedEvents): ArrayBuffer[] {
  return [events.rows.buffer, events.rowEnds.buffer, events.fingerprints.buffer].filter(
    (buffer): buffer is ArrayBuffer => buffer instanceof ArrayBuffer,
  );
}

/** The fingerprint of the event at `index`, as FingerprintSet takes it. */
export const fingerprintAt = (
  events: Pick<RenderedRows, 'fingerprints'>,
  index: number,
): [hi: number, lo: number] => [events.fingerprints[2 * index] ?? 0, events.fingerprints[2 * index + 1] ?? 0];

const startOf = (events: Pick<RenderedRows, 'rowEnds'>, index: number) =>
  index === 0 ? 0 : (events.rowEnds[index - 1] ?? 0);

/** The row of the event at `index`, without its newline. */
export function rowOf(events: Pick<RenderedRows, 'rows' | 'rowEnds'>, index: number): string {
  const start = startOf(events, index);
  const end = events.rowEnds[index] ?? start + 1;
  return Buffer.from(events.rows.buffer, events.rows.byteOffset, events.rows.byteLength).toString(
    'utf8',
    start,
    end - 1,
  );
}

/** Only the rows at `indexes` (ascending). */
export function pickRows(events: RenderedRows, indexes: readonly number[]): RenderedRows {
  if (indexes.length === events.messageIds.length) return events;
  const rowEnds = new Uint32Array(indexes.length);
  const fingerprints = new Uint32Array(2 * indexes.length);
  let end = 0;
  const lines = indexes.map((index, position) => {
    const line = events.rows.subarray(startOf(events, index), events.rowEnds[index]);
    rowEnds[position] = end += line.length;
    fingerprints.set(fingerprintAt(events, index), 2 * position);
    return line;
  });
  const joined = Buffer.concat(lines);
  return {
    messageIds: indexes.map((index) => events.messageIds[index] ?? ''),
    // A plain view, like every rendering's rows (a Buffer is a Uint8Array of another kind).
    rows: new Uint8Array(joined.buffer, joined.byteOffset, joined.length),
    rowEnds,
    fingerprints,
  };
}

/** A rendered row with its workspace_id, as the stores' JSON inserts read it. */
export function rowWithWorkspace(workspaceId: string, row: string): string {
  // A row is a JSON object with at least one key: `{` then its first key.
  return `{"workspace_id":${JSON.stringify(workspaceId)},${row.slice(1)}`;
}
