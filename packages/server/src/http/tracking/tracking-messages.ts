import { createHash } from 'node:crypto';
import {
  MESSAGE_LIMIT_BYTES,
  normalizeMessage,
  type MessageType,
  type NormalizedEvent,
} from '@safar/analytics';
import { TrackingError } from './tracking-body.js';

const objectOrUndefined = (value: unknown): Record<string, unknown> | undefined =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? { ...value } : undefined;

/**
 * The messages of one request, validated and normalised. A batch is all or nothing: one bad
 * message refuses the request with every problem named by its index, and nothing is stored.
 */
export function messagesOf(
  body: unknown,
  endpoint: MessageType | 'batch',
  receivedAt: number,
  bodyBytes: Buffer,
): NormalizedEvent[] {
  const object = objectOrUndefined(body);
  if (!object) throw new TrackingError(400, 'validation_failed', 'the body must be a JSON object');
  const newId = generatedIds(bodyBytes, receivedAt);
  if (endpoint !== 'batch') {
    const result = normalizeMessage(object, { receivedAt, type: endpoint, withinLimit: true, newId });
    if (!result.ok) throw invalid(result.issues.map((issue) => ({ ...issue, path: issue.path })));
    return [result.event];
  }
  const batch = object['batch'];
  if (!Array.isArray(batch))
    throw new TrackingError(400, 'validation_failed', 'batch: must be an array of messages');
  if (batch.length === 0)
    throw new TrackingError(400, 'validation_failed', 'batch: must hold at least one message');
  const batchContext = objectOrUndefined(object['context']);
  // SDKs stamp sentAt once per batch; each message's clock-skew correction needs it.
  const batchSentAt = typeof object['sentAt'] === 'string' ? object['sentAt'] : undefined;
  const events: NormalizedEvent[] = [];
  const issues: { path: string; message: string }[] = [];
  const withinLimit = bodyBytes.length <= MESSAGE_LIMIT_BYTES;
  batch.forEach((message, index) => {
    const result = normalizeMessage(message, {
      receivedAt,
      ...(batchContext ? { batchContext } : {}),
      ...(batchSentAt ? { batchSentAt } : {}),
      withinLimit,
      newId,
    });
    if (result.ok) events.push(result.event);
    else
      for (const issue of result.issues)
        issues.push({ path: `batch[${index}]${issue.path ? `.${issue.path}` : ''}`, message: issue.message });
  });
  if (issues.length > 0) throw invalid(issues);
  return events;
}

/**
 * Ids for messages sent without a messageId: derived from the request, so replaying the logged
 * request after a crash gives the same ids and the store keeps each event once.
 */
function generatedIds(bodyBytes: Buffer, receivedAt: number): () => string {
  let prefix: string | undefined;
  let counter = 0;
  return () => {
    prefix ??= createHash('sha256')
      .update(bodyBytes)
      .update(String(receivedAt))
      .digest('base64url')
      .slice(0, 22);
    counter += 1;
    return `gen-${prefix}-${counter}`;
  };
}

class InvalidMessagesError extends TrackingError {
  constructor(readonly issues: readonly { path: string; message: string }[]) {
    const first = issues[0];
    super(
      400,
      'validation_failed',
      first ? `${first.path || 'message'}: ${first.message}` : 'invalid message',
    );
  }
}

function invalid(issues: { path: string; message: string }[]): InvalidMessagesError {
  return new InvalidMessagesError(issues.slice(0, 50));
}

export { InvalidMessagesError };
