import type { EmotionScale } from '@safar/core';

export const STEP_WIDTH = 200;
export const CURVE_HEIGHT = 140;
const PADDING = 16;

/** Centre of column `index`; in right-to-left maps the first column is on the right. */
export function columnCentre(index: number, columnCount: number, rtl: boolean): number {
  const ltr = index * STEP_WIDTH + STEP_WIDTH / 2;
  return rtl ? columnCount * STEP_WIDTH - ltr : ltr;
}

export function scoreToY(score: number, scale: EmotionScale): number {
  return PADDING + ((scale.max - score) / (scale.max - scale.min)) * (CURVE_HEIGHT - 2 * PADDING);
}

export function yToScore(y: number, scale: EmotionScale): number {
  const fraction = (y - PADDING) / (CURVE_HEIGHT - 2 * PADDING);
  const score = Math.round(scale.max - fraction * (scale.max - scale.min));
  return Math.min(scale.max, Math.max(scale.min, score));
}

/** A smooth line through the points (Catmull-Rom turned into cubic Béziers). */
export function smoothPath(points: readonly { x: number; y: number }[]): string {
  const first = points[0];
  if (!first) return '';
  let path = `M ${first.x} ${first.y}`;
  for (let index = 0; index < points.length - 1; index++) {
    const p0 = points[index - 1] ?? points[index];
    const p1 = points[index];
    const p2 = points[index + 1];
    const p3 = points[index + 2] ?? p2;
    if (!p0 || !p1 || !p2 || !p3) continue;
    const c1 = { x: p1.x + (p2.x - p0.x) / 6, y: p1.y + (p2.y - p0.y) / 6 };
    const c2 = { x: p2.x - (p3.x - p1.x) / 6, y: p2.y - (p3.y - p1.y) / 6 };
    path += ` C ${c1.x} ${c1.y}, ${c2.x} ${c2.y}, ${p2.x} ${p2.y}`;
  }
  return path;
}
