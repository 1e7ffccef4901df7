import { z } from 'zod';

/**
 * Every channel the source articles name (website, social networks, email, webinar, app,
 * chatbots, search, comparison sites, reviews, chat, store, support, call centre...).
 * Labels live in the i18n catalogues; here is only what code needs.
 */
export const CHANNEL_KEYS = [
  'website',
  'mobile-app',
  'email',
  'sms',
  'push',
  'instagram',
  'facebook',
  'x',
  'linkedin',
  'telegram',
  'whatsapp',
  'youtube',
  'search-engine',
  'display-ads',
  'review-sites',
  'comparison-sites',
  'webinar',
  'online-chat',
  'chatbot',
  'voice-assistant',
  'call-centre',
  'helpdesk',
  'crm-sales',
  'physical-store',
  'post',
  'custom',
] as const;
export const channelKeySchema = z.enum(CHANNEL_KEYS);
export type ChannelKey = z.infer<typeof channelKeySchema>;

export type ChannelGroup =
  'owned-digital' | 'messaging' | 'social' | 'paid-and-earned' | 'assisted' | 'physical' | 'other';

export interface ChannelDefinition {
  /** Names a glyph in the web app's icon set. */
  readonly icon: string;
  readonly group: ChannelGroup;
}

export const CHANNELS: Readonly<Record<ChannelKey, ChannelDefinition>> = {
  website: { icon: 'globe', group: 'owned-digital' },
  'mobile-app': { icon: 'device-mobile', group: 'owned-digital' },
  email: { icon: 'mail', group: 'messaging' },
  sms: { icon: 'message', group: 'messaging' },
  push: { icon: 'bell', group: 'messaging' },
  instagram: { icon: 'brand-instagram', group: 'social' },
  facebook: { icon: 'brand-facebook', group: 'social' },
  x: { icon: 'brand-x', group: 'social' },
  linkedin: { icon: 'brand-linkedin', group: 'social' },
  telegram: { icon: 'brand-telegram', group: 'social' },
  whatsapp: { icon: 'brand-whatsapp', group: 'social' },
  youtube: { icon: 'brand-youtube', group: 'social' },
  'search-engine': { icon: 'search', group: 'paid-and-earned' },
  'display-ads': { icon: 'ad', group: 'paid-and-earned' },
  'review-sites': { icon: 'star', group: 'paid-and-earned' },
  'comparison-sites': { icon: 'scale', group: 'paid-and-earned' },
  webinar: { icon: 'presentation', group: 'owned-digital' },
  'online-chat': { icon: 'messages', group: 'assisted' },
  chatbot: { icon: 'robot', group: 'assisted' },
  'voice-assistant': { icon: 'microphone', group: 'assisted' },
  'call-centre': { icon: 'phone', group: 'assisted' },
  helpdesk: { icon: 'lifebuoy', group: 'assisted' },
  'crm-sales': { icon: 'briefcase', group: 'assisted' },
  'physical-store': { icon: 'building-store', group: 'physical' },
  post: { icon: 'mailbox', group: 'physical' },
  custom: { icon: 'dots', group: 'other' },
};
