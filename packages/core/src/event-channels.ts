/** The channel an event came through, as analytics groups them (article 002: every digital source). */
export const EVENT_CHANNELS = [
  'web',
  'app',
  'email',
  'social',
  'ads',
  'crm',
  'support',
  'store',
  'server',
  'other',
] as const;
export type EventChannel = (typeof EVENT_CHANNELS)[number];
