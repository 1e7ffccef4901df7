import { EVENT_CHANNELS, type EventChannel } from '../event-channel.js';

/** Words exports use for a channel (XES `case:channel`, CRM columns), in any language we have seen. */
const SYNONYMS: Record<string, EventChannel> = {
  internet: 'web',
  online: 'web',
  website: 'web',
  site: 'web',
  browser: 'web',
  mobile: 'app',
  ios: 'app',
  android: 'app',
  'e-mail': 'email',
  mail: 'email',
  newsletter: 'email',
  desk: 'store',
  counter: 'store',
  branch: 'store',
  office: 'store',
  shop: 'store',
  phone: 'support',
  telephone: 'support',
  call: 'support',
  chat: 'support',
  intern: 'crm',
  internal: 'crm',
  cpc: 'ads',
  paid: 'ads',
};

export function channelFromText(text: unknown, fallback: EventChannel = 'other'): EventChannel {
  if (typeof text !== 'string') return fallback;
  const word = text.trim().toLowerCase();
  if ((EVENT_CHANNELS as readonly string[]).includes(word))
    return EVENT_CHANNELS.find((channel) => channel === word) ?? fallback;
  return SYNONYMS[word] ?? (word === '' ? fallback : 'other');
}
