/**
 * One person's funnel, walked over their events in journey order (docs/analytics.md, "Funnels on
 * DuckDB"). DuckDB gathers each person's events into lists and hands them here, so the walk is a
 * scan of a few small arrays where SQL needed window sorts and self-joins over every event.
 *
 * Each event carries a bit mask: bit k when it matches step k, bit `steps + x` when it matches
 * exclusion x. Semantics are the reference engine's (reference-funnel.ts), found here with
 * next-match tables instead of rescans, so a person's walk costs (events × steps).
 */
export interface FunnelPlan {
  readonly order: 'ordered' | 'strict' | 'unordered';
  readonly steps: number;
  readonly windowMs: number;
  /** Exclusion x between steps `from` and `to`: bit `steps + x`. */
  readonly exclusions: readonly { readonly from: number; readonly to: number }[];
}

/**
 * Walks journeys for one plan. A query walks a million of them, so nothing is allocated per
 * person: the journey is a slice (offset, length) of arrays shared by many persons, and the
 * result stays in the walker until the next walk.
 */
export class FunnelWalker {
  readonly #steps: number;
  readonly #windowMs: number;
  readonly #order: FunnelPlan['order'];
  readonly #exclusions: FunnelPlan['exclusions'];
  #next: Int32Array[] = [];
  readonly #positions: Int32Array;
  /** The counted attempt: its first event (an index into the slice) and its step times. */
  #start = -1;
  readonly #times: Float64Array;
  #level = 0;

  constructor(plan: FunnelPlan) {
    this.#steps = plan.steps;
    this.#windowMs = plan.windowMs;
    this.#order = plan.order;
    this.#exclusions = plan.exclusions;
    this.#positions = new Int32Array(plan.steps);
    this.#times = new Float64Array(plan.steps);
  }

  /**
   * Finds the furthest attempt, the earliest among equals, in the events `offset … offset+length`
   * of `times` (ms) and `masks`, which must be in journey order. Returns its level: 0 when no
   * attempt starts (or every one is excluded).
   */
  walk(times: Float64Array, masks: Int32Array, offset: number, length: number): number {
    this.#start = -1;
    this.#level = 0;
    if (this.#order === 'unordered') this.#bestUnordered(times, masks, offset, length);
    else this.#bestInOrder(times, masks, offset, length);
    return this.#level;
  }

  /** The counted attempt's first event, as an index into the slice walked. */
  get start(): number {
    return this.#start;
  }

  /** The counted attempt's time at step k (k < level). */
  time(step: number): number {
    return this.#times[step] as number;
  }

  #bestInOrder(times: Float64Array, masks: Int32Array, offset: number, length: number): void {
    const steps = this.#steps;
    const windowMs = this.#windowMs;
    const next = this.#order === 'ordered' ? this.#nextMatches(masks, offset, length) : null;
    const positions = this.#positions;
    for (let start = 0; start < length && this.#level < steps; start += 1) {
      if (((masks[offset + start] as number) & 1) === 0) continue;
      const origin = times[offset + start] as number;
      positions[0] = start;
      let reached = 1;
      for (; reached < steps; reached += 1) {
        const last = positions[reached - 1] as number;
        const candidate = next ? ((next[reached] as Int32Array)[last] as number) : last + 1;
        if (candidate < 0 || candidate >= length) break;
        if ((times[offset + candidate] as number) - origin > windowMs) break;
        // Strict: the very next event must match.
        if (((masks[offset + candidate] as number) & (1 << reached)) === 0) break;
        positions[reached] = candidate;
      }
      if (reached <= this.#level) continue;
      if (this.#exclusions.length > 0 && this.#excluded(times, masks, offset, length, reached)) continue;
      this.#start = start;
      this.#level = reached;
      for (let step = 0; step < reached; step += 1)
        this.#times[step] = times[offset + (positions[step] as number)] as number;
    }
  }

  /** next[k][i]: the first event after i matching step k, or -1; built backwards, one pass per step. */
  #nextMatches(masks: Int32Array, offset: number, length: number): Int32Array[] {
    if ((this.#next[0]?.length ?? 0) < length)
      this.#next = Array.from({ length: this.#steps }, () => new Int32Array(length * 2));
    for (let step = 1; step < this.#steps; step += 1) {
      const table = this.#next[step] as Int32Array;
      const bit = 1 << step;
      let following = -1;
      for (let index = length - 1; index >= 0; index -= 1) {
        table[index] = following;
        if (((masks[offset + index] as number) & bit) !== 0) following = index;
      }
    }
    return this.#next;
  }

  /**
   * An exclusion event after the attempt's `from` step and before its `to` step (or the window's
   * end, if `to` was not reached); the attempt is in #positions, `reached` steps long.
   */
  #excluded(
    times: Float64Array,
    masks: Int32Array,
    offset: number,
    length: number,
    reached: number,
  ): boolean {
    const positions = this.#positions;
    const origin = times[offset + (positions[0] as number)] as number;
    return this.#exclusions.some(({ from, to }, x) => {
      if (from >= reached) return false;
      const bit = 1 << (this.#steps + x);
      const end = to < reached ? (positions[to] as number) : length;
      for (let index = (positions[from] as number) + 1; index < end; index += 1) {
        if (to >= reached && (times[offset + index] as number) - origin > this.#windowMs) break;
        if (((masks[offset + index] as number) & bit) !== 0) return true;
      }
      return false;
    });
  }

  /** Unordered: from every event matching any step, the first time each step is met within the window. */
  #bestUnordered(times: Float64Array, masks: Int32Array, offset: number, length: number): void {
    const steps = this.#steps;
    const stepBits = (1 << steps) - 1;
    const met = this.#positions;
    for (let start = 0; start < length && this.#level < steps; start += 1) {
      if (((masks[offset + start] as number) & stepBits) === 0) continue;
      const origin = times[offset + start] as number;
      let count = 0;
      let pending = stepBits;
      for (let index = start; index < length && pending !== 0; index += 1) {
        if ((times[offset + index] as number) - origin > this.#windowMs) break;
        let matched = (masks[offset + index] as number) & pending;
        pending &= ~matched;
        // One event may meet several steps at once: one time for each.
        for (; matched !== 0; matched &= matched - 1) met[count++] = index;
      }
      if (count <= this.#level) continue;
      this.#start = start;
      this.#level = count;
      for (let step = 0; step < count; step += 1)
        this.#times[step] = times[offset + (met[step] as number)] as number;
    }
  }
}
