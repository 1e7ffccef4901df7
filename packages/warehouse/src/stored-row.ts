import type { EventChannel, MessageType, NormalizedEvent } from '@safar/analytics';
import type { StoredEvent } from './event-store.js';

/** The columns both stores hold, in this order. JSON objects are stored as text. */
export const EVENT_COLUMNS = [
  'workspace_id',
  'message_id',
  'type',
  'event',
  'distinct_id',
  'anonymous_id',
  'user_id',
  'timestamp_ms',
  'received_at_ms',
  'channel',
  'properties',
  'traits',
  'context',
  'previous_id',
  'group_id',
] as const;

export interface EventRow {
  workspace_id: string;
  message_id: string;
  type: string;
  event: string;
  distinct_id: string;
  anonymous_id: string | null;
  user_id: string | null;
  timestamp_ms: number;
  received_at_ms: number;
  channel: string;
  properties: string;
  traits: string;
  context: string;
  previous_id: string | null;
  group_id: string | null;
}

export const userKey = (userId: string) => `u:${userId}`;
export const anonymousKey = (anonymousId: string) => `a:${anonymousId}`;

/** The id an event is filed under before stitching: its user id when known, else its device's. */
export function distinctIdOf(event: Pick<NormalizedEvent, 'userId' | 'anonymousId' | 'messageId'>): string {
  if (event.userId) return userKey(event.userId);
  if (event.anonymousId) return anonymousKey(event.anonymousId);
  // The Segment spec requires one of the two; importers always set one. Filed alone, never merged.
  return anonymousKey(`message:${event.messageId}`);
}

export function toEventRow(workspaceId: string, event: NormalizedEvent): EventRow {
  return { workspace_id: workspaceId, ...rowWithoutWorkspace(event) };
}

/** An event's row but its workspace_id: what rendered rows hold (the store adds the workspace). */
export function rowWithoutWorkspace(event: NormalizedEvent): Omit<EventRow, 'workspace_id'> {
  return {
    message_id: event.messageId,
    type: event.type,
    event: event.event,
    distinct_id: distinctIdOf(event),
    anonymous_id: event.anonymousId,
    user_id: event.userId,
    timestamp_ms: event.timestamp,
    received_at_ms: event.receivedAt,
    channel: event.channel,
    properties: JSON.stringify(event.properties),
    traits: JSON.stringify(event.traits),
    context: JSON.stringify(event.context),
    previous_id: event.previousId,
    group_id: event.groupId,
  };
}

const objectOf = (text: unknown): Record<string, unknown> => {
  if (typeof text !== 'string' || text === '') return {};
  const parsed: unknown = JSON.parse(text);
  return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? { ...parsed } : {};
};
const textOrNull = (value: unknown) =>
  value === null || value === undefined || value === '' ? null : String(value);

/** Reads a row back; numbers may arrive as bigint (DuckDB) or string (ClickHouse JSON). */
export function fromEventRow(row: Record<string, unknown>): StoredEvent {
  return {
    messageId: String(row['message_id']),
    // Stored rows were validated on the way in.
    type: String(row['type']) as MessageType,
    event: String(row['event']),
    anonymousId: textOrNull(row['anonymous_id']),
    userId: textOrNull(row['user_id']),
    timestamp: Number(row['timestamp_ms']),
    receivedAt: Number(row['received_at_ms']),
    channel: String(row['channel']) as EventChannel,
    properties: objectOf(row['properties']),
    traits: objectOf(row['traits']),
    context: objectOf(row['context']),
    previousId: textOrNull(row['previous_id']),
    groupId: textOrNull(row['group_id']),
    personId: String(row['person_id'] ?? row['distinct_id']),
  };
}
