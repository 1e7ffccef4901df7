import { useMemo } from 'react';
import { useIntl } from 'react-intl';

const DURATION_UNITS = [
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
  ['second', 1_000],
] as const;

/**
 * The living map's numbers in the reader's convention (Persian digits in fa): counts, shares
 * and durations in the largest unit that keeps them at least 1.
 */
export function useMetricFormat() {
  const intl = useIntl();
  return useMemo(
    () => ({
      count: (value: number) => intl.formatNumber(value),
      share: (value: number) => intl.formatNumber(value, { style: 'percent', maximumFractionDigits: 0 }),
      decimal: (value: number) => intl.formatNumber(value, { maximumFractionDigits: 1 }),
      duration: (ms: number) => {
        const [unit, size] = DURATION_UNITS.find(([, unitMs]) => ms >= unitMs) ?? DURATION_UNITS[3];
        return intl.formatNumber(ms / size, {
          style: 'unit',
          unit,
          unitDisplay: 'long',
          maximumFractionDigits: ms / size < 10 ? 1 : 0,
        });
      },
    }),
    [intl],
  );
}
