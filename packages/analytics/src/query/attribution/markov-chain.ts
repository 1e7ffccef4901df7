/**
 * The Markov-chain attribution model (docs/analytics.md): a first-order chain over the states
 * start -> touch keys -> conversion | null, its transition probabilities estimated from counted
 * journey paths, and each key's removal effect. Engines count the transitions (in SQL or, for the
 * reference, in TypeScript) and all finish here, so equal counts give bit-for-bit equal credits.
 */

/** How often a path stepped from one state to the next. */
export interface MarkovTransition {
  /** A touch key; null: the path's start. */
  readonly from: string | null;
  /** A touch key; null: the path's end, in the conversion state when `converted`, else in the null state. */
  readonly to: string | null;
  readonly converted: boolean;
  readonly count: number;
}

/** One journey path: its touch keys in journey order, and whether it ended in a conversion. */
export interface MarkovPath {
  readonly keys: readonly string[];
  readonly converted: boolean;
}

/** The transitions of paths with at least one touch; a repeated key (a -> a) is no transition. */
export function pathTransitions(paths: Iterable<MarkovPath>): MarkovTransition[] {
  const counts = new Map<string, MarkovTransition>();
  const count = (from: string | null, to: string | null, converted: boolean) => {
    const id = JSON.stringify([from, to, converted]);
    const previous = counts.get(id)?.count ?? 0;
    counts.set(id, { from, to, converted, count: previous + 1 });
  };
  for (const path of paths) {
    if (path.keys.length === 0) continue;
    path.keys.forEach((key, index) => {
      const previous = index === 0 ? null : (path.keys[index - 1] as string);
      if (previous !== key) count(previous, key, false);
    });
    count(path.keys.at(-1) as string, null, path.converted);
  }
  return [...counts.values()];
}

interface Chain {
  /** Touch keys in code-unit order; state 0 is the start, state i + 1 is keys[i]. */
  readonly keys: readonly string[];
  /** Probability of stepping from a state to a key's state. */
  readonly toKey: readonly (readonly number[])[];
  readonly toConversion: readonly number[];
}

const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function chainOf(transitions: readonly MarkovTransition[]): Chain {
  const keys = [...new Set(transitions.flatMap((transition) => [transition.from, transition.to]))]
    .filter((key): key is string => key !== null)
    .sort(byCodeUnit);
  const stateOf = new Map(keys.map((key, index) => [key, index + 1]));
  const size = keys.length + 1;
  const toKey = Array.from({ length: size }, () => new Array<number>(size).fill(0));
  const toConversion = new Array<number>(size).fill(0);
  const totals = new Array<number>(size).fill(0);
  for (const { from, to, converted, count } of transitions) {
    const state = from === null ? 0 : (stateOf.get(from) as number);
    totals[state] = (totals[state] ?? 0) + count;
    const row = toKey[state] as number[];
    if (to !== null) row[stateOf.get(to) as number] = (row[stateOf.get(to) as number] ?? 0) + count;
    else if (converted) toConversion[state] = (toConversion[state] ?? 0) + count;
  }
  // Counts are integers, so they are exact whatever order they came in; only now do they become probabilities.
  const share = (count: number, state: number) => (totals[state] ? count / (totals[state] as number) : 0);
  return {
    keys,
    toKey: toKey.map((row, state) => row.map((count) => share(count, state))),
    toConversion: toConversion.map(share),
  };
}

/**
 * The probability of reaching the conversion from the start; with `removed`, that key's state
 * sends all its traffic to the null state. Solves (I - Q) x = r by Gaussian elimination with
 * partial pivoting over the remaining key states.
 */
function conversionProbability(chain: Chain, removed: number | null): number {
  const states = chain.keys.map((_, index) => index + 1).filter((state) => state !== removed);
  const matrix = states.map((state) => [
    ...states.map((other) => (state === other ? 1 : 0) - (chain.toKey[state]?.[other] ?? 0)),
    chain.toConversion[state] ?? 0,
  ]);
  const size = states.length;
  for (let column = 0; column < size; column += 1) {
    let pivot = column;
    for (let row = column + 1; row < size; row += 1)
      if (Math.abs(matrix[row]?.[column] ?? 0) > Math.abs(matrix[pivot]?.[column] ?? 0)) pivot = row;
    [matrix[column], matrix[pivot]] = [matrix[pivot] as number[], matrix[column] as number[]];
    const top = matrix[column] as number[];
    for (let row = column + 1; row < size; row += 1) {
      const current = matrix[row] as number[];
      const factor = (current[column] ?? 0) / (top[column] ?? 1);
      if (factor === 0) continue;
      for (let index = column; index <= size; index += 1)
        current[index] = (current[index] ?? 0) - factor * (top[index] ?? 0);
    }
  }
  const solution = new Array<number>(size).fill(0);
  for (let row = size - 1; row >= 0; row -= 1) {
    const current = matrix[row] as number[];
    let value = current[size] ?? 0;
    for (let index = row + 1; index < size; index += 1)
      value -= (current[index] ?? 0) * (solution[index] ?? 0);
    solution[row] = value / (current[row] ?? 1);
  }
  return states.reduce(
    (probability, state, index) => probability + (chain.toKey[0]?.[state] ?? 0) * (solution[index] ?? 0),
    chain.toConversion[0] ?? 0,
  );
}

/** The key states from which the conversion can be reached at all: removing any other key changes nothing. */
function keysReachingConversion(chain: Chain): Set<number> {
  const reaching = new Set<number>();
  let grew = true;
  while (grew) {
    grew = false;
    chain.keys.forEach((_, index) => {
      const state = index + 1;
      if (reaching.has(state)) return;
      const row = chain.toKey[state] ?? [];
      if ((chain.toConversion[state] ?? 0) > 0 || row.some((p, other) => p > 0 && reaching.has(other))) {
        reaching.add(state);
        grew = true;
      }
    });
  }
  return reaching;
}

/** Each key's removal effect: 1 - P(conversion without the key) / P(conversion). */
export function markovRemovalEffects(transitions: readonly MarkovTransition[]): Map<string, number> {
  const chain = chainOf(transitions);
  const whole = conversionProbability(chain, null);
  const reaching = keysReachingConversion(chain);
  return new Map(
    chain.keys.map((key, index) => {
      if (whole <= 0 || !reaching.has(index + 1)) return [key, 0];
      return [key, Math.max(0, 1 - conversionProbability(chain, index + 1) / whole)];
    }),
  );
}

/** `conversions` shared out over the keys in proportion to their removal effects. */
export function markovCredits(
  transitions: readonly MarkovTransition[],
  conversions: number,
): Map<string, number> {
  const effects = markovRemovalEffects(transitions);
  let total = 0;
  for (const effect of effects.values()) total += effect;
  return new Map([...effects].map(([key, effect]) => [key, total > 0 ? (conversions * effect) / total : 0]));
}
