import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HISTOGRAM_WIDTH, histogramLayout } from './histogram-geometry';

describe('histogram bars', () => {
  it('stand on one baseline, the biggest reaching the top of the plot', () => {
    const { bars, baseline } = histogramLayout([2, 8, 4], false);
    for (const bar of bars) expect(bar.y + bar.height).toBeCloseTo(baseline);
    expect(bars[1]?.height).toBeCloseTo((bars[0]?.height ?? 0) * 4);
    expect(bars[0]?.x).toBeLessThan(bars[2]?.x ?? 0);
    const rtl = histogramLayout([2, 8, 4], true).bars;
    expect(rtl[0]?.x).toBeGreaterThan(rtl[2]?.x ?? 0);
  });

  it('mirror in RTL, keeping sizes, all inside the chart', () => {
    fc.assert(
      fc.property(fc.array(fc.nat({ max: 10_000 }), { maxLength: 40 }), (counts) => {
        const ltr = histogramLayout(counts, false).bars;
        const rtl = histogramLayout(counts, true).bars;
        ltr.forEach((bar, index) => {
          expect(rtl[index]?.height).toBe(bar.height);
          expect(rtl[index]?.width).toBe(bar.width);
          expect(rtl[index]?.x).toBeCloseTo(HISTOGRAM_WIDTH - bar.x - bar.width, 9);
          expect(bar.x).toBeGreaterThanOrEqual(0);
          expect(bar.x + bar.width).toBeLessThanOrEqual(HISTOGRAM_WIDTH);
        });
      }),
    );
  });
});
