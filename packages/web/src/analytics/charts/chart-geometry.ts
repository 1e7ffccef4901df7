/**
 * Charts are laid out left to right and mirrored for fa and ar: a box [x, x + width] of a chart
 * `chartWidth` wide moves to the same distance from the other edge. Text anchors stay logical
 * ("start", "end") and follow the <svg>'s `direction`.
 */
export const boxX = (x: number, width: number, chartWidth: number, rtl: boolean) =>
  rtl ? chartWidth - x - width : x;

export const pointX = (x: number, chartWidth: number, rtl: boolean) => (rtl ? chartWidth - x : x);

/** Wraps text in Unicode first-strong isolates: <bdi> for SVG, so `/cart` stays `/cart` in Persian. */
export const isolate = (text: string) => `\u2068${text}\u2069`;

/** Shortens a long name for a chart label (the full name goes in its <title>). */
export function shorten(text: string, max: number): string {
  const characters = [...text];
  return characters.length <= max ? text : `${characters.slice(0, max - 1).join('')}…`;
}

/** A colour per series, distinct in print and for the common colour-vision deficiencies (Okabe–Ito). */
export const SERIES_COLOURS = [
  '#2f5fd0',
  '#e69f00',
  '#009e73',
  '#cc79a7',
  '#56b4e9',
  '#d55e00',
  '#6b7280',
  '#f0c808',
] as const;
export const seriesColour = (index: number) => SERIES_COLOURS[index % SERIES_COLOURS.length] ?? '#2f5fd0';
