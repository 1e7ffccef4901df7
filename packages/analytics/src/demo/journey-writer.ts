import type { EventChannel } from '../event-channel.js';
import type { NormalizedEvent } from '../normalize-message.js';
import type { MessageType } from '../segment-message.js';
import type { DemoLocale, ShopPage } from './catalogue.js';
import {
  campaignContext,
  CHANNEL_OF_MEDIUM,
  deviceContext,
  EMPTY,
  type Campaign,
  type DeviceKind,
  type DeviceVariant,
} from './demo-contexts.js';
import type { Prng } from './prng.js';

/** An event before the generator numbers it; messageId is set when it is emitted in time order. */
export type DraftEvent = { -readonly [K in keyof NormalizedEvent]: NormalizedEvent[K] };

export interface Device {
  readonly kind: DeviceKind;
  readonly anonymousId: string;
  readonly context: Readonly<Record<string, unknown>>;
  /** Once the person signs in on a device, its events carry the user id as well. */
  signedIn: boolean;
}

const SECOND = 1000;
export const MINUTE = 60 * SECOND;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

/**
 * Writes one person's events. Sessions advance `time`; events that happen elsewhere (delivery,
 * support, email) are written at their own time, and the generator sorts the person's events.
 */
export class JourneyWriter {
  readonly events: DraftEvent[] = [];
  time = 0;
  userId: string | null = null;
  device: Device;
  private devices: Device[] = [];
  private personKey = '';
  private locale: DemoLocale = 'en';

  constructor(private readonly prng: Prng) {
    // A placeholder: every session picks its device with use() before writing.
    this.device = this.newDevice('web', 0);
  }

  reset(personKey: string, locale: DemoLocale, time: number): void {
    this.events.length = 0;
    this.devices = [];
    this.personKey = personKey;
    this.locale = locale;
    this.time = time;
    this.userId = null;
  }

  hasDevice(kind: DeviceKind): boolean {
    return this.devices.some((device) => device.kind === kind);
  }

  /** The person's device of this kind, a new one (with its own anonymous id) if they have none. */
  use(kind: DeviceKind): Device {
    const existing = this.devices.find((device) => device.kind === kind);
    this.device = existing ?? this.newDevice(kind, this.prng.chance(0.5) ? 0 : 1);
    if (!existing) this.devices.push(this.device);
    return this.device;
  }

  private newDevice(kind: DeviceKind, variant: DeviceVariant): Device {
    return {
      kind,
      anonymousId: `anon-${this.personKey}-${this.devices.length + 1}`,
      context: deviceContext(kind, variant, this.locale),
      signedIn: false,
    };
  }

  /** Think time between two actions in a session. */
  pause(meanSeconds = 40): void {
    this.time += 2 * SECOND + Math.round(this.prng.exp(meanSeconds * SECOND));
  }

  track(event: string, properties: Record<string, unknown>): void {
    this.deviceEvent('track', event, properties, this.device.context, this.deviceChannel());
  }

  /** A device event recorded by another system, e.g. the support chat widget. */
  trackVia(
    event: string,
    properties: Record<string, unknown>,
    context: Readonly<Record<string, unknown>>,
    channel: EventChannel,
  ): void {
    this.deviceEvent('track', event, properties, context, channel);
  }

  page(page: ShopPage, referrer = '', extra?: Record<string, unknown>, campaign?: Campaign): void {
    const properties: Record<string, unknown> = {
      name: page.name,
      path: page.path,
      url: page.url,
      referrer,
      title: page.title,
    };
    if (extra) Object.assign(properties, extra);
    const context = campaign ? campaignContext(this.device.context, campaign) : this.device.context;
    const channel = campaign ? CHANNEL_OF_MEDIUM[campaign.medium] : this.deviceChannel();
    this.deviceEvent('page', 'page', properties, context, channel);
  }

  /** App screens; `properties` gets the screen's name, as normalizeMessage would add it. */
  screen(name: string, properties: Record<string, unknown>): void {
    properties['name'] = name;
    this.deviceEvent('screen', 'screen', properties, this.device.context, this.deviceChannel());
  }

  identify(userId: string, traits: Record<string, unknown>, viaAlias: boolean): void {
    this.userId = userId;
    if (viaAlias) {
      this.pushDevice('alias', 'alias', EMPTY, EMPTY, this.device.anonymousId);
      this.time += 300;
    }
    this.device.signedIn = true;
    this.pushDevice('identify', 'identify', EMPTY, traits, null);
  }

  /** An event from a back-office system, known only by the user id. */
  backOffice(
    at: number,
    event: string,
    properties: Record<string, unknown>,
    context: Readonly<Record<string, unknown>>,
    channel: EventChannel,
  ): void {
    this.push(
      'track',
      event,
      null,
      this.userId,
      at,
      channel,
      properties,
      EMPTY,
      context,
      null,
      this.prng.exp(150),
    );
  }

  /** A device event at a time of its own, e.g. checking the parcel while it is on its way. */
  trackAt(at: number, device: Device, event: string, properties: Record<string, unknown>): void {
    const saved = [this.time, this.device] as const;
    this.time = at;
    this.device = device;
    this.track(event, properties);
    [this.time, this.device] = saved;
  }

  private deviceChannel(): EventChannel {
    return this.device.kind === 'web' ? 'web' : 'app';
  }

  private deviceEvent(
    type: MessageType,
    event: string,
    properties: Record<string, unknown>,
    context: Readonly<Record<string, unknown>>,
    channel: EventChannel,
  ): void {
    const device = this.device;
    const userId = device.signedIn ? this.userId : null;
    // Apps send in batches, so their events arrive later than the browser's.
    const delay = device.kind === 'app' ? this.prng.exp(8 * SECOND) : this.prng.exp(300);
    this.push(
      type,
      event,
      device.anonymousId,
      userId,
      this.time,
      channel,
      properties,
      EMPTY,
      context,
      null,
      delay,
    );
  }

  private pushDevice(
    type: 'identify' | 'alias',
    event: string,
    properties: Record<string, unknown>,
    traits: Record<string, unknown>,
    previousId: string | null,
  ): void {
    const device = this.device;
    this.push(
      type,
      event,
      device.anonymousId,
      this.userId,
      this.time,
      device.kind === 'web' ? 'web' : 'app',
      properties,
      traits,
      device.context,
      previousId,
      this.prng.exp(300),
    );
  }

  private push(
    type: MessageType,
    event: string,
    anonymousId: string | null,
    userId: string | null,
    timestamp: number,
    channel: EventChannel,
    properties: Record<string, unknown>,
    traits: Record<string, unknown>,
    context: Readonly<Record<string, unknown>>,
    previousId: string | null,
    delay: number,
  ): void {
    this.events.push({
      messageId: '',
      type,
      event,
      anonymousId,
      userId,
      timestamp,
      receivedAt: timestamp + 20 + Math.round(delay),
      channel,
      properties,
      traits,
      // The frozen shared contexts are never written to; the cast only drops `readonly`.
      context: context as Record<string, unknown>,
      previousId,
      groupId: null,
    });
  }
}
