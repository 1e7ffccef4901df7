import type { MetricMeasure } from '@safar/core';
import { useIntl } from 'react-intl';
import { useT } from '../../i18n/useT';
import { useMapMetrics } from './MapMetricsContext';

/** A measure's value in its unit (metric-measure.ts): percent, persons or a time unit. */
function useMeasureFormat() {
  const intl = useIntl();
  return (measure: MetricMeasure | undefined, value: number) => {
    switch (measure?.kind) {
      case 'conversion':
      case 'drop-off':
        // Targets such as 2.5 % need the decimal; 70 % does not show one.
        return intl.formatNumber(value / 100, { style: 'percent', maximumFractionDigits: 1 });
      case 'median-time':
        return intl.formatNumber(value, {
          style: 'unit',
          unit: measure.unit,
          unitDisplay: 'long',
          maximumFractionDigits: 1,
        });
      default:
        return intl.formatNumber(value, { maximumFractionDigits: 1 });
    }
  };
}

/**
 * A KPI card's actual value in metrics mode, coloured against its target (met, near, missed)
 * and saying so in words, as colour alone tells nothing to a screen reader or a colour-blind
 * reader. A KPI that cannot be computed says why instead of showing a number.
 */
export function KpiValue({
  laneId,
  stepId,
  metricId,
  measure,
}: {
  laneId: string;
  stepId: string;
  metricId: string;
  measure: MetricMeasure | undefined;
}) {
  const t = useT();
  const format = useMeasureFormat();
  const kpi = useMapMetrics()?.metrics?.kpis.find(
    (entry) => entry.laneId === laneId && entry.stepId === stepId && entry.metricId === metricId,
  );
  if (!kpi) return null;
  if (kpi.value === null)
    return (
      <span className="kpi-value unavailable" data-testid="kpi-value" data-standing="none">
        {t(`metrics.kpiUnavailable.${kpi.unavailable ?? 'no-data'}`)}
      </span>
    );
  const standing = kpi.standing ?? 'no-target';
  return (
    <span
      className={`kpi-value ${standing}`}
      data-testid="kpi-value"
      data-standing={standing}
      data-value={kpi.value}
    >
      <span className="kpi-dot" aria-hidden="true" />
      {t('metrics.kpiActual', { value: format(measure, kpi.value) })}
      <span className="kpi-standing">{t(`metrics.kpiStanding.${standing}`)}</span>
    </span>
  );
}
