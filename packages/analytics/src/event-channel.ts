import { EVENT_CHANNELS, type EventChannel } from '@safar/core';

export { EVENT_CHANNELS, type EventChannel };

const isChannel = (value: unknown): value is EventChannel =>
  typeof value === 'string' && (EVENT_CHANNELS as readonly string[]).includes(value);

const record = (value: unknown): Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};

const MEDIUM_CHANNELS: Record<string, EventChannel> = {
  email: 'email',
  newsletter: 'email',
  social: 'social',
  'social-media': 'social',
  cpc: 'ads',
  ppc: 'ads',
  paid: 'ads',
  display: 'ads',
  banner: 'ads',
};

/**
 * Derives the channel from what SDKs put in a message, most explicit first: a channel set by
 * the sender, the campaign medium, an app or mobile device, a web page or browser library, and
 * RudderStack's top-level `channel` (web, mobile, server).
 */
export function deriveChannel(message: {
  channel?: string | undefined;
  context?: unknown;
  properties?: unknown;
}): EventChannel {
  const context = record(message.context);
  const properties = record(message.properties);
  for (const explicit of [properties['channel'], context['channel']]) {
    if (isChannel(explicit)) return explicit;
  }
  const medium = record(context['campaign'])['medium'];
  if (typeof medium === 'string') {
    const fromMedium = MEDIUM_CHANNELS[medium.toLowerCase()];
    if (fromMedium) return fromMedium;
  }
  const os = String(record(context['os'])['name'] ?? '').toLowerCase();
  const deviceType = String(record(context['device'])['type'] ?? '').toLowerCase();
  if (
    Object.keys(record(context['app'])).length > 0 ||
    ['ios', 'android'].includes(os) ||
    ['ios', 'android'].includes(deviceType)
  ) {
    return 'app';
  }
  const library = String(record(context['library'])['name'] ?? '').toLowerCase();
  if (
    Object.keys(record(context['page'])).length > 0 ||
    library.includes('analytics.js') ||
    library.includes('browser')
  )
    return 'web';
  if (message.channel === 'mobile') return 'app';
  if (message.channel === 'web' || message.channel === 'server') return message.channel;
  return 'other';
}
