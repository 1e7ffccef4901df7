import { boxX, pointX } from './chart-geometry';

export const BAR_CHART_WIDTH = 760;
const MARGIN = 16;
/** Room after the longest bar for its numbers. */
const NUMBERS_WIDTH = 230;
const LABEL_HEIGHT = 24;
const GAP = 4;

export interface BarBox {
  readonly series: number;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  /** Where the bar's numbers start: just past its end, in the reading direction. */
  readonly textX: number;
}

export interface BarRowBox {
  /** The row's index. */
  readonly step: number;
  /** Baseline of the step's label, which starts at `labelX`. */
  readonly labelY: number;
  readonly bars: readonly BarBox[];
  /** Baseline of a line of text between this row and the next (a funnel's drop-off); null on the last row. */
  readonly betweenY: number | null;
}

export interface BarRowsLayout {
  readonly width: number;
  readonly height: number;
  readonly labelX: number;
  readonly rows: readonly BarRowBox[];
}

export interface BarRowsOptions {
  readonly rtl: boolean;
  /** Room between rows for a line of text (0: none). */
  readonly between?: number;
  /** Whether every series shares one scale (persons against persons) or each has its own. */
  readonly sharedScale?: boolean;
  /** The chart's width (default BAR_CHART_WIDTH). */
  readonly width?: number;
}

/**
 * Rows of horizontal bars: one row per item (a funnel step, a channel, a friction item), one bar
 * per series (the whole funnel or each breakdown group; each model; persons and conversions
 * lost), as long as its value against the biggest value of its scale, growing from the start
 * edge (the right one in fa and ar). `series[s][row]` is the value of series s in that row.
 */
export function barRowsLayout(
  series: readonly (readonly number[])[],
  options: BarRowsOptions,
): BarRowsLayout {
  const { rtl, between = 0, sharedScale = true, width = BAR_CHART_WIDTH } = options;
  const rowCount = Math.max(0, ...series.map((values) => values.length));
  const biggest = (values: readonly number[]) =>
    Math.max(Number.MIN_VALUE, ...values.map((v) => Math.max(v, 0)));
  const shared = biggest(series.flat());
  const scales = series.map((values) => (sharedScale ? shared : biggest(values)));
  const plot = width - 2 * MARGIN - NUMBERS_WIDTH;
  const barHeight = series.length > 1 ? 16 : 26;
  const rows: BarRowBox[] = [];
  let y = MARGIN;
  for (let row = 0; row < rowCount; row += 1) {
    const labelY = y + 16;
    y += LABEL_HEIGHT;
    const bars = series.map((values, index) => {
      const barWidth = (Math.max(values[row] ?? 0, 0) / (scales[index] ?? 1)) * plot;
      const bar = {
        series: index,
        x: boxX(MARGIN, barWidth, width, rtl),
        y,
        width: barWidth,
        height: barHeight,
        textX: pointX(MARGIN + barWidth + 8, width, rtl),
      };
      y += barHeight + GAP;
      return bar;
    });
    const last = row === rowCount - 1;
    rows.push({ step: row, labelY, bars, betweenY: last || between === 0 ? null : y + 14 });
    if (!last) y += between === 0 ? 8 : between;
  }
  return { width, height: y + MARGIN, labelX: pointX(MARGIN, width, rtl), rows };
}
