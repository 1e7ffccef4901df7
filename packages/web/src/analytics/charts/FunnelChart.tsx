import { useLocale } from '../../i18n/LocaleProvider';
import { useT } from '../../i18n/useT';
import type { AnalyticsRun } from '../analytics-api';
import { SvgPersons } from '../drill';
import { useAnalyticsFormat } from '../useAnalyticsFormat';
import { barRowsLayout } from './bar-rows';
import { isolate, pointX, seriesColour } from './chart-geometry';
import { ChartSvg, LOSS, MUTED } from './ChartSvg';
import { useChartWidth } from './chart-width';

/** Breakdown groups drawn; the CSV has them all. */
export const MAX_FUNNEL_GROUPS = 6;
const LEGEND_ROW = 20;

/**
 * The funnel as horizontal bars, one row per step: persons and their share of step 1 (each a
 * drill-down), the conversion from the previous step, and between steps the drop-off and the
 * median time to the next step. A breakdown adds a bar per group under the everyone bar.
 */
export function FunnelChart({
  run,
  groupName,
}: {
  run: Extract<AnalyticsRun, { kind: 'funnel' }>;
  groupName: (value: string | null) => string;
}) {
  const t = useT();
  const format = useAnalyticsFormat();
  const rtl = useLocale().direction === 'rtl';
  const width = useChartWidth();
  const { steps, breakdown } = run.result;
  const groups = breakdown.slice(0, MAX_FUNNEL_GROUPS);
  const series = [steps, ...groups.map((group) => group.steps)];
  const names = [t('analytics.funnel.everyone'), ...groups.map((group) => groupName(group.value))];
  const layout = barRowsLayout(
    series.map((entry) => entry.map((step) => step.persons)),
    { rtl, between: 30, width },
  );
  const legend = groups.length > 0 ? series.length * LEGEND_ROW + 8 : 0;
  const endX = pointX(layout.width - 16, layout.width, rtl);
  return (
    <ChartSvg
      width={layout.width}
      height={layout.height + legend}
      label={t('analytics.kind.funnel')}
      testId="funnel-chart"
    >
      {groups.length > 0
        ? names.map((name, index) => (
            <g key={index}>
              <rect
                x={pointX(16, layout.width, rtl) - (rtl ? 12 : 0)}
                y={12 + index * LEGEND_ROW}
                width={12}
                height={12}
                rx={2}
                fill={seriesColour(index)}
              />
              <text x={pointX(34, layout.width, rtl)} y={22 + index * LEGEND_ROW}>
                {isolate(name)}
              </text>
            </g>
          ))
        : null}
      <g transform={`translate(0 ${legend})`}>
        {layout.rows.map((row) => {
          const step = steps[row.step];
          const next = steps[row.step + 1];
          if (!step) return null;
          return (
            <g key={row.step} data-testid="funnel-step" data-step={row.step} data-persons={step.persons}>
              <text x={layout.labelX} y={row.labelY} fontWeight={600}>
                {t('analytics.funnel.stepLabel', { n: row.step + 1, label: isolate(step.label) })}
              </text>
              {row.step > 0 ? (
                <text x={endX} y={row.labelY} textAnchor="end" fill={MUTED}>
                  {t('analytics.funnel.conversion', {
                    fromPrevious: format.share(step.conversionFromPrevious),
                    fromFirst: format.share(step.conversionFromFirst),
                  })}
                </text>
              ) : null}
              {row.bars.map((bar) => {
                const value = series[bar.series]?.[row.step];
                if (!value) return null;
                const group = bar.series === 0 ? undefined : groups[bar.series - 1];
                const select = {
                  step: row.step,
                  outcome: 'reached',
                  ...(group ? { breakdown: group.value } : {}),
                };
                return (
                  <g key={bar.series}>
                    {bar.width > 0 ? (
                      <rect
                        x={bar.x}
                        y={bar.y}
                        width={bar.width}
                        height={bar.height}
                        rx={3}
                        fill={seriesColour(bar.series)}
                      />
                    ) : null}
                    <SvgPersons
                      x={bar.textX}
                      y={bar.y + bar.height / 2 + 4.5}
                      persons={value.persons}
                      select={select}
                      data-testid="funnel-bar-persons"
                      data-step={row.step}
                      title={t('analytics.funnel.reachedTitle', {
                        label: step.label,
                        group: names[bar.series] ?? '',
                        persons: value.persons,
                      })}
                    >
                      {t('analytics.funnel.barPersons', {
                        persons: value.persons,
                        share: format.share(value.conversionFromFirst),
                      })}
                    </SvgPersons>
                  </g>
                );
              })}
              {row.betweenY !== null && next ? (
                <>
                  <SvgPersons
                    x={pointX(28, layout.width, rtl)}
                    y={row.betweenY}
                    fill={LOSS}
                    persons={next.droppedOff}
                    select={{ step: row.step, outcome: 'dropped' }}
                    data-testid="funnel-dropped"
                    data-step={row.step}
                    title={t('analytics.funnel.droppedTitle', {
                      label: step.label,
                      persons: next.droppedOff,
                    })}
                  >
                    {`${rtl ? '↙' : '↘'} `}
                    {t('analytics.funnel.dropped', {
                      persons: next.droppedOff,
                      share: format.share(step.persons === 0 ? 0 : next.droppedOff / step.persons),
                    })}
                  </SvgPersons>
                  {next.timeToConvert ? (
                    <text x={endX} y={row.betweenY} textAnchor="end" fill={MUTED}>
                      {t('analytics.funnel.median', {
                        duration: format.duration(next.timeToConvert.medianMs),
                      })}
                    </text>
                  ) : null}
                </>
              ) : null}
            </g>
          );
        })}
      </g>
    </ChartSvg>
  );
}
