import type { NormalizedEvent } from '@safar/analytics';
import { toEventRow } from './stored-row.js';

/** What stitching reads of an event (identityLinksOf); the rest of it is in its row. */
export type IdentityFacts = Pick<NormalizedEvent, 'type' | 'userId' | 'anonymousId' | 'previousId'>;

/**
 * Events already turned into the stores' rows, as JSON text. Rendering is most of an append's
 * work, so the tracking API does it in worker threads (docs/ingestion.md) and the store's single
 * writer only picks the new rows and links identities. Plain data: it crosses threads as it is.
 */
export interface RenderedEvents {
  /** The events' messageIds, in order. */
  readonly messageIds: readonly string[];
  /** Each event's EventRow as JSON, without its workspace_id (the store adds it), in order. */
  readonly rows: readonly string[];
  /** The identity facts of the events that carry a userId: the only ones stitching links. */
  readonly identities: readonly IdentityFacts[];
}

export function renderEvents(events: readonly NormalizedEvent[]): RenderedEvents {
  const messageIds: string[] = [];
  const rows: string[] = [];
  const identities: IdentityFacts[] = [];
  for (const event of events) {
    messageIds.push(event.messageId);
    const { workspace_id: _workspace, ...row } = toEventRow('', event);
    rows.push(JSON.stringify(row));
    if (event.userId)
      identities.push({
        type: event.type,
        userId: event.userId,
        anonymousId: event.anonymousId,
        previousId: event.previousId,
      });
  }
  return { messageIds, rows, identities };
}

/** Several renderings as one, in order (a flush stores every batch of a workspace at once). */
export function concatRendered(parts: readonly RenderedEvents[]): RenderedEvents {
  if (parts.length === 1 && parts[0]) return parts[0];
  return {
    messageIds: parts.flatMap((part) => part.messageIds),
    rows: parts.flatMap((part) => part.rows),
    identities: parts.flatMap((part) => part.identities),
  };
}

/** A rendered row with its workspace_id, as the stores' JSON inserts read it. */
export function rowWithWorkspace(workspaceId: string, row: string): string {
  // A row is a JSON object with at least one key: `{` then its first key.
  return `{"workspace_id":${JSON.stringify(workspaceId)},${row.slice(1)}`;
}
