import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { heatColour, heatmapLayout, periodObserved, periodStartAfter } from './heatmap-geometry';

const luminance = (fill: string) => {
  const [r, g, b] = [1, 3, 5].map((at) => parseInt(fill.slice(at, at + 2), 16));
  return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
};

describe('the retention heat map', () => {
  it('runs periods with time: left to right, right to left in RTL', () => {
    const ltr = heatmapLayout(3, 4, false);
    const rtl = heatmapLayout(3, 4, true);
    const x = (layout: typeof ltr, period: number) =>
      layout.columns.find((c) => c.period === period)?.x ?? NaN;
    expect(x(ltr, 1)).toBeLessThan(x(ltr, 4));
    expect(x(rtl, 1)).toBeGreaterThan(x(rtl, 4));
    expect(x(rtl, -2)).toBeGreaterThan(x(rtl, -1));
    expect(ltr.rowY).toHaveLength(3);
  });

  it('mirrors columns without changing their widths', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 52 }), fc.nat({ max: 30 }), (periods, cohorts) => {
        const ltr = heatmapLayout(cohorts, periods, false);
        const rtl = heatmapLayout(cohorts, periods, true);
        expect(rtl.width).toBe(ltr.width);
        ltr.columns.forEach((column, index) => {
          expect(rtl.columns[index]?.width).toBe(column.width);
          expect(rtl.columns[index]?.x).toBe(ltr.width - column.x - column.width);
          expect(column.x).toBeGreaterThanOrEqual(0);
          expect(column.x + column.width).toBeLessThanOrEqual(ltr.width);
        });
      }),
    );
  });

  it('darkens with the share, with text that stays readable', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (a, b) => {
          const [low, high] = a <= b ? [a, b] : [b, a];
          expect(luminance(heatColour(high).fill)).toBeLessThanOrEqual(
            luminance(heatColour(low).fill) + 1e-9,
          );
        },
      ),
    );
    expect(heatColour(0).text).toBe('#1c2430');
    expect(heatColour(1).text).toBe('#ffffff');
  });

  it('knows which periods had begun before the range ended', () => {
    expect(new Date(periodStartAfter('2026-01-31T00:00:00.000Z', 1, 'month')).toISOString()).toBe(
      '2026-02-01T00:00:00.000Z',
    );
    expect(new Date(periodStartAfter('2026-11-02T00:00:00.000Z', 2, 'week')).toISOString()).toBe(
      '2026-11-16T00:00:00.000Z',
    );
    expect(periodObserved('2026-11-16T00:00:00.000Z', 1, 'week', '2026-11-24T00:00:00Z')).toBe(true);
    expect(periodObserved('2026-11-16T00:00:00.000Z', 2, 'week', '2026-11-24T00:00:00Z')).toBe(false);
  });
});
