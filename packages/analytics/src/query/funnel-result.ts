/** Bucket upper bounds for time-to-convert histograms: 1 min, 10 min, 1 h, 1 day, 7 days, more. */
export const TIME_TO_CONVERT_BUCKETS_MS = [
  60_000,
  600_000,
  3_600_000,
  86_400_000,
  604_800_000,
  Infinity,
] as const;

export interface TimeToConvert {
  readonly averageMs: number;
  /** The lower middle value when the count is even. */
  readonly medianMs: number;
  /** Persons per bucket of TIME_TO_CONVERT_BUCKETS_MS. */
  readonly histogram: readonly number[];
}

export interface FunnelStepResult {
  readonly label: string;
  readonly persons: number;
  readonly conversionFromFirst: number;
  readonly conversionFromPrevious: number;
  /** Persons who reached the previous step but not this one (0 for the first step). */
  readonly droppedOff: number;
  /** From the previous step to this one, for the persons who reached it; null for the first step. */
  readonly timeToConvert: TimeToConvert | null;
}

export interface FunnelResult {
  readonly steps: readonly FunnelStepResult[];
  /** Present when the query has a breakdown: one funnel per value, biggest first. */
  readonly breakdown: readonly {
    readonly value: string | null;
    readonly steps: readonly FunnelStepResult[];
  }[];
}

/** One person's best attempt: how far they got, when, and the breakdown value of their step-1 event. */
export interface PersonProgress {
  readonly personId: string;
  readonly level: number;
  readonly times: readonly number[];
  readonly breakdownValue: string | null;
}

export function timeToConvert(durations: readonly number[]): TimeToConvert | null {
  if (durations.length === 0) return null;
  const sorted = [...durations].sort((a, b) => a - b);
  const histogram = TIME_TO_CONVERT_BUCKETS_MS.map(() => 0);
  for (const duration of sorted) {
    const bucket = TIME_TO_CONVERT_BUCKETS_MS.findIndex((bound) => duration < bound);
    histogram[bucket] = (histogram[bucket] ?? 0) + 1;
  }
  return {
    averageMs: sorted.reduce((sum, value) => sum + value, 0) / sorted.length,
    medianMs: sorted[Math.floor((sorted.length - 1) / 2)] ?? 0,
    histogram,
  };
}

/** Step counts, rates and times from each person's progress. */
export function summariseFunnel(
  labels: readonly string[],
  progress: readonly PersonProgress[],
): FunnelStepResult[] {
  const reached = labels.map((_, step) => progress.filter((person) => person.level > step));
  const first = reached[0]?.length ?? 0;
  return labels.map((label, step) => {
    const persons = reached[step]?.length ?? 0;
    const previous = step === 0 ? persons : (reached[step - 1]?.length ?? 0);
    return {
      label,
      persons,
      conversionFromFirst: first === 0 ? 0 : persons / first,
      conversionFromPrevious: previous === 0 ? 0 : persons / previous,
      droppedOff: step === 0 ? 0 : previous - persons,
      timeToConvert:
        step === 0
          ? null
          : timeToConvert(
              (reached[step] ?? []).map(
                (person) => (person.times[step] ?? 0) - (person.times[step - 1] ?? 0),
              ),
            ),
    };
  });
}
