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

/**
 * What an engine computes per step, in exact integers, so the reference and the SQL engines
 * produce the same numbers: persons reaching the step, and their times from the previous step.
 */
export interface StepAggregate {
  readonly persons: number;
  readonly durationSumMs: number;
  /** The lower middle duration; null for the first step or when nobody reached it. */
  readonly durationMedianMs: number | null;
  readonly histogram: readonly number[];
}

export function bucketOf(durationMs: number): number {
  return TIME_TO_CONVERT_BUCKETS_MS.findIndex((bound) => durationMs < bound);
}

export function aggregateProgress(stepCount: number, progress: readonly PersonProgress[]): StepAggregate[] {
  return Array.from({ length: stepCount }, (_, step) => {
    const reached = progress.filter((person) => person.level > step);
    if (step === 0)
      return { persons: reached.length, durationSumMs: 0, durationMedianMs: null, histogram: [] };
    const durations = reached
      .map((person) => (person.times[step] ?? 0) - (person.times[step - 1] ?? 0))
      .sort((a, b) => a - b);
    const histogram = TIME_TO_CONVERT_BUCKETS_MS.map(() => 0);
    for (const duration of durations)
      histogram[bucketOf(duration)] = (histogram[bucketOf(duration)] ?? 0) + 1;
    return {
      persons: reached.length,
      durationSumMs: durations.reduce((sum, value) => sum + value, 0),
      durationMedianMs:
        durations.length === 0 ? null : (durations[Math.floor((durations.length - 1) / 2)] ?? null),
      histogram,
    };
  });
}

/** Rates, drop-off and time to convert from each step's aggregate. */
export function stepsFromAggregates(
  labels: readonly string[],
  aggregates: readonly StepAggregate[],
): FunnelStepResult[] {
  const first = aggregates[0]?.persons ?? 0;
  return labels.map((label, step) => {
    const aggregate = aggregates[step] ?? {
      persons: 0,
      durationSumMs: 0,
      durationMedianMs: null,
      histogram: [],
    };
    const persons = aggregate.persons;
    const previous = step === 0 ? persons : (aggregates[step - 1]?.persons ?? 0);
    return {
      label,
      persons,
      conversionFromFirst: first === 0 ? 0 : persons / first,
      conversionFromPrevious: previous === 0 ? 0 : persons / previous,
      droppedOff: step === 0 ? 0 : previous - persons,
      timeToConvert:
        step === 0 || persons === 0 || aggregate.durationMedianMs === null
          ? null
          : {
              averageMs: aggregate.durationSumMs / persons,
              medianMs: aggregate.durationMedianMs,
              histogram: TIME_TO_CONVERT_BUCKETS_MS.map((_, bucket) => aggregate.histogram[bucket] ?? 0),
            },
    };
  });
}

/** Step counts, rates and times from each person's progress. */
export function summariseFunnel(
  labels: readonly string[],
  progress: readonly PersonProgress[],
): FunnelStepResult[] {
  return stepsFromAggregates(labels, aggregateProgress(labels.length, progress));
}
