import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { modelColumnsLayout, twoLines } from './model-columns';

const valuesArbitrary = fc.integer({ min: 1, max: 8 }).chain((rows) =>
  fc.array(fc.array(fc.double({ min: 0, max: 1_000, noNaN: true }), { minLength: rows, maxLength: rows }), {
    minLength: 1,
    maxLength: 6,
  }),
);

describe('attribution small multiples', () => {
  it('share one scale across models and keep each bar in its column', () => {
    fc.assert(
      fc.property(valuesArbitrary, fc.integer({ min: 480, max: 1400 }), (values, width) => {
        const layout = modelColumnsLayout(values, { width, rtl: false });
        const ratio = new Set<number>();
        layout.columns.forEach((column, model) => {
          column.bars.forEach((bar, row) => {
            const value = values[model]?.[row] ?? 0;
            if (value > 1e-6) ratio.add(Math.round((bar.width / value) * 1e6));
            expect(bar.x).toBeGreaterThanOrEqual(0);
            const next = layout.columns[model + 1]?.bars[row];
            if (next) expect(bar.textX).toBeLessThan(next.x);
          });
        });
        expect(ratio.size).toBeLessThanOrEqual(1);
      }),
    );
  });

  it('mirror in RTL: the first model at the right, bars growing leftwards', () => {
    fc.assert(
      fc.property(valuesArbitrary, (values) => {
        const ltr = modelColumnsLayout(values, { width: 900, rtl: false });
        const rtl = modelColumnsLayout(values, { width: 900, rtl: true });
        ltr.columns.forEach((column, model) => {
          expect(rtl.columns[model]?.centreX).toBeCloseTo(900 - column.centreX, 9);
          column.bars.forEach((bar, row) => {
            const mirrored = rtl.columns[model]?.bars[row];
            expect(mirrored?.width).toBeCloseTo(bar.width, 9);
            expect(mirrored?.x).toBeCloseTo(900 - bar.x - bar.width, 9);
          });
        });
        expect(rtl.height).toBe(ltr.height);
      }),
    );
  });

  it('split long headers near their middle', () => {
    expect(twoLines('Position-based (40/20/40)', 14)).toEqual(['Position-based', '(40/20/40)']);
    expect(twoLines('Linear', 14)).toEqual(['Linear']);
    expect(twoLines('بر پایه جایگاه (۴۰/۲۰/۴۰)', 14)).toEqual(['بر پایه جایگاه', '(۴۰/۲۰/۴۰)']);
  });
});
