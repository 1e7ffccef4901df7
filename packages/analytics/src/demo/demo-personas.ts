import type { Arrival, DemoLocale } from './catalogue.js';
import { LOCALE_DATA } from './catalogue.js';
import type { Prng } from './prng.js';
import { Weighted } from './prng.js';

export const DEMO_PERSONA_IDS = [
  'persona-careful-shopper',
  'persona-team-lead',
  'persona-loyal-customer',
] as const;
export type DemoPersonaId = (typeof DEMO_PERSONA_IDS)[number];

export interface DemoSegmentCondition {
  readonly property: string;
  readonly operator: 'equals' | 'in' | 'greater_or_equal';
  readonly value: string | number | boolean | readonly string[];
}

/**
 * The segment rules of the server's demo personas (packages/server/src/demo/demo-personas.ts)
 * that the generated identify traits are written to satisfy. Analytics may not import the
 * server, so they are repeated here; change both together.
 */
export const DEMO_PERSONA_SEGMENT_RULES: Readonly<
  Record<DemoPersonaId, { readonly match: 'all'; readonly conditions: readonly DemoSegmentCondition[] }>
> = {
  'persona-careful-shopper': {
    match: 'all',
    conditions: [{ property: 'orders_count', operator: 'greater_or_equal', value: 1 }],
  },
  'persona-team-lead': {
    match: 'all',
    conditions: [{ property: 'plan', operator: 'in', value: ['team', 'business'] }],
  },
  'persona-loyal-customer': {
    match: 'all',
    conditions: [{ property: 'loyalty_member', operator: 'equals', value: true }],
  },
};

/** Share of people behaving like each persona; the identified shares come out near 40 / 35 / 25. */
export const DEMO_PERSONA_SHARES: Readonly<Record<DemoPersonaId, number>> = {
  'persona-careful-shopper': 0.44,
  'persona-team-lead': 0.37,
  'persona-loyal-customer': 0.19,
};

/** How a persona behaves; stage probabilities are per session and scaled by the arrival's intent. */
export interface PersonaBehaviour {
  readonly id: DemoPersonaId;
  readonly arrivals: Weighted<Arrival>;
  readonly locales: Weighted<DemoLocale>;
  /** Signs in or up during a session without being made to by checkout. */
  readonly signIn: number;
  readonly appUser: number;
  readonly consider: number;
  readonly cart: number;
  readonly checkout: number;
  /** Leaves at the shipping step on seeing the delivery fee (the careful shopper's frustration). */
  readonly surpriseFee: number;
  readonly paymentFailure: number;
  readonly returnVisit: number;
  readonly repeatPurchase: number;
  readonly repeatGapDays: number;
  readonly reviews: number;
  readonly video: number;
  readonly coupon: number;
  readonly wishlist: number;
  readonly chat: number;
  readonly npsBase: number;
}

