import { boxX } from './chart-geometry';

export const HISTOGRAM_WIDTH = 760;
export const HISTOGRAM_HEIGHT = 240;
const MARGIN = 16;
const AXIS = 40;
const TOP = 28;

export interface HistogramBar {
  readonly index: number;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  /** The middle of the bar, for its count above and its category below. */
  readonly centreX: number;
}

/**
 * Vertical bars in category order (e.g. touches per journey, fewest first): left to right, and
 * right to left in fa and ar, heights against the biggest count.
 */
export function histogramLayout(counts: readonly number[], rtl: boolean, width = HISTOGRAM_WIDTH) {
  const plotHeight = HISTOGRAM_HEIGHT - TOP - AXIS;
  const band = (width - 2 * MARGIN) / Math.max(counts.length, 1);
  const barWidth = Math.min(64, band * 0.8);
  const biggest = Math.max(Number.MIN_VALUE, ...counts);
  const baseline = TOP + plotHeight;
  const bars = counts.map((count, index): HistogramBar => {
    const height = (Math.max(count, 0) / biggest) * plotHeight;
    const x = boxX(MARGIN + index * band + (band - barWidth) / 2, barWidth, width, rtl);
    return { index, x, y: baseline - height, width: barWidth, height, centreX: x + barWidth / 2 };
  });
  return { width, height: HISTOGRAM_HEIGHT, baseline, bars };
}
