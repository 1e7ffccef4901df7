import { useLocale } from '../../i18n/LocaleProvider';
import { useT } from '../../i18n/useT';
import type { AnalyticsRun } from '../analytics-api';
import { SvgPersons } from '../drill';
import { useAnalyticsFormat } from '../useAnalyticsFormat';
import { ChartSvg, MUTED } from './ChartSvg';
import { HEATMAP_ROW, heatColour, heatmapLayout, periodObserved } from './heatmap-geometry';

/**
 * Retention as a cohort heat map: a row per cohort (oldest first), its persons, then the share
 * who came back in each later period, darker for more (against the best cell). Periods not begun
 * by the end of the range are left blank. Every count is a drill-down.
 */
export function RetentionHeatmap({ run }: { run: Extract<AnalyticsRun, { kind: 'retention' }> }) {
  const t = useT();
  const format = useAnalyticsFormat();
  const rtl = useLocale().direction === 'rtl';
  const { cohorts } = run.result;
  const { period, periods, dateRange } = run.spec;
  if (cohorts.length === 0) return <p className="muted">{t('analytics.noResult')}</p>;
  const layout = heatmapLayout(cohorts.length, periods, rtl);
  // Colours by share against the best cell, so low retention still shows its shape.
  const best = Math.max(
    Number.MIN_VALUE,
    ...cohorts.flatMap((cohort) =>
      cohort.rates.filter((_, index) => periodObserved(cohort.cohort, index + 1, period, dateRange.to)),
    ),
  );
  const middle = (column: { x: number; width: number }) => column.x + column.width / 2;
  const headerY = 8 + HEATMAP_ROW / 2 + 4;
  return (
    <ChartSvg
      width={layout.width}
      height={layout.height}
      label={t('analytics.kind.retention')}
      testId="retention-heatmap"
    >
      {layout.columns.map((column) => (
        <text
          key={column.period}
          x={middle(column)}
          y={headerY}
          textAnchor="middle"
          fontWeight={600}
          fill={MUTED}
        >
          {column.period === -2
            ? t('analytics.retention.cohort')
            : column.period === -1
              ? t('analytics.retention.persons')
              : t(`analytics.retention.periodShort.${period}`, { n: column.period })}
        </text>
      ))}
      {cohorts.map((cohort, row) => {
        const y = layout.rowY[row] ?? 0;
        const textY = y + HEATMAP_ROW / 2 + 4.5;
        const name = format.cohort(cohort.cohort, period);
        return (
          <g key={cohort.cohort} data-testid="retention-row" data-cohort={cohort.cohort}>
            {layout.columns.map((column) => {
              if (column.period === -2)
                return (
                  <text key={column.period} x={middle(column)} y={textY} textAnchor="middle">
                    {name}
                  </text>
                );
              if (column.period === -1)
                return (
                  <SvgPersons
                    key={column.period}
                    x={middle(column)}
                    y={textY}
                    textAnchor="middle"
                    fontWeight={600}
                    persons={cohort.persons}
                    select={{ cohort: cohort.cohort, period: 0 }}
                    title={t('analytics.retention.cohortTitle', { cohort: name, persons: cohort.persons })}
                  >
                    {format.count(cohort.persons)}
                  </SvgPersons>
                );
              const n = column.period;
              const observed = periodObserved(cohort.cohort, n, period, dateRange.to);
              const share = cohort.rates[n - 1] ?? 0;
              const returned = cohort.returned[n - 1] ?? 0;
              const colour = heatColour(share / best);
              return (
                <g key={column.period} data-testid="retention-cell" data-period={n} data-persons={returned}>
                  <rect
                    x={column.x + 1}
                    y={y + 1}
                    width={column.width - 2}
                    height={HEATMAP_ROW - 2}
                    rx={3}
                    fill={observed ? colour.fill : '#f6f7f9'}
                  />
                  {observed ? (
                    <SvgPersons
                      x={middle(column)}
                      y={textY}
                      textAnchor="middle"
                      fill={colour.text}
                      quiet
                      persons={returned}
                      select={{ cohort: cohort.cohort, period: n }}
                      title={t('analytics.retention.cellTitle', {
                        cohort: name,
                        n,
                        period: t(`analytics.retention.period.${period}`),
                        persons: returned,
                        share: format.share(share),
                      })}
                    >
                      {format.share(share)}
                    </SvgPersons>
                  ) : null}
                </g>
              );
            })}
          </g>
        );
      })}
    </ChartSvg>
  );
}
