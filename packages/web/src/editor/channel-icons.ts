import { CHANNELS, type ChannelKey } from '@safar/core';

/** Glyphs for the channel icon keys of the core catalogue (a font-free icon set). */
const GLYPHS: Record<string, string> = {
  globe: '🌐',
  'device-mobile': '📱',
  mail: '✉️',
  message: '💬',
  bell: '🔔',
  'brand-instagram': '📸',
  'brand-facebook': 'ⓕ',
  'brand-x': '𝕏',
  'brand-linkedin': 'ⓛ',
  'brand-telegram': '✈️',
  'brand-whatsapp': '🟢',
  'brand-youtube': '▶️',
  search: '🔍',
  ad: '📣',
  star: '⭐',
  scale: '⚖️',
  presentation: '🎥',
  messages: '🗨️',
  robot: '🤖',
  microphone: '🎙️',
  phone: '📞',
  lifebuoy: '🛟',
  briefcase: '💼',
  'building-store': '🏬',
  mailbox: '📮',
  dots: '•••',
};

export function channelGlyph(channel: ChannelKey): string {
  return GLYPHS[CHANNELS[channel].icon] ?? '•';
}
