import type { RetentionPeriod } from '@safar/core';
import { boxX } from './chart-geometry';

const MARGIN = 8;
const COHORT_WIDTH = 150;
const PERSONS_WIDTH = 90;
export const HEATMAP_ROW = 30;

export interface HeatmapColumn {
  /** -2: the cohort's name, -1: its persons, n >= 1: the n-th period after the cohort's. */
  readonly period: number;
  readonly x: number;
  readonly width: number;
}

export interface HeatmapLayout {
  readonly width: number;
  readonly height: number;
  readonly columns: readonly HeatmapColumn[];
  /** Top of each cohort's row; the header row is at MARGIN. */
  readonly rowY: readonly number[];
}

/**
 * The retention table: cohort, its persons, then one column per later period. Periods run with
 * time: left to right, and right to left in fa and ar.
 */
export function heatmapLayout(cohorts: number, periods: number, rtl: boolean): HeatmapLayout {
  const cell = Math.max(46, Math.min(76, Math.floor(560 / Math.max(periods, 1))));
  const width = 2 * MARGIN + COHORT_WIDTH + PERSONS_WIDTH + periods * cell;
  const logical: { period: number; x: number; width: number }[] = [
    { period: -2, x: MARGIN, width: COHORT_WIDTH },
    { period: -1, x: MARGIN + COHORT_WIDTH, width: PERSONS_WIDTH },
    ...Array.from({ length: periods }, (_, index) => ({
      period: index + 1,
      x: MARGIN + COHORT_WIDTH + PERSONS_WIDTH + index * cell,
      width: cell,
    })),
  ];
  return {
    width,
    height: 2 * MARGIN + (cohorts + 1) * HEATMAP_ROW,
    columns: logical.map((column) => ({ ...column, x: boxX(column.x, column.width, width, rtl) })),
    rowY: Array.from({ length: cohorts }, (_, index) => MARGIN + (index + 1) * HEATMAP_ROW),
  };
}

const mix = (from: number, to: number, share: number) => Math.round(from + (to - from) * share);
const hex = (value: number) => value.toString(16).padStart(2, '0');

/** A cell's colour by its share: from near white to the accent blue, with text that stays readable. */
export function heatColour(share: number): { fill: string; text: string } {
  const amount = Math.sqrt(Math.min(1, Math.max(0, share)));
  const fill = `#${hex(mix(0xf1, 0x1f, amount))}${hex(mix(0xf5, 0x4a, amount))}${hex(mix(0xfd, 0xb8, amount))}`;
  return { fill, text: amount > 0.55 ? '#ffffff' : '#1c2430' };
}

/** The first instant of the n-th period after a cohort's (UTC days, ISO weeks, calendar months). */
export function periodStartAfter(cohort: string, periods: number, period: RetentionPeriod): number {
  const start = new Date(cohort);
  if (period === 'month') return Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + periods, 1);
  return start.getTime() + periods * (period === 'week' ? 7 : 1) * 86_400_000;
}

/** Whether a cohort's n-th period had begun before the query's range ended (later ones are not known yet). */
export const periodObserved = (cohort: string, periods: number, period: RetentionPeriod, rangeTo: string) =>
  periodStartAfter(cohort, periods, period) < Date.parse(rangeTo);
