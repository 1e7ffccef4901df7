import { ATTRIBUTION_MODELS, NO_TOUCH_KEY, type AttributionModel } from '@safar/core';
import type { ResolvedStep } from '../match-event.js';
import { markovCredits, type MarkovTransition } from './markov-chain.js';

export interface ResolvedAttribution {
  readonly conversion: ResolvedStep;
  /** Touches keyed by their channel, or by the index (as text) of the first touchpoint they match. */
  readonly by:
    | { readonly kind: 'channel' }
    | { readonly kind: 'touchpoints'; readonly touchpoints: readonly ResolvedStep[] };
  readonly lookbackMs: number;
  readonly halfLifeMs: number;
  readonly models: readonly AttributionModel[];
}

export type AttributionCredits = Readonly<Partial<Record<AttributionModel, number>>>;

export interface AttributionRow {
  /** The channel, the touchpoint's index in `by.touchpoints` as text, or "(none)". */
  readonly key: string;
  readonly label: string;
  /** Conversions with a touch of this key among their credited touches; for "(none)", those with none. */
  readonly conversionsTouched: number;
  /** The conversions credited to this key, per requested model. */
  readonly credits: AttributionCredits;
}

export interface AttributionResult {
  /** Conversion events counted; every model's credits sum to this. */
  readonly conversions: number;
  readonly rows: readonly AttributionRow[];
}

/** What an engine sums per key over credited touches, for the models other than Markov. */
export interface KeyCredits {
  readonly key: string;
  readonly conversionsTouched: number;
  readonly first_touch: number;
  readonly last_touch: number;
  readonly linear: number;
  readonly time_decay: number;
  readonly position_based: number;
}

/** The aggregate every engine hands over: small, whatever the number of events. */
export interface AttributionAggregate {
  readonly conversions: number;
  /** Conversions with no touch in their lookback, credited to "(none)" by every model. */
  readonly untouched: number;
  readonly keys: readonly KeyCredits[];
  readonly transitions: readonly MarkovTransition[];
}

/** Position-based share of the touch at `position` (0-based) of `touches`: 40/20/40; one touch 100%, two 50/50. */
export function positionShare(position: number, touches: number): number {
  if (touches === 1) return 1;
  if (touches === 2) return 0.5;
  return position === 0 || position === touches - 1 ? 0.4 : 0.2 / (touches - 2);
}

/**
 * Time-decay weight of a touch, before normalising per conversion: 2^-(age / half-life). Ages
 * are taken from the conversion's last touch rather than from the conversion itself, which
 * scales every weight of a conversion alike (so the normalised shares are the same) and keeps
 * the largest weight at 1, where old touches would otherwise underflow to 0 / 0.
 */
export const decayWeight = (touchTs: number, lastTouchTs: number, halfLifeMs: number) =>
  2 ** ((touchTs - lastTouchTs) / halfLifeMs);

const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function labelOf(key: string, attribution: ResolvedAttribution): string {
  if (key === NO_TOUCH_KEY || attribution.by.kind === 'channel') return key;
  return attribution.by.touchpoints[Number(key)]?.label ?? key;
}

/**
 * The result from an engine's aggregate: a row per key that a conversion's touches credited or
 * that the Markov model credits, plus "(none)"; most conversions touched first, "(none)" last
 * among equals, then by key.
 */
export function attributionResult(
  attribution: ResolvedAttribution,
  aggregate: AttributionAggregate,
): AttributionResult {
  const models = ATTRIBUTION_MODELS.filter((model) => attribution.models.includes(model));
  const markov = models.includes('markov')
    ? markovCredits(aggregate.transitions, aggregate.conversions - aggregate.untouched)
    : new Map<string, number>();
  const summed = new Map(aggregate.keys.map((credits) => [credits.key, credits]));
  // The Markov model also credits keys seen only on paths that did not convert.
  const keys = new Set([
    ...summed.keys(),
    ...[...markov].filter(([, credit]) => credit > 0).map(([key]) => key),
  ]);
  const rows: AttributionRow[] = [...keys].map((key) => {
    const credits = summed.get(key);
    return {
      key,
      label: labelOf(key, attribution),
      conversionsTouched: credits?.conversionsTouched ?? 0,
      credits: Object.fromEntries(
        models.map((model) => [model, model === 'markov' ? (markov.get(key) ?? 0) : (credits?.[model] ?? 0)]),
      ),
    };
  });
  if (aggregate.untouched > 0)
    rows.push({
      key: NO_TOUCH_KEY,
      label: NO_TOUCH_KEY,
      conversionsTouched: aggregate.untouched,
      credits: Object.fromEntries(models.map((model) => [model, aggregate.untouched])),
    });
  return {
    conversions: aggregate.conversions,
    rows: rows.sort(
      (a, b) =>
        b.conversionsTouched - a.conversionsTouched ||
        (a.key === NO_TOUCH_KEY ? 1 : 0) - (b.key === NO_TOUCH_KEY ? 1 : 0) ||
        byCodeUnit(a.key, b.key),
    ),
  };
}
