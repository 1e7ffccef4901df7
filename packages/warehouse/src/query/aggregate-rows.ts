import {
  conformanceFromAggregates,
  frictionFromCounts,
  frictionFlagName,
  frictionItems,
  type ConformanceGroup,
  type ConformanceResult,
  type FrictionResult,
  type KeyCredits,
  type ResolvedConformance,
  type ResolvedFriction,
} from '@safar/analytics';
import type { FrictionSelector } from '@safar/core';

/**
 * Engine rows as results, shared by the DuckDB and ClickHouse engines: both name their columns
 * alike, so the TypeScript that turns counts into a result is written once.
 */
type Row = Readonly<Record<string, unknown>>;

/** Conformance: one row per touch count (journeys, fitting, complete, `<deviation>_journeys|occurrences`) and one per move. */
export function conformanceFromRows(
  conformance: ResolvedConformance,
  groupRows: readonly Row[],
  edgeRows: readonly Row[],
): ConformanceResult {
  const count = (row: Row, name: string) => ({
    journeys: Number(row[`${name}_journeys`]),
    occurrences: Number(row[`${name}_occurrences`]),
  });
  const groups: ConformanceGroup[] = groupRows.map((row) => ({
    touches: Number(row['touches']),
    journeys: Number(row['journeys']),
    fitting: Number(row['fitting']),
    complete: Number(row['complete']),
    deviations: {
      skipped: count(row, 'skipped'),
      outOfOrder: count(row, 'out_of_order'),
      loops: count(row, 'loops'),
      unmapped: count(row, 'unmapped'),
    },
  }));
  const edges = edgeRows.map((row) => ({
    source: Number(row['source']),
    target: Number(row['target']),
    journeys: Number(row['journeys']),
    occurrences: Number(row['occurrences']),
  }));
  return conformanceFromAggregates(
    conformance.designed.map((step) => step.label),
    groups,
    edges,
  );
}

/** Friction: one row with `persons`, `converted_persons` and per item `p_<flag>` and `c_<flag>`. */
export function frictionFromRow(friction: ResolvedFriction, row: Row): FrictionResult {
  return frictionFromCounts(friction, {
    persons: Number(row['persons'] ?? 0),
    convertedPersons: Number(row['converted_persons'] ?? 0),
    items: frictionItems(friction).map((item) => ({
      persons: Number(row[`p_${frictionFlagName(item)}`] ?? 0),
      convertedPersons: Number(row[`c_${frictionFlagName(item)}`] ?? 0),
    })),
  });
}

/** The friction item a drill-down selects, or undefined when the query has none such. */
export function selectedFrictionItem(friction: ResolvedFriction, select: FrictionSelector) {
  return frictionItems(friction).find(
    (candidate) => candidate.kind === select.kind && candidate.index === select.index,
  );
}

/** Attribution: one key's sums of the heuristic models, as both engines name the columns. */
export function keyCreditsFromRow(row: Row): KeyCredits {
  return {
    key: String(row['key']),
    conversionsTouched: Number(row['conversions_touched']),
    first_touch: Number(row['first_touch']),
    last_touch: Number(row['last_touch']),
    linear: Number(row['linear']),
    time_decay: Number(row['time_decay']),
    position_based: Number(row['position_based']),
  };
}
