import type { EventChannel } from '../event-channel.js';
import type { DemoLocale } from './catalogue.js';
import { LOCALE_DATA } from './catalogue.js';

/*
 * Contexts are built once and shared by every event that has the same one: allocating a context
 * per event would dominate the cost of generating millions of events. They are frozen so a
 * consumer that mutates one gets an error instead of silently changing other events.
 * Each context makes deriveChannel give the event's channel, so re-ingesting the demo events
 * through normalizeMessage keeps their channels.
 */

type Context = Readonly<Record<string, unknown>>;

function deepFreeze<T extends object>(value: T): T {
  for (const child of Object.values(value)) {
    if (typeof child === 'object' && child !== null) deepFreeze(child);
  }
  return Object.freeze(value);
}

export const EMPTY: Record<string, unknown> = deepFreeze({});

export type DeviceKind = 'web' | 'app';
export type DeviceVariant = 0 | 1;

const WEB_AGENTS = [
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Safari/537.36',
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1',
] as const;

const APP_DEVICES = [
  {
    device: { type: 'ios', manufacturer: 'Apple', model: 'iPhone15,2' },
    os: { name: 'iOS', version: '17.4' },
    library: { name: 'analytics-swift', version: '1.5.11' },
  },
  {
    device: { type: 'android', manufacturer: 'Samsung', model: 'SM-S911B' },
    os: { name: 'Android', version: '14' },
    library: { name: 'analytics-kotlin', version: '1.16.3' },
  },
] as const;

const WEB_LIBRARY = { name: 'analytics.js', version: 'next-1.70.0' };
const APP = { name: 'Safar Shop', version: '5.3.0', build: '5300', namespace: 'example.safar.shop' };

const deviceContexts = new Map<string, Context>();

export function deviceContext(kind: DeviceKind, variant: DeviceVariant, locale: DemoLocale): Context {
  const key = `${kind}|${variant}|${locale}`;
  let context = deviceContexts.get(key);
  if (!context) {
    const tag = LOCALE_DATA[locale].tag;
    context = deepFreeze(
      kind === 'web'
        ? { library: WEB_LIBRARY, locale: tag, userAgent: WEB_AGENTS[variant] }
        : { app: APP, ...APP_DEVICES[variant], locale: tag },
    );
    deviceContexts.set(key, context);
  }
  return context;
}

export interface Campaign {
  readonly source: string;
  readonly medium: 'display' | 'cpc' | 'social' | 'email';
  readonly name: string;
}

export const CAMPAIGNS = {
  display: { source: 'news-network', medium: 'display', name: 'spring-running-sale' },
  retargeting: { source: 'retargeting-network', medium: 'display', name: 'cart-retargeting' },
  google: { source: 'google', medium: 'cpc', name: 'running-shoes-search' },
  bing: { source: 'bing', medium: 'cpc', name: 'running-shoes-search' },
  instagram: { source: 'instagram', medium: 'social', name: 'new-trail-collection' },
  facebook: { source: 'facebook', medium: 'social', name: 'community-run-club' },
  x: { source: 'x', medium: 'social', name: 'launch-thread' },
  newsletter: { source: 'newsletter', medium: 'email', name: 'weekly-picks' },
  recommendations: { source: 'newsletter', medium: 'email', name: 'recommended-for-you' },
  abandonedCart: { source: 'lifecycle', medium: 'email', name: 'abandoned-cart' },
} as const satisfies Record<string, Campaign>;

const withCampaign = new WeakMap<Context, Map<Campaign, Context>>();

/** A device context with the UTM campaign of the link that opened the page. */
export function campaignContext(base: Context, campaign: Campaign): Context {
  let byCampaign = withCampaign.get(base);
  if (!byCampaign) withCampaign.set(base, (byCampaign = new Map()));
  let context = byCampaign.get(campaign);
  if (!context) {
    context = deepFreeze({ ...base, campaign: { ...campaign } });
    byCampaign.set(campaign, context);
  }
  return context;
}

export const CHANNEL_OF_MEDIUM: Readonly<Record<Campaign['medium'], EventChannel>> = {
  display: 'ads',
  cpc: 'ads',
  social: 'social',
  email: 'email',
};

const backOffice = (channel: EventChannel, library: string): Context =>
  deepFreeze({ channel, library: { name: library, version: '3.1.0' } });

/** Events sent by back-office systems name their channel, since nothing else in them tells it. */
export const BACK_OFFICE_CONTEXTS = {
  server: backOffice('server', 'analytics-node'),
  crm: backOffice('crm', 'loyalty-service'),
  support: backOffice('support', 'helpdesk-webhook'),
} as const;

const emailContexts = new Map<string, Context>();

/** Events from the email service provider: the campaign medium says email. */
export function emailContext(campaignName: string): Context {
  let context = emailContexts.get(campaignName);
  if (!context) {
    context = deepFreeze({
      campaign: { source: 'esp', medium: 'email', name: campaignName },
      library: { name: 'esp-webhook', version: '2.0.0' },
    });
    emailContexts.set(campaignName, context);
  }
  return context;
}
