import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BAR_CHART_WIDTH, barRowsLayout } from './bar-rows';

const funnelLayout = (series: readonly (readonly number[])[], rtl: boolean) =>
  barRowsLayout(series, { rtl, between: 26 });

const seriesArbitrary = fc.integer({ min: 1, max: 6 }).chain((steps) =>
  fc.array(fc.array(fc.nat({ max: 100_000 }), { minLength: steps, maxLength: steps }), {
    minLength: 1,
    maxLength: 5,
  }),
);

describe('rows of bars', () => {
  it('are as long as their persons against the biggest bar', () => {
    const layout = funnelLayout([[200, 100, 50]], false);
    const widths = layout.rows.map((row) => row.bars[0]?.width ?? 0);
    expect(widths[1]).toBeCloseTo((widths[0] ?? 0) / 2);
    expect(widths[2]).toBeCloseTo((widths[0] ?? 0) / 4);
    expect(layout.rows.map((row) => row.betweenY === null)).toEqual([false, false, true]);
  });

  it('grow from the left in LTR and from the right in RTL', () => {
    const [ltr] = funnelLayout([[10]], false).rows[0]?.bars ?? [];
    const [rtl] = funnelLayout([[10]], true).rows[0]?.bars ?? [];
    expect(ltr?.x).toBe(16);
    expect((rtl?.x ?? 0) + (rtl?.width ?? 0)).toBe(BAR_CHART_WIDTH - 16);
    expect(ltr?.textX).toBeGreaterThan((ltr?.x ?? 0) + (ltr?.width ?? 0));
    expect(rtl?.textX).toBeLessThan(rtl?.x ?? 0);
  });

  it('mirror exactly: same sizes and rows, x reflected, everything inside the chart', () => {
    fc.assert(
      fc.property(seriesArbitrary, (series) => {
        const ltr = funnelLayout(series, false);
        const rtl = funnelLayout(series, true);
        expect(rtl.height).toBe(ltr.height);
        expect(rtl.labelX).toBe(ltr.width - ltr.labelX);
        ltr.rows.forEach((row, step) => {
          const mirrored = rtl.rows[step];
          expect(mirrored?.labelY).toBe(row.labelY);
          row.bars.forEach((bar, index) => {
            const other = mirrored?.bars[index];
            expect(other?.width).toBeCloseTo(bar.width, 9);
            expect(other?.y).toBe(bar.y);
            expect(other?.x).toBeCloseTo(ltr.width - bar.x - bar.width, 9);
            expect(other?.textX).toBeCloseTo(ltr.width - bar.textX, 9);
            expect(bar.x).toBeGreaterThanOrEqual(0);
            expect(bar.x + bar.width).toBeLessThanOrEqual(ltr.width);
          });
        });
      }),
    );
  });

  it('never overlap: rows and bars go down the chart', () => {
    fc.assert(
      fc.property(seriesArbitrary, (series) => {
        const bars = funnelLayout(series, false).rows.flatMap((row) => row.bars);
        bars.slice(1).forEach((bar, index) => {
          const previous = bars[index];
          expect(bar.y).toBeGreaterThanOrEqual((previous?.y ?? 0) + (previous?.height ?? 0));
        });
      }),
    );
  });

  it('scale each series on its own when asked (persons beside conversions lost)', () => {
    const layout = barRowsLayout(
      [
        [100, 50],
        [2, 4],
      ],
      { rtl: false, sharedScale: false },
    );
    const [first, second] = layout.rows;
    expect(first?.bars[0]?.width).toBeCloseTo(second?.bars[1]?.width ?? 0);
    expect(second?.bars[0]?.width).toBeCloseTo(first?.bars[1]?.width ?? 0);
  });
});
