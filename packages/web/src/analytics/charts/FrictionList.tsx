import { useLocale } from '../../i18n/LocaleProvider';
import { useT } from '../../i18n/useT';
import type { AnalyticsRun } from '../analytics-api';
import { SvgPersons } from '../drill';
import { useAnalyticsFormat } from '../useAnalyticsFormat';
import { barRowsLayout } from './bar-rows';
import { isolate, pointX } from './chart-geometry';
import { ACCENT, ChartSvg, LOSS, MUTED } from './ChartSvg';
import { useChartWidth } from './chart-width';

const SERIES_FILL = [ACCENT, LOSS];

/**
 * Friction items in rank order: per item the persons it affected and the conversions it cost
 * (each on its own scale), who of them did not convert, and their conversion rate against the
 * others'. Persons are drill-downs.
 */
export function FrictionList({ run }: { run: Extract<AnalyticsRun, { kind: 'friction' }> }) {
  const t = useT();
  const format = useAnalyticsFormat();
  const rtl = useLocale().direction === 'rtl';
  const width = useChartWidth();
  const items = run.result.items;
  if (items.length === 0) return <p className="muted">{t('analytics.noResult')}</p>;
  const layout = barRowsLayout(
    [items.map((item) => item.persons), items.map((item) => item.conversionLost)],
    { rtl, sharedScale: false, between: 26, width },
  );
  const endX = pointX(layout.width - 16, layout.width, rtl);
  return (
    <ChartSvg
      width={layout.width}
      height={layout.height + 20}
      label={t('analytics.kind.friction')}
      testId="friction-list"
    >
      {layout.rows.map((row) => {
        const item = items[row.step];
        if (!item) return null;
        const label = t('analytics.friction.itemLabel', {
          rank: row.step + 1,
          kind: t(`analytics.friction.kind.${item.kind}`),
          // A stall is labelled `from → to`; the arrow points the way the text reads.
          label: isolate(rtl ? item.label.replaceAll(' → ', ' ← ') : item.label),
        });
        const notConverted = item.persons - item.convertedPersons;
        return (
          <g
            key={`${item.kind}-${item.index}`}
            data-testid="friction-item"
            data-kind={item.kind}
            data-persons={item.persons}
          >
            <text x={layout.labelX} y={row.labelY} fontWeight={600}>
              {label}
            </text>
            <SvgPersons
              x={endX}
              y={row.labelY}
              textAnchor="end"
              fill={LOSS}
              persons={notConverted}
              select={{ kind: item.kind, index: item.index, persons: 'not_converted' }}
              title={t('analytics.friction.notConvertedTitle', { label: item.label, persons: notConverted })}
            >
              {t('analytics.friction.notConverted', { persons: notConverted })}
            </SvgPersons>
            {row.bars.map((bar) => (
              <g key={bar.series}>
                {bar.width > 0 ? (
                  <rect
                    x={bar.x}
                    y={bar.y}
                    width={bar.width}
                    height={bar.height}
                    rx={2}
                    fill={SERIES_FILL[bar.series]}
                  />
                ) : null}
                {bar.series === 0 ? (
                  <SvgPersons
                    x={bar.textX}
                    y={bar.y + bar.height / 2 + 4}
                    persons={item.persons}
                    select={{ kind: item.kind, index: item.index, persons: 'affected' }}
                    title={t('analytics.friction.affectedTitle', {
                      label: item.label,
                      persons: item.persons,
                    })}
                  >
                    {t('analytics.friction.affected', { persons: item.persons })}
                  </SvgPersons>
                ) : (
                  <text
                    x={bar.textX}
                    y={bar.y + bar.height / 2 + 4}
                    fill={item.conversionLost > 0 ? LOSS : MUTED}
                  >
                    {item.conversionLost > 0
                      ? t('analytics.friction.lost', { lost: format.decimal(item.conversionLost) })
                      : t('analytics.friction.noLoss')}
                  </text>
                )}
              </g>
            ))}
            {row.betweenY !== null || row.step === items.length - 1 ? (
              <text
                x={layout.labelX}
                y={row.betweenY ?? (row.bars.at(-1)?.y ?? 0) + 32}
                fill={MUTED}
                fontSize={12}
              >
                {t('analytics.friction.rates', {
                  rate: format.share(item.conversionRate),
                  others:
                    item.unaffectedConversionRate === null
                      ? '–'
                      : format.share(item.unaffectedConversionRate),
                })}
              </text>
            ) : null}
          </g>
        );
      })}
    </ChartSvg>
  );
}
