import type { AttributionModel, ConformanceDeviation, DfgNode, FrictionKind } from '@safar/core';

/** The answers of `POST /api/workspaces/:ws/analytics/<kind>` (server/src/http/routes/*-routes.ts). */
export interface FunnelStepResult {
  readonly label: string;
  readonly persons: number;
  readonly conversionFromFirst: number;
  readonly conversionFromPrevious: number;
  readonly droppedOff: number;
  readonly timeToConvert: {
    readonly averageMs: number;
    readonly medianMs: number;
    readonly histogram: readonly number[];
  } | null;
}

export interface FunnelResult {
  readonly steps: readonly FunnelStepResult[];
  readonly breakdown: readonly {
    readonly value: string | null;
    readonly steps: readonly FunnelStepResult[];
  }[];
}

export interface PathEdge {
  readonly level: number;
  readonly source: string;
  readonly target: string;
  readonly persons: number;
}
export interface PathsResult {
  readonly edges: readonly PathEdge[];
}

export interface RetentionCohort {
  /** ISO start of the cohort's period. */
  readonly cohort: string;
  readonly persons: number;
  /** Persons returning in periods 1..n after the cohort's own. */
  readonly returned: readonly number[];
  readonly rates: readonly number[];
}
export interface RetentionResult {
  readonly cohorts: readonly RetentionCohort[];
}

export interface AttributionRow {
  readonly key: string;
  readonly label: string;
  readonly conversionsTouched: number;
  readonly credits: Partial<Record<AttributionModel, number>>;
}
export interface AttributionResult {
  readonly conversions: number;
  readonly rows: readonly AttributionRow[];
}

export interface FrictionItem {
  readonly kind: FrictionKind;
  readonly index: number;
  readonly label: string;
  readonly persons: number;
  readonly convertedPersons: number;
  readonly conversionRate: number;
  readonly unaffectedConversionRate: number | null;
  readonly conversionLost: number;
}
export interface FrictionResult {
  readonly persons: number;
  readonly convertedPersons: number;
  readonly conversionRate: number;
  readonly items: readonly FrictionItem[];
}

export interface ConformanceCount {
  readonly journeys: number;
  readonly occurrences: number;
}
export interface ConformanceResult {
  readonly steps: readonly string[];
  readonly journeys: number;
  readonly fitting: number;
  readonly fitShare: number;
  readonly complete: number;
  readonly completeShare: number;
  readonly deviations: Record<ConformanceDeviation, ConformanceCount>;
  readonly edges: readonly {
    readonly source: DfgNode;
    readonly target: DfgNode;
    readonly journeys: number;
    readonly occurrences: number;
    readonly designed: boolean;
  }[];
  readonly touchpointCount: {
    readonly expected: number;
    readonly fewer: number;
    readonly equal: number;
    readonly more: number;
    readonly average: number | null;
    readonly median: number | null;
    readonly histogram: readonly { readonly touches: number; readonly journeys: number }[];
  };
}
