import { boxX, pointX } from './chart-geometry';

const MARGIN = 12;
const HEADER = 44;
const ROW = 28;
const BAR = 14;
/** Room after a bar for its value. */
const VALUE_ROOM = 44;

export interface ModelColumnsLayout {
  readonly width: number;
  readonly height: number;
  /** Where each row's name starts, and each row's baseline. */
  readonly labelX: number;
  readonly rowY: readonly number[];
  /** Per column (model): its header's centre, and per row the bar and where its value starts. */
  readonly columns: readonly {
    readonly centreX: number;
    /** Where its bars start: the column's start edge (its right edge in fa and ar). */
    readonly startX: number;
    readonly bars: readonly { x: number; y: number; width: number; height: number; textX: number }[];
  }[];
}

/**
 * Small multiples for attribution: a row per channel or touchpoint, a column per model, each
 * cell a bar on one shared scale, so a row reads across the models. Columns follow the reading
 * direction (the first model is at the right in fa and ar).
 */
export function modelColumnsLayout(
  values: readonly (readonly number[])[],
  options: { width: number; rtl: boolean },
): ModelColumnsLayout {
  const { width, rtl } = options;
  const models = values.length;
  const rows = Math.max(0, ...values.map((column) => column.length));
  const label = Math.min(200, Math.round(width * 0.2));
  const columnWidth = (width - 2 * MARGIN - label) / Math.max(models, 1);
  const plot = Math.max(10, columnWidth - VALUE_ROOM - 8);
  const biggest = Math.max(Number.MIN_VALUE, ...values.flat());
  const rowY = Array.from({ length: rows }, (_, row) => MARGIN + HEADER + row * ROW);
  return {
    width,
    height: MARGIN * 2 + HEADER + rows * ROW,
    labelX: pointX(MARGIN, width, rtl),
    rowY: rowY.map((y) => y + ROW / 2 + 4),
    columns: values.map((column, index) => {
      const start = MARGIN + label + index * columnWidth;
      return {
        centreX: pointX(start + columnWidth / 2, width, rtl),
        startX: pointX(start, width, rtl),
        bars: rowY.map((y, row) => {
          const barWidth = (Math.max(column[row] ?? 0, 0) / biggest) * plot;
          return {
            x: boxX(start, barWidth, width, rtl),
            y: y + (ROW - BAR) / 2,
            width: barWidth,
            height: BAR,
            textX: pointX(start + barWidth + 4, width, rtl),
          };
        }),
      };
    }),
  };
}

/** A header split over two lines at the space nearest its middle (one line when short). */
export function twoLines(text: string, maxChars: number): [string] | [string, string] {
  if ([...text].length <= maxChars || !text.includes(' ')) return [text];
  const middle = text.length / 2;
  let best = -1;
  for (let index = text.indexOf(' '); index !== -1; index = text.indexOf(' ', index + 1))
    if (best === -1 || Math.abs(index - middle) < Math.abs(best - middle)) best = index;
  return [text.slice(0, best), text.slice(best + 1)];
}
