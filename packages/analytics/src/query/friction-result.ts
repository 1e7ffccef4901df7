import type { ResolvedStep } from './match-event.js';

export type FrictionItemKind = 'error' | 'abandon_after_error' | 'loop' | 'stall';

export interface ResolvedFriction {
  /** The designed journey, in order. */
  readonly steps: readonly ResolvedStep[];
  /** What success is (the service puts the last step here when the spec names none). */
  readonly conversion: ResolvedStep;
  readonly errors: readonly ResolvedStep[];
  /** A step-to-next-step time longer than this is a stall. */
  readonly stallAfterMs: number;
  readonly rankBy: 'persons' | 'conversionLost';
}

/** One friction item before it is counted: errors and abandons by error index, loops and stalls by step. */
export interface FrictionItemKey {
  readonly kind: FrictionItemKind;
  readonly index: number;
  readonly label: string;
}

export interface FrictionItem extends FrictionItemKey {
  /** Persons the item affected. */
  readonly persons: number;
  /** Those of them who converted (any conversion event in scope). */
  readonly convertedPersons: number;
  /** convertedPersons ÷ persons; 0 when nobody was affected. */
  readonly conversionRate: number;
  /** The conversion rate of the journey's other persons; null when every person was affected. */
  readonly unaffectedConversionRate: number | null;
  /** persons × (unaffected rate − affected rate), at least 0: conversions the item cost, estimated. */
  readonly conversionLost: number;
}

export interface FrictionResult {
  /** Persons in the journey: with an event matching a step, the conversion or an error. */
  readonly persons: number;
  readonly convertedPersons: number;
  readonly conversionRate: number;
  /** Every item of the query, ranked (docs/analytics.md). */
  readonly items: readonly FrictionItem[];
}

/** Counts per item, in the order of frictionItems. */
export interface FrictionCounts {
  readonly persons: number;
  readonly convertedPersons: number;
  readonly items: readonly { readonly persons: number; readonly convertedPersons: number }[];
}

/** The query's items in their fixed order: errors, abandons after each error, loops, stalls. */
export function frictionItems(friction: ResolvedFriction): FrictionItemKey[] {
  const pairs = friction.steps.slice(0, -1).map((step, index) => ({
    index,
    from: step.label,
    to: friction.steps[index + 1]?.label ?? '',
  }));
  return [
    ...friction.errors.map((error, index) => ({ kind: 'error' as const, index, label: error.label })),
    ...friction.errors.map((error, index) => ({
      kind: 'abandon_after_error' as const,
      index,
      label: error.label,
    })),
    ...pairs.map(({ index, from }) => ({ kind: 'loop' as const, index, label: from })),
    ...pairs.map(({ index, from, to }) => ({ kind: 'stall' as const, index, label: `${from} → ${to}` })),
  ];
}

/** A SQL-safe column name for an item's per-person flag. */
export const frictionFlagName = (item: { readonly kind: FrictionItemKind; readonly index: number }) =>
  `${item.kind}_${item.index}`;

const rate = (part: number, whole: number) => (whole > 0 ? part / whole : 0);

/** The result from counts: rates, conversion lost and the ranking, the same for every engine. */
export function frictionFromCounts(friction: ResolvedFriction, counts: FrictionCounts): FrictionResult {
  const items = frictionItems(friction).map((key, position): FrictionItem & { position: number } => {
    const { persons, convertedPersons } = counts.items[position] ?? { persons: 0, convertedPersons: 0 };
    const unaffected = counts.persons - persons;
    const unaffectedConversionRate =
      unaffected > 0 ? (counts.convertedPersons - convertedPersons) / unaffected : null;
    const conversionRate = rate(convertedPersons, persons);
    const conversionLost =
      unaffectedConversionRate === null
        ? 0
        : Math.max(0, persons * (unaffectedConversionRate - conversionRate));
    return {
      ...key,
      persons,
      convertedPersons,
      conversionRate,
      unaffectedConversionRate,
      conversionLost,
      position,
    };
  });
  const byPersons = (a: FrictionItem, b: FrictionItem) => b.persons - a.persons;
  const byLost = (a: FrictionItem, b: FrictionItem) => b.conversionLost - a.conversionLost;
  const [first, second] = friction.rankBy === 'persons' ? [byPersons, byLost] : [byLost, byPersons];
  return {
    persons: counts.persons,
    convertedPersons: counts.convertedPersons,
    conversionRate: rate(counts.convertedPersons, counts.persons),
    items: items
      .sort((a, b) => first(a, b) || second(a, b) || a.position - b.position)
      .map(({ position: _position, ...item }) => item),
  };
}
