import type { RetentionPeriod } from '@safar/core';
import { useMemo } from 'react';
import { useIntl } from 'react-intl';
import { useMetricFormat } from '../editor/metrics/useMetricFormat';

/**
 * The analytics page's numbers in the reader's convention (Persian digits and calendar in fa):
 * the living map's counts and durations, shares with a decimal when small, credits, cohorts.
 */
export function useAnalyticsFormat() {
  const intl = useIntl();
  const metric = useMetricFormat();
  return useMemo(
    () => ({
      count: metric.count,
      duration: metric.duration,
      decimal: metric.decimal,
      share: (value: number) =>
        intl.formatNumber(value, {
          style: 'percent',
          maximumFractionDigits: value > 0 && value < 0.1 ? 1 : 0,
        }),
      credit: (value: number) => intl.formatNumber(value, { maximumFractionDigits: value < 10 ? 2 : 1 }),
      /** A UTC day of a date range, in the reader's calendar. */
      day: (value: string | number) =>
        intl.formatDate(value, { timeZone: 'UTC', year: 'numeric', month: 'long', day: 'numeric' }),
      cohort: (iso: string, period: RetentionPeriod) =>
        intl.formatDate(iso, {
          timeZone: 'UTC',
          year: 'numeric',
          month: period === 'month' ? 'long' : 'short',
          ...(period === 'month' ? {} : { day: 'numeric' }),
        }),
    }),
    [intl, metric],
  );
}
