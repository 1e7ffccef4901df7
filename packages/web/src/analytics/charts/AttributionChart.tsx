import { useLocale } from '../../i18n/LocaleProvider';
import { useT } from '../../i18n/useT';
import type { AnalyticsRun } from '../analytics-api';
import { useAnalyticsFormat } from '../useAnalyticsFormat';
import { attributionRowName } from './attribution-labels';
import { isolate, seriesColour, shorten } from './chart-geometry';
import { useChartWidth } from './chart-width';
import { ChartSvg, MUTED } from './ChartSvg';
import { modelColumnsLayout, twoLines } from './model-columns';

/** Rows drawn; the table and the CSV have them all. */
const MAX_ROWS = 12;

/**
 * Attribution models side by side: a row per channel or touchpoint, a column per model, each
 * cell a bar of the conversions that model credits (one scale for all), so where the models
 * disagree shows at a glance.
 */
export function AttributionChart({ run }: { run: Extract<AnalyticsRun, { kind: 'attribution' }> }) {
  const t = useT();
  const format = useAnalyticsFormat();
  const rtl = useLocale().direction === 'rtl';
  const width = useChartWidth();
  const { models } = run.spec;
  const rows = run.result.rows.slice(0, MAX_ROWS);
  if (rows.length === 0) return <p className="muted">{t('analytics.noResult')}</p>;
  const layout = modelColumnsLayout(
    models.map((model) => rows.map((row) => row.credits[model] ?? 0)),
    { width, rtl },
  );
  const headerChars = Math.max(8, Math.floor((layout.width * 0.8) / models.length / 7));
  return (
    <ChartSvg
      width={layout.width}
      height={layout.height}
      label={t('analytics.kind.attribution')}
      testId="attribution-chart"
    >
      {models.map((model, index) => {
        const column = layout.columns[index];
        if (!column) return null;
        const lines = twoLines(t(`analytics.attribution.model.${model}`), headerChars);
        return (
          <g key={model} data-testid="attribution-model" data-model={model}>
            <text
              x={column.startX}
              y={lines.length === 1 ? 38 : 26}
              fontWeight={600}
              fill={seriesColour(index)}
            >
              {lines.map((line, at) => (
                <tspan key={at} x={column.startX} dy={at === 0 ? 0 : 15}>
                  {line}
                </tspan>
              ))}
            </text>
            {column.bars.map((bar, row) => {
              const credit = rows[row]?.credits[model] ?? 0;
              return (
                <g key={row}>
                  {bar.width > 0 ? (
                    <rect
                      x={bar.x}
                      y={bar.y}
                      width={bar.width}
                      height={bar.height}
                      rx={2}
                      fill={seriesColour(index)}
                    />
                  ) : null}
                  <text
                    x={bar.textX}
                    y={bar.y + bar.height - 2}
                    fontSize={12}
                    fill={credit > 0 ? '#1c2430' : MUTED}
                  >
                    {format.credit(credit)}
                  </text>
                </g>
              );
            })}
          </g>
        );
      })}
      {rows.map((row, index) => (
        <text
          key={row.key}
          x={layout.labelX}
          y={layout.rowY[index]}
          fontWeight={600}
          data-testid="attribution-row"
          data-key={row.key}
        >
          {isolate(shorten(attributionRowName(row, run.spec.by.kind === 'channel', t), 26))}
          <title>{attributionRowName(row, run.spec.by.kind === 'channel', t)}</title>
        </text>
      ))}
    </ChartSvg>
  );
}
