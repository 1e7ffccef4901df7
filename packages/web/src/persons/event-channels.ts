import { EVENT_CHANNELS, type ChannelKey, type EventChannel } from '@safar/core';
import { channelGlyph } from '../editor/channel-icons';

/** The catalogue channel whose icon stands for each event channel. */
const ICON_OF: Record<EventChannel, ChannelKey> = {
  web: 'website',
  app: 'mobile-app',
  email: 'email',
  social: 'instagram',
  ads: 'display-ads',
  crm: 'crm-sales',
  support: 'helpdesk',
  store: 'physical-store',
  server: 'chatbot',
  other: 'custom',
};

export function eventChannelGlyph(channel: EventChannel): string {
  return channelGlyph(ICON_OF[channel]);
}

export { EVENT_CHANNELS };
