import {
  ARRIVAL_INTENT,
  LOCALE_DATA,
  PAGES,
  PRODUCTS,
  REMOVED_PRODUCT_PAGES,
  type Arrival,
  type DemoLocale,
} from './catalogue.js';
import { CAMPAIGNS, emailContext, type Campaign } from './demo-contexts.js';
import { personaTraits, type PersonaBehaviour } from './demo-personas.js';
import { DAY, HOUR, MINUTE, type JourneyWriter } from './journey-writer.js';
import type { Prng } from './prng.js';
import { PurchaseAftermath } from './purchase-aftermath.js';
import { ShoppingSteps } from './shopping-steps.js';

type SessionKind = 'first' | 'return' | 'repeat';
type Outcome = 'left' | 'considered' | 'carted' | 'checked-out' | 'purchased';

/** Afternoon and evening, when people shop, weigh more than the night. */
const HOUR_WEIGHTS = [1, 0.5, 0.3, 0.2, 0.2, 0.4, 1, 2, 3, 4, 4, 5, 6, 6, 5, 5, 5, 6, 7, 9, 10, 10, 8, 4];
const HOUR_TOTAL = HOUR_WEIGHTS.reduce((sum, weight) => sum + weight, 0);

export function drawTimeOfDay(prng: Prng): number {
  let u = prng.next() * HOUR_TOTAL;
  for (let hour = 0; hour < 24; hour++) {
    u -= HOUR_WEIGHTS[hour] ?? 0;
    if (u < 0) return hour * HOUR + Math.floor(prng.next() * HOUR);
  }
  return 23 * HOUR;
}

export interface PersonPlan {
  readonly key: string;
  readonly index: number;
  readonly locale: DemoLocale;
  /** The end of the demo period: the journey stops there, as a real one is cut off by "now". */
  readonly end: number;
}

/** One person's whole journey: sessions until they stop coming back or the demo period ends. */
export class PersonJourney {
  private readonly userId: string;
  private readonly aftermath: PurchaseAftermath;
  private readonly shop: ShoppingSteps;
  private traits: Record<string, unknown> | null = null;

  constructor(
    private readonly w: JourneyWriter,
    private readonly prng: Prng,
    private readonly behaviour: PersonaBehaviour,
    private readonly person: PersonPlan,
  ) {
    this.userId = `user-${person.key}`;
    this.aftermath = new PurchaseAftermath(w, prng, behaviour);
    this.shop = new ShoppingSteps(w, prng, behaviour, person.key, this.aftermath);
  }

  run(): void {
    const { w, prng, behaviour } = this;
    let outcome = this.session(behaviour.arrivals.draw(prng), 'first');
    for (let sessions = 1; sessions < 12 && w.time < this.person.end; sessions++) {
      if (
        outcome !== 'purchased' &&
        this.traits &&
        !w.hasDevice('app') &&
        prng.chance(behaviour.appUser * 0.4)
      ) {
        // Later that day on the phone: the cross-device journey identity stitching has to join up.
        w.time += HOUR + Math.round(prng.exp(3 * HOUR));
        outcome = this.session('direct', 'return');
      } else if (outcome === 'purchased') {
        const satisfaction = this.aftermath.lastWentBadly ? 0.4 : 1;
        if (!prng.chance(behaviour.repeatPurchase * satisfaction)) return;
        this.nextSessionAfter(4 + prng.exp(behaviour.repeatGapDays));
        outcome = this.session(this.comebackArrival(), 'repeat');
      } else {
        // Each visit without buying makes another less likely.
        const returning = behaviour.returnVisit * (outcome === 'left' ? 0.5 : 1) * 0.8 ** sessions;
        if (!prng.chance(returning)) return;
        this.nextSessionAfter(0.05 + prng.exp(4));
        outcome = this.session(this.comebackArrival(), 'return');
      }
    }
  }

  private nextSessionAfter(days: number): void {
    const day = Math.floor((this.w.time + days * DAY) / DAY) * DAY;
    this.w.time = Math.max(this.w.time + 30 * MINUTE, day + drawTimeOfDay(this.prng));
  }

  private comebackArrival(): Arrival {
    const { prng } = this;
    if (this.traits && prng.chance(0.4)) return 'email';
    if (prng.chance(this.behaviour.appUser)) return 'direct';
    return prng.chance(0.35)
      ? 'display'
      : prng.pick(['organic', 'direct', 'instagram', 'paid-search'] as const);
  }

