/*
 * The demo store: a running and outdoor shop, the worked example of article 002 (a shopper
 * buying running shoes). Everything is a constant so the generated data is reproducible.
 */

export const DEMO_STORE_URL = 'https://shop.safar.example';
export const DEMO_CURRENCY = 'EUR';

/** A page of the store with its strings built once, since millions of page events share them. */
export interface ShopPage {
  readonly name: string;
  readonly path: string;
  readonly url: string;
  readonly title: string;
}

const shopPage = (name: string, path: string): ShopPage => ({
  name,
  path,
  url: DEMO_STORE_URL + path,
  title: `${name} | Safar Run Shop`,
});

export const PAGES = {
  home: shopPage('Home', '/'),
  cart: shopPage('Cart', '/cart'),
  checkout: shopPage('Checkout', '/checkout'),
  shipping: shopPage('Checkout: Shipping', '/checkout/shipping'),
  payment: shopPage('Checkout: Payment', '/checkout/payment'),
  confirmation: shopPage('Order Confirmation', '/checkout/confirmation'),
  help: shopPage('Help: Shipping and returns', '/help/shipping-and-returns'),
};

export interface DemoProduct {
  readonly id: string;
  readonly sku: string;
  readonly name: string;
  readonly category: string;
  readonly price: number;
  readonly page: ShopPage;
  readonly reviews: ShopPage;
  readonly categoryPage: ShopPage;
}

const product = (id: number, slug: string, name: string, category: string, price: number): DemoProduct => ({
  id: `prod-${id}`,
  sku: `SKU-${id}`,
  name,
  category,
  price,
  page: shopPage('Product', `/products/${slug}`),
  reviews: shopPage('Product Reviews', `/products/${slug}/reviews`),
  categoryPage: shopPage('Category', `/c/${category}`),
});

export const PRODUCTS: readonly DemoProduct[] = [
  product(101, 'pegasus-trail-running-shoes', 'Pegasus Trail Running Shoes', 'running-shoes', 139.9),
  product(102, 'cloudrunner-road-shoes', 'Cloudrunner Road Shoes', 'running-shoes', 119),
  product(103, 'tempo-racing-flats', 'Tempo Racing Flats', 'running-shoes', 159),
  product(104, 'everyday-trainer', 'Everyday Trainer', 'running-shoes', 89.5),
  product(105, 'kids-sprint-sneakers', 'Kids Sprint Sneakers', 'running-shoes', 49.9),
  product(201, 'merino-running-socks-3-pack', 'Merino Running Socks (3 pack)', 'socks', 24.9),
  product(202, 'compression-socks', 'Compression Socks', 'socks', 29),
  product(301, 'lightweight-rain-jacket', 'Lightweight Rain Jacket', 'apparel', 99),
  product(302, 'breathable-running-tee', 'Breathable Running Tee', 'apparel', 34.5),
  product(303, 'thermal-running-tights', 'Thermal Running Tights', 'apparel', 59.9),
  product(304, 'windproof-vest', 'Windproof Vest', 'apparel', 69),
  product(401, 'gps-sports-watch', 'GPS Sports Watch', 'electronics', 249),
  product(402, 'wireless-sport-earbuds', 'Wireless Sport Earbuds', 'electronics', 129),
  product(403, 'heart-rate-chest-strap', 'Heart Rate Chest Strap', 'electronics', 59),
  product(501, 'hydration-vest-5l', 'Hydration Vest 5 L', 'accessories', 79),
  product(502, 'running-belt', 'Running Belt', 'accessories', 19.9),
  product(503, 'headlamp-400-lumen', 'Headlamp 400 lm', 'accessories', 44.9),
  product(504, 'foam-roller', 'Foam Roller', 'accessories', 27.5),
];

/** Products taken off the store whose old links (ads, posts, search results) now answer 404. */
export const REMOVED_PRODUCT_PAGES: readonly ShopPage[] = [
  '/products/pegasus-39-limited-edition',
  '/products/summer-sale-trail-bundle',
  '/products/gps-watch-v1',
  '/products/reflective-vest-2023',
].map((path) => shopPage('Page Not Found', path));