export const PERSONA_BEHAVIOUR: Readonly<Record<DemoPersonaId, PersonaBehaviour>> = {
  'persona-careful-shopper': {
    id: 'persona-careful-shopper',
    arrivals: new Weighted<Arrival>([
      ['instagram', 24],
      ['comparison', 18],
      ['organic', 15],
      ['facebook', 10],
      ['display', 10],
      ['paid-search', 8],
      ['email', 6],
      ['x', 3],
      ['direct', 6],
    ]),
    locales: new Weighted<DemoLocale>([
      ['fa', 45],
      ['en', 20],
      ['el', 20],
      ['ar', 15],
    ]),
    signIn: 0.5,
    appUser: 0.45,
    consider: 0.56,
    cart: 0.4,
    checkout: 0.46,
    surpriseFee: 0.2,
    paymentFailure: 0.2,
    returnVisit: 0.42,
    repeatPurchase: 0.55,
    repeatGapDays: 21,
    reviews: 0.4,
    video: 0.22,
    coupon: 0.35,
    wishlist: 0.12,
    chat: 0.06,
    npsBase: 7,
  },
  'persona-team-lead': {
    id: 'persona-team-lead',
    arrivals: new Weighted<Arrival>([
      ['paid-search', 30],
      ['organic', 20],
      ['email', 14],
      ['display', 12],
      ['x', 8],
      ['facebook', 5],
      ['direct', 11],
    ]),
    locales: new Weighted<DemoLocale>([
      ['en', 40],
      ['ar', 40],
      ['fa', 10],
      ['el', 10],
    ]),
    signIn: 0.5,
    appUser: 0.15,
    consider: 0.5,
    cart: 0.44,
    checkout: 0.52,
    surpriseFee: 0.06,
    paymentFailure: 0.14,
    returnVisit: 0.3,
    repeatPurchase: 0.4,
    repeatGapDays: 28,
    reviews: 0.15,
    video: 0.08,
    coupon: 0.05,
    wishlist: 0.03,
    chat: 0.1,
    npsBase: 8,
  },
  'persona-loyal-customer': {
    id: 'persona-loyal-customer',
    arrivals: new Weighted<Arrival>([
      ['direct', 35],
      ['email', 28],
      ['instagram', 12],
      ['facebook', 10],
      ['organic', 10],
      ['display', 5],
    ]),
    locales: new Weighted<DemoLocale>([
      ['el', 50],
      ['en', 20],
      ['fa', 15],
      ['ar', 15],
    ]),
    signIn: 0.8,
    appUser: 0.7,
    consider: 0.6,
    cart: 0.48,
    checkout: 0.56,
    surpriseFee: 0.04,
    paymentFailure: 0.1,
    returnVisit: 0.5,
    repeatPurchase: 0.85,
    repeatGapDays: 18,
    reviews: 0.1,
    video: 0.1,
    coupon: 0.15,
    wishlist: 0.15,
    chat: 0.05,
    npsBase: 9,
  },
};

export const PERSONA_PICKER = new Weighted<DemoPersonaId>(
  DEMO_PERSONA_IDS.map((id) => [id, DEMO_PERSONA_SHARES[id]] as const),
);

/**
 * Identify traits. The three profiles are disjoint on purpose so a breakdown by persona
 * partitions people: members' purchase history lives in the loyalty programme (tier, points),
 * so only non-members carry orders_count.
 */
export function personaTraits(
  prng: Prng,
  persona: DemoPersonaId,
  locale: DemoLocale,
  person: number,
  createdAt: number,
): Record<string, unknown> {
  const data = LOCALE_DATA[locale];
  const firstName = prng.pick(data.firstNames);
  const lastName = prng.pick(data.lastNames);
  // Built in one literal and then extended: object spread here was most of the generator's time.
  const traits: Record<string, unknown> = {
    email: `${firstName}.${lastName}.${person}@example.com`.toLowerCase(),
    name: `${firstName} ${lastName}`,
    first_name: firstName,
    last_name: lastName,
    locale,
    city: prng.pick(data.cities),
    created_at: new Date(createdAt).toISOString(),
    plan: 'personal',
    loyalty_member: false,
  };
  switch (persona) {
    case 'persona-careful-shopper':
      traits['orders_count'] = 1 + Math.floor(prng.exp(2.5));
      break;
    case 'persona-team-lead':
      traits['plan'] = prng.chance(0.6) ? 'team' : 'business';
      traits['company'] = `${lastName} ${prng.pick(['Labs', 'Group', 'Studio', 'Trading'])}`;
      traits['team_size'] = prng.int(5, 40);
      traits['orders_count'] = 0;
      break;
    case 'persona-loyal-customer':
      traits['loyalty_member'] = true;
      traits['loyalty_tier'] = prng.pick(['silver', 'silver', 'gold', 'platinum']);
      traits['points_balance'] = prng.int(120, 5400);
      break;
  }
  return traits;
}