  private session(arrival: Arrival, kind: SessionKind): Outcome {
    const { w, prng, behaviour, shop } = this;
    // comebackArrival already weighed app use; a first visit opens the app only for existing app users.
    const onApp =
      arrival === 'direct' && (w.hasDevice('app') || prng.chance(kind === 'first' ? behaviour.appUser : 0.8));
    if (onApp && kind !== 'first' && !w.hasDevice('app')) {
      w.use('app');
      w.track('Application Installed', { version: '5.3.0', build: '5300' });
      w.pause(5);
    }
    const device = w.use(onApp ? 'app' : 'web');
    if (!this.land(arrival, kind, onApp)) return 'left';
    // Known people sign in on a device they have not used before; others sometimes sign in or up.
    if (this.traits ? !device.signedIn && prng.chance(0.8) : prng.chance(behaviour.signIn)) {
      w.pause(20);
      this.identify();
    }
    const intent = kind === 'repeat' ? 1.8 : kind === 'return' ? 1 : ARRIVAL_INTENT[arrival];
    const backToCart = kind !== 'first' && shop.cart.length > 0 && prng.chance(0.5);
    if (!backToCart) {
      if (!prng.chance(behaviour.consider * intent)) return this.bounce();
      if (!shop.browse()) return 'left';
      if (!prng.chance(behaviour.cart * intent)) return 'considered';
      shop.addToCart();
    }
    w.pause(20);
    w.page(PAGES.cart);
    if (!prng.chance(behaviour.checkout * Math.min(intent, 1.5))) return 'carted';
    return shop.checkout(() => this.identify()) ? 'purchased' : 'checked-out';
  }

  /** Signs in, up or gives an email at checkout; a no-op on a device already signed in. */
  private identify(): void {
    const { w, prng } = this;
    if (w.device.signedIn) return;
    const first = this.traits === null;
    this.traits ??= personaTraits(prng, this.behaviour.id, this.person.locale, this.person.index, w.time);
    w.identify(this.userId, this.traits, first && prng.chance(0.12));
    if (first && this.behaviour.id !== 'persona-loyal-customer' && prng.chance(0.5)) {
      w.pause(3);
      w.track('Signed Up', { method: prng.pick(['email', 'google', 'apple']) });
    }
  }

  /** The first event of a session; false when the person leaves at once (a dead link). */
  private land(arrival: Arrival, kind: SessionKind, onApp: boolean): boolean {
    const { w, prng } = this;
    if (onApp) {
      if (kind !== 'first' && w.device.signedIn && prng.chance(0.4)) {
        const campaign_name = prng.pick(['back-in-stock', 'price-drop', 'points-expiring']);
        w.track('Push Notification Tapped', { campaign_name });
        w.pause(2);
      }
      w.track('Application Opened', { from_background: prng.chance(0.4), version: '5.3.0', build: '5300' });
      return true;
    }
    const [referrer, campaign] = this.source(arrival, kind);
    const stale = campaign?.medium === 'display' || campaign?.medium === 'social';
    if (prng.chance(stale ? 0.07 : 0.02)) {
      // An old ad, post or search result still points at a product the shop removed.
      w.page(prng.pick(REMOVED_PRODUCT_PAGES), referrer, { status: 404 }, campaign);
      if (prng.chance(0.6)) return false;
      w.pause(10);
      w.page(PAGES.home);
      return true;
    }
    const product = prng.pick(PRODUCTS);
    if (campaign?.medium === 'email') {
      // The link signs the subscriber in, so the email platform and the site both know who it is.
      w.userId = this.userId;
      w.backOffice(
        w.time - 4000,
        'Email Link Clicked',
        {
          campaign_name: campaign.name,
          campaign_type: campaign === CAMPAIGNS.abandonedCart ? 'lifecycle' : 'marketing',
        },
        emailContext(campaign.name),
        'email',
      );
    }
    // Comparison sites and search ads link to a product; other sources to a category or the home page.
    const deepLink =
      arrival === 'comparison' || arrival === 'paid-search' || campaign === CAMPAIGNS.abandonedCart;
    if (deepLink) w.page(product.page, referrer, undefined, campaign);
    else if (prng.chance(0.6)) w.page(product.categoryPage, referrer, undefined, campaign);
    else w.page(PAGES.home, referrer, undefined, campaign);
    if (campaign?.medium === 'email') this.identify();
    if (deepLink) this.shop.viewProduct(product, true);
    return true;
  }

  private source(arrival: Arrival, kind: SessionKind): readonly [string, Campaign | undefined] {
    const { prng } = this;
    switch (arrival) {
      case 'paid-search':
        return prng.chance(0.8)
          ? ['https://www.google.com/', CAMPAIGNS.google]
          : ['https://www.bing.com/', CAMPAIGNS.bing];
      case 'organic':
        return [prng.chance(0.85) ? 'https://www.google.com/' : 'https://www.bing.com/', undefined];
      case 'comparison':
        return [LOCALE_DATA[this.person.locale].comparisonSite, undefined];
      case 'instagram':
        return ['https://l.instagram.com/', CAMPAIGNS.instagram];
      case 'facebook':
        return ['https://m.facebook.com/', CAMPAIGNS.facebook];
      case 'x':
        return ['https://t.co/', CAMPAIGNS.x];
      case 'display':
        return ['https://news.example.com/', kind === 'first' ? CAMPAIGNS.display : CAMPAIGNS.retargeting];
      case 'email':
        if (this.shop.cart.length > 0) return ['', CAMPAIGNS.abandonedCart];
        return ['', kind === 'repeat' ? CAMPAIGNS.recommendations : CAMPAIGNS.newsletter];
      case 'direct':
        return ['', undefined];
    }
  }

  private bounce(): 'left' {
    if (this.prng.chance(0.3)) {
      this.w.pause(15);
      this.w.page(PAGES.home);
    }
    return 'left';
  }
}