/** Searches with their result counts; the first group finds something, the second nothing. */
export const SEARCHES: readonly (readonly [string, number])[] = [
  ['running shoes', 42],
  ['trail shoes', 17],
  ['socks', 9],
  ['rain jacket', 6],
  ['gps watch', 4],
  ['کفش دویدن', 31],
  ['حذاء جري', 28],
  ['παπούτσια τρεξίματος', 25],
  ['earbuds', 5],
  ['hydration vest', 3],
];
export const FAILED_SEARCHES: readonly string[] = [
  'pegasus 41 size 47',
  'runing shoos',
  'gift card',
  'ساعت هوشمند گارمین',
  'καλτσες συμπιεσης',
  'waterproof trail shoes wide',
];

export const PAYMENT_FAILURE_REASONS: readonly string[] = [
  'card_declined',
  'insufficient_funds',
  '3ds_timeout',
  'gateway_error',
  'expired_card',
];
export const PAYMENT_METHODS: readonly string[] = ['card', 'card', 'card', 'paypal', 'apple_pay', 'wallet'];

export type DemoLocale = 'en' | 'fa' | 'ar' | 'el';

interface LocaleData {
  readonly tag: string;
  readonly cities: readonly string[];
  readonly firstNames: readonly string[];
  readonly lastNames: readonly string[];
  /** Price comparison sites people in this market use (matched by the comparison-site touchpoint). */
  readonly comparisonSite: string;
}

export const LOCALE_DATA: Readonly<Record<DemoLocale, LocaleData>> = {
  en: {
    tag: 'en-GB',
    cities: ['London', 'Manchester', 'Bristol', 'Toronto', 'Dublin'],
    firstNames: ['Emma', 'Oliver', 'Amelia', 'Jack', 'Sophie', 'Harry', 'Grace', 'Noah'],
    lastNames: ['Smith', 'Jones', 'Taylor', 'Brown', 'Walker', 'Wright', 'Evans'],
    comparisonSite: 'https://www.pricerunner.com/',
  },
  fa: {
    tag: 'fa-IR',
    cities: ['Tehran', 'Isfahan', 'Shiraz', 'Mashhad', 'Tabriz'],
    firstNames: ['Sara', 'Reza', 'Maryam', 'Ali', 'Narges', 'Hossein', 'Zahra', 'Amir'],
    lastNames: ['Ahmadi', 'Hosseini', 'Karimi', 'Rezaei', 'Moradi', 'Jafari', 'Sadeghi'],
    comparisonSite: 'https://torob.com/',
  },
  ar: {
    tag: 'ar-AE',
    cities: ['Dubai', 'Abu Dhabi', 'Riyadh', 'Cairo', 'Amman'],
    firstNames: ['Layla', 'Omar', 'Fatima', 'Yusuf', 'Noor', 'Khalid', 'Mariam', 'Hassan'],
    lastNames: ['Al-Mansouri', 'Haddad', 'Khoury', 'Nasser', 'Saleh', 'Farouk', 'Aziz'],
    comparisonSite: 'https://www.idealo.com/',
  },
  el: {
    tag: 'el-GR',
    cities: ['Athens', 'Thessaloniki', 'Patras', 'Heraklion', 'Larissa'],
    firstNames: ['Eleni', 'Giorgos', 'Maria', 'Nikos', 'Katerina', 'Dimitris', 'Sofia', 'Kostas'],
    lastNames: ['Papadopoulos', 'Georgiou', 'Nikolaou', 'Ioannou', 'Vlachou', 'Oikonomou'],
    comparisonSite: 'https://www.skroutz.gr/',
  },
};

/** Ways a person first arrives; each has its own campaign, referrer and intent. */
export type Arrival =
  'display' | 'paid-search' | 'organic' | 'instagram' | 'facebook' | 'x' | 'email' | 'comparison' | 'direct';

/** How much more likely than average a visitor from this source is to go on; paid search and email carry intent. */
export const ARRIVAL_INTENT: Readonly<Record<Arrival, number>> = {
  display: 0.6,
  'paid-search': 1.25,
  organic: 1.1,
  instagram: 0.85,
  facebook: 0.75,
  x: 0.65,
  email: 1.15,
  comparison: 1.3,
  direct: 1.2,
};

export const TICKET_TOPICS: readonly string[] = [
  'where-is-my-order',
  'wrong-size',
  'damaged-item',
  'refund-status',
  'change-address',
];
