import { z } from 'zod';
import { EVENT_CHANNELS } from '../event-channel.js';
import type { NormalizedEvent } from '../normalize-message.js';
import { channelFromText } from './channel-text.js';
import { parseTimestamp } from './parse-timestamp.js';

/** How the columns of a CSV, JSONL or Parquet file become events. */
export const columnMappingSchema = z
  .object({
    event: z.string().min(1),
    timestamp: z.string().min(1),
    timestampUnit: z.enum(['iso', 's', 'ms', 'us']).default('iso'),
    userId: z.string().min(1).optional(),
    anonymousId: z.string().min(1).optional(),
    /** A column whose text names the channel (Internet, Desk, e-mail...). */
    channel: z.string().min(1).optional(),
    defaultChannel: z.enum(EVENT_CHANNELS).default('other'),
    messageId: z.string().min(1).optional(),
    /** Columns kept as event properties; all the others when absent. */
    properties: z.array(z.string().min(1)).optional(),
  })
  .refine((mapping) => mapping.userId !== undefined || mapping.anonymousId !== undefined, {
    message: 'map a userId or an anonymousId column: every event belongs to someone',
    path: ['userId'],
  });
export type ColumnMapping = z.infer<typeof columnMappingSchema>;
export type ColumnMappingInput = z.input<typeof columnMappingSchema>;

/** Mappings for the kinds of files people bring most. */
export const IMPORT_PRESETS = {
  /** REES46 e-commerce behaviour data (event_time, event_type, product_id, ..., user_id, user_session). */
  rees46: { event: 'event_type', timestamp: 'event_time', userId: 'user_id', defaultChannel: 'web' },
  /** Process-mining logs exported from XES (pm4py): a case is a customer, an activity is an event. */
  xes: {
    event: 'concept:name',
    timestamp: 'time:timestamp',
    userId: 'case:concept:name',
    channel: 'case:channel',
  },
} as const satisfies Record<string, ColumnMappingInput>;
export type ImportPreset = keyof typeof IMPORT_PRESETS;

export type RowResult =
  { readonly ok: true; readonly event: NormalizedEvent } | { readonly ok: false; readonly reason: string };

const text = (value: unknown): string | null => {
  if (value === null || value === undefined) return null;
  const string =
    typeof value === 'string'
      ? value.trim()
      : typeof value === 'object'
        ? JSON.stringify(value)
        : String(value);
  return string === '' ? null : string;
};

/** One row as an event, or the reason it cannot be one. `fallbackId` keeps re-imports idempotent. */
export function mapRow(
  row: Readonly<Record<string, unknown>>,
  mapping: ColumnMapping,
  fallbackId: string,
): RowResult {
  const event = text(row[mapping.event]);
  if (!event) return { ok: false, reason: `column "${mapping.event}" (event) is empty` };
  const timestamp = parseTimestamp(row[mapping.timestamp], mapping.timestampUnit);
  if (timestamp === null)
    return { ok: false, reason: `column "${mapping.timestamp}" (timestamp) is not a date-time` };
  const userId = mapping.userId ? text(row[mapping.userId]) : null;
  const anonymousId = mapping.anonymousId ? text(row[mapping.anonymousId]) : null;
  if (!userId && !anonymousId) return { ok: false, reason: 'no user id or anonymous id' };
  const used = new Set([
    mapping.event,
    mapping.timestamp,
    mapping.userId,
    mapping.anonymousId,
    mapping.messageId,
  ]);
  const properties: Record<string, unknown> = {};
  for (const column of mapping.properties ?? Object.keys(row)) {
    if (used.has(column) || !(column in row)) continue;
    const value = row[column];
    if (value !== null && value !== undefined && value !== '')
      properties[column] = typeof value === 'bigint' ? value.toString() : value;
  }
  return {
    ok: true,
    event: {
      messageId: (mapping.messageId ? text(row[mapping.messageId]) : null) ?? fallbackId,
      type: 'track',
      event,
      anonymousId,
      userId,
      timestamp,
      receivedAt: timestamp,
      channel: mapping.channel
        ? channelFromText(row[mapping.channel], mapping.defaultChannel)
        : mapping.defaultChannel,
      properties,
      traits: {},
      context: {},
      previousId: null,
      groupId: null,
    },
  };
}
