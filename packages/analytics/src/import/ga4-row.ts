import type { EventChannel } from '../event-channel.js';
import { deriveChannel } from '../event-channel.js';
import type { NormalizedEvent } from '../normalize-message.js';
import type { RowResult } from './column-mapping.js';
import { parseTimestamp } from './parse-timestamp.js';

const record = (value: unknown): Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? { ...value } : {};

/** GA4 keeps each parameter's value in the one of four typed slots that is set. */
function paramValue(value: unknown): unknown {
  const slots = record(value);
  for (const slot of ['string_value', 'int_value', 'double_value', 'float_value']) {
    const held = slots[slot];
    if (held === null || held === undefined) continue;
    if (slot === 'string_value') return String(held);
    const number = Number(held);
    return Number.isSafeInteger(number) || slot !== 'int_value' ? number : String(held);
  }
  return null;
}

export function ga4Params(params: unknown): Record<string, unknown> {
  const flat: Record<string, unknown> = {};
  if (!Array.isArray(params)) return flat;
  for (const param of params) {
    const { key, value } = record(param);
    if (typeof key !== 'string') continue;
    const held = paramValue(value);
    if (held !== null) flat[key] = held;
  }
  return flat;
}

const PLATFORM_CHANNELS: Record<string, EventChannel> = { WEB: 'web', ANDROID: 'app', IOS: 'app' };

/**
 * A row of the GA4 BigQuery export (event_name, event_timestamp in µs, user_pseudo_id, user_id,
 * event_params key/value records with ga_session_id among them). page_view becomes a Segment
 * `page` with the path, so touchpoints match it as they match web pages from the SDKs.
 */
export function mapGa4Row(row: Readonly<Record<string, unknown>>, fallbackId: string): RowResult {
  const name = typeof row['event_name'] === 'string' ? row['event_name'].trim() : '';
  if (!name) return { ok: false, reason: 'event_name is missing' };
  const timestamp = parseTimestamp(row['event_timestamp'], 'us');
  if (timestamp === null) return { ok: false, reason: 'event_timestamp is not a number of microseconds' };
  const anonymousId =
    typeof row['user_pseudo_id'] === 'string' && row['user_pseudo_id'] ? row['user_pseudo_id'] : null;
  const userId =
    row['user_id'] === null || row['user_id'] === undefined || row['user_id'] === ''
      ? null
      : String(row['user_id']);
  if (!anonymousId && !userId) return { ok: false, reason: 'neither user_pseudo_id nor user_id is set' };
  const params = ga4Params(row['event_params']);
  const traffic = record(row['traffic_source']);
  const device = record(row['device']);
  const isPage = name === 'page_view' || name === 'screen_view';
  const location = typeof params['page_location'] === 'string' ? params['page_location'] : undefined;
  const properties: Record<string, unknown> = { ...params };
  if (isPage && location) {
    try {
      properties['path'] = new URL(location).pathname;
    } catch {
      // An unparseable location stays as the raw parameter.
    }
    properties['url'] = location;
    if (params['page_referrer'] !== undefined) properties['referrer'] = params['page_referrer'];
    if (params['page_title'] !== undefined) properties['title'] = params['page_title'];
  }
  const context: Record<string, unknown> = {
    ...(Object.keys(traffic).length > 0
      ? { campaign: { source: traffic['source'], medium: traffic['medium'], name: traffic['name'] } }
      : {}),
    ...(Object.keys(device).length > 0
      ? { device: { type: device['category'], os: device['operating_system'] } }
      : {}),
    ...(row['geo'] ? { location: record(row['geo']) } : {}),
  };
  const platform =
    typeof row['platform'] === 'string' ? PLATFORM_CHANNELS[row['platform'].toUpperCase()] : undefined;
  const derived = deriveChannel({ context, properties });
  const event: NormalizedEvent = {
    messageId: fallbackId,
    type: isPage ? (name === 'page_view' ? 'page' : 'screen') : 'track',
    event: isPage ? (name === 'page_view' ? 'page' : 'screen') : name,
    anonymousId,
    userId,
    timestamp,
    receivedAt: timestamp,
    channel: derived === 'other' ? (platform ?? 'other') : derived,
    properties,
    traits: record(row['user_properties']),
    context,
    previousId: null,
    groupId: null,
  };
  return { ok: true, event };
}
