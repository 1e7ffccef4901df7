import {
  DEMO_CURRENCY,
  DEMO_STORE_URL,
  PAGES,
  FAILED_SEARCHES,
  PAYMENT_FAILURE_REASONS,
  PAYMENT_METHODS,
  PRODUCTS,
  REMOVED_PRODUCT_PAGES,
  SEARCHES,
  type DemoProduct,
} from './catalogue.js';
import { BACK_OFFICE_CONTEXTS } from './demo-contexts.js';
import type { PersonaBehaviour } from './demo-personas.js';
import type { JourneyWriter } from './journey-writer.js';
import type { PurchaseAftermath } from './purchase-aftermath.js';
import type { Prng } from './prng.js';

const SEARCH_URL = `${DEMO_STORE_URL}/search`;

/** Segment's e-commerce spec product fields; a cart id for cart events. */
const productProperties = (product: DemoProduct, cartId?: string): Record<string, unknown> => {
  const properties: Record<string, unknown> = {
    product_id: product.id,
    sku: product.sku,
    name: product.name,
    category: product.category,
    price: product.price,
    currency: DEMO_CURRENCY,
  };
  if (cartId !== undefined) {
    properties['quantity'] = 1;
    properties['cart_id'] = cartId;
  }
  return properties;
};

/** The steps inside the shop, from looking around to paying, with the frictions at each. */
export class ShoppingSteps {
  /** Survives between sessions, so a returning person can go straight back to it. */
  readonly cart: DemoProduct[] = [];
  paymentFailed = false;
  private viewed: DemoProduct[] = [];
  private orders = 0;

  constructor(
    private readonly w: JourneyWriter,
    private readonly prng: Prng,
    private readonly behaviour: PersonaBehaviour,
    private readonly personKey: string,
    private readonly aftermath: PurchaseAftermath,
  ) {}

  /** The product page and its Product Viewed; `onPage` when the page was already written as a landing page. */
  viewProduct(product: DemoProduct, onPage = false): void {
    const { w } = this;
    if (!onPage) {
      w.pause(8);
      if (w.device.kind === 'web') w.page(product.page);
      else w.screen('Product', { product_id: product.id });
    }
    w.pause(1);
    w.track('Product Viewed', productProperties(product));
    this.viewed.push(product);
  }

  /** Looks around; false when a friction (an empty search, a dead link) makes them leave. */
  browse(): boolean {
    const { w, prng, behaviour } = this;
    if (prng.chance(0.4)) {
      w.pause(20);
      if (prng.chance(0.2)) {
        w.track('Products Searched', { query: prng.pick(FAILED_SEARCHES), results: 0 });
        if (prng.chance(0.55)) return false;
        w.pause(15);
      }
      const [query, results] = prng.pick(SEARCHES);
      w.track('Products Searched', { query, results });
    }
    const views = 1 + Math.floor(prng.exp(2));
    for (let i = 0; i < views; i++) {
      const product = prng.pick(PRODUCTS);
      if (prng.chance(0.02)) {
        w.pause(20);
        w.page(prng.pick(REMOVED_PRODUCT_PAGES), SEARCH_URL, { status: 404 });
        if (prng.chance(0.45)) return false;
      }
      this.viewProduct(product);
      if (prng.chance(behaviour.video)) {
        w.pause(10);
        w.track('Video Playback Started', {
          video_player: 'youtube',
          content_asset_id: `video-${product.id}`,
          product_id: product.id,
        });
      }
      if (prng.chance(behaviour.reviews)) {
        w.pause(30);
        w.page(product.reviews);
      }
      if (prng.chance(behaviour.wishlist)) w.track('Wishlist Item Added', { product_id: product.id });
    }
    if (prng.chance(behaviour.chat)) this.chat();
    else if (prng.chance(0.04)) {
      w.pause(20);
      w.page(PAGES.help);
    }
    return true;
  }

