import { normalizeMessage } from '../normalize-message.js';
import type { RowResult } from './column-mapping.js';

/**
 * A line of a Segment export (or a warehouse dump of Segment messages): a full message with
 * its own receivedAt, normalised exactly as the tracking API would have done on arrival.
 */
export function mapSegmentExportRow(row: unknown, fallbackId: string): RowResult {
  const received =
    typeof row === 'object' && row !== null && 'receivedAt' in row && typeof row.receivedAt === 'string'
      ? Date.parse(row.receivedAt)
      : NaN;
  const result = normalizeMessage(row, {
    receivedAt: Number.isFinite(received) ? received : 0,
    newId: () => fallbackId,
  });
  if (!result.ok) {
    const first = result.issues[0];
    return {
      ok: false,
      reason: first ? `${first.path || 'message'}: ${first.message}` : 'not a Segment message',
    };
  }
  // Without receivedAt the message's own timestamps are all there is.
  if (!Number.isFinite(received) && result.event.timestamp === 0)
    return { ok: false, reason: 'the message has no timestamp and no receivedAt' };
  return result;
}
