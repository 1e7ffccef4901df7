import { describe, expect, it } from 'vitest';
import { exportFileName } from './file-name';

const DAY = new Date('2026-11-23T10:00:00Z');

describe('export file names', () => {
  it('name the kind and the day', () => {
    expect(exportFileName('funnel', 'csv', null, DAY)).toBe('safar-funnel-2026-11-23.csv');
  });

  it('keep a saved query name, Persian included, without characters file systems refuse', () => {
    expect(exportFileName('paths', 'svg', 'قیف / خرید: "تابستان"', DAY)).toBe(
      'safar-paths-قیف-خرید-تابستان-2026-11-23.svg',
    );
    expect(exportFileName('retention', 'png', '  ', DAY)).toBe('safar-retention-2026-11-23.png');
  });
});