  private chat(): void {
    const { w, prng } = this;
    w.pause(30);
    const topic = prng.pick(['sizing', 'delivery-time', 'stock', 'returns']);
    if (prng.chance(0.6)) {
      w.track('Chatbot Conversation Started', { topic, bot: 'shopping-assistant' });
      if (prng.chance(0.7)) return;
      w.pause(60);
    }
    w.trackVia(
      'Live Chat Conversation Started',
      { topic, wait_seconds: Math.round(prng.exp(90)) },
      BACK_OFFICE_CONTEXTS.support,
      'support',
    );
  }

  addToCart(): void {
    const { w, prng } = this;
    const items = Math.min(this.viewed.length, prng.chance(0.7) ? 1 : prng.int(2, 3));
    for (let i = 0; i < items; i++) {
      const product = this.viewed[this.viewed.length - 1 - i] ?? prng.pick(PRODUCTS);
      if (this.cart.includes(product)) continue;
      w.pause(15);
      w.track('Product Added', productProperties(product, `cart-${this.personKey}`));
      this.cart.push(product);
    }
    this.viewed = [];
    if (prng.chance(this.behaviour.coupon)) {
      w.pause(25);
      w.track('Coupon Code Applied', {
        coupon: prng.pick(['WELCOME10', 'RUN15', 'SPRING20']),
        cart_id: `cart-${this.personKey}`,
      });
    }
  }

  /**
   * From the first checkout page to the payment. `identify` runs at the address step, where the
   * shop asks for an account or an email. Returns whether an order was placed.
   */
  checkout(identify: () => void): boolean {
    const { w, prng, behaviour } = this;
    w.pause(10);
    w.page(PAGES.checkout);
    identify();
    // The loop the articles warn about: back to the cart to check something, then on again.
    for (let loops = 0; loops < 3 && prng.chance(0.14); loops++) {
      w.pause(30);
      w.page(PAGES.cart);
      w.pause(30);
      w.page(PAGES.checkout);
    }
    const subtotal = this.cart.reduce((sum, product) => sum + product.price, 0);
    const shipping = subtotal >= 100 ? 0 : 6.9;
    w.pause(45);
    w.page(PAGES.shipping, '', { shipping_fee: shipping });
    // Some leave whatever happens (distracted, comparing); the fee adds the persona's own reason.
    if (prng.chance(0.18) || (shipping > 0 && prng.chance(behaviour.surpriseFee * 2))) return false;
    w.pause(40);
    w.page(PAGES.payment);
    const total = Math.round((subtotal + shipping) * 100) / 100;
    let method = prng.pick(PAYMENT_METHODS);
    for (let attempt = 1; ; attempt++) {
      w.pause(25);
      if (!prng.chance(behaviour.paymentFailure)) break;
      w.track('Payment Failed', {
        reason: prng.pick(PAYMENT_FAILURE_REASONS),
        payment_method: method,
        attempt,
        amount: total,
        currency: DEMO_CURRENCY,
      });
      this.paymentFailed = true;
      if (attempt === 3 || !prng.chance(attempt === 1 ? 0.45 : 0.3)) return false;
      if (prng.chance(0.3)) method = prng.pick(PAYMENT_METHODS);
    }
    this.completeOrder(total, shipping, method);
    return true;
  }

  private completeOrder(total: number, shipping: number, method: string): void {
    const { w } = this;
    const id = `order-${this.personKey}-${++this.orders}`;
    w.track('Order Completed', {
      order_id: id,
      total,
      revenue: Math.round((total - shipping) * 100) / 100,
      shipping,
      currency: DEMO_CURRENCY,
      payment_method: method,
      products: this.cart.map((product) => ({
        product_id: product.id,
        name: product.name,
        price: product.price,
        quantity: 1,
      })),
    });
    this.cart.length = 0;
    const at = w.time;
    w.pause(5);
    w.page(PAGES.confirmation, '', { order_id: id });
    this.aftermath.follow({ id, total, at, device: w.device, paymentFailed: this.paymentFailed });
  }
}
